#!/usr/bin/env node
// The steps of `npm run build` after tsup, on dist/:
//
// 1. Declarations once. tsup writes each entry's declarations to `<entry>.d.ts`; they move to
//    `<entry>-types.d.cts`, and both `<entry>.d.ts` (what `import` resolves) and `<entry>.d.cts`
//    (what `require` resolves) become one line that re-exports it. The shared file is CommonJS
//    (.d.cts) because an ES module may re-export from CommonJS, and not the other way round under
//    `moduleResolution: node16`. It declares types only, so its format changes nothing else.
//    It is indented by one space a level.
// 2. `@raff/sdk/testing` for `require()`: the emulator is built as ESM only, and on every Node
//    that `engines` allows (20.19+, 22.12+), in Bun and in Deno, `require()` loads ESM. Its
//    CommonJS entry is one line that does so, and CommonJS users get the very module ESM users
//    get (one emulator module, not two).
// 3. openapi.json, gzipped, at dist/openapi.json.gz (see compactSpec below).
// 4. ASCII-only JavaScript (see build/ascii-comments.mjs): the non-ASCII characters esbuild left in
//    comments get ASCII stand-ins, checked to change nothing but comments.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { toAscii } from './build/ascii-comments.mjs';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

/** The entries whose declarations are shared: path below dist/, without the extension. */
const DECLARATION_ENTRIES = ['index', 'testing/index'];

async function shareDeclarations(entry) {
  const built = join(DIST, `${entry}.d.ts`);
  const declarations = await readFile(built, 'utf8');
  const name = entry.split('/').pop();
  const reexport = `export * from './${name}-types.cjs';\n`;
  if (declarations === reexport) return; // already done (a second run on the same dist/)
  await writeFile(join(DIST, `${entry}-types.d.cts`), indentByOne(declarations));
  await writeFile(built, reexport);
  await writeFile(join(DIST, `${entry}.d.cts`), reexport);
}

/**
 * TypeScript writes declarations indented by four spaces; one a level takes a ninth of the file
 * off the tarball (about 180 KB of 1.3 MB, with 253 operations' types) and still shows the
 * nesting. openapi-typescript's three interfaces of the wire (`paths`, `components`,
 * `operations`: machine output, a third of the file, read through the SDK's own type names) are
 * not indented at all, 34 KB more. (Not tabs: API Extractor copies tabs into the API report as
 * they are, beside its own four spaces.)
 */
function indentByOne(text) {
  let flat = false;
  return text
    .split('\n')
    .map((line) => {
      if (/^interface (?:paths|components|operations) \{$/.test(line)) flat = true;
      else if (line === '}') flat = false;
      return line.replace(/^(?: {4})+/, (indent) => (flat ? '' : ' '.repeat(indent.length / 4)));
    })
    .join('\n');
}

/** `dist/<entry>.cjs`: one line that requires the ESM build beside it. */
async function requireEntry(entry, what) {
  await writeFile(
    join(DIST, `${entry}.cjs`),
    [
      "'use strict';",
      `// ${what} is ESM only: require() loads it on Node 20.19+ and 22.12+, Bun and Deno.`,
      "module.exports = require('./index.js');",
      '',
    ].join('\n'),
  );
}

/**
 * openapi.json for the tarball: the same document without whitespace, gzipped (665 KB to 112), at
 * `dist/openapi.json.gz` (`@raff/sdk/openapi.json.gz`), where the emulator reads it at run time
 * (src/testing/openapi-document.ts). The repository keeps the readable one.
 */
async function compactSpec() {
  const spec = JSON.parse(await readFile(new URL('../openapi.json', import.meta.url), 'utf8'));
  await writeFile(join(DIST, 'openapi.json.gz'), gzipSync(JSON.stringify(spec), { level: 9 }));
}

/**
 * Every .js/.cjs file of dist/ in ASCII. A stand-in may only land in a comment: the file minified
 * (comments dropped) must come out the same before and after, or the build fails.
 */
async function asciiJavaScript() {
  const files = (await readdir(DIST, { recursive: true })).filter((f) => /\.c?js$/.test(f));
  for (const file of files) {
    const path = join(DIST, file);
    const text = await readFile(path, 'utf8');
    const ascii = toAscii(text);
    if (ascii === text) continue;
    const code = async (source) =>
      (await transform(source, { loader: 'js', minify: true, legalComments: 'none' })).code;
    if ((await code(text)) !== (await code(ascii))) {
      throw new Error(
        `dist/${file}: a non-ASCII character outside a comment; see build/ascii-comments.mjs`,
      );
    }
    await writeFile(path, ascii);
  }
}

for (const entry of DECLARATION_ENTRIES) await shareDeclarations(entry);
await requireEntry('testing/index', '@raff/sdk/testing');
await compactSpec();
await asciiJavaScript();
