// The built JavaScript is ASCII only: one non-ASCII character in a kept comment makes V8 hold the
// whole file's source as a two-byte string (scripts/build/ascii-comments.mjs).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { toAscii } from '../../scripts/build/ascii-comments.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const built = existsSync(join(dist, 'index.js'));

describe('toAscii', () => {
  it('gives the characters our comments use ASCII stand-ins, and escapes any other', () => {
    expect(toAscii('raff_… © Sindre → 5 ≤ 6 — ok')).toBe('raff_... (c) Sindre -> 5 <= 6 -- ok');
    expect(toAscii('é 😀')).toBe('\\u{e9} \\u{1f600}');
    expect(toAscii('plain ASCII\n\ttext')).toBe('plain ASCII\n\ttext');
  });

  it('changes nothing but comments in what esbuild emits (the build checks it per file)', async () => {
    const minified = async (code: string) => (await transform(code, { minify: true })).code;
    const source = 'export class A {\n  /** raff_… */\n  m() {\n    return "…";\n  }\n}\n';
    const { code } = await transform(source, { format: 'esm' });
    expect(code).toContain('/** raff_… */');
    expect(code).toContain('"\\u2026"');
    expect(await minified(toAscii(code))).toBe(await minified(code));
  });
});

// Under CI the build runs before the tests; locally dist/ may not be there yet.
describe.skipIf(!built && !process.env.CI)('dist/', () => {
  it('holds JavaScript in ASCII only', () => {
    expect(built, 'dist/ is not built; run npm run build').toBe(true);
    const files = readdirSync(dist, { recursive: true })
      .map(String)
      .filter((file) => /\.c?js$/.test(file));
    expect(files.length).toBeGreaterThan(5);
    const offending = files.filter((file) =>
      /[\u0080-\u{10ffff}]/u.test(readFileSync(join(dist, file), 'utf8')),
    );
    expect(offending).toEqual([]);
  });
});
