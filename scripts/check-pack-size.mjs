#!/usr/bin/env node
// The tarball's size budget: runs `npm pack --dry-run --json` on the built package, prints the
// packed and unpacked sizes and the biggest files, and exits 1 when the unpacked size is over the
// limit (2,000,000 bytes: what npm shows as "unpacked size").
//
//   node scripts/check-pack-size.mjs [--limit BYTES] [--top N]     (npm run size:pack)
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    limit: { type: 'string', default: '2000000' },
    top: { type: 'string', default: '10' },
  },
});
const limit = Number(values.limit);
const top = Number(values.top);

const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: new URL('..', import.meta.url),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }),
);
if (!packed.files.some((file) => file.path === 'dist/index.js')) {
  console.error('dist/ is not built: run `npm run build` first (an empty tarball proves nothing).');
  process.exit(2);
}
const bytes = (n) => n.toLocaleString('en-US');
const biggest = [...packed.files].sort((a, b) => b.size - a.size).slice(0, top);
const width = bytes(biggest[0]?.size ?? 0).length;

console.log(
  `${packed.filename}: ${bytes(packed.size)} B packed, ${bytes(packed.unpackedSize)} B unpacked ` +
    `(limit ${bytes(limit)} B), ${packed.entryCount} files`,
);
console.log(`biggest ${biggest.length}:`);
for (const file of biggest) console.log(`  ${bytes(file.size).padStart(width)}  ${file.path}`);

if (packed.unpackedSize > limit) {
  console.error(
    `\nThe tarball is ${bytes(packed.unpackedSize - limit)} B over the ${bytes(limit)} B limit.`,
  );
  process.exit(1);
}
console.log(`${bytes(limit - packed.unpackedSize)} B under the limit`);
