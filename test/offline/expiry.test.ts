import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  apiKeyStatus,
  EXPIRATION_PRESETS,
  type ExpirationPreset,
  expiresAtFor,
} from '../../src/offline/index.js';
import { RaffValidationError } from '../../src/shared/errors.js';

const DAY = 86_400_000;
const at = (iso: string): Date => new Date(iso);

function catchValidationError(fn: () => unknown): RaffValidationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof RaffValidationError) return error;
    throw error;
  }
  throw new Error('expected a RaffValidationError');
}

afterEach(() => {
  vi.useRealTimers();
});

describe('expiresAtFor', () => {
  it('offers the presets of the Create API Key dialog', () => {
    expect(EXPIRATION_PRESETS).toEqual(['never', '30d', '60d', '90d', '120d', '180d', '1y']);
  });

  it('returns null for never', () => {
    expect(expiresAtFor('never', at('2026-05-08T12:00:00Z'))).toBeNull();
  });

  it.each([
    ['30d', 30],
    ['60d', 60],
    ['90d', 90],
    ['120d', 120],
    ['180d', 180],
  ] as const)('adds exactly %s of 24 hours', (preset, days) => {
    const from = at('2026-05-08T12:34:56.789Z');
    expect(expiresAtFor(preset, from)?.getTime()).toBe(from.getTime() + days * DAY);
  });

  it.each([
    ['a US daylight-saving change', '2026-03-01T12:00:00Z', '2026-03-31T12:00:00.000Z'],
    ['an EU daylight-saving change', '2026-10-10T00:30:00Z', '2026-11-09T00:30:00.000Z'],
  ])('keeps 30d at 30 × 24 hours across %s', (_label, from, expected) => {
    const previous = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      expect(expiresAtFor('30d', at(from))?.toISOString()).toBe(expected);
    } finally {
      process.env.TZ = previous;
    }
  });

  it.each([
    ['a leap day to 28 February', '2028-02-29T10:00:00Z', '2029-02-28T10:00:00.000Z'],
    ['an ordinary date', '2026-05-08T12:00:00Z', '2027-05-08T12:00:00.000Z'],
    [
      '28 February to 28 February in a leap year',
      '2027-02-28T08:00:00Z',
      '2028-02-28T08:00:00.000Z',
    ],
    ['the last millisecond of a year', '2027-12-31T23:59:59.999Z', '2028-12-31T23:59:59.999Z'],
    ['1 March after a leap day', '2028-03-01T00:00:00Z', '2029-03-01T00:00:00.000Z'],
  ])('moves 1y from %s', (_label, from, expected) => {
    expect(expiresAtFor('1y', at(from))?.toISOString()).toBe(expected);
  });

  it('counts from now by default', () => {
    vi.useFakeTimers({ now: at('2026-05-08T00:00:00Z') });
    expect(expiresAtFor('90d')?.toISOString()).toBe('2026-08-06T00:00:00.000Z');
  });

  it('does not modify the date it starts from', () => {
    const from = at('2028-02-29T10:00:00Z');
    expiresAtFor('1y', from);
    expect(from.toISOString()).toBe('2028-02-29T10:00:00.000Z');
  });

  it('rejects a preset that is not offered', () => {
    const error = catchValidationError(() => expiresAtFor('2y' as ExpirationPreset));
    expect(error.issues.map((issue) => issue.path)).toEqual([['preset']]);
    expect(error.message).toMatchInlineSnapshot(
      `"Invalid expiresAtFor input: preset: must be one of: never, 30d, 60d, 90d, 120d, 180d, 1y"`,
    );
  });

  it.each([
    ['an invalid Date', new Date('not a date')],
    ['a string', '2026-05-08T00:00:00Z'],
    ['a timestamp', Date.UTC(2026, 4, 8)],
  ])('rejects %s as the start', (_label, from) => {
    const error = catchValidationError(() => expiresAtFor('30d', from as Date));
    expect(error.issues.map((issue) => issue.path)).toEqual([['from']]);
  });

  it('rejects a start so late that the expiry cannot be represented', () => {
    const error = catchValidationError(() => expiresAtFor('1y', new Date(8.64e15)));
    expect(error.issues.map((issue) => issue.path)).toEqual([['from']]);
    expect(error.message).toMatchInlineSnapshot(
      `"Invalid expiresAtFor input: from: is too late: the expiry would be past the last date a Date can hold"`,
    );
  });
});

