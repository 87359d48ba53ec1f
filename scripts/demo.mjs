#!/usr/bin/env node
// Runs examples/demo.ts (or examples/<name>.ts) from source: esbuild bundles it (resolving
// @raff/sdk to src/) into .tmp/, then Node runs the bundle. No build step or TypeScript runner
// needed.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const example = process.argv[2] ?? 'demo';
const outfile = `${root}.tmp/${example}.mjs`;
mkdirSync(`${root}.tmp`, { recursive: true });

await build({
  entryPoints: [`${root}examples/${example}.ts`],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  alias: { '@raff/sdk/testing': `${root}src/testing/index.ts`, '@raff/sdk': `${root}src/index.ts` },
  logLevel: 'warning',
});

// Anything after the example's name goes to it (`npm run example:tool -- vms list`).
const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(3)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
