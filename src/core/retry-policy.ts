/**
 * The retry policy as pure functions, so that it can be read and tested in one place.
 *
 * | method                      | retried on                                                  |
 * |-----------------------------|-------------------------------------------------------------|
 * | GET HEAD PUT DELETE OPTIONS | network errors, attempt timeouts, 408, 429, 500, 502-504    |
 * | POST PATCH                  | 429, and connection failures that prove nothing was sent    |
 *
 * A POST that may have reached the server is never repeated: a duplicated create is data loss's
 * twin. A DELETE that is repeated after an attempt that may have reached the server, and then
 * answers 404, is done: that attempt deleted it (see `mayHaveActed` and the transport).
 */

/** The longest `Retry-After` the client will sleep; a longer one fails the call at once. */
export const RETRY_AFTER_CAP_MS = 60_000;

/** Backoff starts near 1 s and doubles (1 s, 2 s, 4 s …), as Raff's docs recommend. */
export const BACKOFF_BASE_MS = 1_000;

/** Backoff never waits longer than this between attempts. */
export const BACKOFF_MAX_MS = 30_000;

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
const IDEMPOTENT_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

// Failures that happen before a single byte of the request is written.
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** What went wrong with one attempt, as far as the retry decision cares. */
export type AttemptFailure =
  | { readonly kind: 'status'; readonly status: number }
  | { readonly kind: 'network'; readonly code: string | undefined }
  | { readonly kind: 'timeout' };

/** Whether the method is safe to repeat after an unknown outcome. */
export function isIdempotent(method: string): boolean {
  return IDEMPOTENT.has(method);
}

/** Whether a failed attempt of `method` may be retried (budget and waits aside). */
export function isRetryable(
  method: string,
  failure: AttemptFailure,
  withIdempotencyKey = false,
): boolean {
  // A POST with an Idempotency-Key is as safe to repeat as a PUT: Raff applies it once.
  const idempotent = withIdempotencyKey || isIdempotent(method);
  switch (failure.kind) {
    case 'status':
      return idempotent ? IDEMPOTENT_STATUSES.has(failure.status) : failure.status === 429;
    case 'network':
      return idempotent || (failure.code !== undefined && NOT_SENT_CODES.has(failure.code));
    case 'timeout':
      return idempotent;
  }
}

/**
 * Whether a failed attempt may have reached the server and been acted on: a 5xx (the server or a
 * proxy in front of it may have done the work), an attempt timeout, or a network failure other
 * than those that prove nothing was sent. A 408 or 429 says the server did not act.
 */
export function mayHaveActed(failure: AttemptFailure): boolean {
  switch (failure.kind) {
    case 'status':
      return failure.status >= 500;
    case 'network':
      return failure.code === undefined || !NOT_SENT_CODES.has(failure.code);
    case 'timeout':
      return true;
  }
}

/** The wait before retry number `retry` (1-based): exponential, ±20 % jitter, capped. */
export function backoffDelay(retry: number, random: () => number = Math.random): number {
  const base = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (retry - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

/**
 * `Retry-After` in milliseconds: delta-seconds or an HTTP date; a date in the past is 0.
 * Anything else (negative, garbage) is `undefined`, and backoff applies instead.
 */
export function parseRetryAfter(
  value: string | null,
  now: number = Date.now(),
): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  // Only a real HTTP date has letters in it; Date.parse('-5') would be year -5.
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * A `Retry-After` wait plus up to half a second of jitter (at most half the wait): the server's
 * whole-second value would otherwise send every rate-limited request back at the same instant.
 */
export function spreadRetryAfter(ms: number, random: () => number = Math.random): number {
  return Math.round(ms + random() * Math.min(ms, 1000) * 0.5);
}
