// The fault matrix: every wire failure the SDK must survive, with the outcome the retry policy
// promises. The tests (fault-matrix-*.slow.test.ts) run these rows and docs/reliability.md shows them
// (fault-matrix-doc.test.ts keeps the two identical), so a row is written once, here.
import {
  addsTransferEncoding,
  cacheIgnoringQuery,
  emulator,
  emulatorAtRunTime,
  endlessBody,
  type FaultSource,
  HTML_502,
  hugeContentLength,
  refused,
  resetMidBody,
  resetMidHeaders,
  SAME_PAGE,
  stallBody,
  trickleBody,
  truncateJson,
} from './fault-sources.js';

/** The call a row makes: a read (`backups.list`) or a write (`backups.create`). */
export type FaultMethod = 'GET' | 'POST';

/** The error class a row ends with, or `result` when the call succeeds. */
export type FaultOutcome =
  | 'result'
  | 'RaffAPIError'
  | 'RaffConnectionError'
  | 'RaffInternalServerError'
  | 'RaffPaginationError'
  | 'RaffRateLimitError'
  | 'RaffResponseTooLargeError'
  | 'RaffTimeoutError'
  | 'RaffValidationError';

/** What goes wrong, shared by the GET and POST rows of a fault. */
export interface FaultSetup {
  /** What goes wrong, as the doc table shows it. */
  readonly name: string;
  /** Where the fault comes from, for the doc table. */
  readonly via: 'closed port' | 'emulator fault' | 'raw proxy' | 'fetch wrapper';
  readonly source: FaultSource;
  /**
   * The row walks `backups.listAll({ limit: 1 })` over two backups (the runner makes the second)
   * instead of one `backups.list()`; `attempts` then counts page requests.
   */
  readonly walk?: true;
  /** Per-attempt `timeout` for the client, when the row is about time. */
  readonly timeout?: number;
  /** How long the server keeps working after the client gave up (a delayed handler). */
  readonly settleMs?: number;
  /** `maxResponseBytes` for the client, when the row is about size. */
  readonly maxResponseBytes?: number;
}

/** What a row expects. */
export interface FaultExpectation {
  readonly outcome: FaultOutcome;
  /** The HTTP status on the error, for `RaffAPIError` and its subclasses. */
  readonly status?: number;
  /** Attempts the client makes (and the server or proxy sees, unless the port is closed). */
  readonly attempts: number;
  /**
   * For a POST: how many backups exist afterwards that did not before — `1` when the server
   * acted once (the client must not repeat it), `0` when the fault came before the handler.
   */
  readonly created?: 0 | 1;
  /** Upper bound on the call's wall time (generous: a bound, not a benchmark). */
  readonly boundMs: number;
  /** Lower bound on the call's wall time, where waiting is the point (Retry-After, trickle). */
  readonly minMs?: number;
  /**
   * `minMs` is the client's own backoff (about 1 s before the first retry), not a wait the server
   * asked for: the runner checks the backoff the SDK asked its clock for, and that the call took
   * at least that wait as the clock scaled it (test/support/clock.ts).
   */
  readonly minIsBackoff?: true;
  /**
   * `minMs` is the server's `Retry-After`: the runner sits it out scaled down
   * (test/support/clock.ts) and checks that the wait the SDK asked its clock for is at least
   * `minMs` and under `boundMs`, and that the call took at least that wait as the clock scaled it.
   */
  readonly minIsRetryAfter?: true;
  /** `retryAfterMs` on a `RaffRateLimitError`. */
  readonly retryAfterMs?: number;
  /** Text the error message must contain. */
  readonly messageHas?: string;
  /**
   * Set while the SDK deviates from the documented policy on this row: the test is `it.fails`
   * until the bug is fixed. Names the bug; docs/reliability.md lists it under Known deviations.
   */
  readonly knownBug?: string;
}

/** One row of the matrix. */
export interface FaultCase extends FaultSetup, FaultExpectation {
  readonly method: FaultMethod;
}

const BACKOFF = 8_000; // two retries with backoff (about 1 s + 2 s, ±20 %), plus the attempts
const QUICK = 2_000;
const SLOW_TIMEOUT = 500;
const SLOW_BACKOFF = BACKOFF + 3 * SLOW_TIMEOUT;
const ALWAYS = Number.POSITIVE_INFINITY;

/** The GET row and the POST row of one fault: the policy's difference, side by side. */
function pair(setup: FaultSetup, get: FaultExpectation, post: FaultExpectation): FaultCase[] {
  return [
    { ...setup, method: 'GET', ...get },
    { ...setup, method: 'POST', ...post },
  ];
}

/** A fault with a single row. */
function row(setup: FaultSetup, method: FaultMethod, expectation: FaultExpectation): FaultCase {
  return { ...setup, method, ...expectation };
}

