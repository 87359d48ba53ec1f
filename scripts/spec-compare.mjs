#!/usr/bin/env node
// spec:compare — diffs our openapi.json against Raff's published OpenAPI spec, operation by
// operation (METHOD + path): operationIds, path/query/header parameters, request bodies and 2xx
// responses, field by field (`data[].id`), types and required-ness only. Our document departs
// from the published one on purpose in places (where Raff's docs pages contradict it, or where
// the SDK takes a safer reading); each such departure is listed, with the docs fact behind it,
// in openapi.divergences.json. The script fails on any difference not listed there and on any
// listed pattern that no longer matches, so the list never drifts from the documents.
//
//   node scripts/spec-compare.mjs [published.yaml|json] [--json]
//        [--ours openapi.json] [--divergences openapi.divergences.json]
//        [--from-fragments [.work/spec]]   (print draft entries for fragment x-divergences)
//
// A missing published spec is skipped (exit 0): it lives outside this repository.
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffSpecs, operations } from './spec-compare/diff.mjs';
import { evaluate, loadDivergences } from './spec-compare/divergences.mjs';
import { draftEntries, readFragmentDivergences } from './spec-compare/fragments.mjs';
import { loadSpec } from './spec-compare/load.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
// Paths are used and shown as typed; the defaults are relative to the cwd, to be shown short.
const fromRoot = (path) => relative(process.cwd(), resolve(repoRoot, path)) || '.';

function parseArgs(argv) {
  const opts = {
    published: fromRoot('../shared/reference/raff-docs/openapi.yaml'),
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
  const differences = diffSpecs(published, ours);
  const { entries, problems } = existsSync(opts.divergences)
    ? loadDivergences(opts.divergences)
    : { entries: [], problems: ['file not found'] };
  const verdict = evaluate(differences, entries);
  const pubOps = [...operations(published).keys()];
  const ourOps = [...operations(ours).keys()];
  return {
    published: opts.published,
    ours: opts.ours,
    divergences: opts.divergences,
    operations: {
      published: pubOps.length,
      ours: ourOps.length,
      both: pubOps.filter((k) => ourOps.includes(k)).length,
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
    if (opts.json) console.log(JSON.stringify({ skipped: true, published: opts.published }));
    else console.log(`spec:compare: ${opts.published} not found, skipped`);
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
