import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderFaultMatrix, renderKnownDeviations } from './fault-matrix-render.js';

// docs/reliability.md shows the fault matrix the tests run. The marked sections are generated
// from fault-matrix.ts; after changing a row, rewrite them with:
//   RAFF_UPDATE_DOCS=1 npx vitest run test/reliability/fault-matrix-doc.test.ts
const DOC = new URL('../../docs/reliability.md', import.meta.url);
const SECTIONS = {
  'fault-matrix': renderFaultMatrix(),
  'known-deviations': renderKnownDeviations(),
} as const;

function section(text: string, name: string): { start: number; end: number } {
  const open = `<!-- ${name}:start -->\n`;
  const close = `\n<!-- ${name}:end -->`;
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`docs/reliability.md has no ${name} section between ${open.trim()} markers`);
  }
  return { start: start + open.length, end };
}

if (process.env.RAFF_UPDATE_DOCS === '1') {
  let text = readFileSync(DOC, 'utf8');
  for (const [name, generated] of Object.entries(SECTIONS)) {
    const { start, end } = section(text, name);
    text = `${text.slice(0, start)}${generated}${text.slice(end)}`;
  }
  writeFileSync(DOC, text);
}

describe('docs/reliability.md', () => {
  it.each(Object.entries(SECTIONS))(
    'shows the %s section exactly as fault-matrix.ts generates it',
    (name, generated) => {
      const text = readFileSync(DOC, 'utf8');
      const { start, end } = section(text, name);
      expect(text.slice(start, end)).toBe(generated);
    },
  );
});
