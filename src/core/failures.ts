import { redactText } from '../shared/redact.js';
import type { AttemptFailure } from './retry-policy.js';

/** How a failed attempt reads in a retry log line. */
export function describeFailure(failure: AttemptFailure): string {
  if (failure.kind === 'status') return `status ${failure.status}`;
  if (failure.kind === 'timeout') return 'an attempt timeout';
  return `a network error (${failure.code ?? 'unknown'})`;
}

/** The low-level code of a fetch failure: `TypeError('fetch failed', { cause: { code } })`. */
export function networkCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current !== null && typeof current === 'object'; depth++) {
    const { code, cause } = current as { code?: unknown; cause?: unknown };
    if (typeof code === 'string') return code;
    current = cause;
  }
  return undefined;
}

// undici's codes for a request it refused to send (a header it will not write, `Expect`): the
// request never reached the wire, so it is input to fix, not a network failure to retry.
const REFUSED_BEFORE_SENDING = new Set(['UND_ERR_INVALID_ARG', 'UND_ERR_NOT_SUPPORTED']);

/**
 * Whether fetch refused to send the request at all: undici's invalid-argument and
 * not-supported errors (`TypeError('fetch failed')` with that code as its cause), or a
 * `TypeError` thrown while the request was built, before the first attempt.
 */
export function refusedBeforeSending(error: unknown, attempts: number): boolean {
  const code = networkCode(error);
  if (code !== undefined) return REFUSED_BEFORE_SENDING.has(code);
  return attempts === 0 && error instanceof TypeError;
}

/**
 * A copy of a low-level error chain that keeps names, messages and codes but drops everything
 * else (a library error may hold the request and its `X-API-Key`).
 */
export function sanitizedCause(
  error: unknown,
  secrets?: { scrub(text: string): string },
  depth = 0,
): Error | undefined {
  if (!(error instanceof Error) || depth > 3) return undefined;
  const message = redactText(error.message);
  const copy = new Error(secrets ? secrets.scrub(message) : message, {
    cause: sanitizedCause((error as { cause?: unknown }).cause, secrets, depth + 1),
  });
  copy.name = error.name;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') Object.assign(copy, { code });
  copy.stack = `${copy.name}: ${copy.message}`;
  return copy;
}

/** Why a 3xx is an error: following it would send the key to another URL. */
export function redirectNote(response: Response): string {
  const location = response.headers.get('location');
  return `(redirects are not followed: they would carry X-API-Key to ${location ? redactText(location) : 'another URL'})`;
}

/** The name of a thrown value, for messages. */
export function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

/** `120 s`, `1.5 s`, `300 ms`. */
export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)} s` : `${ms} ms`;
}

/** `512 B`, `1.5 KiB`, `10 MiB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const [value, unit] = bytes < 1024 ** 2 ? [bytes / 1024, 'KiB'] : [bytes / 1024 ** 2, 'MiB'];
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}
