#!/usr/bin/env node
// Where @raff/sdk spends its time, for optimising the core. Build first, with source maps so
// that frames map back to src/: `RAFF_SOURCEMAP=1 npm run build` (the published build has none;
// without them frames are grouped by dist/ file).
//
//   node bench/profile.mjs [--only=calls,alloc,import,bundle] [--calls=20000] [--runs=15]
//                          [--contenders=fetch,sdk,ky,openapi-fetch,openai]
//
// - calls:  the sequential loop of raw fetch and of the SDK under the V8 sampling profiler
//           (after a warm-up), per call: self time by code group, time charged to the innermost
//           library frame on the stack, and the SDK's top functions. dist/ frames are mapped back
//           to src/ and the packages tsup inlined through the build's source maps.
// - alloc:  the same loop under the sampling heap profiler: bytes allocated per call, by code
//           group (allocation rate is what drives peak RSS).
// - import: `node --cpu-prof` on repeated cold imports of dist/index.js against a bare-node
//           baseline, by code group; plus the in-process import time.
// - bundle: the Lambda handler bundle's minified bytes per package and source file.
// Profiles are kept in bench/results/profiles/ (open them in Chrome DevTools); a summary goes to
// bench/results/profile.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { bundleEntry, kb } from './lib/bundles.mjs';
import { distFile, snapshotDist } from './lib/dist.mjs';
import { runChild, startFixtureServer } from './lib/processes.mjs';
import { median } from './lib/stats.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = `${root}bench/results/profiles`;
const { values: flags } = parseArgs({
  options: {
    only: { type: 'string', default: 'calls,alloc,import,bundle' },
    calls: { type: 'string', default: '20000' },
    runs: { type: 'string', default: '15' },
    contenders: { type: 'string', default: 'fetch,sdk' },
  },
});
const only = flags.only.split(',');
// raw fetch always: the SDK's overhead is measured against it.
const ids = [...new Set(['fetch', ...flags.contenders.split(',')])];
// Measure one consistent build even if dist/ is rebuilt meanwhile (before cpu-profile.mjs loads).
snapshotDist();
const { analyzeAllocations, analyzeImportProfiles, analyzeProfile } = await import(
  './lib/profiles.mjs'
);
const summary = { date: new Date().toISOString(), node: process.version };
mkdirSync(out, { recursive: true });

const pct = (share) => `${(share * 100).toFixed(1)}%`;
function rows(title, list, unit, value) {
  console.log(`\n${title}`);
  for (const row of list) {
    if (row.share < 0.005) continue;
    console.log(`  ${value(row).padStart(9)} ${unit}  ${pct(row.share).padStart(6)}  ${row.name}`);
  }
}

if (only.includes('calls')) {
  const server = await startFixtureServer();
  const calls = Number(flags.calls);
  summary.calls = {};
  try {
    for (const id of ids) {
      const outfile = `${out}/calls-${id}.cpuprofile`;
      const task = { kind: 'profile', contenders: [id], baseUrl: server.baseUrl, calls };
      const run = await runChild('worker.mjs', { ...task, warmup: 2000, intervalUs: 100, outfile });
      const analysis = analyzeProfile(JSON.parse(readFileSync(outfile, 'utf8')), calls);
      summary.calls[id] = { wallUsPerCall: (run.ms * 1000) / calls, ...analysis };
    }
  } finally {
    await server.stop();
  }
  for (const id of ids) {
    const a = summary.calls[id];
    console.log(
      `\n== ${id}: ${a.wallUsPerCall.toFixed(0)} µs per call wall, ` +
        `${a.sampledUsPerCall.toFixed(0)} µs sampled (idle included) ==`,
    );
    const us = (row) => row.usPerCall.toFixed(1);
    rows('self time by code group', a.selfByGroup, 'µs', us);
    rows('time charged to the innermost library frame', a.chargedToLibrary, 'µs', us);
    if (id === 'sdk') rows('top functions (self)', a.topFunctions.slice(0, 20), 'µs', us);
  }
}

if (only.includes('calls') && ids.includes('sdk')) {
  const fetchSelf = new Map(summary.calls.fetch.selfByGroup.map((r) => [r.name, r.usPerCall]));
  const diff = summary.calls.sdk.selfByGroup
    .map((r) => ({ name: r.name, us: r.usPerCall - (fetchSelf.get(r.name) ?? 0) }))
    .filter((r) => Math.abs(r.us) >= 1)
    .sort((a, b) => b.us - a.us);
  summary.calls.sdkMinusFetchSelf = diff;
  const { wallUsPerCall: sdkUs } = summary.calls.sdk;
  const { wallUsPerCall: fetchUs } = summary.calls.fetch;
  console.log(
    `\n== the SDK's overhead: ${(sdkUs - fetchUs).toFixed(0)} µs per call ` +
      `(${(sdkUs / fetchUs).toFixed(2)}× under the profiler); self time sdk − fetch by group ==`,
  );
  for (const r of diff) console.log(`  ${r.us.toFixed(1).padStart(7)} µs  ${r.name}`);
}

