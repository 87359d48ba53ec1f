import { redactRaffApiKeys } from './secret-scan.js';

/** What replaces a secret value in logs, errors and inspect output. */
export const REDACTED = '[redacted]';

/** A function that returns its input with every secret it knows of removed. */
export type TextScrubber = (text: string) => string;

// Fields whose value is a secret whatever it looks like.
const SECRET_FIELDS = new Set(['secret', 'apikey', 'api_key', 'x-api-key', 'password']);

/**
 * Scrubs every `raff_…` token, well-formed or not (any case, cut off, glued, in groups of 8 hex
 * digits), from a string: `redactRaffApiKeys` in loose mode. It knows no particular key, so hex
 * without `raff_` stays; the client's scrubber (`SecretScrubber`) adds the forms of known keys.
 */
export function redactText(text: string): string {
  return redactRaffApiKeys(text, { loose: true });
}

/** Options of {@link redactValue}. */
export interface RedactValueOptions {
  /**
   * Scrubs strings, property names and header values.
   *
   * @default redactText (every `raff_…` token)
   */
  readonly scrub?: TextScrubber | undefined;
  /**
   * Longest string kept, counted after scrubbing; a longer string or property name is cut and
   * says how much was cut.
   *
   * @default no limit
   */
  readonly maxStringLength?: number | undefined;
}

const MAX_DEPTH = 8;

// Longer than any disguised form of a secret the scrubber looks for (a fully percent-encoded key
// is 207 characters), so a secret cut at the end of what is scrubbed lies wholly inside it.
const SCRUB_MARGIN = 4_096;

function cut(text: string, max: number, total: number): string {
  const code = text.charCodeAt(max - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
  return `${text.slice(0, end)}… [cut: ${total.toLocaleString('en-US')} characters in all]`;
}

/**
 * `scrub(text)` cut to `max` characters, with a note saying it was cut and from what length.
 * Scrubbing comes first, so no cut leaves part of a secret behind; for a long text only the
 * first `max` + 4,096 characters are scrubbed, and the last 4,096 of them dropped again, so the
 * cost does not grow with the text.
 *
 * @internal
 */
export function scrubAndCap(text: string, scrub: TextScrubber, max: number): string {
  if (text.length <= max) return scrub(text);
  if (text.length <= max + SCRUB_MARGIN) {
    const scrubbed = scrub(text);
    return scrubbed.length <= max ? scrubbed : cut(scrubbed, max, text.length);
  }
  const head = scrub(text.slice(0, max + SCRUB_MARGIN));
  // A secret cut at the slice's end is not recognised, but it is a suffix shorter than the margin.
  const safe = head.slice(0, Math.max(0, head.length - SCRUB_MARGIN));
  return cut(safe, Math.min(max, safe.length), text.length);
}

// Own, enumerable, writable: what `JSON.parse` makes, even for a key named `__proto__`.
function defineData(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function copy(value: unknown, depth: number, scrub: TextScrubber, max: number): unknown {
  if (typeof value === 'string') return scrubAndCap(value, scrub, max);
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_DEPTH) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => copy(item, depth + 1, scrub, max));
  const out: Record<string, unknown> = {};
  const taken = new Map<string, number>();
  for (const key of Object.keys(value)) {
    // A descriptor read never runs a getter: only data properties are copied.
    const item = Object.getOwnPropertyDescriptor(value, key)?.value;
    const safe = SECRET_FIELDS.has(key.toLowerCase())
      ? REDACTED
      : copy(item, depth + 1, scrub, max);
    const name = scrubAndCap(key, scrub, max);
    // Two names can scrub to the same text; both are kept, the later one numbered.
    let unique = name;
    for (let n = taken.get(name) ?? 2; Object.hasOwn(out, unique); n++) {
      unique = `${name} (${n})`;
      taken.set(name, n + 1);
    }
    defineData(out, unique, safe);
  }
  return out;
}

/**
 * A deep copy of a JSON-like value with secret fields replaced and every string and property
 * name scrubbed. Depth-limited and cycle-safe: it is applied to whatever a server sent back.
 *
 * The copy is built from own data properties only, so a `__proto__` key stays an own property
 * (as `JSON.parse` made it) and never becomes the copy's prototype; getters are not run.
 */
export function redactValue(value: unknown, options: RedactValueOptions = {}): unknown {
  const max = options.maxStringLength ?? Number.POSITIVE_INFINITY;
  return copy(value, 0, options.scrub ?? redactText, max);
}

/**
 * Response or request headers as a plain object, with secret headers replaced and the rest
 * scrubbed by `scrub` (default: every `raff_…` token).
 */
export function redactHeaders(
  headers: Headers,
  scrub: TextScrubber = redactText,
): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    defineData(out, scrub(name), SECRET_FIELDS.has(name) ? REDACTED : scrub(value));
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Known secrets in changed forms
