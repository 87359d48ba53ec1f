import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

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
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    testTimeout: 20_000,
    // Test files share a worker's module graph: the SDK, the emulator and their dependencies load
    // once per worker instead of once per file, which halves the suite's CPU time. Files keep no
    // state between them (nock is reset after each test, every emulator is closed after its file).
    isolate: false,
    // Two cores, but much of the suite waits on sockets and timers: a third worker fills the gaps.
    maxWorkers: 3,
    restoreMocks: true,
  },
});
