// Built JavaScript in ASCII only. esbuild escapes non-ASCII characters in code (`\u2026`) but keeps
// comments as written, and one `…` in a kept doc comment is enough for V8 to hold the whole file's
// source as a two-byte string for as long as the module lives: 485 KB of heap for the client's two
// chunks, where 248 KB does in one-byte form (measured in a heap snapshot of a client in use).

/** ASCII stand-ins for the characters our comments use; anything else becomes `\u{…}`. */
const STAND_INS = {
  '…': '...',
  '©': '(c)',
  '→': '->',
  '←': '<-',
  '—': '--',
  '–': '-',
  '≤': '<=',
  '≥': '>=',
  '×': 'x',
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
};

/** `text` with every non-ASCII character replaced by its ASCII stand-in. */
export function toAscii(text) {
  return text.replace(
    /[\u0080-\u{10ffff}]/gu,
    (c) => STAND_INS[c] ?? `\\u{${c.codePointAt(0).toString(16)}}`,
  );
}
