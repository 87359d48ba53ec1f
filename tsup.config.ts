import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { type Plugin, transform } from 'esbuild';
import { defineConfig, type Options } from 'tsup';
import inlinedDeclarations from './scripts/build/inlined-declarations.json' with { type: 'json' };

// The client's dist is not minified: error classes keep their names (`err.constructor.name`, what Node prints
// for an uncaught error), stack frames name our functions at readable lines, and what a frame
// points at is the code itself. Users' bundlers minify anyway (the Lambda budget is measured
// that way). So dist ships no source maps: an unminified dist needs none to be read, and maps
// that embed their sources would triple the tarball (ky, zod, ajv and openapi.json again).
// `RAFF_SOURCEMAP=1 npm run build` adds self-contained maps, for the profiler (bench/).
const withMaps = process.env.RAFF_SOURCEMAP === '1';

/**
 * Writes each build's esbuild metafile to `.tmp/build/metafile-<name>.json`: the record of which
 * files of which installed packages ended up in dist, read by scripts/build/bundled-packages.mjs
 * (THIRD_PARTY_NOTICES.md and the SBOM are made from it).
 */
function metafileOf(name: string): Plugin {
  return {
    name: 'raff-metafile',
    setup(build) {
      build.initialOptions.metafile = true;
      build.onEnd(async (result) => {
        if (result.metafile === undefined) return;
        await mkdir('.tmp/build', { recursive: true });
        await writeFile(`.tmp/build/metafile-${name}.json`, JSON.stringify(result.metafile));
      });
    },
  };
}

/**
 * Minifies ky as it is bundled into the readable builds (29 KB to 18): nobody reads or steps
 * through its code in our dist, and it is loaded whole, on the first request, so there is nothing
 * to tree-shake. Not zod: minified module by module it loses the `@__PURE__` marks bundlers
 * tree-shake it by (isRaffApiKey alone grew from 0.3 KB to 16 KB). Our own code stays as written.
 */
function minifiedKy(): Plugin {
  return {
    name: 'raff-minified-ky',
    setup(build) {
      build.onLoad({ filter: /[\\/]node_modules[\\/]ky[\\/].*\.js$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const { code } = await transform(source, {
          loader: 'js',
          format: 'esm',
          minify: true,
          target: 'node20',
          legalComments: 'inline',
        });
        return { contents: code, loader: 'js' };
      });
    },
  };
}

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
// an import), so type-checking a consumer needs nothing installed either. The packages mapped are
// listed once, in scripts/build/inlined-declarations.json, which the notices script reads too.
const dtsCompilerOptions = {
  paths: Object.fromEntries(
    Object.entries(inlinedDeclarations).map(([name, file]) => [name, [file]]),
  ),
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
    esbuildPlugins: withMaps ? [metafileOf('esm')] : [metafileOf('esm'), minifiedKy()],
    // The declarations are built once, here; scripts/finish-build.mjs moves each into a file
    // that both the `import` (.d.ts) and the `require` (.d.cts) entry re-export.
    dts: {
      entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' },
      compilerOptions: dtsCompilerOptions,
    },
  },
  {
    ...shared,
    // The emulator is a build of its own: were it in the build above, the modules it shares with
    // the client and the offline helpers (key format, catalog, errors) would be chunks of their
    // own, more files to load for `import '@raff/sdk'`. It is built as ESM only: on every Node
    // that `engines` allows, `require()` loads ESM, so dist/testing/index.cjs (written by
    // scripts/finish-build.mjs) is one line that requires this build.
    format: ['esm'],
    entry: { 'testing/index': 'src/testing/index.ts', 'testing/cli': 'src/testing/cli.ts' },
    splitting: true,
    esbuildPlugins: [metafileOf('testing')],
    esbuildOptions(options) {
      shared.esbuildOptions?.(options, { format: 'esm' });
      options.chunkNames = 'testing/[name]-[hash]';
      // The emulator, a test tool, ships minified (630 KB to about 400, most of the rest ajv and
      // the domains' messages): keepNames keeps what users see, its errors' class names and the
      // functions its stack frames name; the line numbers go (`RAFF_SOURCEMAP=1` builds have
      // maps and skip it). The client, which runs in users' services, stays as written.
      options.minify = !withMaps;
      options.keepNames = true;
    },
    dts: false,
  },
  {
    ...shared,
    format: ['cjs'],
    entry: { index: 'src/index.ts' },
    splitting: false,
    esbuildPlugins: withMaps ? [metafileOf('cjs')] : [metafileOf('cjs'), minifiedKy()],
    dts: false,
  },
]);
