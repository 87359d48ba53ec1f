// The client's own secrets in every form a server could echo them back in: found and replaced in
// anything the SDK builds (errors, logs). Split from redact.ts, which handles loose `raff_…` text.
import { redactText, type TextScrubber } from '../shared/redact.js';
import { foldCase, formsOf, HEX_RUN, type Pattern, type SecretForms } from './secret-forms.js';

/** Secrets shorter than this are not scrubbed: they would cut holes in ordinary text. */
export const MIN_SECRET_LENGTH = 16;

/** How many secrets {@link SecretScrubber.add} keeps; the oldest added one goes first. */
export const MAX_ADDED_SECRETS = 32;

// Zero-width space, non-joiner, joiner, word joiner, and BOM / zero-width no-break space.
function isZeroWidth(code: number): boolean {
  return (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  const lower = code | 0x20;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

/**
 * A text with its disguises undone, and the edits that did it: edit `j` replaced the original
 * range `[start[j], end[j])` by `emits[j]` (0 or 1) characters at position `at[j]` of `text`.
 */
interface Normalized {
  readonly text: string;
  readonly at: number[];
  readonly start: number[];
  readonly end: number[];
  readonly emits: number[];
}

// A one-character class: linear, no backtracking.
const SPECIAL = /[%&\u200b-\u200d\u2060\ufeff]/g;
const SPECIAL_ONE = /[%&\u200b-\u200d\u2060\ufeff]/;
const LOWBAR = 'lowbar;';

/**
 * Reads an escape at `i` (`%XX`, `&#NN;`, `&#xHH;`, `&lowbar;`, or one zero-width character,
 * which decodes to nothing); zero-width characters inside an escape are skipped too.
 */
function decodeAt(text: string, i: number): { code: number; end: number } | undefined {
  let j = i + 1;
  const next = () => {
    while (j < text.length && isZeroWidth(text.charCodeAt(j))) j++;
    return j < text.length ? text.charCodeAt(j++) : -1;
  };
  const first = text.charCodeAt(i);
  if (isZeroWidth(first)) {
    // A run of them is one edit.
    while (j < text.length && isZeroWidth(text.charCodeAt(j))) j++;
    return { code: -1, end: j };
  }
  if (first === 37) {
    const high = hexValue(next());
    const low = hexValue(next());
    return high >= 0 && low >= 0 ? { code: high * 16 + low, end: j } : undefined;
  }
  let code = next();
  if (code === 35) {
    code = next();
    const hex = (code | 0x20) === 120;
    if (hex) code = next();
    let value = 0;
    for (let digits = 0; digits < 7; digits++, code = next()) {
      const digit = hex ? hexValue(code) : code >= 48 && code <= 57 ? code - 48 : -1;
      if (digit < 0)
        return digits > 0 && code === 59 && value <= 0xffff ? { code: value, end: j } : undefined;
      value = value * (hex ? 16 : 10) + digit;
    }
    return undefined;
  }
  for (let k = 0; k < LOWBAR.length; k++) {
    if (k > 0) code = next();
    if ((k < 6 ? code | 0x20 : code) !== LOWBAR.charCodeAt(k)) return undefined;
  }
  return { code: 95, end: j };
}

/**
 * The text with zero-width characters dropped and `%XX`, `&#NN;`, `&#xHH;` and `&lowbar;`
 * decoded; `undefined` when there is nothing to undo, the common case, found by one native scan.
 * Plain runs are copied as slices, so the cost is in the escapes, not in the length.
 */
function normalize(text: string): Normalized | undefined {
  SPECIAL.lastIndex = 0;
  const first = SPECIAL.exec(text);
  if (first === null) return undefined;
  const parts: string[] = [];
  const edits: Normalized = { text: '', at: [], start: [], end: [], emits: [] };
  let copied = 0;
  let length = 0;
  for (let i = first.index; i !== -1; i = nextSpecial(text, i)) {
    const decoded = decodeAt(text, i);
    if (decoded === undefined) {
      i++;
      continue;
    }
    parts.push(text.slice(copied, i));
    length += i - copied;
    const emits = decoded.code < 0 ? 0 : 1;
    if (emits === 1) parts.push(String.fromCharCode(decoded.code));
    edits.at.push(length);
    edits.start.push(i);
    edits.end.push(decoded.end);
    edits.emits.push(emits);
    length += emits;
    copied = decoded.end;
    i = copied;
  }
  parts.push(text.slice(copied));
  return { ...edits, text: parts.join('') };
}

const isSpecial = (code: number) => code === 37 || code === 38 || isZeroWidth(code);

// Looks at the next few characters directly (escapes come in clusters), and lets the native
// regular expression skip plain stretches.
function nextSpecial(text: string, from: number): number {
  const near = Math.min(from + 8, text.length);
  for (let i = from; i < near; i++) if (isSpecial(text.charCodeAt(i))) return i;
  if (near === text.length) return -1;
  SPECIAL.lastIndex = near;
  return SPECIAL.exec(text)?.index ?? -1;
}

/** The index of the last edit at or before normalized position `i`, or -1. */
function lastEdit(normalized: Normalized, i: number): number {
  let low = 0;
  let high = normalized.at.length - 1;
  let best = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((normalized.at[mid] ?? 0) <= i) {
      best = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return best;
}

/** The original range that normalized characters `[from, to)` came from. */
function originalRange(normalized: Normalized, from: number, to: number): [number, number] {
  const map = (i: number, edge: 'start' | 'end'): number => {
    const j = lastEdit(normalized, i);
    if (j < 0) return edge === 'start' ? i : i + 1;
    const at = normalized.at[j] ?? 0;
    const end = normalized.end[j] ?? 0;
    if (i < at + (normalized.emits[j] ?? 0))
      return edge === 'start' ? (normalized.start[j] ?? 0) : end;
    const plain = i - at - (normalized.emits[j] ?? 0) + end;
    return edge === 'start' ? plain : plain + 1;
  };
  return [map(from, 'start'), map(to - 1, 'end')];
}

/** A secret's forms, with the cased ones that hold `%`, `&` or zero-width characters apart. */
interface Forms extends SecretForms {
  /** Also looked for in the text as it is, since undoing escapes would change them. */
  readonly escaped: readonly Pattern[];
}

function formsFor(secret: string): Forms {
  const forms = formsOf(secret);
  return { ...forms, escaped: forms.cased.filter((pattern) => SPECIAL_ONE.test(pattern.text)) };
}

interface Match {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}

function findAll(text: string, patterns: readonly Pattern[], into: Match[], map?: Normalized) {
  for (const pattern of patterns) {
    for (let i = text.indexOf(pattern.text); i !== -1; i = text.indexOf(pattern.text, i + 1)) {
      const end = i + pattern.text.length;
      const [start, stop] = map === undefined ? [i, end] : originalRange(map, i, end);
      into.push({ start, end: stop, replacement: pattern.replacement });
    }
  }
}

function replaceMatches(text: string, matches: Match[]): string {
  if (matches.length === 0) return text;
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: string[] = [];
  let copied = 0;
  let current: Match | undefined;
  for (const match of matches) {
    if (current !== undefined && match.start < current.end) {
      if (match.end > current.end) current = { ...current, end: match.end };
      continue;
    }
    if (current !== undefined) {
      parts.push(text.slice(copied, current.start), current.replacement);
      copied = current.end;
    }
    current = match;
  }
  if (current !== undefined) parts.push(text.slice(copied, current.start), current.replacement);
  parts.push(text.slice(current === undefined ? copied : current.end));
  return parts.join('');
}

/**
 * Removes known secrets from text in every form they are likely to take on the way. For each
 * secret (the client's key, and the keys it created or regenerated):
 *
 * - as it is;
 * - hex in any letter case: the 64 hex digits of a Raff key alone, the hex of the secret's UTF-8
 *   bytes (and of a key's 64 digits), each also in space-separated groups of 2, 4 or 8 digits
 *   (`17d70fcf 7e751096 …`, hex dumps);
 * - percent-encoded in part (`raff%5F…`) or in full (upper or lower case hex);
 * - base64 and base64url (with or without padding, also inside a longer encoded run, and of a
 *   key's hex digits alone);
 * - with zero-width characters (U+200B–U+200D, U+2060, U+FEFF) anywhere inside;
 * - with `_` written as `&#95;`, `&#x5f;` or `&lowbar;`.
 *
 * Only hex is matched without regard to letter case; a secret's own letters and its base64 are
 * matched exactly. Every other `raff_…` token (in any case) is scrubbed too, as
 * {@link redactText} does.
 *
 * A well-formed key becomes its public prefix (`raff_17d70fcf…`); every other form becomes
 * `[redacted]`. Work is linear in the text for each secret (`indexOf` per form, plus one scan
 * with a regular expression that cannot backtrack to see whether the text holds a hex run at
 * all); secrets shorter than {@link MIN_SECRET_LENGTH} are ignored. The secrets live in private
 * fields: `util.inspect` and `JSON.stringify` of a scrubber show none of them.
 *
 * @example
 * ```ts
 * const scrubber = new SecretScrubber([apiKey]);
 * scrubber.add(created.secret); // a key the client just created
 * logger.warn(scrubber.scrub(message));
 * ```
 */
export class SecretScrubber {
  readonly #pinned: Forms[] = [];
  // Insertion-ordered, so the first entry is the oldest one added.
  readonly #added = new Map<string, Forms>();
  readonly #known = new Set<string>();

  /** Starts with `secrets`, which stay for the scrubber's whole life (e.g. the client's key). */
  constructor(secrets: Iterable<string> = []) {
    for (const secret of secrets) {
      if (!this.#accepts(secret)) continue;
      this.#known.add(secret);
      this.#pinned.push(formsFor(secret));
    }
  }

  /**
   * Adds a secret met later, e.g. a key returned by `apiKeys.create`. Keeps the last
   * {@link MAX_ADDED_SECRETS} added; repeats and secrets shorter than {@link MIN_SECRET_LENGTH}
   * are ignored.
   */
  add(secret: string): void {
    if (!this.#accepts(secret)) return;
    if (this.#added.size >= MAX_ADDED_SECRETS) {
      const oldest = this.#added.keys().next().value;
      if (oldest !== undefined) {
        this.#added.delete(oldest);
        this.#known.delete(oldest);
      }
    }
    this.#known.add(secret);
    this.#added.set(secret, formsFor(secret));
  }

  /** How many secrets are known now. */
  get size(): number {
    return this.#known.size;
  }

  /** `text` without any known secret, in any of the forms listed above, or any `raff_…` token. */
  readonly scrub: TextScrubber = (text: string): string => {
    if (typeof text !== 'string') return text;
    const matches: Match[] = [];
    if (this.#known.size === 0) return redactText(text);
    const normalized = normalize(text);
    const plain = normalized?.text ?? text;
    // Same length as `plain`, so positions found in it hold in `plain`; most text has no hex run
    // that a hex form could be in, which one native scan tells.
    const folded = HEX_RUN.test(plain) ? foldCase(plain) : undefined;
    for (const forms of this.#all()) {
      findAll(plain, forms.cased, matches, normalized);
      if (folded !== undefined) findAll(folded, forms.caseless, matches, normalized);
      // Undoing escapes keeps every plain form intact, unless the secret has escapes of its own.
      if (normalized !== undefined) findAll(text, forms.escaped, matches);
    }
    return redactText(replaceMatches(text, matches));
  };

  #accepts(secret: unknown): secret is string {
    return (
      typeof secret === 'string' && secret.length >= MIN_SECRET_LENGTH && !this.#known.has(secret)
    );
  }

  *#all(): Iterable<Forms> {
    yield* this.#pinned;
    yield* this.#added.values();
  }
}

/**
 * A {@link TextScrubber} for a fixed set of secrets: {@link SecretScrubber.scrub} of a new
 * {@link SecretScrubber}.
 *
 * @example
 * ```ts
 * const scrub = createSecretScrubber([apiKey]);
 * const safeBody = redactValue(body, { scrub });
 * ```
 */
export function createSecretScrubber(secrets: Iterable<string>): TextScrubber {
  return new SecretScrubber(secrets).scrub;
}
