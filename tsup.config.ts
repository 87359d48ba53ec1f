import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'testing/index': 'src/testing/index.ts',
    'testing/cli': 'src/testing/cli.ts',
  },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  treeshake: true,
  splitting: false,
  // ky ships only ESM: bundling it keeps require('@raff/sdk') working. zod and openapi-fetch are
  // bundled too: one file parses far faster than a hundred small modules at cold start.
  noExternal: ['ky', 'zod', 'openapi-fetch'],
});
