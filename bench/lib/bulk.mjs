// The rate-limited bulk run: the emulator (bench/bulk-emulator.mjs) and the client
// (bench/bulk-client.mjs) in two processes, three times over with a fresh emulator each time:
//
// - limiter on:  emulator and client both limited (`perSecond`, `burst`);
// - limiter off: the same emulator limit, no client limiter: only Retry-After handling helps;
// - capacity:    neither limited: how fast this machine runs the calls at all. When this is not
//                well under the ideal time, the limiter-on verdict says more about the machine.
//
// Both scripts are bundled with esbuild first. `@raff/sdk` and `@raff/sdk/testing` resolve to the
// measured build (the dist/ snapshot) when it has the testing entry, and otherwise to the
// TypeScript sources in src/ (as scripts/demo.mjs does); packages stay external.
import { fork } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { distFile } from './dist.mjs';
import { runChild } from './processes.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outdir = `${root}bench/results/.build`;

const exportsEmulator = (file) => {
  try {
    return /\bcreateRaffEmulator\b/.test(readFileSync(file, 'utf8'));
  } catch {
    return false;
  }
};

/** Where the bulk run takes the SDK and the emulator from: `'dist'`, `'src'`, or undefined. */
export function emulatorSource() {
  if (exportsEmulator(distFile('testing/index.js'))) return 'dist';
  if (exportsEmulator(`${root}src/testing/index.ts`)) return 'src';
  return undefined;
}

const ALIASES = {
  dist: () => ({
    '@raff/sdk/testing': distFile('testing/index.js'),
    '@raff/sdk': distFile('index.js'),
  }),
  src: () => ({
    '@raff/sdk/testing': `${root}src/testing/index.ts`,
    '@raff/sdk': `${root}src/index.ts`,
  }),
};

function startEmulator(limit) {
  return new Promise((resolve, reject) => {
    const child = fork(`${outdir}/bulk-emulator.mjs`, [JSON.stringify(limit)], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`bulk emulator exited with ${code}`)));
    child.once('message', ({ url, ownerKey }) => {
      child.removeAllListeners('exit');
      const stats = () =>
        new Promise((done) => {
          child.once('message', (m) => done(m.statuses));
          child.send('stats');
        });
      const stop = () =>
        new Promise((done) => {
          child.once('exit', () => done());
          child.disconnect();
        });
      resolve({ url, ownerKey, stats, stop });
    });
  });
}

async function oneRun(task, emulatorLimit, rateLimit) {
  const emulator = await startEmulator(emulatorLimit);
  try {
    const { url, ownerKey } = emulator;
    const run = await runChild(
      'results/.build/bulk-client.mjs',
      { url, ownerKey, calls: task.calls, concurrency: task.concurrency, rateLimit },
      [],
    );
    const statuses = await emulator.stats();
    const attempts = Object.values(statuses).reduce((a, b) => a + b, 0);
    return { ...run, statuses, attempts, rateLimited: statuses[429] ?? 0 };
  } finally {
    await emulator.stop();
  }
}

/**
 * Runs the three bulk runs for `{ calls, perSecond, burst, concurrency }`. `client` (optional,
 * for experiments) gives the client limiter a different `{ perSecond, burst }`.
 */
export async function runBulk(task, source = emulatorSource()) {
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: [`${root}bench/bulk-emulator.mjs`, `${root}bench/bulk-client.mjs`],
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    alias: ALIASES[source](),
    // tsup's chunks import each other bare (`import './chunk.js'`), which esbuild reports as
    // ignored under `sideEffects: false`; harmless here.
    logLevel: 'error',
  });
  const limit = { perSecond: task.perSecond, burst: task.burst };
  const clientLimit = task.client ?? limit;
  const limiter = await oneRun(task, limit, clientLimit);
  const noLimiter = await oneRun(task, limit, undefined);
  const capacity = await oneRun(task, {}, undefined);
  const idealMs = ((task.calls - task.burst) / task.perSecond) * 1000;
  return { ...task, source, clientLimit, idealMs, limiter, noLimiter, capacity };
}
