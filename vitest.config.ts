import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Four projects. `npm test` runs `fast` and `slow`, the suite a change is checked with (about a
 * minute on two cores); `.ci/run` also runs `contract` and `load`, each as a step of its own:
 *
 * - `slow`: a file named `*.slow.test.ts` starts child processes (the emulator's command),
 *   or sits out attempt timeouts row after row (the fault matrix);
 * - `fast`: every other `*.test.ts` (it may wait out a Retry-After or a limiter window of a second
 *   or two); `npx vitest run --project fast` is the quick loop;
 * - `contract` (`npm run test:contract`): every method against Prism mocks of our openapi.json
 *   and of Raff's spec, two Prism processes and twenty seconds of CPU;
 * - `load` (`npm run test:load`): throughput and memory under 100 requests in flight, figures that
 *   mean something only on a quiet machine (RAFF_LOAD=full for the scale CI runs).
 */
const SLOW = 'test/**/*.slow.test.ts';
const CONTRACT = 'test/contract/**/*.test.ts';
const LOAD = 'test/reliability/load.slow.test.ts';

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
        test: { name: 'fast', include: ['test/**/*.test.ts'], exclude: [SLOW, CONTRACT] },
      },
      // The type tests (*.test-d.ts) are tsc's: `npm run typecheck` checks them.
      { extends: true, test: { name: 'slow', include: [SLOW], exclude: [CONTRACT, LOAD] } },
      { extends: true, test: { name: 'contract', include: [CONTRACT] } },
      { extends: true, test: { name: 'load', include: [LOAD] } },
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
