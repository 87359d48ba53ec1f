import { defineConfig, type Options } from 'tsup';

// dist is not minified: error classes keep their names (`err.constructor.name`, what Node prints
// for an uncaught error), stack frames name our functions at readable lines, and what a frame
// points at is the code itself. Users' bundlers minify anyway (the Lambda budget is measured
// that way). So dist ships no source maps: an unminified dist needs none to be read, and maps
// that embed their sources would triple the tarball (ky, zod, ajv and openapi.json again).
// `RAFF_SOURCEMAP=1 npm run build` adds self-contained maps, for the profiler (bench/).
const withMaps = process.env.RAFF_SOURCEMAP === '1';

const shared: Options = {
  target: 'node20',
  platform: 'node',
  // No keepNames: its `__name()` calls are side effects that stop bundlers dropping unused
  // helpers (isRaffApiKey alone grows to about 5 KB). Names stay as written without it, except
  // for a class whose own body names it: esbuild renames that one `_Name`, so src/ must not (the
  // consumer checks in test/consumers hold every exported class to its name).
  minify: false,
  sourcemap: withMaps,
  treeshake: true,
  // Nothing is installed with @raff/sdk: ky (ESM-only, so bundling keeps require() working) and
  // zod are bundled, and so are ajv and ajv-formats, which only the emulator (@raff/sdk/testing)
  // uses. A few files also load far faster than a hundred small modules. openapi-fetch is types
  // only (raff.api's params and body, inlined into the declarations below); it stays listed so
  // that a run-time import of it would be bundled, never required from a package users lack.
  noExternal: ['ky', 'zod', 'openapi-fetch', 'ajv', 'ajv-formats'],
  esbuildOptions(options) {
    options.sourcesContent = true;
  },
};

// index.d.ts names openapi-fetch's `ParamsOption` and `RequestBodyOption` and some of
// openapi-typescript-helpers' types (in the types of `raff.api`). Mapping the packages to their
// declaration files inlines them (rollup-plugin-dts keeps whatever resolves into node_modules as
// an import), so type-checking a consumer needs nothing installed either.
const dtsCompilerOptions = {
  paths: {
    'openapi-fetch': ['node_modules/openapi-fetch/dist/index.d.mts'],
    'openapi-typescript-helpers': ['node_modules/openapi-typescript-helpers/dist/index.d.mts'],
  },
};

export default defineConfig([
  {
    ...shared,
    format: ['esm'],
    clean: true,
    // esbuild puts each module in a chunk by the set of entries that reach it. With the client
    // and the offline helpers as entries of their own, every module index.ts reaches is reached
    // by a second entry too: index.js is a barrel of re-exports, and a bundler keeps only the
    // chunks a user reaches (isRaffApiKey alone: 0.3 KB, the whole client: 38 KB). Node loads
    // four files for `import '@raff/sdk'` (a chunk per entry made the minified build eight);
    // ky comes on the first request, from a chunk of its own.
    entry: {
      index: 'src/index.ts',
      'internal/client': 'src/client.ts',
      'internal/offline': 'src/offline/index.ts',
    },
    splitting: true,
    // Both .d.ts files come from this build: another declaration build would type-check it all
    // again.
    dts: {
      entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' },
      compilerOptions: dtsCompilerOptions,
    },
  },
  {
    ...shared,
    // The emulator is a build of its own: were it in the build above, the modules it shares with
    // the client and the offline helpers (key format, catalog, errors) would be chunks of their
    // own, more files to load for `import '@raff/sdk'`.
    format: ['esm'],
    entry: { 'testing/index': 'src/testing/index.ts', 'testing/cli': 'src/testing/cli.ts' },
    splitting: true,
    esbuildOptions(options) {
      shared.esbuildOptions?.(options, { format: 'esm' });
      options.chunkNames = 'testing/[name]-[hash]';
    },
    dts: false,
  },
  {
    ...shared,
    format: ['cjs'],
    entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' },
    splitting: false,
    // The emulator finds the package's openapi.json from `import.meta.url`, which CommonJS has
    // not: the shim derives it from `__filename`.
    shims: true,
    dts: {
      entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' },
      compilerOptions: dtsCompilerOptions,
    },
  },
]);
