#!/usr/bin/env node
// spec:compare — diffs our openapi.json against Raff's published OpenAPI spec (by default its
// October 2026 edition), operation by operation (METHOD + path): operationIds, path/query/header
// parameters, request bodies and responses, field by field (`data[].id`): types, required-ness,
// the rules a request must keep (enum, pattern, lengths, bounds, closed objects), response enums
// and the statuses each operation declares. Our document departs from the published one on
// purpose in places (where Raff's docs pages contradict it, or where the SDK takes a safer
// reading); each such departure is listed, with the docs fact behind it, in
// openapi.divergences.json. The script fails on any difference not listed there and on any
// listed pattern that no longer matches, so the list never drifts from the documents.
//
// Both documents are read through the project's one `$ref` resolver (scripts/generate/spec.mjs);
// our side's operations are those of the operation model the generator builds from it, so the
// comparison covers exactly the operations the SDK has, named by their SDK methods.
//
//   node scripts/spec-compare.mjs [published.yaml|json] [--json]
//        [--ours openapi.json] [--divergences openapi.divergences.json]
//        [--from-fragments [.work/spec]]   (print draft entries for fragment x-divergences)
//
// The published spec lives outside this repository. When it is missing the script says it
// skipped (exit 0), except under CI (`CI` set, and not `false` or `0`), where that is a failure.
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildModel } from './generate/model.mjs';
import { loadSpec } from './generate/spec.mjs';
import { diffSpecs, operations } from './spec-compare/diff.mjs';
import { evaluate, loadDivergences } from './spec-compare/divergences.mjs';
import { draftEntries, readFragmentDivergences } from './spec-compare/fragments.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
// Paths are used and shown as typed; the defaults are relative to the cwd, to be shown short.
const fromRoot = (path) => relative(process.cwd(), resolve(repoRoot, path)) || '.';
const underCi = !['', '0', 'false'].includes(process.env.CI ?? '');

function parseArgs(argv) {
  const opts = {
    published: fromRoot('../shared/reference/raff-docs/openapi-2026-10.yaml'),
    ours: fromRoot('openapi.json'),
    divergences: fromRoot('openapi.divergences.json'),
    json: false,
    fragments: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => argv[++i] ?? fail(`${arg} needs a value`);
    if (arg === '--json') opts.json = true;
    else if (arg === '--ours') opts.ours = value();
    else if (arg === '--divergences') opts.divergences = value();
    else if (arg === '--from-fragments') {
      const next = argv[i + 1];
      opts.fragments = next && !next.startsWith('--') ? value() : fromRoot('.work/spec');
    } else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
    else opts.published = arg;
  }
  return opts;
}

function fail(message) {
  console.error(`spec:compare: ${message}`);
  process.exit(2);
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

function printReport(r) {
  const o = r.operations;
  console.log(`spec:compare: ${r.ours} vs ${r.published}`);
  console.log(`  operations: ${o.published} published, ${o.ours} ours, ${o.both} in both`);
  for (const op of o.onlyOurs) console.log(`    only ours: ${op}`);
  const n = r.results.length;
  console.log(
    r.unaccepted.length === 0
      ? `  ${n} differences, all accepted`
      : `  ${n} differences, ${r.unaccepted.length} not accepted:`,
  );
  for (const key of r.unaccepted) console.log(`    ${key}`);
  if (r.stale.length) console.log(`  stale patterns in ${r.divergences} (they match nothing):`);
  for (const s of r.stale) console.log(`    ${s.id}: ${s.pattern}`);
  for (const p of r.problems) console.log(`  ${r.divergences}: ${p}`);
  console.log(`  entries in ${r.divergences}:`);
  for (const c of r.counts) console.log(`    ${c.id}: ${c.matched}`);
  console.log(r.ok ? '  ok' : '  FAILED');
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(opts.published)) {
    if (opts.json) console.log(JSON.stringify({ skipped: !underCi, published: opts.published }));
    if (underCi) {
      console.error(
        `spec:compare: ${opts.published} not found; under CI Raff's published spec must be there`,
      );
      return 1;
    }
    if (!opts.json) console.log(`spec:compare: ${opts.published} not found, skipped`);
    return 0;
  }
  const report = compare(opts);
  if (opts.fragments && !existsSync(opts.fragments)) fail(`${opts.fragments} not found`);
  if (opts.fragments) {
    const draft = draftEntries(readFragmentDivergences(opts.fragments), report.results);
    console.log(JSON.stringify(draft, null, 2));
    return 0;
  }
  if (opts.json) console.log(JSON.stringify(report, null, 2));
  else printReport(report);
  return report.ok ? 0 : 1;
}

process.exitCode = main();
