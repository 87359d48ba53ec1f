import { defineConfig, type Options } from 'tsup';

const shared: Options = {
  sourcemap: true,
  target: 'node20',
  platform: 'node',
  treeshake: true,
  // Minified output parses and compiles faster at cold start; source maps keep stacks readable.
  minify: true,
  // ky ships only ESM: bundling it keeps require('@raff/sdk') working. zod and openapi-fetch are
  // bundled too: a few files load far faster than a hundred small modules at cold start.
  noExternal: ['ky', 'zod', 'openapi-fetch'],
  // Maps point into the bundled sources by path; embedding them would triple the tarball.
  esbuildOptions(options) {
    options.sourcesContent = false;
  },
};

export default defineConfig([
  {
    ...shared,
    format: ['esm'],
    clean: true,
    // Extra entries split the ESM build into chunks along the offline helpers, so that
    // index.js is a barrel of re-exports and a bundler can drop every chunk a user does not
    // reach (importing only isRaffApiKey does not pull in the client, ky or zod).
    entry: {
      index: 'src/index.ts',
      'testing/index': 'src/testing/index.ts',
      'testing/cli': 'src/testing/cli.ts',
      'internal/client': 'src/client.ts',
      'internal/key-format': 'src/offline/key-format.ts',
      'internal/secret-scan': 'src/offline/secret-scan.ts',
      'internal/expiry': 'src/offline/expiry.ts',
      'internal/permission-preview': 'src/offline/permission-preview.ts',
    },
    splitting: true,
    dts: { entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' } },
  },
  {
    ...shared,
    format: ['cjs'],
    entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' },
    splitting: false,
    dts: { entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' } },
  },
]);
