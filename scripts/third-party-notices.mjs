#!/usr/bin/env node
// THIRD_PARTY_NOTICES.md from what the build actually inlined: every installed package with code
// in one of esbuild's metafiles (tsup.config.ts writes them to .tmp/build/ on every build), plus
// the packages whose declarations the type build inlines (scripts/build/inlined-declarations.json,
// the list tsup.config.ts maps), each with its version, licence id and full licence text.
//
//   node scripts/third-party-notices.mjs            write THIRD_PARTY_NOTICES.md (npm run notices)
//   node scripts/third-party-notices.mjs --check    exit 1, naming each package and version that
//                                                   is missing or stale, if the file is not what
//                                                   the build's metafiles make
//
// Options: --metafile FILE (repeatable; default .tmp/build/metafile-*.json), --declarations FILE,
// --notices FILE (default THIRD_PARTY_NOTICES.md).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILD_DIR = join(ROOT, '.tmp/build');

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    metafile: { type: 'string', multiple: true },
    declarations: {
      type: 'string',
      default: join(ROOT, 'scripts/build/inlined-declarations.json'),
    },
    notices: { type: 'string', default: join(ROOT, 'THIRD_PARTY_NOTICES.md') },
  },
});

/** What each build is, by the name in its metafile's file name (tsup.config.ts). */
const BUILDS = {
  esm: 'the client (ESM)',
  cjs: 'the client (CommonJS)',
  testing: 'the emulator (`@raff/sdk/testing`)',
};
const DECLARATIONS = 'the type declarations';

const metafiles = values.metafile ?? defaultMetafiles();
const packages = collectPackages(metafiles, values.declarations);
const expected = format(render(packages));

if (!values.check) {
  writeFileSync(values.notices, expected);
  console.log(`wrote ${relative(ROOT, values.notices)}: ${summary(packages)}`);
  process.exit(0);
}

const current = existsSync(values.notices) ? readFileSync(values.notices, 'utf8') : '';
if (current === expected) {
  console.log(`${relative(ROOT, values.notices)} covers ${summary(packages)}`);
  process.exit(0);
}
const listed = listedIn(current);
const wanted = new Map(packages.map((pkg) => [`${pkg.name} ${pkg.version}`, pkg]));
const problems = [];
for (const [id, pkg] of wanted) {
  if (!listed.has(id)) {
    problems.push(`missing: ${id} (${pkg.license}), bundled into ${pkg.usedIn.join(', ')}`);
  }
}
for (const id of listed) {
  if (!wanted.has(id)) problems.push(`not bundled (any more, or at this version): ${id}`);
}
if (problems.length === 0) problems.push('a licence text or the layout differs');
console.error(
  `${relative(ROOT, values.notices)} is out of date with the build:\n  ${problems.join('\n  ')}\n` +
    'Run `npm run build && npm run notices` and commit the result.',
);
process.exit(1);

function defaultMetafiles() {
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
 * declarations in dist, with where it ended up.
 */
function collectPackages(metafilePaths, declarationsPath) {
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

/** `node_modules/ajv/dist/x.js` → `node_modules/ajv` (the innermost package, scoped or not). */
function packageDir(input) {
  const marker = 'node_modules/';
  const at = input.replaceAll('\\', '/').lastIndexOf(marker);
  if (at === -1) return undefined;
  const rest = input.slice(at + marker.length).split('/');
  const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  return join(ROOT, input.slice(0, at + marker.length), name);
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

function render(list) {
  const rows = list.map(
    (pkg) =>
      `| [${pkg.name}](#${anchor(pkg)}) | ${pkg.version} | ${pkg.license} | ${pkg.usedIn.join(', ')} |`,
  );
  const sections = list.map((pkg) => {
    // A fence longer than any backtick run in the text, so no licence can close it early.
    const fence = '`'.repeat(
      Math.max(3, ...[...pkg.text.matchAll(/`+/g)].map((m) => m[0].length + 1)),
    );
    return [
      `## ${pkg.name} ${pkg.version}`,
      '',
      `${pkg.license}${pkg.source ? `, from <${pkg.source}>` : ''}. Bundled into ${pkg.usedIn.join(', ')}.`,
      '',
      `${fence}text`,
      pkg.text,
      fence,
    ].join('\n');
  });
  return [
    '# Third-party notices',
    '',
    '`@raff/sdk` installs no dependencies: the code of the packages below is bundled into its',
    '`dist/` files, and their licences ask that their notices travel with it. Each is listed at',
    'the version bundled, with its licence as the package ships it.',
    '',
    'This file is generated from the build (`npm run build && npm run notices`); CI fails when it',
    'misses a package or a version that the build bundled.',
    '',
    '| Package | Version | Licence | Bundled into |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    ...sections.flatMap((section) => [section, '']),
  ].join('\n');
}

function anchor(pkg) {
  return `${pkg.name} ${pkg.version}`
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replaceAll(' ', '-');
}

/** Lays the markdown out as `npm run lint` (biome) wants it. */
function format(markdown) {
  return execFileSync(
    join(ROOT, 'node_modules/.bin/biome'),
    ['format', '--stdin-file-path=THIRD_PARTY_NOTICES.md'],
    { cwd: ROOT, input: markdown, encoding: 'utf8' },
  );
}

/** The `name version` pairs of a notices file's sections. */
function listedIn(markdown) {
  return new Set(
    [...markdown.matchAll(/^## (\S+) (\S+)$/gm)].map((match) => `${match[1]} ${match[2]}`),
  );
}

function summary(list) {
  return `${list.length} packages (${list.map((pkg) => `${pkg.name} ${pkg.version}`).join(', ')})`;
}
