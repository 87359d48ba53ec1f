import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Two projects, one rule: a file named `*.slow.test.ts` starts child processes (tsc, Prism, the
 * emulator's command), puts sockets under load, or sits out attempt timeouts row after row (the
 * fault matrix); every other `*.test.ts` is `fast` (it may wait out a Retry-After or a limiter
 * window of a second or two). `npm test` runs both; `npx vitest run --project fast` is the quick
 * loop.
 */
const SLOW = 'test/**/*.slow.test.ts';

/**
 * The load tests measure throughput and memory under 100 requests in flight: figures that mean
 * something only on a quiet machine, and seconds of CPU that would crowd the rest of the suite.
 * `npm test` leaves them out; RAFF_LOAD=small|full runs them (`.ci/run` at full scale, as its own
 * step), e.g. `RAFF_LOAD=full npx vitest run test/reliability/load.slow.test.ts`.
 */
const LOAD = 'test/reliability/load.slow.test.ts';
const withLoad = process.env.RAFF_LOAD !== undefined && process.env.RAFF_LOAD !== '';

/**
 * Vitest's own order within each project (failed, then slowest, when it has timings; else the
 * largest files), with the slow project's files first: started last, they would run on alone at
 * the end.
 */
class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => (file.project.name === 'slow' ? 0 : 1);
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  resolve: {
    // Examples import the package by name; tests run them against the source.
    alias: [
      {
        find: /^@raff\/sdk\/testing$/,
        replacement: fileURLToPath(new URL('./src/testing/index.ts', import.meta.url)),
      },
      {
        find: /^@raff\/sdk$/,
        replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)),
      },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'fast', include: ['test/**/*.test.ts'], exclude: [SLOW] },
      },
      // The type tests (*.test-d.ts) are tsc's: test/types/type-tests.slow.test.ts runs it.
      { extends: true, test: { name: 'slow', include: [SLOW], exclude: withLoad ? [] : [LOAD] } },
    ],
    setupFiles: ['test/setup.ts'],
    testTimeout: 20_000,
    // Test files share a worker's module graph: the SDK, the emulator and their dependencies load
    // once per worker instead of once per file, which halves the suite's CPU time. Files keep no
    // state between them (nock is reset after each test, every emulator is closed after its file).
    isolate: false,
    // Two cores, but much of the suite waits on sockets and timers: a third worker fills the gaps.
    maxWorkers: 3,
    sequence: { sequencer: SlowFirst },
    restoreMocks: true,
    // Transformed modules kept on disk (node_modules/.experimental-vitest-cache) between runs: a
    // second `npm test` transforms only the files that changed.
    experimental: { fsModuleCache: true },
  },
});
