import { RaffValidationError } from '../shared/errors.js';

/** The expirations the Create API Key dialog offers; `never` is its default. */
export const EXPIRATION_PRESETS = ['never', '30d', '60d', '90d', '120d', '180d', '1y'] as const;

/** One of {@link EXPIRATION_PRESETS}. */
export type ExpirationPreset = (typeof EXPIRATION_PRESETS)[number];

/** Where a key stands relative to its expiry, as computed by {@link apiKeyStatus}. */
export type ApiKeyStatus = 'active' | 'expired' | 'expiring_soon';

/** Options of {@link apiKeyStatus}. */
export interface ApiKeyStatusOptions {
  /**
   * How many days before expiry a key counts as `expiring_soon`.
   *
   * @default 7
   */
  readonly warnWithinDays?: number | undefined;
}

const DAY_MS = 86_400_000;
// RFC 3339 date-time with an explicit offset; without one, Date.parse would use local time.
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i;

// Date.parse alone rolls 30 February over into March, so the day is checked first.
function parseDateTime(value: unknown): number {
  const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  if (match === null) return Number.NaN;
  const [, year, month, day] = match.map(Number);
  const daysInMonth = new Date(Date.UTC(year ?? 0, month ?? 0, 0)).getUTCDate();
  if (!month || month > 12 || !day || day > daysInMonth) return Number.NaN;
  return Date.parse(value as string);
}

function invalid(fn: string, path: readonly string[], code: string, message: string): never {
  throw new RaffValidationError(`Invalid ${fn} input: ${path.join('.')}: ${message}`, [
    { path, code, message },
  ]);
}

function checkDate(value: unknown, fn: string, path: readonly string[]): number {
  if (!(value instanceof Date)) return invalid(fn, path, 'invalid_type', 'must be a Date');
  const time = value.getTime();
  if (Number.isNaN(time)) return invalid(fn, path, 'invalid_date', 'must be a valid Date');
  return time;
}

function isPreset(value: unknown): value is ExpirationPreset {
  return (EXPIRATION_PRESETS as readonly unknown[]).includes(value);
}

/**
 * When a key created (or regenerated) at `from` with the given preset expires, or `null` for
 * `never`.
 *
 * Day presets add whole days of 24 hours, so daylight-saving changes never shift the result.
 * `1y` keeps the UTC date and time and moves to the next year; 29 February becomes 28 February.
 *
 * @throws {RaffValidationError} When `preset` is not one of {@link EXPIRATION_PRESETS}, `from` is
 * not a valid Date, or the result would fall outside the range a Date can hold.
 * @example
 * ```ts
 * import { expiresAtFor } from '@raff/sdk';
 * expiresAtFor('1y', new Date('2028-02-29T10:00:00Z')); // 2029-02-28T10:00:00.000Z
 * expiresAtFor('never'); // null
 * ```
 */
export function expiresAtFor(preset: ExpirationPreset, from: Date = new Date()): Date | null {
  if (!isPreset(preset)) {
    invalid(
      'expiresAtFor',
      ['preset'],
      'invalid_value',
      `must be one of: ${EXPIRATION_PRESETS.join(', ')}`,
    );
  }
  const time = checkDate(from, 'expiresAtFor', ['from']);
  if (preset === 'never') return null;
  let result: Date;
  if (preset === '1y') {
    result = new Date(time);
    const month = result.getUTCMonth();
    const day = month === 1 && result.getUTCDate() === 29 ? 28 : result.getUTCDate();
    // setUTCFullYear keeps years below 100 literal, unlike Date.UTC.
    result.setUTCFullYear(result.getUTCFullYear() + 1, month, day);
  } else {
    result = new Date(time + Number.parseInt(preset, 10) * DAY_MS);
  }
  if (Number.isNaN(result.getTime())) {
    invalid(
      'expiresAtFor',
      ['from'],
      'too_big',
      'is too late: the expiry would be past the last date a Date can hold',
    );
  }
  return result;
}

/**
 * Whether a key is `active`, `expiring_soon` (expires within `warnWithinDays`, 7 by default) or
 * `expired` (at or after `expires_at`) at `now`. A key without `expires_at` never expires.
 *
 * @throws {RaffValidationError} When `expires_at` is not an RFC 3339 date-time with an offset,
 * `now` is not a valid Date, or `warnWithinDays` is not a non-negative number.
 * @example
 * ```ts
 * import { apiKeyStatus } from '@raff/sdk';
 * const { data: keys } = await raff.apiKeys.list();
 * for (const key of keys) {
 *   if (apiKeyStatus(key) !== 'active') console.warn(`${key.name}: regenerate it soon`);
 * }
 * ```
 */
export function apiKeyStatus(
  key: { readonly expires_at?: string | null | undefined },
  now: Date = new Date(),
  options?: ApiKeyStatusOptions,
): ApiKeyStatus {
  if (typeof key !== 'object' || key === null) {
    invalid('apiKeyStatus', ['key'], 'invalid_type', 'must be an object with expires_at');
  }
  const nowTime = checkDate(now, 'apiKeyStatus', ['now']);
  const warnWithinDays = options?.warnWithinDays ?? 7;
  if (typeof warnWithinDays !== 'number' || !(warnWithinDays >= 0) || warnWithinDays === Infinity) {
    invalid(
      'apiKeyStatus',
      ['options', 'warnWithinDays'],
      'invalid_value',
      'must be a finite number of days, 0 or more',
    );
  }
  const expiresAt = key.expires_at;
  if (expiresAt === undefined || expiresAt === null) return 'active';
  const expiresTime = parseDateTime(expiresAt);
  if (Number.isNaN(expiresTime)) {
    invalid(
      'apiKeyStatus',
      ['key', 'expires_at'],
      'invalid_date',
      'must be an RFC 3339 date-time with an offset, e.g. 2026-06-07T12:00:00Z',
    );
  }
  if (nowTime >= expiresTime) return 'expired';
  return expiresTime - nowTime <= warnWithinDays * DAY_MS ? 'expiring_soon' : 'active';
}
