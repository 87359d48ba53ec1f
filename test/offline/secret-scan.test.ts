import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRaffApiKeys, redactRaffApiKeys } from '../../src/offline/index.js';
import { RaffValidationError } from '../../src/shared/errors.js';

const KEY = 'raff_17d70fcf7e7510968a4c19279b25707f088f1cc5ad8b74210341d8e470b5bb7a';
const HEX = KEY.slice(5);
const SHOWN = 'raff_17d70fcf…';
const HIDDEN = 'raff_[redacted]';
const MB = 1024 * 1024;

const hexKey = fc
  .array(fc.constantFrom(...'0123456789abcdef'), { minLength: 64, maxLength: 64 })
  .map((digits) => `raff_${digits.join('')}`);
// Never a letter, digit or `_`, so a planted key always stands alone.
const separator = fc.constantFrom(
  ' ',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '"',
  "'",
  '=',
  ':',
  ',',
  '(',
  '😀',
);
// Shorter than a key, so filler can never hold one by accident.
const filler = fc.string({ unit: fc.constantFrom(...'raf_09bcXYZ -\n\r…😀é'), maxLength: 40 });

/** Text with keys planted between filler, and where each key starts. */
const plantedText = fc
  .array(fc.tuple(filler, separator, hexKey, separator), { maxLength: 6 })
  .chain((parts) =>
    filler.map((tail) => {
      let text = '';
      const planted: { key: string; index: number }[] = [];
      for (const [before, open, key, close] of parts) {
        text += before + open;
        planted.push({ key, index: text.length });
        text += key + close;
      }
      return { text: text + tail, planted };
    }),
  );

/** Line and column of `index` the slow, obvious way. */
function position(text: string, index: number): { line: number; column: number } {
  const breaks = [...text.slice(0, index).matchAll(/\r\n|\r|\n/g)];
  const last = breaks.at(-1);
  const lineStart = last === undefined ? 0 : last.index + last[0].length;
  return { line: breaks.length + 1, column: index - lineStart + 1 };
}

describe('findRaffApiKeys', () => {
  it('finds the documented key with its position and public prefix', () => {
    const text =
      'first line\r\n  X-API-Key: raff_17d70fcf7e7510968a4c19279b25707f088f1cc5ad8b74210341d8e470b5bb7a\n';
    expect(findRaffApiKeys(text)).toEqual([
      { index: 25, line: 2, column: 14, length: 69, prefix: 'raff_17d70fcf' },
    ]);
  });

  it.each([
    ['the whole text', KEY, 0],
    ['double quotes', `"${KEY}"`, 1],
    ['an assignment', `RAFF_API_KEY=${KEY}`, 13],
    ['a JSON field', `{"apiKey":"${KEY}"}`, 11],
    ['a URL query', `https://x.test/?key=${KEY}&y=1`, 20],
    ['a trailing ellipsis', `${KEY}…`, 0],
    ['a hyphen on each side', `-${KEY}-`, 1],
    ['a non-ASCII letter before it', `é${KEY}`, 1],
  ])('finds a key inside %s', (_label, text, index) => {
    expect(findRaffApiKeys(text).map((finding) => finding.index)).toEqual([index]);
  });

  it.each([
    ['65 hex digits', `${KEY}a`],
    ['a letter right before it', `x${KEY}`],
    ['a digit right before it', `1${KEY}`],
    ['an underscore right before it', `_${KEY}`],
    ['a doubled prefix', `raff_${KEY}`],
    ['an underscore right after it', `${KEY}_`],
    ['a non-hex letter right after it', `${KEY}g`],
    ['63 hex digits', KEY.slice(0, -1)],
    ['an upper-case prefix', `RAFF_${HEX}`],
    ['upper-case hex digits', `raff_${HEX.toUpperCase()}`],
    ['a hyphen instead of the underscore', `raff-${HEX}`],
    ['a line break inside it', `${KEY.slice(0, 30)}\n${KEY.slice(30)}`],
  ])('finds nothing in %s', (_label, text) => {
    expect(findRaffApiKeys(text)).toEqual([]);
  });

  it.each([
    ['LF line ends', `a\nb\n${KEY}`, 3, 1],
    ['CRLF line ends', `a\r\nb\r\n  ${KEY}`, 3, 3],
    ['lone CR line ends', `a\rb\r${KEY}`, 3, 1],
    ['a surrogate pair before it', `😀 ${KEY}`, 1, 4],
    ['a tab before it', `\t${KEY}`, 1, 2],
  ])('counts lines and UTF-16 columns across %s', (_label, text, line, column) => {
    expect(findRaffApiKeys(text)).toMatchObject([{ line, column }]);
  });

  it('reports every key, in order, on their own lines', () => {
    const text = `${KEY}\n${KEY} and ${KEY}`;
    expect(findRaffApiKeys(text).map(({ line, column }) => [line, column])).toEqual([
      [1, 1],
      [2, 1],
      [2, 75],
    ]);
  });

  it('never includes a whole key in its findings', () => {
    expect(JSON.stringify(findRaffApiKeys(`token ${KEY}`))).not.toContain(HEX.slice(0, 16));
  });

  it('finds every planted key at the right index, line and column', () => {
    fc.assert(
      fc.property(plantedText, ({ text, planted }) => {
        expect(findRaffApiKeys(text)).toEqual(
          planted.map(({ key, index }) => ({
            index,
            ...position(text, index),
            length: 69,
            prefix: key.slice(0, 13),
          })),
        );
      }),
    );
  });

  it('throws a RaffValidationError for text that is not a string', () => {
    expect(() => findRaffApiKeys(Buffer.from(KEY) as unknown as string)).toThrow(
      RaffValidationError,
    );
  });
});

