import { RaffValidationError } from './errors.js';

declare const raffApiKeyBrand: unique symbol;

/** A string already checked to have the Raff API key format: `raff_` + 64 lowercase hex digits. */
export type RaffApiKey = string & { readonly [raffApiKeyBrand]: true };

/** Why a value is not a well-formed Raff API key, as reported by {@link checkRaffApiKey}. */
export type RaffApiKeyProblem =
  | 'not_a_string'
  | 'empty'
  | 'whitespace'
  | 'missing_prefix'
  | 'wrong_length'
  | 'invalid_characters';

/** The result of {@link checkRaffApiKey}: the key's public prefix, or the first problem found. */
export type RaffApiKeyCheck =
  | { readonly valid: true; readonly prefix: string }
  | { readonly valid: false; readonly reason: RaffApiKeyProblem };

/** What {@link redactApiKey} returns for anything that is not a well-formed key. */
export const REDACTED_API_KEY = 'raff_[redacted]';

/**
 * The fixed start of every Raff API key.
 *
 * @internal
 */
export const RAFF_API_KEY_PREFIX = 'raff_';

/**
 * The length of a Raff API key in characters: `raff_` plus 64 hex digits.
 *
 * @internal
 */
export const RAFF_API_KEY_LENGTH = 69;

/**
 * How many leading characters of a key are public: `raff_` plus 8 hex digits.
 *
 * @internal
 */
export const RAFF_API_KEY_PREFIX_LENGTH = 13;

// Copy-paste picks up more than ASCII spaces: NBSP, BOM and zero-width characters too.
const WHITESPACE = /[\s\u200b-\u200d\u2060]/u;

/**
 * Whether a UTF-16 code unit is a lowercase hex digit (`0-9`, `a-f`).
 *
 * @internal
 */
export function isLowerHexCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 102);
}

function hasHexBody(value: string): boolean {
  for (let i = RAFF_API_KEY_PREFIX.length; i < RAFF_API_KEY_LENGTH; i++) {
    if (!isLowerHexCode(value.charCodeAt(i))) return false;
  }
  return true;
}

/**
 * Whether `value` is a well-formed Raff API key; never throws, whatever it is given.
 *
 * Only the format is checked, offline: a well-formed key may still be unknown, expired or revoked.
 *
 * @example
 * ```ts
 * import { isRaffApiKey } from '@raff/sdk';
 * if (!isRaffApiKey(process.env.RAFF_API_KEY)) throw new Error('RAFF_API_KEY is not a Raff key');
 * ```
 */
export function isRaffApiKey(value: unknown): value is RaffApiKey {
  // typeof never runs user code, so getters, toString and proxies are never touched.
  return (
    typeof value === 'string' &&
    value.length === RAFF_API_KEY_LENGTH &&
    value.startsWith(RAFF_API_KEY_PREFIX) &&
    hasHexBody(value)
  );
}

/**
 * Checks `value` against the Raff API key format and says what is wrong with it; never throws.
 *
 * Problems are reported in this order: `not_a_string`, `empty`, `whitespace`, `missing_prefix`,
 * `wrong_length`, `invalid_characters`. The result never contains more of the value than its
 * public prefix.
 *
 * @example
 * ```ts
 * import { checkRaffApiKey, describeRaffApiKeyProblem } from '@raff/sdk';
 * const check = checkRaffApiKey(process.env.RAFF_API_KEY);
 * if (!check.valid) console.error(describeRaffApiKeyProblem(check.reason));
 * ```
 */
export function checkRaffApiKey(value: unknown): RaffApiKeyCheck {
  if (typeof value !== 'string') return { valid: false, reason: 'not_a_string' };
  if (value.length === 0) return { valid: false, reason: 'empty' };
  if (WHITESPACE.test(value)) return { valid: false, reason: 'whitespace' };
  if (!value.startsWith(RAFF_API_KEY_PREFIX)) return { valid: false, reason: 'missing_prefix' };
  if (value.length !== RAFF_API_KEY_LENGTH) return { valid: false, reason: 'wrong_length' };
  if (!hasHexBody(value)) return { valid: false, reason: 'invalid_characters' };
  return { valid: true, prefix: value.slice(0, RAFF_API_KEY_PREFIX_LENGTH) };
}

/**
 * Explains a {@link RaffApiKeyProblem} in one sentence a person can act on; never quotes the key.
 *
 * @example
 * ```ts
 * describeRaffApiKeyProblem('whitespace');
 * // 'The API key contains spaces, line breaks or invisible characters, …'
 * ```
 */
export function describeRaffApiKeyProblem(reason: RaffApiKeyProblem): string {
  switch (reason) {
    case 'not_a_string':
      return 'The API key is not a string; pass the key text itself, for example the value of RAFF_API_KEY.';
    case 'empty':
      return 'The API key is empty; set RAFF_API_KEY or pass apiKey with the key shown when it was created.';
    case 'whitespace':
      return 'The API key contains spaces, line breaks or invisible characters, usually picked up while copying it; trim the value and try again.';
    case 'missing_prefix':
      return 'The API key does not start with "raff_" (lower case, with an underscore); check that the value is a Raff API key and was copied from its first character.';
    case 'wrong_length':
      return 'The API key must be "raff_" followed by exactly 64 characters; this value is shorter or longer, so it was probably cut off or joined to other text.';
    case 'invalid_characters':
      return 'The API key may hold only the digits 0-9 and the lower-case letters a-f after "raff_"; this value has other characters, such as capitals or look-alike letters from another alphabet.';
    default:
      return 'The value is not a well-formed Raff API key.';
  }
}

/**
 * Returns the public prefix of a key (its first 13 characters, e.g. `raff_17d70fcf`), the part the
 * dashboard shows in the API Keys list.
 *
 * @throws {RaffValidationError} When `key` is not a well-formed Raff API key. The message and
 * issues describe the problem but never contain the value.
 * @example
 * ```ts
 * apiKeyPrefix('raff_17d70fcf7e7510968a4c19279b25707f088f1cc5ad8b74210341d8e470b5bb7a');
 * // 'raff_17d70fcf'
 * ```
 */
export function apiKeyPrefix(key: string): string {
  const check = checkRaffApiKey(key);
  if (check.valid) return check.prefix;
  const message = describeRaffApiKeyProblem(check.reason);
  throw new RaffValidationError(`Invalid API key: ${message}`, [
    { path: [], code: check.reason, message },
  ]);
}

/**
 * Makes a key safe to log or display: `raff_17d70fcf…` for a well-formed key, and
 * {@link REDACTED_API_KEY} for anything else, so no part of a malformed value ever leaks.
 *
 * @example
 * ```ts
 * redactApiKey(process.env.RAFF_API_KEY); // 'raff_17d70fcf…' or 'raff_[redacted]'
 * ```
 */
export function redactApiKey(value: unknown): string {
  return isRaffApiKey(value) ? `${value.slice(0, RAFF_API_KEY_PREFIX_LENGTH)}…` : REDACTED_API_KEY;
}
