#!/usr/bin/env node
// The steps of `npm run build` after tsup, on dist/:
//
// 1. Declarations once. tsup writes each entry's declarations to `<entry>.d.ts`; they move to
//    `<entry>-types.d.cts`, and both `<entry>.d.ts` (what `import` resolves) and `<entry>.d.cts`
//    (what `require` resolves) become one line that re-exports it. The shared file is CommonJS
//    (.d.cts) because an ES module may re-export from CommonJS, and not the other way round under
//    `moduleResolution: node16`. It declares types only, so its format changes nothing else.
//    It is indented by two spaces a level.
// 3. openapi.json, without whitespace, at dist/openapi.json (see compactSpec below).
// 2. `@raff/sdk/testing` for `require()`: the emulator is built as ESM only, and on every Node
//    that `engines` allows (20.19 and later), in Bun and in Deno, `require()` loads ESM. Its
//    CommonJS entry is one line that does so, and CommonJS users get the very module ESM users
//    get (one emulator module, not two).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

/** The entries whose declarations are shared: path below dist/, without the extension. */
const DECLARATION_ENTRIES = ['index', 'testing/index'];

async function shareDeclarations(entry) {
  const built = join(DIST, `${entry}.d.ts`);
  const declarations = await readFile(built, 'utf8');
  const name = entry.split('/').pop();
  const reexport = `export * from './${name}-types.cjs';\n`;
  if (declarations === reexport) return; // already done (a second run on the same dist/)
  await writeFile(join(DIST, `${entry}-types.d.cts`), indentByTwo(declarations));
  await writeFile(built, reexport);
  await writeFile(join(DIST, `${entry}.d.cts`), reexport);
}

/**
 * TypeScript writes declarations indented by four spaces; two, as in our sources, take a ninth of
 * the file off the tarball (55 KB of 500) and read the same. (Not tabs, which would save more:
 * API Extractor copies tabs into the API report as they are, beside its own four spaces.)
 */
function indentByTwo(text) {
  return text.replace(/^(?: {4})+/gm, (indent) => ' '.repeat(indent.length / 2));
}

async function testingForRequire() {
  await writeFile(
    join(DIST, 'testing/index.cjs'),
    [
      "'use strict';",
      '// @raff/sdk/testing is ESM only: require() loads it on Node 20.19 and later, Bun and Deno.',
      "module.exports = require('./index.js');",
      '',
    ].join('\n'),
  );
}

/**
 * openapi.json for the tarball: the same document without whitespace (half its size), at
 * `dist/openapi.json` (`@raff/sdk/openapi.json`), where the emulator reads it at run time. The
 * repository keeps the readable one.
 */
async function compactSpec() {
  const spec = JSON.parse(await readFile(new URL('../openapi.json', import.meta.url), 'utf8'));
  await writeFile(join(DIST, 'openapi.json'), JSON.stringify(spec));
}

for (const entry of DECLARATION_ENTRIES) await shareDeclarations(entry);
await testingForRequire();
await compactSpec();
