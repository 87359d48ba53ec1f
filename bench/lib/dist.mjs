// Which build of @raff/sdk the benchmark measures. dist/ is shared with everyone running
// `npm run build` (tsup cleans it first), so bench/run.mjs measures a snapshot taken at start:
// every child process then loads the same build, even if dist/ is rebuilt mid-run.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SNAPSHOT = `${root}bench/results/.build/dist`;

/** The directory holding the measured build: the snapshot when one was taken, else dist/. */
export function distDir() {
  return process.env.RAFF_BENCH_DIST ?? `${root}dist`;
}

/** `index.js` → absolute path inside the measured build. */
export const distFile = (name) => join(distDir(), name);

/** Fails with a clear message when the build is missing. */
export function requireDist() {
  for (const file of ['index.js', 'index.cjs']) {
    if (!existsSync(distFile(file))) {
      console.error(`${distFile(file)} is missing: run \`npm run build\` first.`);
      process.exit(2);
    }
  }
}

/**
 * Copies dist/ (every file, chunks included) to bench/results/.build/dist and points this
 * process and its children at the copy. Source maps get their `sources` rebased so they still
 * name the original files. Returns the copy's directory.
 */
export function snapshotDist() {
  requireDist();
  rmSync(SNAPSHOT, { recursive: true, force: true });
  cpSync(`${root}dist`, SNAPSHOT, { recursive: true });
  for (const entry of readdirSync(SNAPSHOT, { recursive: true })) {
    if (!String(entry).endsWith('.map')) continue;
    const file = join(SNAPSHOT, String(entry));
    const original = join(`${root}dist`, String(entry));
    const map = JSON.parse(readFileSync(file, 'utf8'));
    map.sources = map.sources.map((source) =>
      relative(dirname(file), resolve(dirname(original), map.sourceRoot ?? '', source)),
    );
    delete map.sourceRoot;
    writeFileSync(file, JSON.stringify(map));
  }
  process.env.RAFF_BENCH_DIST = SNAPSHOT;
  return SNAPSHOT;
}
