#!/usr/bin/env node
// Runs after `changeset version` (npm run version-packages): CHANGELOG.md keeps its Keep a
// Changelog layout. `changeset version` writes the release it made right under the file's title,
// as `## 0.2.0`, `### Minor Changes` and one bullet per changeset; this script turns that into
// `## [0.2.0] - <date>`, with each changeset's text as a paragraph followed by what had been
// gathered under `## [Unreleased]` (Added, Changed, Fixed, …), and leaves an empty
// `## [Unreleased]` above it for the next release.
//
//   node scripts/changelog-release.mjs [--file CHANGELOG.md] [--date YYYY-MM-DD]
//
// Does nothing when `changeset version` made no release (no version heading under the title).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    file: { type: 'string', default: join(ROOT, 'CHANGELOG.md') },
    date: { type: 'string', default: new Date().toISOString().slice(0, 10) },
  },
});
if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date))
  throw new Error(`--date ${values.date}: use YYYY-MM-DD`);

const lines = readFileSync(values.file, 'utf8').replaceAll('\r\n', '\n').split('\n');
const unreleasedAt = lines.findIndex((line) => /^## \[Unreleased\]\s*$/.test(line));
if (unreleasedAt === -1) throw new Error(`${values.file} has no "## [Unreleased]" section`);

// What changesets wrote between the title and the file's own introduction.
const versionAt = lines.findIndex(
  (line, at) => at < unreleasedAt && /^## v?\d+\.\d+\.\d+\S*\s*$/.test(line),
);
if (versionAt === -1) {
  console.log(`${relative(ROOT, values.file)}: no new release from changesets, nothing to do`);
  process.exit(0);
}
const version = lines[versionAt].replace(/^## v?/, '').trim();
let end = versionAt + 1;
while (end < unreleasedAt && /^(?:$|### |- |\s)/.test(lines[end])) end += 1;
const released = lines.slice(versionAt + 1, end);

/** Each changeset's bullet as a paragraph (its continuation lines dedented). */
const paragraphs = [];
for (const line of released) {
  if (line.startsWith('### ') || line.trim() === '') continue;
  // The default changelog line starts with the changeset's commit (`- 64f1988: …`).
  if (line.startsWith('- ')) paragraphs.push([line.slice(2).replace(/^[0-9a-f]{7,40}: /, '')]);
  else paragraphs.at(-1)?.push(line.replace(/^ {2}/, ''));
}

const nextSectionAt = lines.findIndex((line, at) => at > unreleasedAt && /^## /.test(line));
const unreleased = lines.slice(unreleasedAt + 1, nextSectionAt === -1 ? undefined : nextSectionAt);
const rest = nextSectionAt === -1 ? [] : lines.slice(nextSectionAt);
const intro = [...lines.slice(1, versionAt), ...lines.slice(end, unreleasedAt)];

const text = [
  lines[0],
  '',
  ...trimBlank(intro),
  '',
  '## [Unreleased]',
  '',
  `## [${version}] - ${values.date}`,
  '',
  ...paragraphs.flatMap((paragraph) => [...paragraph, '']),
  ...trimBlank(unreleased),
  '',
  ...rest,
].join('\n');

// Laid out as `npm run lint` wants it.
const formatted = execFileSync(
  join(ROOT, 'node_modules/.bin/biome'),
  ['format', '--stdin-file-path=CHANGELOG.md'],
  { cwd: ROOT, input: `${text.trimEnd()}\n`, encoding: 'utf8' },
);
writeFileSync(values.file, formatted);
console.log(
  `${relative(ROOT, values.file)}: ## [${version}] - ${values.date} from ${paragraphs.length} ` +
    'changeset(s) and the Unreleased section',
);

function trimBlank(block) {
  let from = 0;
  let to = block.length;
  while (from < to && block[from].trim() === '') from += 1;
  while (to > from && block[to - 1].trim() === '') to -= 1;
  return block.slice(from, to);
}
