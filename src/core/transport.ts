import { errorFromResponse, formatMessage } from './error-mapping.js';
import {
  RaffAPIError,
  RaffConnectionError,
  RaffError,
  type RaffRequestInfo,
  RaffTimeoutError,
} from './errors.js';
import {
  describeFailure,
  errorName,
  formatMs,
  networkCode,
  redirectNote,
  sanitizedCause,
} from './failures.js';
import { isHTTPError, loadKy } from './ky-loader.js';
import type { LevelLogger } from './logger.js';
import { type RateLimiter, RateLimitWaitTooLong, sleep } from './rate-limiter.js';
import { redactText, redactValue } from './redact.js';
import {
  type AttemptFailure,
  backoffDelay,
  isRetryable,
  parseRetryAfter,
  RETRY_AFTER_CAP_MS,
  spreadRetryAfter,
} from './retry-policy.js';

/** Everything one call needs to know, fixed before the first byte is sent. */
export interface CallPlan {
  readonly method: string;
  /** The path template, for errors and logs. */
  readonly path: string;
  readonly apiKey: string;
  /** The `X-Project-ID` to send, or undefined to send none. */
  readonly projectId: string | undefined;
  readonly timeout: number;
  readonly totalTimeout: number;
  readonly maxRetries: number;
  readonly signal: AbortSignal | undefined;
  readonly fetch: typeof globalThis.fetch | undefined;
  readonly logger: LevelLogger;
  readonly limiter: RateLimiter | undefined;
}

/** The part of a `Request` that openapi-fetch hands to its `fetch`. */
export interface OutgoingRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body?: RequestInit['body'] | undefined;
}

const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];
// Statuses whose Retry-After says when to come back.
const HONOURS_RETRY_AFTER = new Set([429, 503]);
const ALL_METHODS = ['get', 'head', 'put', 'delete', 'options', 'post', 'patch', 'trace'];

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * A successful response with its body read. Reading it inside the attempt makes a connection
 * reset or a stall mid-body a failed attempt, which the retry policy can repeat for idempotent
 * methods. Error responses keep their stream: their status is what matters, and their body is
 * read (under the same timer) when the error is built.
 */
