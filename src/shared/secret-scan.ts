import { RaffValidationError } from './errors.js';
import {
  isLowerHexCode,
  RAFF_API_KEY_LENGTH,
  RAFF_API_KEY_PREFIX,
  RAFF_API_KEY_PREFIX_LENGTH,
  REDACTED_API_KEY,
} from './key-format.js';

/** Where {@link findRaffApiKeys} found a key; it carries the public prefix, never the whole key. */
export interface RaffApiKeyFinding {
  /** Offset of the key's first character in the text, in UTF-16 code units, from 0. */
  readonly index: number;
  /** Line of the key's first character, from 1. `\n`, `\r\n` and a lone `\r` each end a line. */
  readonly line: number;
  /** Column of the key's first character within its line, in UTF-16 code units, from 1. */
  readonly column: number;
  /** Length of the key in characters (always 69). */
  readonly length: number;
  /** The key's public prefix, e.g. `raff_17d70fcf`. */
  readonly prefix: string;
}

/** Options of {@link redactRaffApiKeys}. */
export interface RedactRaffApiKeysOptions {
  /**
   * Also replace anything that looks like a damaged key: `raff_` in any letter case, anywhere
   * (even inside a word), followed by 8 or more ASCII letters or digits — and when those are
   * exactly 8 hex digits, the groups of 8 hex digits (any case) that follow it, each after a
   * single space, as a key printed in groups is (`raff_17d70fcf 7e751096 …`).
   *
   * @default false
   */
  readonly loose?: boolean | undefined;
}

// The loose form of a token needs this many letters or digits after `raff_`.
const LOOSE_MIN_BODY = 8;
const ELLIPSIS = 0x2026;

function isAlnumCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isWordCode(code: number): boolean {
  return code === 95 || isAlnumCode(code);
}

function assertText(text: unknown, fn: string): asserts text is string {
  if (typeof text === 'string') return;
  const message = 'must be a string';
  throw new RaffValidationError(`${fn}: text ${message}`, [
    { path: ['text'], code: 'invalid_type', message },
  ]);
}

function isKeyAt(text: string, i: number): boolean {
  const end = i + RAFF_API_KEY_LENGTH;
  if (end > text.length || !text.startsWith(RAFF_API_KEY_PREFIX, i)) return false;
  if (i > 0 && isWordCode(text.charCodeAt(i - 1))) return false;
  for (let j = i + RAFF_API_KEY_PREFIX.length; j < end; j++) {
    if (!isLowerHexCode(text.charCodeAt(j))) return false;
  }
  // charCodeAt past the end is NaN, which is not a word character.
  return !isWordCode(text.charCodeAt(end));
}

// `raff_1234abcd…` is what a strict pass leaves behind; the prefix is public, so keep it.
function isRedactedPrefixAt(text: string, i: number, end: number): boolean {
  if (end - i !== RAFF_API_KEY_PREFIX_LENGTH || text.charCodeAt(end) !== ELLIPSIS) return false;
  if (!text.startsWith(RAFF_API_KEY_PREFIX, i)) return false;
  for (let j = i + RAFF_API_KEY_PREFIX.length; j < end; j++) {
    if (!isLowerHexCode(text.charCodeAt(j))) return false;
  }
  return true;
}

// A key printed in groups (`raff_17d70fcf 7e751096 …`) leaves `raff_` and its first group
// as a token: the groups of this many hex digits that follow it belong to the key.
const HEX_GROUP = 8;

function isHexCode(code: number): boolean {
  return isLowerHexCode(code) || (code >= 65 && code <= 70);
}

/**
 * Where a token whose body `[from, to)` is one group of 8 hex digits really ends: past every
 * following group of 8 hex digits (any case) that a single space sets off as a word of its own.
 */
function endOfHexGroups(text: string, from: number, to: number): number {
  for (let k = from; k < to; k++) if (!isHexCode(text.charCodeAt(k))) return to;
  let end = to;
  for (;;) {
    const next = end + 1 + HEX_GROUP;
    if (text.charCodeAt(end) !== 32 || next > text.length) return end;
    for (let k = end + 1; k < next; k++) if (!isHexCode(text.charCodeAt(k))) return end;
    if (isAlnumCode(text.charCodeAt(next))) return end;
    end = next;
  }
}

function nextCandidate(text: string, from: number, loose: boolean): number {
  if (!loose) return text.indexOf(RAFF_API_KEY_PREFIX, from);
  // Find each `_` once and look back four characters (`| 0x20` folds ASCII case): linear time.
  for (let u = text.indexOf('_', from + 4); u !== -1; u = text.indexOf('_', u + 1)) {
    if (
      (text.charCodeAt(u - 4) | 0x20) === 0x72 &&
      (text.charCodeAt(u - 3) | 0x20) === 0x61 &&
      (text.charCodeAt(u - 2) | 0x20) === 0x66 &&
      (text.charCodeAt(u - 1) | 0x20) === 0x66
    ) {
      return u - 4;
    }
  }
  return -1;
}

