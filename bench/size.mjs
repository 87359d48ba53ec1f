#!/usr/bin/env node
// The CI size check: what a user's bundler ships for two entries, against the budgets.
//
//   node bench/size.mjs [--budget-lambda=<bytes>] [--budget-key-check=<bytes>]
//                       [--budget-profiles=<bytes>] [--analyze]
//
// - Lambda handler (`new RaffClient().apiKeys.list()`, every namespace mounted): no larger than
//   openai-node's handler bundled the same way in the same run, by default (DESIGN.md).
// - An entry importing only `isRaffApiKey`: ≤ 1 KB min+gzip by default.
// - What raff-cli profile support (the config file reader and its YAML subset parser) adds to
//   that Lambda handler, which never reads a profile: ≤ 1 KB min+gzip by default. Measured from
//   src/ as the difference with a build where src/core/profile.ts is a do-nothing stand-in.
// Exits 1 when any is over budget, 2 when dist/ is missing (run `npm run build` first).
// dist/ is not minified; the bundles are, as a user's Lambda build minifies them.
// `--analyze` adds the minified bytes per package and per source file of both bundles; that
// needs source maps in dist/ (`RAFF_SOURCEMAP=1 npm run build`), else it is per dist/ file.
//
// Why an esbuild script and not size-limit: it needs no extra dependency (esbuild is already
// pinned in devDependencies for tsup and the demo), and it measures with the bundler a Lambda
// user actually runs (esbuild, platform node, minify, ESM), on the built dist/ that npm ships.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BUDGETS } from './lib/budgets.mjs';
import { bundleEntry, featureCost, kb } from './lib/bundles.mjs';
import { distFile, requireDist } from './lib/dist.mjs';

const { values: flags } = parseArgs({
  options: {
    'budget-lambda': { type: 'string' },
    'budget-key-check': { type: 'string' },
    'budget-profiles': { type: 'string' },
    analyze: { type: 'boolean', default: false },
  },
});

function bytesFlag(name, fallback) {
  const raw = flags[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    console.error(`--${name} needs a whole number of bytes, got "${raw}"`);
    process.exit(2);
  }
  return value;
}

requireDist();
if (flags.analyze && !existsSync(distFile('index.js.map'))) {
  console.log(
    'dist/ has no source maps: bytes are attributed per dist/ file. ' +
      'For src/ files and packages: RAFF_SOURCEMAP=1 npm run build',
  );
}

// openai-node's handler is bundled only when no explicit budget replaces it.
const explicitLambda = bytesFlag('budget-lambda', undefined);
const checks = [
  {
    entry: 'lambda',
    budget: explicitLambda ?? (await bundleEntry('openai')).gzipBytes,
    what: explicitLambda === undefined ? "openai-node's handler, " : '',
  },
  {
    entry: 'keyCheck',
    budget: bytesFlag('budget-key-check', BUDGETS.keyCheckGzipBytes),
    what: '',
  },
];

let failed = false;
for (const { entry, budget, what } of checks) {
  const result = await bundleEntry(entry, { attribute: flags.analyze });
  const pass = result.gzipBytes <= budget;
  failed ||= !pass;
  console.log(
    `${pass ? 'PASS' : 'FAIL'}  ${result.label}: ${kb(result.gzipBytes)} min+gzip ` +
      `(${result.gzipBytes} B; budget ${what}${kb(budget)} = ${budget} B; minified ${kb(result.minBytes)})`,
  );
  if (flags.analyze) {
    for (const { name, bytes, share } of result.breakdown) {
      if (share < 0.002) continue;
      console.log(
        `        ${kb(bytes).padStart(9)}  ${(share * 100).toFixed(1).padStart(5)}%  ${name}`,
      );
    }
  }
}
const profiles = await featureCost('profiles');
const profilesBudget = bytesFlag('budget-profiles', BUDGETS.profilesGzipBytes);
const profilesPass = profiles.gzipBytes <= profilesBudget;
failed ||= !profilesPass;
console.log(
  `${profilesPass ? 'PASS' : 'FAIL'}  ${profiles.label}: +${profiles.gzipBytes} B min+gzip ` +
    `(budget ${profilesBudget} B; the handler built from src/: ${kb(profiles.wholeGzipBytes)})`,
);
process.exitCode = failed ? 1 : 0;
