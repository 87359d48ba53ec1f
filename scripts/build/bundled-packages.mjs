// The inventory of what @raff/sdk ships of other people's code: every installed package with code
// in one of esbuild's metafiles (tsup.config.ts writes them to .tmp/build/ on every build), plus
// the packages whose declarations the type build inlines (inlined-declarations.json, the list
// tsup.config.ts maps). THIRD_PARTY_NOTICES.md and the SBOM are both made from it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DEFAULT_DECLARATIONS = join(ROOT, 'scripts/build/inlined-declarations.json');
const BUILD_DIR = join(ROOT, '.tmp/build');

/** What each build is, by the name in its metafile's file name (tsup.config.ts). */
export const BUILDS = {
  esm: 'the client (ESM)',
  cjs: 'the client (CommonJS)',
  testing: 'the emulator (`@raff/sdk/testing`)',
};
export const DECLARATIONS = 'the type declarations';

/** The metafiles the last `npm run build` wrote; exits 2 when there are none. */
export function buildMetafiles() {
  const found = existsSync(BUILD_DIR)
    ? readdirSync(BUILD_DIR)
        .filter((name) => /^metafile-.+\.json$/.test(name))
        .map((name) => join(BUILD_DIR, name))
    : [];
  if (found.length === 0) {
    console.error('No build metafiles in .tmp/build/: run `npm run build` first.');
    process.exit(2);
  }
  return found.sort();
}

/**
 * Every package with code in a metafile's outputs (tree-shaken to nothing does not count) or
 * declarations in dist: name, version, licence id and text, source, and where it ended up.
 */
export function bundledPackages(metafilePaths, declarationsPath = DEFAULT_DECLARATIONS) {
  /** package directory → set of build descriptions */
  const found = new Map();
  const add = (dir, where) => {
    if (!found.has(dir)) found.set(dir, new Set());
    found.get(dir).add(where);
  };
  for (const path of metafilePaths) {
    const build = /^metafile-(.+)\.json$/.exec(basename(path))?.[1] ?? basename(path);
    const metafile = JSON.parse(readFileSync(path, 'utf8'));
    for (const output of Object.values(metafile.outputs)) {
      for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
        const dir = packageDir(input);
        if (dir !== undefined && bytesInOutput > 0) add(dir, BUILDS[build] ?? build);
      }
    }
  }
  const declarations = JSON.parse(readFileSync(declarationsPath, 'utf8'));
  for (const file of Object.values(declarations)) {
    const dir = packageDir(file);
    if (dir === undefined) throw new Error(`${declarationsPath}: ${file} is not in node_modules`);
    add(dir, DECLARATIONS);
  }
  const order = [...Object.values(BUILDS), DECLARATIONS];
  return [...found]
    .map(([dir, where]) => ({
      ...describe(dir),
      usedIn: [...where].sort((a, b) => order.indexOf(a) - order.indexOf(b)),
    }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

/** `node_modules/ajv/dist/x.js` → `<root>/node_modules/ajv` (the innermost package). */
function packageDir(input) {
  const marker = 'node_modules/';
  const path = input.replaceAll('\\', '/');
  const at = path.lastIndexOf(marker);
  if (at === -1) return undefined;
  const rest = path.slice(at + marker.length).split('/');
  const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  return join(ROOT, path.slice(0, at + marker.length), name);
}

function describe(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const licenseFile = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.\w+)?$/i.test(name));
  if (licenseFile === undefined) {
    throw new Error(`${manifest.name}: no LICENSE file in ${relative(ROOT, dir)}`);
  }
  const license = typeof manifest.license === 'string' ? manifest.license : manifest.license?.type;
  if (typeof license !== 'string') throw new Error(`${manifest.name}: package.json has no license`);
  return {
    name: manifest.name,
    version: manifest.version,
    license,
    source: repositoryUrl(manifest) ?? manifest.homepage,
    text: readFileSync(join(dir, licenseFile), 'utf8').replaceAll('\r\n', '\n').trim(),
  };
}

function repositoryUrl(manifest) {
  const repository = manifest.repository;
  const url = typeof repository === 'string' ? repository : repository?.url;
  if (url === undefined) return undefined;
  if (/^[\w.-]+\/[\w.-]+$/.test(url)) return `https://github.com/${url}`;
  const web = url.replace(/^git\+/, '').replace(/\.git$/, '');
  return repository?.directory ? `${web}/tree/HEAD/${repository.directory}` : web;
}
