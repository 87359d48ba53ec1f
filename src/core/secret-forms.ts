// The forms a known secret can take on the way back from a server (encoded, in hex, in base64),
// as the literal patterns the scrubber looks for. Split from secret-scrubber.ts, which finds them.
import { redactApiKey } from '../shared/key-format.js';
import { REDACTED } from '../shared/redact.js';

const RAFF_KEY = /^raff_([0-9a-f]{64})$/;

/** A literal to look for, and what replaces it. */
export interface Pattern {
  readonly text: string;
  readonly replacement: string;
}

/**
 * The base64 characters fully fixed by `text` wherever it sits in a longer base64-encoded run:
 * for each of the 3 byte alignments, the encoding without its first and last partial characters.
 * Alignment 0 is the base64 of `text` alone, without padding.
 */
function base64Cores(text: string): string[] {
  const cores: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const encoded = btoa(`${'\0'.repeat(offset)}${text}\0\0`);
    const first = Math.ceil((8 * offset) / 6);
    const last = Math.floor((8 * (offset + text.length)) / 6);
    cores.push(encoded.slice(first, last));
  }
  return cores;
}

// The UTF-8 bytes of `text`, one character per byte, as btoa takes them.
function utf8Bytes(text: string): string {
  let bytes = '';
  for (const byte of new TextEncoder().encode(text)) bytes += String.fromCharCode(byte);
  return bytes;
}

/**
 * The forms of one secret to look for: `cased` are matched letter for letter, `caseless` (hex
 * digits and spaces only) in any letter case (see {@link foldCase}).
 */
export interface SecretForms {
  readonly cased: readonly Pattern[];
  readonly caseless: readonly Pattern[];
}

// The group sizes of hex written with spaces: byte by byte (hex dumps), 4 and 8 digits.
const HEX_GROUPS = [2, 4, 8];
const HEX_ONLY = /^[0-9a-f]+$/;

/** The lower-case hex of the UTF-8 bytes of `text`. */
function hexOf(text: string): string {
  let hex = '';
  for (const byte of new TextEncoder().encode(text)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** `hex`, and `hex` in space-separated groups of 2, 4 and 8 digits. */
function hexLayouts(hex: string): string[] {
  const layouts = [hex];
  for (const size of HEX_GROUPS) {
    const groups: string[] = [];
    for (let i = 0; i < hex.length; i += size) groups.push(hex.slice(i, i + size));
    if (groups.length > 1) layouts.push(groups.join(' '));
  }
  return layouts;
}

/** Every form of `secret` the scrubber looks for (listed in `SecretScrubber`'s TSDoc). */
export function formsOf(secret: string): SecretForms {
  const key = RAFF_KEY.exec(secret);
  // A well-formed key keeps its public prefix; anything else, and every encoded form, goes whole.
  const patterns: Pattern[] = [
    { text: secret, replacement: key ? redactApiKey(secret) : REDACTED },
  ];
  const encodedForms = [secret];
  // Hex in any letter case: the key's 64 digits, and the hex of the bytes of the secret (and of
  // a key's digits alone), each also in space-separated groups.
  const hexForms = [hexOf(secret)];
  if (key?.[1] !== undefined) {
    encodedForms.push(key[1]);
    hexForms.unshift(key[1]);
    hexForms.push(hexOf(key[1]));
  } else if (HEX_ONLY.test(secret.toLowerCase())) {
    hexForms.unshift(secret.toLowerCase());
  }
  for (const form of encodedForms) {
    const bytes = utf8Bytes(form);
    // The whole encoding with its padding too, so that no partial last character is left behind.
    const whole = btoa(bytes);
    for (const core of [whole, whole.replace(/=+$/, ''), ...base64Cores(bytes)]) {
      const url = core.replaceAll('+', '-').replaceAll('/', '_');
      patterns.push({ text: core, replacement: REDACTED }, { text: url, replacement: REDACTED });
    }
  }
  const seen = new Set<string>();
  const fresh = (p: Pattern) => p.text.length > 0 && !seen.has(p.text) && seen.add(p.text);
  const caseless = hexForms
    .flatMap(hexLayouts)
    .map((text) => ({ text, replacement: REDACTED }))
    .filter(fresh);
  const cased = patterns.filter(fresh);
  return { cased, caseless };
}

/**
 * `text` with ASCII letters in lower case and every character where it was, so that a match in
 * it is a match at the same place in `text`; `text` itself when it has no capital hex letter.
 */
export function foldCase(text: string): string {
  if (!CAPITAL_HEX.test(text)) return text;
  const lower = text.toLowerCase();
  // A few characters (U+0130) grow when lower-cased; then fold ASCII capitals alone.
  return lower.length === text.length ? lower : text.replace(/[A-Z]+/g, (run) => run.toLowerCase());
}

const CAPITAL_HEX = /[A-F]/;
// Eight bytes of hex, with single spaces allowed between pairs: every hex form holds such a run.
// Space and hex digits are disjoint, so the engine never backtracks more than 8 steps.
export const HEX_RUN = /[0-9a-f]{2}(?: ?[0-9a-f]{2}){7}/i;
