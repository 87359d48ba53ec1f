#!/usr/bin/env node
// THIRD_PARTY_NOTICES.md from what the build actually inlined (scripts/build/bundled-packages.mjs:
// the build's esbuild metafiles and the declarations it inlines), each package with its version,
// licence id and full licence text.
//
//   node scripts/third-party-notices.mjs            write THIRD_PARTY_NOTICES.md (npm run notices)
//   node scripts/third-party-notices.mjs --check    exit 1, naming each package and version that
//                                                   is missing or stale, if the file is not what
//                                                   the build's metafiles make
//
// Options: --metafile FILE (repeatable; default .tmp/build/metafile-*.json), --declarations FILE,
// --notices FILE (default THIRD_PARTY_NOTICES.md).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildMetafiles,
  bundledPackages,
  DEFAULT_DECLARATIONS,
  ROOT,
} from './build/bundled-packages.mjs';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    metafile: { type: 'string', multiple: true },
    declarations: { type: 'string', default: DEFAULT_DECLARATIONS },
    notices: { type: 'string', default: join(ROOT, 'THIRD_PARTY_NOTICES.md') },
  },
});

const metafiles = values.metafile ?? buildMetafiles();
const packages = bundledPackages(metafiles, values.declarations);
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