describe('redactRaffApiKeys', () => {
  it('replaces a key by its public prefix and an ellipsis', () => {
    expect(redactRaffApiKeys(`X-API-Key: ${KEY}\n`)).toBe(`X-API-Key: ${SHOWN}\n`);
  });

  it('returns text without keys unchanged', () => {
    const text = 'raff_ is the prefix of every Raff key';
    expect(redactRaffApiKeys(text)).toBe(text);
  });

  it.each([
    ['a cut-off key', 'raff_17d70fcf7e75 failed', `${HIDDEN} failed`],
    ['an upper-case key', `key=RAFF_${HEX.toUpperCase()}`, `key=${HIDDEN}`],
    ['upper-case hex digits', `raff_${HEX.toUpperCase()}.`, `${HIDDEN}.`],
    ['65 hex digits', `${KEY}a`, HIDDEN],
    ['a key glued to a word', `x${KEY}`, `x${HIDDEN}`],
    ['a JSON-escaped line break', `"\\n${KEY}"`, `"\\n${HIDDEN}"`],
    ['a key with a suffix', `${KEY}_old`, `${HIDDEN}_old`],
    ['a key after a damaged one', `raff_abcdefghraff_${HEX}`, HIDDEN],
    ['a well-formed key', `(${KEY})`, `(${SHOWN})`],
    ['the already redacted form', `${SHOWN} and ${HIDDEN}`, `${SHOWN} and ${HIDDEN}`],
    ['a short raff_ word', 'raff_client raff_1234567', 'raff_client raff_1234567'],
    // Issue 24, defect 3: a key printed in groups of 8 hex digits loses every group.
    [
      'a key in space-separated groups of 8',
      `raff_${HEX.match(/.{8}/g)?.join(' ')}.`,
      `${HIDDEN}.`,
    ],
    [
      'a key in upper-case groups of 8',
      `RAFF_${HEX.toUpperCase().match(/.{8}/g)?.join(' ')}`,
      HIDDEN,
    ],
    ['a damaged token followed by words', 'raff_1234abcd added cafe', `${HIDDEN} added cafe`],
    ['a longer token followed by a hex group', 'raff_1234abcdx deadbeef', `${HIDDEN} deadbeef`],
  ])('in loose mode, handles %s', (_label, text, expected) => {
    expect(redactRaffApiKeys(text, { loose: true })).toBe(expected);
  });

  it('leaves damaged keys alone unless loose mode is on', () => {
    const text = `x${KEY} RAFF_${HEX}`;
    expect(redactRaffApiKeys(text)).toBe(text);
    expect(redactRaffApiKeys(text, { loose: false })).toBe(text);
  });

  it('replaces exactly the keys findRaffApiKeys finds', () => {
    fc.assert(
      fc.property(plantedText, ({ text }) => {
        let expected = '';
        let from = 0;
        for (const { index, length, prefix } of findRaffApiKeys(text)) {
          expected += `${text.slice(from, index)}${prefix}…`;
          from = index + length;
        }
        expect(redactRaffApiKeys(text)).toBe(expected + text.slice(from));
      }),
    );
  });

  it('never leaves a whole planted key, in either mode', () => {
    fc.assert(
      fc.property(plantedText, fc.boolean(), ({ text, planted }, loose) => {
        const out = redactRaffApiKeys(text, { loose });
        for (const { key } of planted) expect(out).not.toContain(key);
        expect(findRaffApiKeys(out)).toEqual([]);
      }),
    );
  });

  it('in loose mode, leaves no raff_ token of 8 or more letters and digits but redacted ones', () => {
    const unit = fc.constantFrom(...'rafRAF_0123456789abcdefXYZ \n-…😀', 'raff_', 'RAFF_', KEY);
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 200 }), (text) => {
        const out = redactRaffApiKeys(text, { loose: true });
        for (const match of out.matchAll(/raff_[a-z0-9]{8,}/gi)) {
          expect(match[0]).toMatch(/^raff_[0-9a-f]{8}$/);
          expect(out[match.index + match[0].length]).toBe('…');
        }
        expect(redactRaffApiKeys(out, { loose: true })).toBe(out);
      }),
    );
  });

  it('throws a RaffValidationError for text that is not a string', () => {
    expect(() => redactRaffApiKeys(undefined as unknown as string, { loose: true })).toThrow(
      RaffValidationError,
    );
  });
});

