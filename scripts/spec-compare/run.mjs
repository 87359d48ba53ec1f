// spec:compare's work, callable: the command line (scripts/spec-compare.mjs) is a thin wrapper,
// and the tests call `run` in-process. See scripts/spec-compare.mjs for what it compares.
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildModel } from '../generate/model.mjs';
import { loadSpec } from '../generate/spec.mjs';
import { diffSpecs, operations } from './diff.mjs';
import { evaluate, loadDivergences } from './divergences.mjs';
import { draftEntries, readFragmentDivergences } from './fragments.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A bad command line: exit code 2. */
class UsageError extends Error {}

function parseArgs(argv, cwd) {
  // Paths are used and shown as typed; the defaults are relative to the cwd, to be shown short.
  const fromRoot = (path) => relative(cwd, resolve(repoRoot, path)) || '.';
  const opts = {
    published: fromRoot('../shared/reference/raff-docs/openapi-2026-10.yaml'),
    ours: fromRoot('openapi.json'),
    divergences: fromRoot('openapi.divergences.json'),
    json: false,
    fragments: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--json') opts.json = true;
    else if (arg === '--ours') opts.ours = value();
    else if (arg === '--divergences') opts.divergences = value();
    else if (arg === '--from-fragments') {
      const next = argv[i + 1];
      opts.fragments = next && !next.startsWith('--') ? value() : fromRoot('.work/spec');
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else opts.published = arg;
  }
  return opts;
}

function compare(opts) {
  const published = loadSpec(opts.published);
  const ours = loadSpec(opts.ours);
  const model = buildModel(ours);
  const differences = diffSpecs(published, ours);
  const { entries, problems } = existsSync(opts.divergences)
    ? loadDivergences(opts.divergences)
    : { entries: [], problems: ['file not found'] };
  const verdict = evaluate(differences, entries);
  const pubOps = new Set(operations(published).keys());
  const ourOps = model.operations.map((op) => `${op.method} ${op.path}`);
  return {
    published: opts.published,
    ours: opts.ours,
    divergences: opts.divergences,
    operations: {
      published: pubOps.size,
      ours: ourOps.length,
      both: ourOps.filter((key) => pubOps.has(key)).length,
      onlyOurs: model.operations
        .filter((op) => !pubOps.has(`${op.method} ${op.path}`))
        .map((op) => `${op.method} ${op.path} (${op.id}, raff.${op.sdk})`),
    },
    ...verdict,
    problems,
    ok: verdict.unaccepted.length === 0 && verdict.stale.length === 0 && problems.length === 0,
  };
}

function printReport(r, print) {
  const o = r.operations;
  print(`spec:compare: ${r.ours} vs ${r.published}`);
  print(`  operations: ${o.published} published, ${o.ours} ours, ${o.both} in both`);
  for (const op of o.onlyOurs) print(`    only ours: ${op}`);
  const n = r.results.length;
  print(
    r.unaccepted.length === 0
      ? `  ${n} differences, all accepted`
      : `  ${n} differences, ${r.unaccepted.length} not accepted:`,
  );
  for (const key of r.unaccepted) print(`    ${key}`);
  if (r.stale.length) print(`  stale patterns in ${r.divergences} (they match nothing):`);
  for (const s of r.stale) print(`    ${s.id}: ${s.pattern}`);
  for (const p of r.problems) print(`  ${r.divergences}: ${p}`);
  print(`  entries in ${r.divergences}:`);
  for (const c of r.counts) print(`    ${c.id}: ${c.matched}`);
  print(r.ok ? '  ok' : '  FAILED');
}

/**
 * Runs spec:compare as its command line does: `argv` as after `node scripts/spec-compare.mjs`,
 * `env` for `CI`, `cwd` to show paths relative to. Returns the exit status (0 ok or skipped,
 * 1 a difference or a problem, 2 a bad command line) and what it printed.
 */
export function run(argv, { env = process.env, cwd = process.cwd() } = {}) {
  const out = [];
  const err = [];
  const print = (line) => out.push(`${line}\n`);
  const status = (() => {
    try {
      return main(argv, env, cwd, print, (line) => err.push(`${line}\n`));
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      err.push(`spec:compare: ${error.message}\n`);
      return 2;
    }
  })();
  return { status, stdout: out.join(''), stderr: err.join('') };
}

function main(argv, env, cwd, print, printError) {
  const underCi = !['', '0', 'false'].includes(env.CI ?? '');
  const opts = parseArgs(argv, cwd);
  if (!existsSync(opts.published)) {
    if (opts.json) print(JSON.stringify({ skipped: !underCi, published: opts.published }));
    if (underCi) {
      printError(
        `spec:compare: ${opts.published} not found; under CI Raff's published spec must be there`,
      );
      return 1;
    }
    if (!opts.json) print(`spec:compare: ${opts.published} not found, skipped`);
    return 0;
  }
  if (opts.fragments && !existsSync(opts.fragments))
    throw new UsageError(`${opts.fragments} not found`);
  const report = compare(opts);
  if (opts.fragments) {
    const draft = draftEntries(readFragmentDivergences(opts.fragments), report.results);
    print(JSON.stringify(draft, null, 2));
    return 0;
  }
  if (opts.json) print(JSON.stringify(report, null, 2));
  else printReport(report, print);
  return report.ok ? 0 : 1;
}
