#!/usr/bin/env node
// The runtime matrix: packs @raff/sdk, installs the tarball into throwaway consumer projects and
// checks it the way users run it, on this machine's Node, Node 22, 24 and 26 (required), Node
// 20.19 (best effort: end of life, still allowed by `engines`), Bun and Deno (each fetched with
// npx), plus the unit suite on each. Prints a runtime × check matrix, writes it to
// test/consumers/results.json and exits 1 on any required failure.
//
//   node scripts/test-runtimes.mjs                      everything (npm run test:runtimes)
//   node scripts/test-runtimes.mjs --runtimes node --no-unit     consumers only (npm run test:consumers)
//
// Options:
//   --runtimes a,b      any of node, node22, node24, node26, node20, bun, deno (default: all)
//   --no-unit           skip the unit suite
//   --node-unit-report  a vitest JSON report of this machine's Node run to use instead of running
//                       the suite again (CI's test step has just written one)
//   --out FILE          where to write the results (default test/consumers/results.json on a
//                       full run, nowhere otherwise)
//   --update-readme     rewrite README.md's compatibility table from this run
//   --keep              keep the temporary folder
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  bundleLambda,
  consumerChecks,
  ensureBuild,
  installProjects,
  pack,
  probes,
  ROOT,
  RUNTIMES,
  readReport,
  run,
  TYPE_CHECKS,
  typecheck,
  unitSuite,
} from '../test/consumers/driver.mjs';