async function withBody(response: Response, signal: AbortSignal): Promise<Response> {
  if (!response.ok) return response;
  const body = NULL_BODY_STATUSES.has(response.status)
    ? null
    : await untilAborted(response.arrayBuffer(), signal);
  return new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/**
 * `promise`, or the signal's reason as soon as it aborts. Node 20's fetch does not always fail a
 * body read that is already waiting when its signal aborts (seen with a stalled body): the
 * attempt's timer must end the read regardless.
 */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** Which limit ended an attempt early, if one did. */
type Expired = 'timeout' | 'totalTimeout' | undefined;

/**
 * One call from first attempt to last: auth headers, retries, time limits, and the mapping of
 * every failure to a typed error. Create one per call; `done()` releases its timer.
 *
 * Each attempt gets its own AbortController and one timer that fires at whichever comes first,
 * the attempt's `timeout` or the call's `totalTimeout`; it stays armed until the body is read.
 */
export class Call {
  readonly #plan: CallPlan;
  readonly #deadlineAt: number;
  #attempts = 0;
  #controller: AbortController | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #expired: Expired;
  #refusedWait: string | undefined;
  readonly #onUserAbort = () => this.#controller?.abort(this.#plan.signal?.reason);

  constructor(plan: CallPlan) {
    this.#plan = plan;
    this.#deadlineAt = performance.now() + plan.totalTimeout;
    plan.signal?.addEventListener('abort', this.#onUserAbort, { once: true });
  }

  /** Sends the request with retries; resolves with a 2xx response or throws a typed error. */
  async send(request: OutgoingRequest): Promise<Response> {
    const plan = this.#plan;
    // openapi-fetch builds these headers for this call alone, so they can be completed in place.
    const { headers } = request;
    headers.set('x-api-key', plan.apiKey);
    if (plan.projectId === undefined) headers.delete('x-project-id');
    else headers.set('x-project-id', plan.projectId);
    try {
      plan.signal?.throwIfAborted();
      const ky = await loadKy();
      return await ky(request.url, {
        method: request.method,
        headers,
        body: request.body ?? null,
        // Time limits and aborts are this class's job (one timer per attempt, see #attempt).
        timeout: false,
        redirect: 'manual',
        throwHttpErrors: true,
        retry: {
          limit: plan.maxRetries,
          methods: ALL_METHODS,
          statusCodes: RETRY_STATUSES,
          afterStatusCodes: [],
          shouldRetry: ({ error, retryCount }) => this.#shouldRetry(error, retryCount),
          // #shouldRetry has already waited, abortably.
          delay: () => 0,
        },
        fetch: (input, init) => this.#attempt(input, init),
      });
    } catch (error) {
      throw await this.#toRaffError(error);
    }
  }

  /** Maps a failure that happened after `send` resolved: a stalled or truncated body. */
  failureAfterResponse(error: unknown, status: number): RaffError {
    if (error instanceof RaffError) return error;
    if (this.#plan.signal?.aborted) throw this.#plan.signal.reason;
    const info = this.#info();
    if (this.#expired !== undefined) return this.#timeout(this.#expired);
    if (error instanceof SyntaxError) {
      return new RaffAPIError(
        redactText(`${status} ${info.method} ${info.path}: the response body is not valid JSON`),
        { ...info, status, body: '' },
      );
    }
    return new RaffConnectionError(
      `${info.method} ${info.path}: the connection failed while reading the response body`,
      { ...info, code: networkCode(error) },
      { cause: sanitizedCause(error) },
    );
  }

  /** The error for a 2xx answer whose body is not the API's envelope (empty, or an error body). */
  unexpectedBody(status: number, body: unknown, why: string): RaffAPIError {
    const info = this.#info();
    const safeBody = redactValue(body);
    return new RaffAPIError(
      formatMessage({ status, statusText: 'unexpected body' }, safeBody, info, why),
      { ...info, status, body: safeBody },
    );
  }

  /** Releases the call's timers; safe to call more than once. */
  done(): void {
    clearTimeout(this.#timer);
    this.#plan.signal?.removeEventListener('abort', this.#onUserAbort);
  }

  async #attempt(input: Parameters<typeof fetch>[0], init?: RequestInit): Promise<Response> {
    // Every attempt, retries included, waits its turn with the client-side limiter.
    const { limiter } = this.#plan;
    const release = limiter ? await limiter.acquire(this.#plan.signal, this.#left()) : undefined;
    this.#attempts++;
    clearTimeout(this.#timer);
    const controller = new AbortController();
    this.#controller = controller;
    const left = this.#left();
    const limit: Expired = this.#plan.timeout < left ? 'timeout' : 'totalTimeout';
    this.#timer = setTimeout(
      () => {
        this.#expired = limit;
        controller.abort(new DOMException(limit, 'TimeoutError'));
      },
      Math.max(1, Math.min(this.#plan.timeout, left)),
    );
    const { logger } = this.#plan;
    const started = performance.now();
    if (logger.enabled('debug')) {
      logger.log('debug', `→ ${this.#plan.method} ${this.#plan.path} attempt ${this.#attempts}`);
    }
    const fetchImpl = this.#plan.fetch ?? globalThis.fetch;
    const headers = fetchImpl(
      input,
      init ? { ...init, signal: controller.signal } : { signal: controller.signal },
    );
    if (release) headers.then(release, release);
    const result = headers.then((response) => withBody(response, controller.signal));
    if (logger.enabled('debug')) {
      result.then(
        (res) => logger.log('debug', `← ${res.status} ${this.#describe(started)}`),
        (err: unknown) => logger.log('debug', `✗ ${errorName(err)} ${this.#describe(started)}`),
      );
    }
    return result;
  }

  #left(): number {
    return this.#deadlineAt - performance.now();
  }

  #describe(started: number): string {
    const ms = Math.round(performance.now() - started);
    return `${this.#plan.method} ${this.#plan.path} attempt ${this.#attempts} in ${ms} ms`;
  }

  async #shouldRetry(error: Error, retryCount: number): Promise<boolean> {
    const failure = this.#classify(error);
    if (failure === undefined || !isRetryable(this.#plan.method, failure)) return false;
    let wait: number | undefined;
    if (isHTTPError(error) && HONOURS_RETRY_AFTER.has(error.response.status)) {
      wait = parseRetryAfter(error.response.headers.get('retry-after'));
      if (wait !== undefined && wait > RETRY_AFTER_CAP_MS) {
        this.#refusedWait = `(the server asked to wait ${formatMs(wait)}, longer than the ${formatMs(RETRY_AFTER_CAP_MS)} the client waits)`;
        return false;
      }
      if (wait !== undefined) wait = spreadRetryAfter(wait);
    }
    wait ??= backoffDelay(retryCount);
    if (wait >= this.#left()) {
      // Starting a retry that cannot run before totalTimeout would only waste the budget.
      this.#refusedWait = `(a retry in ${formatMs(wait)} would not fit in what is left of totalTimeout)`;
      return false;
    }
    if (isHTTPError(error)) await error.response.body?.cancel().catch(() => undefined);
    this.#plan.logger.log(
      'info',
      `retrying ${this.#plan.method} ${this.#plan.path} in ${formatMs(wait)} after ${describeFailure(failure)} (retry ${retryCount} of ${this.#plan.maxRetries})`,
    );
    clearTimeout(this.#timer);
    this.#expired = undefined;
    // Rejects with the user's abort reason; #toRaffError re-throws it as is.
    await sleep(wait, this.#plan.signal);
    return true;
  }

  // The attempt's timer stays armed here, so reading a stalled error body is still bounded.
  async #toRaffError(error: unknown): Promise<unknown> {
    // A user's abort stays the standard AbortError (or whatever reason they aborted with).
    if (this.#plan.signal?.aborted) return this.#plan.signal.reason;
    if (error instanceof RaffError) return error;
    if (isHTTPError(error)) {
      const { response } = error;
      const signal = this.#controller?.signal;
      const reading = response.text();
      const text = await (signal ? untilAborted(reading, signal) : reading).catch(() => '');
      const note = response.status >= 300 && response.status < 400 ? redirectNote(response) : '';
      return errorFromResponse(
        {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
          text,
        },
        this.#info(),
        { note: [note, this.#refusedWait].filter(Boolean).join(' ') || undefined },
      );
    }
    if (this.#expired !== undefined) return this.#timeout(this.#expired);
    if (error instanceof RateLimitWaitTooLong) return this.#timeout('totalTimeout');
    const info = this.#info();
    const code = networkCode(error);
    const why = this.#refusedWait ? ` ${this.#refusedWait}` : '';
    return new RaffConnectionError(
      redactText(
        `${info.method} ${info.path}: could not reach the API (${code ?? errorName(error)})${why}` +
          (info.attempts > 1 ? ` [after ${info.attempts} attempts]` : ''),
      ),
      { ...info, code },
      { cause: sanitizedCause(error) },
    );
  }

  #timeout(limit: 'timeout' | 'totalTimeout'): RaffTimeoutError {
    const info = this.#info();
    const timeoutMs = limit === 'timeout' ? this.#plan.timeout : this.#plan.totalTimeout;
    return new RaffTimeoutError(
      `${info.method} ${info.path}: no answer within ${limit} (${formatMs(timeoutMs)})` +
        ` after ${info.attempts} attempt${info.attempts === 1 ? '' : 's'}`,
      { ...info, limit, timeoutMs },
    );
  }

  #info(): RaffRequestInfo {
    return {
      method: this.#plan.method,
      path: this.#plan.path,
      projectId: this.#plan.projectId,
      attempts: this.#attempts,
    };
  }

  #classify(error: Error): AttemptFailure | undefined {
    if (isHTTPError(error)) return { kind: 'status', status: error.response.status };
    if (this.#expired === 'timeout') return { kind: 'timeout' };
    if (this.#expired !== undefined || error.name === 'AbortError') return undefined;
    if (error instanceof RateLimitWaitTooLong) return undefined;
    return { kind: 'network', code: networkCode(error) };
  }
}
