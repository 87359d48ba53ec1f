import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The files that run longest start first, in this order: with no timings of its own (a fresh
 * clone), vitest starts the largest files first, and these would start late and run on alone at
 * the end. Files that burn CPU (in the worker, or in a child process: tsc, Prism) alternate with
 * files that mostly wait on timers and sockets, so that both cores stay busy while the load test
 * holds one of them. Seconds are a warm run's, alone.
 */
const START_FIRST = [
  'test/reliability/load.test.ts', // 20: 11,000 requests on the CPU, then Retry-After waits
  'test/docs/check-doc-blocks.test.ts', // 10: tsc in a child process
  'test/contract/prism.test.ts', // 8: two Prism mocks in child processes
  'test/reliability/fault-matrix-http.test.ts', // 5, waits: attempt timeouts
  'test/reliability/hostile-params.test.ts', // 4, CPU
  'test/reliability/fault-matrix-connection.test.ts', // 6, waits: stalls, trickles
  'test/core/redact.test.ts', // 3, CPU
  'test/reliability/hardening.test.ts', // 5, waits: limiter windows, time limits
  'test/emulator/permissions-matrix.test.ts', // 2, CPU
  'test/integration/sdk-emulator.test.ts', // 5, waits: Retry-After of the emulator's limiter
  'test/resources/operations.test.ts', // 2, CPU
  'test/core/retries.test.ts', // 5, waits: a real Retry-After and a real backoff
  'test/reliability/tenants.test.ts', // 1.5, CPU
  'test/integration/waiters.test.ts', // 3.5, waits: the limiter's budget
  'test/reliability/hostile-options.test.ts', // 1.5, CPU
  'test/integration/backups-lambda.test.ts', // 3.5, waits
  'test/reliability/hostile-offline.test.ts', // 1.5, CPU
  'test/core/rate-limiter.test.ts', // 2, waits: limiter windows
  'test/emulator/cli.test.ts', // 2, waits on the emulator's command in child processes
  'test/emulator/storage-permissions.test.ts', // 1, CPU
  'test/reliability/error-leaks.test.ts', // 1.5, waits
  'test/emulator/rate-limit.test.ts', // 1.5, waits: the emulator's window
];

/** Vitest's own order (failed, then slowest, when it has timings), with START_FIRST in front. */
class StartFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const at = START_FIRST.indexOf(relative(root, file.moduleId).replaceAll('\\', '/'));
      return at === -1 ? START_FIRST.length : at;
    };
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
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      // The type tests and what they import: vitest runs tsc after every other file, so checking
      // the whole project there (npm run typecheck does that) would add its time to the run.
      tsconfig: './test/tsconfig.typecheck.json',
    },
    testTimeout: 20_000,
    // Test files share a worker's module graph: the SDK, the emulator and their dependencies load
    // once per worker instead of once per file, which halves the suite's CPU time. Files keep no
    // state between them (nock is reset after each test, every emulator is closed after its file).
    isolate: false,
    // Two cores, but much of the suite waits on sockets and timers: a third worker fills the gaps.
    maxWorkers: 3,
    sequence: { sequencer: StartFirst },
    restoreMocks: true,
  },
});