const { values } = parseArgs({
  options: {
    runtimes: { type: 'string', default: Object.keys(RUNTIMES).join(',') },
    'no-unit': { type: 'boolean', default: false },
    'node-unit-report': { type: 'string' },
    out: { type: 'string' },
    'update-readme': { type: 'boolean', default: false },
    // Re-render README's table from a saved results.json (e.g. CI's) instead of running again.
    'from-results': { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const selected = values.runtimes.split(',').filter(Boolean);
for (const id of selected) {
  if (!(id in RUNTIMES)) throw new Error(`unknown runtime ${id}; use ${Object.keys(RUNTIMES)}`);
}
const fullRun = selected.length === Object.keys(RUNTIMES).length && !values['no-unit'];
const defaultOut = join(ROOT, 'test/consumers/results.json');
const outFile = values.out ?? (fullRun ? defaultOut : undefined);

const HEADER = [
  'runtime',
  'ESM import',
  'CJS require',
  'emulator call',
  'raff-emulator bin',
  'Lambda bundle (esm+cjs)',
  'smoke',
  'unit suite',
];
const MARK = { pass: 'pass', fail: 'FAIL' };

const started = Date.now();
const log = (message) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);
if (values['from-results'] !== undefined) {
  const saved = JSON.parse(await readFile(values['from-results'], 'utf8'));
  printMatrix(saved);
  if (values['update-readme']) await updateReadme(saved);
  process.exit(0);
}

const workDir = await mkdtemp(join(tmpdir(), 'raff-consumers-'));
const failures = [];

let results;
try {
  results = await main();
} finally {
  if (values.keep) log(`kept ${workDir}`);
  else await rm(workDir, { recursive: true, force: true });
}
printMatrix(results);
if (outFile !== undefined) {
  await writeFile(outFile, `${JSON.stringify(results, null, 2)}\n`);
  // The committed copy is linted; a file written elsewhere is left as JSON.stringify made it.
  if (outFile === defaultOut) await biomeFormat(outFile);
  log(`wrote ${outFile.replace(ROOT, '')}`);
}
if (values['update-readme']) await updateReadme(results);
console.log(`\nwall time ${((Date.now() - started) / 1000).toFixed(0)} s`);
if (failures.length > 0) {
  console.error(`\n${failures.length} required check(s) failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('every required check passed');

async function main() {
  await ensureBuild(log);
  // Runtimes download while the tarball installs: both mostly wait on the network.
  const resolving = Object.fromEntries(
    selected.map((id) => [
      id,
      RUNTIMES[id].resolve().then(
        (found) => ({ found }),
        (error) => ({ error: String(error.message ?? error) }),
      ),
    ]),
  );
  const packed = await pack(workDir);
  log(`packed ${packed.filename}: ${kb(packed.size)} packed, ${kb(packed.unpackedSize)} unpacked`);
  if (packed.unexpected.length > 0) {
    failures.push(`npm pack: unexpected files ${packed.unexpected.join(', ')}`);
  }
  const projects = await installProjects(workDir, packed.tarball);
  log('installed the tarball into esm-app and cjs-app');

  const types = await typecheck(projects);
  for (const [resolution, byKind] of Object.entries(types)) {
    for (const [kind, outcome] of Object.entries(byKind)) {
      if (outcome.status !== 'pass') {
        failures.push(`tsc ${resolution} (${kind}): ${outcome.detail}`);
      }
    }
  }
  log(`type-checked the consumer: ${summary(types)}`);

  const bundles = await bundleLambda(projects, join(workDir, 'lambda'));
  for (const [format, bundle] of Object.entries(bundles)) {
    if (bundle.status !== 'pass') failures.push(`esbuild ${format}: ${bundle.detail}`);
  }
  log(
    `bundled the Lambda example: ${Object.entries(bundles)
      .map(([format, bundle]) => `${format} ${bundle.bytes ? kb(bundle.bytes) : bundle.status}`)
      .join(', ')}`,
  );

  const runtimes = [];
  for (const id of selected) {
    const spec = RUNTIMES[id];
    const resolved = await resolving[id];
    if (resolved.error !== undefined) {
      if (spec.required.checks)
        failures.push(`${spec.label}: could not be fetched: ${resolved.error}`);
      runtimes.push({ id, label: spec.label, error: resolved.error });
      log(`${spec.label}: could not be fetched`);
      continue;
    }
    const runtime = { ...spec, ...resolved.found };
    const name = `${labelOf(id, runtime)}`;
    const checks = await consumerChecks(runtime, projects, bundles);
    for (const [check, outcome] of Object.entries(checks)) {
      if (outcome.status !== 'pass' && spec.required.checks) {
        failures.push(`${name} ${check}: ${outcome.detail}`);
      }
    }
    log(`${name}: consumer checks ${summary(checks)}`);
    const measured = await probes(runtime, projects);

    let unit = { status: 'skipped' };
    if (id === 'node' && values['node-unit-report'] !== undefined) {
      unit = { ...(await readReport(values['node-unit-report'])), from: 'CI test step report' };
    } else if (!values['no-unit']) {
      unit = await unitSuite(runtime, join(ROOT, `.tmp/vitest-${id}.json`), {
        timeoutMs: spec.required.unit ? 900_000 : 300_000,
      });
    }
    unit.required = spec.required.unit;
    if (unit.status === 'fail' && unit.required) {
      failures.push(`${name} unit suite: ${unit.failed ?? '?'} failed\n${unit.detail ?? ''}`);
    }
    log(`${name}: unit suite ${unitCell(unit)}`);
    runtimes.push({
      id,
      label: name,
      version: runtime.version,
      required: spec.required.checks,
      checks,
      probes: measured,
      unit,
    });
  }

  return {
    generatedAt: new Date().toISOString(),
    wallTimeSeconds: Math.round((Date.now() - started) / 1000),
    host: { platform: process.platform, arch: process.arch, cpus: cpus().length },
    package: {
      tarball: packed.filename,
      size: packed.size,
      unpackedSize: packed.unpackedSize,
      entryCount: packed.entryCount,
      files: packed.files,
      unexpected: packed.unexpected,
    },
    types,
    lambdaBundles: Object.fromEntries(
      Object.entries(bundles).map(([format, { outfile, ...rest }]) => [format, rest]),
    ),
    runtimes,
    requiredFailures: failures.length,
  };
}

function labelOf(id, runtime) {
  const notes = [
    ...(id === 'node' ? ['local'] : []),
    ...(runtime.required.checks ? [] : ['best effort']),
  ];
  const name = runtime.kind === 'node' ? 'Node' : runtime.kind === 'bun' ? 'Bun' : 'Deno';
  return `${name} ${runtime.version}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
}

function kb(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

function summary(outcomes) {
  const flat = Object.values(outcomes).flatMap((outcome) =>
    'status' in outcome ? [outcome] : Object.values(outcome),
  );
  const passed = flat.filter((outcome) => outcome.status === 'pass').length;
  return `${passed}/${flat.length} pass`;
}

function cell(outcome) {
  return outcome === undefined ? '-' : (MARK[outcome.status] ?? outcome.status);
}

function both(a, b) {
  return a?.status === 'pass' && b?.status === 'pass' ? 'pass' : 'FAIL';
}

function unitCell(unit) {
  if (unit.status === 'skipped') return 'skipped';
  const counts = unit.total !== undefined ? ` ${unit.passed}/${unit.total}` : '';
  if (unit.status === 'pass') return `pass${counts}`;
  if (unit.required) return `FAIL${counts}`;
  return unit.total === undefined
    ? 'did not run (not required)'
    : `partial${counts} (not required)`;
}

/** The matrix as rows of cells: one row per runtime. */
function rows(results) {
  return results.runtimes.map((runtime) => {
    if (runtime.checks === undefined) {
      return [runtime.label, 'FAIL (not fetched)', '', '', '', '', '', ''];
    }
    const { esm, cjs, smoke, bin, lambda_esm: lambdaEsm, lambda_cjs: lambdaCjs } = runtime.checks;
    return [
      runtime.label,
      esm.loaded ? 'pass' : 'FAIL',
      cjs.loaded ? 'pass' : 'FAIL',
      both(esm, cjs),
      cell(bin),
      both(lambdaEsm, lambdaCjs),
      cell(smoke),
      unitCell(runtime.unit),
    ];
  });
}

function printMatrix(results) {
  const table = [HEADER, ...rows(results)];
  const widths = HEADER.map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
  const line = (row) => row.map((text, i) => String(text).padEnd(widths[i])).join(' | ');
  console.log(`\n${line(HEADER)}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}`);
  for (const row of table.slice(1)) console.log(line(row));
  const types = TYPE_CHECKS.map(
    ({ resolution, projects }) =>
      `${resolution} ${projects.map((kind) => `${kind} ${cell(results.types[resolution]?.[kind])}`).join(', ')}`,
  );
  console.log(
    '\nA reused keep-alive connection drops after the request arrived (SDK: one attempt):',
  );
  for (const runtime of results.runtimes) {
    const resend = runtime.probes?.resend;
    if (resend === undefined) continue;
    const text =
      resend.error !== undefined
        ? `probe failed: ${resend.error.split('\n')[0]}`
        : `server received GET ${resend.GET.serverReceived}x, POST ${resend.POST.serverReceived}x` +
          (resend.POST.serverReceived > 1
            ? ' (the runtime re-sent a POST: a duplicate write)'
            : '');
    console.log(`  ${runtime.label}: ${text}`);
  }
  console.log(`\nTypeScript consumer (skipLibCheck off): ${types.join('; ')}`);
  console.log(
    `Tarball ${results.package.tarball}: ${kb(results.package.size)} packed, ` +
      `${kb(results.package.unpackedSize)} unpacked, ${results.package.entryCount} files`,
  );
}

async function updateReadme(results) {
  const symbol = (text) => text.replace(/^pass/, '✅').replace(/^FAIL/, '❌');
  const header = [
    'Runtime',
    'ESM `import`',
    'CJS `require`',
    'Emulator call',
    '`raff-emulator` bin',
    'Lambda bundle (esbuild, esm + cjs)',
    'Smoke',
    'Unit suite (vitest)',
  ];
  const body = rows(results).map((row) => [row[0], ...row.slice(1).map(symbol)].join(' | '));
  const types = TYPE_CHECKS.map(
    ({ resolution, projects }) =>
      `\`${resolution}\` ${projects
        .map(
          (kind) =>
            `${kind === 'esm' ? 'ESM' : 'CJS'} ${symbol(cell(results.types[resolution]?.[kind]))}`,
        )
        .join(' ')}`,
  );
  const table = [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...body.map((row) => `| ${row} |`),
    '',
    `TypeScript consumers (\`skipLibCheck: false\`), by \`moduleResolution\`: ${types.join(' · ')}.`,
    '',
    `From \`npm run test:runtimes\` on ${results.generatedAt.slice(0, 10)} (${results.host.platform}-${results.host.arch}).`,
  ].join('\n');
  const readmePath = join(ROOT, 'README.md');
  const readme = await readFile(readmePath, 'utf8');
  const start = '<!-- compatibility:start -->';
  const end = '<!-- compatibility:end -->';
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from === -1 || to === -1) throw new Error(`README.md has no ${start} … ${end} block`);
  await writeFile(
    readmePath,
    `${readme.slice(0, from + start.length)}\n${table}\n${readme.slice(to)}`,
  );
  await biomeFormat(readmePath);
  log('updated the compatibility table in README.md');
}

/** Lays a file out as `npm run lint` expects (biome formats JSON and markdown too). */
async function biomeFormat(path) {
  const result = await run([join(ROOT, 'node_modules/.bin/biome'), 'format', '--write', path]);
  if (result.code !== 0) throw new Error(`biome format ${path} failed: ${result.stderr}`);
}