const refusedError = { outcome: 'RaffConnectionError', messageHas: 'ECONNREFUSED' } as const;
const connectionError = { outcome: 'RaffConnectionError' } as const;
const timeoutError = { outcome: 'RaffTimeoutError' } as const;
const notJson = { outcome: 'RaffAPIError', messageHas: 'not valid JSON' } as const;
const html502 = {
  outcome: 'RaffInternalServerError',
  status: 502,
  messageHas: 'an HTML page',
} as const;
const empty200 = { outcome: 'RaffAPIError', status: 200, messageHas: 'empty body' } as const;
const error200 = {
  outcome: 'RaffAPIError',
  status: 200,
  messageHas: 'maintenance window',
} as const;
const redirect = { outcome: 'RaffAPIError', messageHas: 'redirects are not followed' } as const;
const tooLong = { outcome: 'RaffRateLimitError', status: 429, retryAfterMs: 86_400_000 } as const;
const status503 = { outcome: 'RaffInternalServerError', status: 503 } as const;
const walkStopped = { outcome: 'RaffPaginationError', messageHas: 'repeated page 1' } as const;
const refusedByFetch = {
  outcome: 'RaffValidationError',
  messageHas: 'UND_ERR_INVALID_ARG',
} as const;

/** Every row, in the order the doc shows them. */
export const FAULT_CASES: readonly FaultCase[] = [
  ...pair(
    { name: 'connection refused', via: 'closed port', source: refused },
    { ...refusedError, attempts: 3, boundMs: BACKOFF },
    { ...refusedError, attempts: 3, created: 0, boundMs: BACKOFF },
  ),
  ...pair(
    {
      name: 'connection dropped before any response',
      via: 'emulator fault',
      source: emulator({ drop: true, times: ALWAYS }),
    },
    { ...connectionError, attempts: 3, boundMs: BACKOFF },
    { ...connectionError, attempts: 1, created: 0, boundMs: QUICK },
  ),
  ...pair(
    { name: 'reset mid-headers', via: 'raw proxy', source: resetMidHeaders },
    { ...connectionError, attempts: 3, boundMs: BACKOFF },
    { ...connectionError, attempts: 1, created: 1, boundMs: QUICK },
  ),
  ...pair(
    { name: 'reset mid-body', via: 'raw proxy', source: resetMidBody },
    { ...connectionError, attempts: 3, boundMs: BACKOFF },
    { ...connectionError, attempts: 1, created: 1, boundMs: QUICK },
  ),
  ...pair(
    {
      name: 'headers later than the timeout',
      via: 'emulator fault',
      source: emulator({ delayMs: 1_000, times: ALWAYS }),
      timeout: SLOW_TIMEOUT,
      settleMs: 1_100,
    },
    { ...timeoutError, attempts: 3, boundMs: SLOW_BACKOFF },
    { ...timeoutError, attempts: 1, created: 1, boundMs: QUICK },
  ),
  ...pair(
    { name: 'stalled body', via: 'raw proxy', source: stallBody, timeout: SLOW_TIMEOUT },
    { ...timeoutError, attempts: 3, boundMs: SLOW_BACKOFF },
    { ...timeoutError, attempts: 1, created: 1, boundMs: QUICK },
  ),
  ...pair(
    {
      name: 'slow trickle within the timeout (body over 600 ms, timeout 3 s)',
      via: 'raw proxy',
      source: trickleBody(600),
      timeout: 3_000,
    },
    { outcome: 'result', attempts: 1, boundMs: 3_000, minMs: 450 },
    { outcome: 'result', attempts: 1, created: 1, boundMs: 3_000, minMs: 450 },
  ),
  ...pair(
    {
      name: 'slow trickle past the timeout (body over 2 s, timeout 500 ms)',
      via: 'raw proxy',
      source: trickleBody(2_000),
      timeout: SLOW_TIMEOUT,
    },
    { ...timeoutError, attempts: 3, boundMs: SLOW_BACKOFF },
    { ...timeoutError, attempts: 1, created: 1, boundMs: QUICK },
  ),
  ...pair(
    {
      name: 'endless body (chunked, never ends; cap 64 KiB)',
      via: 'raw proxy',
      source: endlessBody,
      maxResponseBytes: 65_536,
    },
    { outcome: 'RaffResponseTooLargeError', attempts: 1, boundMs: QUICK },
    { outcome: 'RaffResponseTooLargeError', attempts: 1, created: 1, boundMs: QUICK },
  ),
  ...pair(
    {
      name: 'Content-Length of 500 MiB (cap 10 MiB: nothing read)',
      via: 'raw proxy',
      source: hugeContentLength,
    },
    { outcome: 'RaffResponseTooLargeError', attempts: 1, boundMs: QUICK },
    { outcome: 'RaffResponseTooLargeError', attempts: 1, created: 1, boundMs: QUICK },
  ),
  ...pair(
    {
      name: 'truncated JSON (content-length matches the cut)',
      via: 'raw proxy',
      source: truncateJson,
    },
    { ...notJson, status: 200, attempts: 1, boundMs: QUICK },
    { ...notJson, status: 202, attempts: 1, created: 1, boundMs: QUICK },
  ),
  ...pair(
    {
      name: 'HTML 502 page from a gateway, every attempt',
      via: 'emulator fault',
      source: emulator({ status: 502, body: HTML_502, times: ALWAYS }),
    },
    { ...html502, attempts: 3, boundMs: BACKOFF },
    { ...html502, attempts: 1, created: 0, boundMs: QUICK },
  ),
  ...pair(
    { name: 'empty 200', via: 'emulator fault', source: emulator({ status: 200, body: '' }) },
    { ...empty200, attempts: 1, boundMs: QUICK },
    { ...empty200, attempts: 1, created: 0, boundMs: QUICK },
  ),
  ...pair(
    {
      name: '200 with a JSON `error` body',
      via: 'emulator fault',
      source: emulator({
        status: 200,
        body: { error: 'Service Unavailable', message: 'maintenance window' },
      }),
    },
    { ...error200, attempts: 1, boundMs: QUICK },
    { ...error200, attempts: 1, created: 0, boundMs: QUICK },
  ),
  row(
    {
      name: '302 to a foreign origin',
      via: 'emulator fault',
      source: emulator({
        status: 302,
        headers: { Location: 'https://evil.example/steal' },
        body: '',
      }),
    },
    'GET',
    { ...redirect, status: 302, attempts: 1, boundMs: QUICK },
  ),
  row(
    {
      name: '307 to a foreign origin',
      via: 'emulator fault',
      source: emulator({
        status: 307,
        headers: { Location: 'https://evil.example/steal' },
        body: '',
      }),
    },
    'POST',
    { ...redirect, status: 307, attempts: 1, created: 0, boundMs: QUICK },
  ),
  ...pair(
    {
      name: '429 with a huge Retry-After (1 day)',
      via: 'emulator fault',
      source: emulator({ status: 429, headers: { 'Retry-After': '86400' } }),
    },
    {
      ...tooLong,
      attempts: 1,
      boundMs: QUICK,
      messageHas: 'longer than the 60 s the client waits',
    },
    { ...tooLong, attempts: 1, created: 0, boundMs: QUICK },
  ),
  ...pair(
    {
      name: '429 with a negative Retry-After (ignored: backoff), then success',
      via: 'emulator fault',
      source: emulator({ status: 429, headers: { 'Retry-After': '-5' } }),
    },
    { outcome: 'result', attempts: 2, boundMs: 4_000, minMs: 750, minIsBackoff: true },
    { outcome: 'result', attempts: 2, created: 1, boundMs: 4_000, minMs: 750, minIsBackoff: true },
  ),
  ...pair(
    {
      name: '429 with an HTTP-date Retry-After (2-3 s ahead), then success',
      via: 'emulator fault',
      // Whole seconds only, so the wait is 2 to 3 s from now.
      source: emulatorAtRunTime(() => ({
        status: 429,
        headers: { 'Retry-After': new Date(Date.now() + 3_000).toUTCString() },
      })),
    },
    { outcome: 'result', attempts: 2, boundMs: 5_000, minMs: 1_900, minIsRetryAfter: true },
    {
      outcome: 'result',
      attempts: 2,
      created: 1,
      boundMs: 5_000,
      minMs: 1_900,
      minIsRetryAfter: true,
    },
  ),
  ...pair(
    {
      name: '503 storm (every attempt)',
      via: 'emulator fault',
      source: emulator({ status: 503, times: ALWAYS }),
    },
    { ...status503, attempts: 3, boundMs: BACKOFF, messageHas: '[after 3 attempts]' },
    { ...status503, attempts: 1, created: 0, boundMs: QUICK },
  ),
  ...pair(
    { name: '503 once, then recovery', via: 'emulator fault', source: emulator({ status: 503 }) },
    { outcome: 'result', attempts: 2, boundMs: 4_000, minMs: 750, minIsBackoff: true },
    { ...status503, attempts: 1, created: 0, boundMs: QUICK },
  ),
  row(
    {
      name: 'every page the same, with a total of 1e15 (offset ignored)',
      via: 'emulator fault',
      source: emulator({ status: 200, body: SAME_PAGE, times: ALWAYS }),
      walk: true,
    },
    'GET',
    { ...walkStopped, attempts: 2, boundMs: QUICK },
  ),
  row(
    {
      name: 'a cache that ignores the query string (every page is the first)',
      via: 'raw proxy',
      source: cacheIgnoringQuery,
      walk: true,
    },
    'GET',
    { ...walkStopped, attempts: 2, boundMs: QUICK },
  ),
  ...pair(
    {
      name: 'a fetch wrapper that adds Transfer-Encoding (fetch refuses to send)',
      via: 'fetch wrapper',
      source: addsTransferEncoding,
    },
    { ...refusedByFetch, attempts: 1, boundMs: QUICK },
    { ...refusedByFetch, attempts: 1, created: 0, boundMs: QUICK },
  ),
];

const onTheWire = (c: FaultCase) => c.outcome === 'RaffConnectionError' || c.via === 'raw proxy';

/** Rows where the connection or the bytes on it fail (one test file)… */
export const CONNECTION_CASES = FAULT_CASES.filter(onTheWire);
/** …and rows where a well-formed HTTP answer is the problem (the other, run in parallel). */
export const HTTP_CASES = FAULT_CASES.filter((c) => !onTheWire(c));