// A scan that is not linear on these inputs (say, backtracking over every earlier `raff_`) takes
// minutes on 1 MB, not milliseconds: 1 MB within 2 s bounds it at 2 µs a character.
describe('scanning 1 MB of adversarial text in linear time', () => {
  const inputs: [string, () => string][] = [
    ['the prefix repeated', () => 'raff_'.repeat(MB / 5)],
    ['one endless hex run', () => `raff_${'a'.repeat(MB)}`],
    ['65-digit runs back to back', () => `raff_${HEX}a `.repeat(MB / 71)],
    ['keys glued to each other', () => KEY.repeat(MB / 69)],
    ['underscores only', () => '_'.repeat(MB)],
    ['an endless upper-case token', () => `RAFF_${'A'.repeat(MB)}`],
    ['overlapping damaged tokens', () => 'raff_abcdefgh'.repeat(MB / 13)],
    ['real keys on every line', () => `${KEY}\n`.repeat(MB / 70)],
    ['one key start and then groups of 8 hex', () => `raff_${'17d70fcf '.repeat(MB / 9)}`],
  ];

  it.each(inputs)('finds and redacts keys in %s', (_label, make) => {
    const text = make();
    expect(text.length).toBeGreaterThan(MB - 71);
    const started = performance.now();
    const found = findRaffApiKeys(text);
    const strict = redactRaffApiKeys(text);
    const loose = redactRaffApiKeys(text, { loose: true });
    const elapsed = performance.now() - started;
    expect(strict).toHaveLength(text.length - found.length * 55);
    expect(loose.match(/raff_[a-z0-9]{9,}/i)).toBeNull();
    expect(elapsed, 'ms for the three scans of 1 MB').toBeLessThan(2_000);
  });
});