/**
 * Finds every well-formed Raff API key in `text`, for pre-commit hooks and secret scanners.
 *
 * A key counts only as a whole token: `raff_` plus 64 lowercase hex digits, with no letter, digit
 * or `_` directly before or after it (so 65 hex digits in a row are not a key). Runs in linear
 * time. Findings carry the public prefix only, never the whole key.
 *
 * @throws {RaffValidationError} When `text` is not a string.
 * @example
 * ```ts
 * import { findRaffApiKeys } from '@raff/sdk';
 * for (const hit of findRaffApiKeys(source)) {
 *   console.error(`${file}:${hit.line}:${hit.column} Raff API key ${hit.prefix}…`);
 * }
 * ```
 */
export function findRaffApiKeys(text: string): RaffApiKeyFinding[] {
  assertText(text, 'findRaffApiKeys');
  const findings: RaffApiKeyFinding[] = [];
  let line = 1;
  let lineStart = 0;
  let counted = 0;
  let i = text.indexOf(RAFF_API_KEY_PREFIX);
  while (i !== -1) {
    if (!isKeyAt(text, i)) {
      // `raff_` cannot overlap itself, so the next one starts at least 5 characters later.
      i = text.indexOf(RAFF_API_KEY_PREFIX, i + RAFF_API_KEY_PREFIX.length);
      continue;
    }
    for (; counted < i; counted++) {
      const code = text.charCodeAt(counted);
      if (code === 10 || (code === 13 && text.charCodeAt(counted + 1) !== 10)) {
        line++;
        lineStart = counted + 1;
      }
    }
    findings.push({
      index: i,
      line,
      column: i - lineStart + 1,
      length: RAFF_API_KEY_LENGTH,
      prefix: text.slice(i, i + RAFF_API_KEY_PREFIX_LENGTH),
    });
    i = text.indexOf(RAFF_API_KEY_PREFIX, i + RAFF_API_KEY_LENGTH);
  }
  return findings;
}

/**
 * Replaces every Raff API key in `text` with its redacted form (`raff_17d70fcf…`), for scrubbing
 * logs, error messages and support dumps.
 *
 * With `{ loose: true }` it also replaces damaged keys (cut off, upper-cased, glued to other text,
 * printed in groups of 8 hex digits) with `raff_[redacted]`: any `raff_` in any letter case
 * followed by 8 or more ASCII letters or digits, and groups of 8 hex digits that follow such a
 * token of exactly 8. The already-redacted form `raff_1234abcd…` is left alone, so redacting twice
 * changes nothing. Runs in linear time.
 *
 * Hex without `raff_` cannot be told apart from a hash here; the client's own key in such forms
 * (upper-case hex, the hex of its bytes, hex in groups) is removed from everything the SDK builds
 * by the client's scrubber, which knows the key.
 *
 * @throws {RaffValidationError} When `text` is not a string.
 * @example
 * ```ts
 * import { redactRaffApiKeys } from '@raff/sdk';
 * logger.info(redactRaffApiKeys(message, { loose: true }));
 * ```
 */
export function redactRaffApiKeys(text: string, options?: RedactRaffApiKeysOptions): string {
  assertText(text, 'redactRaffApiKeys');
  const loose = options?.loose === true;
  const parts: string[] = [];
  let copied = 0;
  // The replacement not yet written out; loose tokens can overlap, so they are merged first.
  let pendingStart = -1;
  let pendingEnd = -1;
  let pendingWith = '';
  let i = nextCandidate(text, 0, loose);
  while (i !== -1) {
    let end = -1;
    let replacement = REDACTED_API_KEY;
    let resume = i + RAFF_API_KEY_PREFIX.length;
    if (isKeyAt(text, i)) {
      end = i + RAFF_API_KEY_LENGTH;
      replacement = `${text.slice(i, i + RAFF_API_KEY_PREFIX_LENGTH)}…`;
      resume = end;
    } else if (loose) {
      let j = resume;
      while (j < text.length && isAlnumCode(text.charCodeAt(j))) j++;
      if (j - resume >= LOOSE_MIN_BODY && !isRedactedPrefixAt(text, i, j)) {
        end = j - resume === HEX_GROUP ? endOfHexGroups(text, resume, j) : j;
        // A token can start inside this one (`raff_abcdefghraff_…`): look again from its tail.
        resume = j - 4;
      }
    }
    if (end !== -1) {
      if (i < pendingEnd) {
        pendingEnd = Math.max(pendingEnd, end);
        pendingWith = REDACTED_API_KEY;
      } else {
        if (pendingEnd !== -1) {
          parts.push(text.slice(copied, pendingStart), pendingWith);
          copied = pendingEnd;
        }
        pendingStart = i;
        pendingEnd = end;
        pendingWith = replacement;
      }
    }
    i = nextCandidate(text, resume, loose);
  }
  if (pendingEnd === -1) return text;
  parts.push(text.slice(copied, pendingStart), pendingWith, text.slice(pendingEnd));
  return parts.join('');
}
