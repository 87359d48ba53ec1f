import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  treeshake: true,
  splitting: false,
  // ky ships only ESM: bundling it keeps require('@raff/sdk') working.
  noExternal: ['ky', 'zod', 'openapi-fetch'],
});
