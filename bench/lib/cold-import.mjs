// Cold import time by repeated process spawns (what hyperfine would do, without needing it):
// every iteration spawns a bare `node` baseline and each target, in rotating order, and the
// figure is the median of the per-iteration differences target − baseline. Pairing within an
// iteration cancels most of the drift a shared machine adds between iterations.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { API_KEY, HEADERS, PATH } from './contenders.mjs';
import { distFile } from './dist.mjs';
import { median, rotate } from './stats.mjs';

const resolve = (specifier) => import.meta.resolve(specifier);

const esm = (code) => ['--input-type=module', '-e', code];
const cjs = (code) => ['-e', code];
// The load's own CPU time (user + system, every thread of the process), printed by the process:
// unlike wall time, it hardly moves when other processes compete for the CPU.
const cpuOf = (load) =>
  `const c = process.cpuUsage(); ${load}; const d = process.cpuUsage(c);` +
  "process.stdout.write('CPU ' + (d.user + d.system) / 1000);";

/**
 * A Lambda cold start is import + first call. With `baseUrl` (the fixture server), two more
 * targets time exactly that: a process making one call with raw fetch, and one making it with
 * the SDK; the SDK's figure is over raw fetch's. Work moved from import to the first call (Node
 * loading its fetch, a lazily loaded ky) shows up here and not in the import figure.
 */
function firstCallTargets(baseUrl) {
  const fetchCall = `const r = await fetch(${JSON.stringify(baseUrl + PATH)}, { headers: ${JSON.stringify(HEADERS)} }); await r.json();`;
  const sdk = pathToFileURL(distFile('index.js')).href;
  const sdkCall =
    `const { RaffClient } = await import(${JSON.stringify(sdk)});` +
    `await new RaffClient({ apiKey: ${JSON.stringify(API_KEY)}, baseUrl: ${JSON.stringify(baseUrl)}, logLevel: 'off' }).apiKeys.list();`;
  return [
    {
      id: 'fetch-first-call',
      label: 'raw fetch: one call (process start to exit)',
      baseline: 'node-esm',
      args: esm(fetchCall),
    },
    {
      id: 'sdk-first-call',
      label: '@raff/sdk: import + one call, over raw fetch one call',
      baseline: 'fetch-first-call',
      args: esm(sdkCall),
    },
  ];
}

/** What gets timed. `baseline` names the bare-node spec the target is paired with. */
export function importTargets(baseUrl) {
  const importOf = (url) => esm(cpuOf(`await import(${JSON.stringify(url)})`));
  return [
    { id: 'node-esm', label: 'bare node (ESM eval)', args: esm('') },
    { id: 'node-cjs', label: 'bare node (CJS eval)', args: cjs('') },
    {
      id: 'sdk-esm',
      label: '@raff/sdk import (dist/index.js)',
      baseline: 'node-esm',
      args: importOf(pathToFileURL(distFile('index.js')).href),
    },
    {
      id: 'sdk-cjs',
      label: '@raff/sdk require (dist/index.cjs)',
      baseline: 'node-cjs',
      args: cjs(cpuOf(`require(${JSON.stringify(distFile('index.cjs'))})`)),
    },
    { id: 'ky', label: 'ky import', baseline: 'node-esm', args: importOf(resolve('ky')) },
    {
      id: 'openapi-fetch',
      label: 'openapi-fetch import',
      baseline: 'node-esm',
      args: importOf(resolve('openapi-fetch')),
    },
    {
      id: 'openai',
      label: 'openai import',
      baseline: 'node-esm',
      args: importOf(resolve('openai')),
    },
    {
      // Node loads its fetch (undici) lazily, on first use of fetch/Request/Response. A library
      // that touches them while it loads pays this at import time instead of at the first call.
      id: 'undici',
      label: "Node's fetch loaded (new Request())",
      baseline: 'node-esm',
      args: esm("new Request('http://127.0.0.1/')"),
    },
    {
      id: 'zod-mini',
      label: 'zod/mini import',
      baseline: 'node-esm',
      args: importOf(resolve('zod/mini')),
    },
    ...(baseUrl ? firstCallTargets(baseUrl) : []),
  ];
}

/** Wall time of one spawn, and the CPU time its load reported (undefined for the others). */
function timeSpawn(args) {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = performance.now() - started;
  if (result.status !== 0) {
    throw new Error(`node ${args.join(' ')} failed: ${result.stderr?.toString().slice(0, 500)}`);
  }
  const cpu = /^CPU ([\d.]+)/.exec(result.stdout.toString())?.[1];
  return { ms, cpuMs: cpu === undefined ? undefined : Number(cpu) };
}

/**
 * Spawns every target `iterations` times. Resolves with, per target, the median wall time and,
 * for non-baselines, the median paired difference over its baseline (the import cost), plus for
 * imports the median CPU time of the import itself, measured in the process.
 */
export function measureColdImports({
  iterations,
  baseUrl,
  targets = importTargets(baseUrl),
  onProgress,
}) {
  const times = Object.fromEntries(targets.map((t) => [t.id, []]));
  const cpu = Object.fromEntries(targets.map((t) => [t.id, []]));
  // One untimed spawn each: the first run pays for reading files into the page cache.
  for (const target of targets) timeSpawn(target.args);
  for (let i = 0; i < iterations; i++) {
    for (const target of rotate(targets, i)) {
      const { ms, cpuMs } = timeSpawn(target.args);
      times[target.id].push(ms);
      if (cpuMs !== undefined) cpu[target.id].push(cpuMs);
    }
    onProgress?.(i + 1, iterations);
  }
  const result = {};
  for (const target of targets) {
    const entry = { label: target.label, medianMs: median(times[target.id]), runs: iterations };
    if (cpu[target.id].length > 0) entry.cpuMs = median(cpu[target.id]);
    if (target.baseline) {
      const base = times[target.baseline];
      entry.overBaselineMs = median(times[target.id].map((ms, i) => ms - base[i]));
      entry.baseline = target.baseline;
    }
    result[target.id] = entry;
  }
  return result;
}
