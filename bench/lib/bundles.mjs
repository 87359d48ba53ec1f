// What a user's bundler ships: esbuild (the version pinned in package.json) bundling a tiny
// entry that imports the SDK, minified for Node like a Lambda deploy, then gzipped.
import { relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { distFile } from './dist.mjs';
import { bytesBySource, decodeSourceMap, groupOf } from './sourcemap.mjs';

const root = new URL('../../', import.meta.url).pathname;

/** The budgeted entries, and plain-library handlers for context. */
export const ENTRIES = {
  lambda: {
    label: 'Lambda handler: new RaffClient().apiKeys.list()',
    contents:
      "import { RaffClient } from '@raff/sdk';\n" +
      'export const handler = async () => new RaffClient().apiKeys.list();\n',
  },
  keyCheck: {
    label: 'isRaffApiKey only',
    contents:
      "import { isRaffApiKey } from '@raff/sdk';\n" +
      'export const handler = async (event) => isRaffApiKey(event.key);\n',
  },
  fetch: {
    label: 'raw fetch handler (context)',
    contents:
      'export const handler = async () => (await fetch(process.env.URL, ' +
      "{ headers: { 'X-API-Key': process.env.KEY, accept: 'application/json' } })).json();\n",
  },
  'openapi-fetch': {
    label: 'openapi-fetch handler (context)',
    contents:
      "import createClient from 'openapi-fetch';\n" +
      'const client = createClient({ baseUrl: process.env.URL });\n' +
      "export const handler = async () => (await client.GET('/api/v1/api-keys')).data;\n",
  },
  ky: {
    label: 'ky handler (context)',
    contents:
      "import ky from 'ky';\n" +
      "export const handler = () => ky.get(process.env.URL + '/api/v1/api-keys').json();\n",
  },
  openai: {
    label: 'openai-node handler (context)',
    contents:
      "import OpenAI from 'openai';\n" +
      'const client = new OpenAI({ baseURL: process.env.URL, apiKey: process.env.KEY });\n' +
      "export const handler = () => client.get('/api/v1/api-keys');\n",
  },
};

/**
 * Bundles entry `name` with `@raff/sdk` resolved to dist/index.js and resolves with its minified
 * and gzipped sizes (bytes; gzip level 9, as size tools report it). With `attribute`, also the
 * minified bytes per original package or file, read through the source maps esbuild chains from
 * dist/index.js.map (a metafile would only show dist/index.js: tsup already bundled it).
 */
export async function bundleEntry(name, { attribute = false } = {}) {
  const entry = ENTRIES[name];
  const result = await build({
    stdin: { contents: entry.contents, resolveDir: root, sourcefile: `${name}.entry.mjs` },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    alias: { '@raff/sdk': distFile('index.js') },
    write: false,
    outfile: `${root}bench/results/.build/${name}.mjs`,
    sourcemap: attribute ? 'external' : false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const js = result.outputFiles.find((file) => file.path.endsWith('.mjs'));
  const sizes = {
    label: entry.label,
    minBytes: js.contents.length,
    gzipBytes: gzipSync(js.contents, { level: 9 }).length,
  };
  if (!attribute) return sizes;
  const map = result.outputFiles.find((file) => file.path.endsWith('.map'));
  return { ...sizes, breakdown: breakdown(js.text, JSON.parse(map.text)) };
}

/**
 * Features that a Lambda handler carries but never runs, each with the src/ module that holds
 * it and a stand-in with the same exports that does nothing: what the feature costs is the
 * difference between the two bundles.
 */
export const FEATURES = {
  profiles: {
    label: 'raff-cli profiles (config file reader, YAML subset parser) in a Lambda handler',
    module: 'src/core/profile.ts',
    standIn: 'export function readRaffProfile() { return undefined; }\n',
  },
};

/**
 * What feature `name` adds to the Lambda handler's bundle, in min+gzip bytes: the handler is
 * bundled from src/ (as bundleEntry does from dist/, minified for Node) once as it is and once
 * with the feature's module replaced by its stand-in. From src/, because dist/ is already one
 * file; a stand-in whose exports no longer match the module fails the build, so the measurement
 * cannot silently go stale.
 */
export async function featureCost(name) {
  const feature = FEATURES[name];
  const target = resolve(root, feature.module);
  const sizes = [];
  for (const replaced of [false, true]) {
    const plugins = replaced
      ? [
          {
            name: 'stand-in',
            setup(b) {
              b.onLoad({ filter: /\.ts$/ }, (args) =>
                args.path === target ? { contents: feature.standIn, loader: 'ts' } : undefined,
              );
            },
          },
        ]
      : [];
    const result = await build({
      stdin: {
        contents: ENTRIES.lambda.contents,
        resolveDir: root,
        sourcefile: 'lambda.entry.mjs',
      },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      alias: { '@raff/sdk': resolve(root, 'src/index.ts') },
      write: false,
      legalComments: 'none',
      logLevel: 'silent',
      plugins,
    });
    sizes.push(gzipSync(result.outputFiles[0].contents, { level: 9 }).length);
  }
  const [whole, without] = sizes;
  return { label: feature.label, gzipBytes: whole - without, wholeGzipBytes: whole };
}

/** Minified bytes per package (node_modules) or per file (src/, generated/), largest first. */
function breakdown(code, map) {
  const groups = new Map();
  for (const [source, bytes] of bytesBySource(code, decodeSourceMap(map))) {
    const absolute = source.startsWith('(')
      ? source
      : resolve(`${root}bench/results/.build`, source);
    const name = groupOf(absolute.startsWith(root) ? relative(root, absolute) : absolute);
    groups.set(name, (groups.get(name) ?? 0) + bytes);
  }
  const total = [...groups.values()].reduce((a, b) => a + b, 0);
  return [...groups.entries()]
    .map(([name, bytes]) => ({ name, bytes, share: bytes / total }))
    .sort((a, b) => b.bytes - a.bytes);
}

/** `1234` → `'1.21 KB'` (KiB, as the budgets are written). */
export const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