if (only.includes('alloc')) {
  const server = await startFixtureServer();
  const calls = Math.min(Number(flags.calls), 5000);
  summary.alloc = {};
  try {
    for (const id of ids) {
      const outfile = `${out}/alloc-${id}.heapprofile`;
      const task = { kind: 'allocations', contenders: [id], baseUrl: server.baseUrl, calls };
      await runChild('worker.mjs', { ...task, warmup: 2000, outfile });
      summary.alloc[id] = analyzeAllocations(JSON.parse(readFileSync(outfile, 'utf8')), calls);
    }
  } finally {
    await server.stop();
  }
  for (const id of ids) {
    const a = summary.alloc[id];
    console.log(`\n== ${id}: ${(a.bytesPerCall / 1024).toFixed(1)} KB allocated per call ==`);
    const kbPerCall = (row) => (row.bytesPerCall / 1024).toFixed(2);
    rows('allocated by code group', a.selfByGroup, 'KB', kbPerCall);
    rows('charged to the innermost library frame', a.chargedToLibrary, 'KB', kbPerCall);
  }
}

if (only.includes('import')) {
  const runs = Number(flags.runs);
  const dist = pathToFileURL(distFile('index.js')).href;
  const profileRuns = (name, code) => {
    const dir = `${out}/import-${name}`;
    rmSync(dir, { recursive: true, force: true });
    for (let i = 0; i < runs; i++) {
      const args = ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=50'];
      spawnSync(process.execPath, [...args, '--input-type=module', '-e', code], {
        stdio: 'ignore',
      });
    }
    return readdirSync(dir).map((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')));
  };
  const base = analyzeImportProfiles(profileRuns('node', ''));
  const sdk = analyzeImportProfiles(profileRuns('sdk', `await import(${JSON.stringify(dist)})`));
  // Without process start-up: the import statement alone, timed inside the process.
  const inProcess = [];
  for (let i = 0; i < runs; i++) {
    const code = `const t = performance.now(); await import(${JSON.stringify(dist)}); console.log(performance.now() - t);`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code]);
    inProcess.push(Number(r.stdout.toString()));
  }
  summary.import = { runs, inProcessMedianMs: median(inProcess), sdk, baseline: base };
  const baseByGroup = new Map(base.selfByGroup.map((r) => [r.name, r.msPerRun]));
  const extra = sdk.selfByGroup
    .map((r) => ({ name: r.name, ms: r.msPerRun - (baseByGroup.get(r.name) ?? 0) }))
    .filter((r) => Math.abs(r.ms) >= 0.3)
    .sort((a, b) => b.ms - a.ms);
  summary.import.extraSelfByGroup = extra;
  console.log(
    `\n== cold import of dist/index.js: ${median(inProcess).toFixed(1)} ms in-process (median of ${runs}); ` +
      `profiled ${sdk.sampledMsPerRun.toFixed(1)} ms vs bare node ${base.sampledMsPerRun.toFixed(1)} ms ==`,
  );
  console.log('\nself time over bare node, by code group (ms per run)');
  for (const r of extra) console.log(`  ${r.ms.toFixed(2).padStart(7)} ms  ${r.name}`);
  rows(
    'import run: time charged to the innermost library frame (ms per run)',
    sdk.chargedToLibrary.filter((r) => !r.name.startsWith('node:') && !r.name.startsWith('(')),
    'ms',
    (r) => r.msPerRun.toFixed(2),
  );
}

if (only.includes('bundle')) {
  const lambda = await bundleEntry('lambda', { attribute: true });
  summary.bundle = lambda;
  console.log(
    `\n== Lambda bundle: ${kb(lambda.minBytes)} minified, ${kb(lambda.gzipBytes)} min+gzip ==`,
  );
  rows('minified bytes by package / source file', lambda.breakdown, 'KB', (r) =>
    (r.bytes / 1024).toFixed(2),
  );
}

writeFileSync(`${root}bench/results/profile.json`, `${JSON.stringify(summary, null, 2)}\n`);
console.log('\nprofiles in bench/results/profiles/, summary in bench/results/profile.json');