describe('apiKeyStatus', () => {
  const expiresAt = '2026-06-07T12:00:00Z';
  const expiry = Date.parse(expiresAt);

  it.each([
    ['no expires_at', {}],
    ['a null expires_at', { expires_at: null }],
    ['an undefined expires_at', { expires_at: undefined }],
  ])('treats a key with %s as active for ever', (_label, key) => {
    expect(apiKeyStatus(key, at('9999-12-31T00:00:00Z'))).toBe('active');
  });

  it.each([
    ['long after expiry', expiry + 30 * DAY, 'expired'],
    ['exactly at expiry', expiry, 'expired'],
    ['1 ms before expiry', expiry - 1, 'expiring_soon'],
    ['exactly 7 days before expiry', expiry - 7 * DAY, 'expiring_soon'],
    ['7 days and 1 ms before expiry', expiry - 7 * DAY - 1, 'active'],
    ['a month before expiry', expiry - 30 * DAY, 'active'],
  ])('reports a key %s as %s', (_label, now, status) => {
    expect(apiKeyStatus({ expires_at: expiresAt }, new Date(now))).toBe(status);
  });

  it.each([
    [0, expiry - 1, 'active'],
    [30, expiry - 30 * DAY, 'expiring_soon'],
    [30, expiry - 31 * DAY, 'active'],
    [0.5, expiry - 12 * 3_600_000, 'expiring_soon'],
  ])('warns within %s days when asked to', (warnWithinDays, now, status) => {
    expect(apiKeyStatus({ expires_at: expiresAt }, new Date(now), { warnWithinDays })).toBe(status);
  });

  it.each([
    ['an offset', '2026-06-07T15:00:00+03:00', 'expired'],
    ['fractional seconds', '2026-06-07T12:00:00.123456Z', 'expiring_soon'],
    ['a lower-case t and z', '2026-06-07t12:00:00z', 'expired'],
  ])('reads an expires_at with %s', (_label, value, status) => {
    expect(apiKeyStatus({ expires_at: value }, new Date(expiry))).toBe(status);
  });

  it('compares with now by default', () => {
    vi.useFakeTimers({ now: expiry - DAY });
    expect(apiKeyStatus({ expires_at: expiresAt })).toBe('expiring_soon');
  });

  it.each([
    ['words', 'next tuesday'],
    ['no offset, which would read as local time', '2026-06-07T12:00:00'],
    ['only a date', '2026-06-07'],
    ['an impossible date', '2026-02-30T12:00:00Z'],
    ['29 February outside a leap year', '2027-02-29T12:00:00Z'],
    ['hour 24', '2026-06-07T24:00:00Z'],
    ['month 13', '2026-13-07T12:00:00Z'],
  ])('rejects an expires_at with %s', (_label, value) => {
    const error = catchValidationError(() => apiKeyStatus({ expires_at: value }));
    expect(error.issues.map((issue) => issue.path)).toEqual([['key', 'expires_at']]);
  });

  it('explains a malformed expires_at without quoting it', () => {
    const error = catchValidationError(() => apiKeyStatus({ expires_at: 'soonish' }));
    expect(error.message).toMatchInlineSnapshot(
      `"Invalid apiKeyStatus input: key.expires_at: must be an RFC 3339 date-time with an offset, e.g. 2026-06-07T12:00:00Z"`,
    );
  });

  it.each([
    ['a negative number', -1],
    ['NaN', Number.NaN],
    ['infinity', Number.POSITIVE_INFINITY],
    ['a string', '7'],
  ])('rejects %s as warnWithinDays', (_label, warnWithinDays) => {
    const error = catchValidationError(() =>
      apiKeyStatus({}, new Date(), { warnWithinDays: warnWithinDays as number }),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([['options', 'warnWithinDays']]);
  });

  it('rejects an invalid now', () => {
    const error = catchValidationError(() => apiKeyStatus({}, new Date(Number.NaN)));
    expect(error.issues.map((issue) => issue.path)).toEqual([['now']]);
  });
});
