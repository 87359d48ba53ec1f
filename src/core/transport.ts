import type { Options as KyOptions } from 'ky';
import {
  RaffConnectionError,
  RaffError,
  type RaffRequestInfo,
  RaffResponseTooLargeError,
  RaffTimeoutError,
  RaffValidationError,
} from '../shared/errors.js';
import { follow, untilAborted } from './abort.js';
import { type RequestInfoSource, readBody } from './body.js';
import { CLOCK, type WaitReason } from './clock.js';
import { errorFromResponse } from './error-mapping.js';
import {
  describeFailure,
  errorName,
  formatMs,
  networkCode,
  redirectNote,
  refusedBeforeSending,
  sanitizedCause,
} from './failures.js';
import { isHTTPError, isKyTimeoutError, loadedKy, loadKy } from './ky-loader.js';
import type { CallSettings } from './options.js';
import { RateLimitWaitTooLong } from './rate-limiter.js';
import {
  type AttemptFailure,
  backoffDelay,
  isRetryable,
  mayHaveActed,
  parseRetryAfter,
  RETRY_AFTER_CAP_MS,
  spreadRetryAfter,
} from './retry-policy.js';

/** One request as the call path has planned it: everything but the client's settings. */
export interface PlannedRequest {
  readonly method: string;
  /** The path template, for errors and logs (never the filled-in URL). */
  readonly template: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  /** The JSON text to send, if any. */
  readonly body?: string | undefined;
  /** The `X-Project-ID` sent, for errors. */
  readonly projectId: string | undefined;
  /** The SDK method the user called, for errors (`vms.create`, `apiKeys.create`, `api`). */
  readonly operation?: string | undefined;
  /** The permission the operation needs, for a 403's error. */
  readonly permission?: string | undefined;
  /** Sent with an `Idempotency-Key` (the same on every attempt): retried like a PUT. */
  readonly idempotent?: boolean | undefined;
}

/** A 2xx answer with its body read (within the attempt's time limit and the size cap). */
export interface Answer {
  readonly status: number;
  readonly text: string;
  /** How many attempts it took. */
  readonly attempts: number;
  /** The response itself (its body already read into `text`). */
  readonly response: Response;
  /**
   * A DELETE answered 404 after an earlier attempt that may have reached the server: that
   * attempt deleted it, and the call is done (`status` is 404, `text` empty).
   */
  readonly alreadyDeleted?: true;
}

// Statuses whose Retry-After says when to come back.
const HONOURS_RETRY_AFTER = new Set([429, 503]);

/** Why the call's own signal aborted, when the SDK aborted it. */
class TotalTimeoutReached extends Error {
  override readonly name = 'TotalTimeoutReached';
}

/** A thrown value that is not an Error (a custom fetch may throw anything), for the policy. */
class NonError extends Error {
  override readonly name = 'NonError';
  constructor() {
    super('a non-Error value was thrown');
  }
}

/**
 * Sends one call: each attempt is one ky request (its per-attempt `timeout`, which covers a 2xx
 * body because that body is read inside `fetch`, its HTTP errors), and the retries are this
 * module's own loop, with the policy of retry-policy.ts and the wait slept on the client's clock
 * (`config[CLOCK]`). ky's retry options are normalized on every request it makes, so a call that
 * is never retried would pay for them on every call. Every outcome is mapped to a typed error;
 * an error body is read only for the error that ends the call, under its own attempt-length timer.
 *
 * `totalTimeout` costs no timer of its own on the common path: the first attempt's `timeout` is
 * capped by it, a retry is started only when its wait fits in what is left, queueing in the rate
 * limiter gives up when the time is out, and an attempt that starts with less time left than its
 * `timeout` gets a timer for the rest.
 */
export async function send(settings: CallSettings, request: PlannedRequest): Promise<Answer> {
  const call = new CallState(settings, request);
  try {
    const ky = loadedKy() ?? (await loadKy());
    for (let retries = 0; ; retries++) {
      try {
        const response = await ky(request.url, call.kyOptions());
        return { status: response.status, text: call.text, attempts: call.attempts, response };
      } catch (error) {
        if (retries >= settings.maxRetries || !(await call.retryAfter(error, retries + 1))) {
          throw error;
        }
      }
    }
  } catch (error) {
    const gone = call.alreadyDeleted(error);
    if (gone) return gone;
    throw await call.toRaffError(error);
  } finally {
    call.done();
  }
}

/** The state of one call across its attempts. */
class CallState implements RequestInfoSource {
  readonly #settings: CallSettings;
  readonly #request: PlannedRequest;
  readonly #deadlineAt: number;
  #attempts = 0;
  #refusedWait: string | undefined;
  /** For a DELETE: the first retried failure that may have reached the server, in words. */
  #mayHaveDeleted: string | undefined;
  #release: (() => void) | undefined;
  /** This call's follower of the caller's signal, made on the first attempt. */
  #follower: AbortSignal | undefined;
  /** The body of the last answer, read inside its attempt. */
  text = '';

  constructor(settings: CallSettings, request: PlannedRequest) {
    this.#settings = settings;
    this.#request = request;
    this.#deadlineAt = settings.config[CLOCK].now() + settings.totalTimeout;
  }

  /**
   * ky's options for one attempt, and only those it needs: ky merges them key by key with object
   * spreads on every request (GET is its default method; `retry: 0` because the retries are
   * {@link send}'s; `redirect: 'manual'`: a 3xx is an error, never followed with the key). The
   * headers are set on ky's request just before Node's fetch sends it (see {@link #fetch}) unless
   * a custom fetch takes the request: ky copies every header it is given four times over, with
   * each name and value checked again.
   */
  kyOptions(): KyOptions {
    const { config, signal } = this.#settings;
    const { method, headers, body } = this.#request;
    const options: KyOptions = {
      // Per attempt, headers and body: the body is read inside `fetch` below.
      timeout: Math.min(this.#settings.timeout, this.#settings.totalTimeout),
      retry: 0,
      redirect: 'manual',
      fetch: (input, init) => this.#attempt(input as Request, init),
    };
    if (config.fetch !== undefined) options.headers = headers;
    if (method !== 'GET') options.method = method;
    if (body !== undefined) options.body = body;
    // ky listens on the signal it is given: give it this call's follower of the caller's signal,
    // which many calls may share (made once, for every attempt).
    if (signal) options.signal = this.#follower ??= follow(signal);
    if (config.limiter) options.hooks = { beforeRequest: [() => this.#acquire()] };
    return options;
  }

  /** The typed error for whatever ended the call. */
  async toRaffError(error: unknown): Promise<unknown> {
    const text = isHTTPError(error) ? await this.#readErrorBody(error.response) : '';
    // A user's abort stays the standard AbortError (or whatever reason they aborted with).
    const user = this.#settings.signal;
    if (user?.aborted) return user.reason;
    if (error instanceof RaffError) return error;
    if (error instanceof TotalTimeoutReached || error instanceof RateLimitWaitTooLong) {
      return this.#timeout('totalTimeout');
    }
    if (isHTTPError(error)) {
      const { response } = error;
      const note = response.status >= 300 && response.status < 400 ? redirectNote(response) : '';
      return errorFromResponse(
        {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
          text,
        },
        this.requestInfo(),
        {
          note: [note, this.#refusedWait].filter(Boolean).join(' ') || undefined,
          scrub: this.#settings.config.secrets.scrub,
        },
      );
    }
    if (isKyTimeoutError(error))
      return this.#timeout(this.#left() <= 1 ? 'totalTimeout' : 'timeout');
    if (refusedBeforeSending(error, this.#attempts)) return this.#refused(error);
    const info = this.requestInfo();
    const code = networkCode(error);
    const why = this.#refusedWait ? ` ${this.#refusedWait}` : '';
    return new RaffConnectionError(
      this.#scrub(
        `${info.method} ${info.path}: could not reach ${originOf(this.#request.url)} (${code ?? errorName(error)})${why}` +
          (info.attempts > 1 ? ` [after ${info.attempts} attempts]` : ''),
      ),
      { ...info, code },
      { cause: sanitizedCause(error, this.#settings.config.secrets) },
    );
  }

  /**
   * The answer that ends a DELETE whose 404 came after an attempt that may have reached the
   * server (a 5xx, a timeout, a reset after sending): that attempt deleted it. `undefined` for
   * anything else, a 404 on the first attempt included.
   */
  alreadyDeleted(error: unknown): Answer | undefined {
    if (this.#mayHaveDeleted === undefined || this.#settings.signal?.aborted) return undefined;
    if (!isHTTPError(error) || error.response.status !== 404) return undefined;
    error.response.body?.cancel().catch(() => undefined);
    this.#settings.config.log.log(
      'info',
      `DELETE ${this.#request.template}: 404 on attempt ${this.#attempts}, after an attempt that may have reached the server (${this.#mayHaveDeleted}): treated as deleted`,
    );
    return {
      status: 404,
      text: '',
      attempts: this.#attempts,
      response: error.response,
      alreadyDeleted: true,
    };
  }

  /** How many attempts have been made so far. */
  get attempts(): number {
    return this.#attempts;
  }

  /** Releases a rate-limiter slot still held; safe to call more than once. */
  done(): void {
    this.#release?.();
    this.#release = undefined;
  }

  /** Every attempt, retries included, waits its turn with the client-side limiter. */
  async #acquire(): Promise<void> {
    const limiter = this.#settings.config.limiter;
    if (limiter) this.#release = await limiter.acquire(this.#settings.signal, this.#left());
  }

  /**
   * One attempt, as ky's `fetch`: the answer with a 2xx body read into `text`. The common first
   * attempt (no caller signal, no custom fetch, no client-side limiter, no debug lines) has nothing
   * to race, release or log, and takes the short path.
   */
  #attempt(input: Request, init: RequestInit | undefined): Promise<Response> {
    this.#attempts++;
    const config = this.#settings.config;
    if (
      this.#attempts === 1 &&
      this.#settings.signal === undefined &&
      config.fetch === undefined &&
      config.limiter === undefined &&
      !config.log.enabled('debug')
    ) {
      return this.#plainAttempt(input, init, config.maxResponseBytes);
    }
    return this.#fullAttempt(input, init);
  }

  async #plainAttempt(
    input: Request,
    init: RequestInit | undefined,
    maxResponseBytes: number,
  ): Promise<Response> {
    const response = await this.#fetch(input, init, undefined);
    if (response.ok) this.text = await readBody(response, undefined, maxResponseBytes, this);
    return response;
  }

  /**
   * Hands ky's request to the fetch that sends it, with `signal` (when given) replacing the
   * request's. For Node's fetch the call's headers are set on the request here (it has none of
   * its own but a body's content type, which they replace): three `set` calls, where headers in
   * fetch's `init` would make it rebuild the request from a non-empty init. A custom fetch got
   * them through ky (see {@link kyOptions}), since it may read the request alone. One that throws
   * synchronously throws here.
   */
  #fetch(
    input: Request,
    init: RequestInit | undefined,
    signal: AbortSignal | undefined,
  ): Promise<Response> | Response {
    const custom = this.#settings.config.fetch;
    if (custom !== undefined) return custom(input, signal ? { ...init, signal } : init);
    const headers = this.#request.headers;
    for (const name in headers) input.headers.set(name, headers[name] as string);
    return globalThis.fetch(input, signal ? { ...init, signal } : init);
  }

  async #fullAttempt(input: Request, init: RequestInit | undefined): Promise<Response> {
    const { config } = this.#settings;
    const log = config.log;
    // Asked once per attempt; the clock is read only for a debug line.
    const debug = log.enabled('debug');
    const started = debug ? performance.now() : 0;
    if (debug) log.log('debug', `→ ${this.#describe()}`);
    // ky's timeout races the whole attempt, so time alone needs no more. An abort does: a custom
    // fetch may ignore the signal, and Node 20's fetch may miss it on a stalled body.
    const race = this.#settings.signal !== undefined || config.fetch !== undefined;
    const rest = this.#attempts > 1 ? this.#left() : Number.POSITIVE_INFINITY;
    const limit = rest < this.#settings.timeout ? limitTo(rest, input.signal) : undefined;
    const signal = limit?.signal ?? input.signal;
    try {
      // A custom fetch that throws synchronously lands in the catch below (the slot is released);
      // one that returns a plain Response is awaited (or wrapped for the race) as well.
      const fetching = this.#fetch(input, init, limit?.signal);
      const response = await (race || limit
        ? untilAborted(Promise.resolve(fetching), signal)
        : fetching);
      this.#release?.();
      this.#release = undefined;
      // An error body is read only if its error ends the call (see #readErrorBody).
      if (response.ok) {
        this.text = await readBody(
          response,
          race || limit ? signal : undefined,
          config.maxResponseBytes,
          this,
        );
      }
      if (debug) {
        log.log('debug', `← ${response.status} ${this.#describe()} in ${elapsed(started)}`);
      }
      return response;
    } catch (error) {
      this.#release?.();
      this.#release = undefined;
      if (debug) {
        log.log('debug', `✗ ${errorName(error)} ${this.#describe()} in ${elapsed(started)}`);
      }
      throw limit?.signal.aborted ? new TotalTimeoutReached() : error;
    } finally {
      limit?.done();
    }
  }

  /**
   * Whether to retry after `thrown` (retry number `retryCount`, from 1), having waited what the
   * policy says when so.
   */
  async retryAfter(thrown: unknown, retryCount: number): Promise<boolean> {
    // A custom fetch may throw anything: what is not an Error is classified as ky did (NonError).
    const error = thrown instanceof Error ? thrown : new NonError();
    if (this.#settings.signal?.aborted || error instanceof TotalTimeoutReached) return false;
    const failure = classify(error);
    if (
      failure === undefined ||
      !isRetryable(this.#request.method, failure, this.#request.idempotent)
    ) {
      return false;
    }
    let wait: number | undefined;
    let reason: WaitReason = 'backoff';
    if (isHTTPError(error) && HONOURS_RETRY_AFTER.has(error.response.status)) {
      wait = parseRetryAfter(error.response.headers.get('retry-after'));
      if (wait !== undefined && wait > RETRY_AFTER_CAP_MS) {
        this.#refusedWait = `(the server asked to wait ${formatMs(wait)}, longer than the ${formatMs(RETRY_AFTER_CAP_MS)} the client waits)`;
        return false;
      }
      if (wait !== undefined) {
        wait = spreadRetryAfter(wait);
        reason = 'retry-after';
      }
    }
    wait ??= backoffDelay(retryCount);
    if (wait >= this.#left()) {
      // Starting a retry that cannot run before totalTimeout would only waste the budget.
      this.#refusedWait = `(a retry in ${formatMs(wait)} would not fit in what is left of totalTimeout)`;
      return false;
    }
    this.#settings.config.log.log(
      'info',
      `retrying ${this.#request.method} ${this.#request.template} in ${formatMs(wait)} after ${describeFailure(failure)} (retry ${retryCount} of ${this.#settings.maxRetries})`,
    );
    if (isHTTPError(error)) error.response.body?.cancel().catch(() => undefined);
    if (this.#request.method === 'DELETE' && mayHaveActed(failure)) {
      this.#mayHaveDeleted ??= describeFailure(failure);
    }
    // The caller's abort ends the wait with its reason, which send() turns into the call's outcome.
    await this.#settings.config[CLOCK].sleep(wait, this.#settings.signal, reason);
    return true;
  }

  /**
   * The body of the error that ends the call, read within one attempt's time and the size cap.
   * Failing to read it leaves the status to speak for itself (an empty body); a user's abort
   * while reading is re-thrown by the caller as the AbortError it is.
   */
  async #readErrorBody(response: Response): Promise<string> {
    const limit = new AbortController();
    const timer = setTimeout(
      () => limit.abort(),
      Math.max(1, Math.min(this.#settings.timeout, this.#left())),
    );
    try {
      const user = this.#settings.signal;
      const signal = user ? AbortSignal.any([user, limit.signal]) : limit.signal;
      return await readBody(response, signal, this.#settings.config.maxResponseBytes, this);
    } catch {
      return '';
    } finally {
      clearTimeout(timer);
    }
  }

  #left(): number {
    return this.#deadlineAt - this.#settings.config[CLOCK].now();
  }

  /** `GET /api/v1/vms?offset=0&limit=100 attempt 1`, for debug lines. */
  #describe(): string {
    const { method, template, url } = this.#request;
    return `${method} ${template}${pagingOf(url)} attempt ${this.#attempts}`;
  }

  #scrub(text: string): string {
    return this.#settings.config.secrets.scrub(text);
  }

  /** The error for a request fetch would not send (see `refusedBeforeSending`): not retried. */
  #refused(error: unknown): RaffValidationError {
    const cause = sanitizedCause(error, this.#settings.config.secrets);
    // undici's own words are on the cause of its `TypeError('fetch failed')`.
    const why = (cause?.cause instanceof Error ? cause.cause : cause)?.message;
    return new RaffValidationError(
      this.#scrub(
        `${this.#request.method} ${this.#request.template}: fetch refused to send it ` +
          `(${networkCode(error) ?? errorName(error)}: ${why}); nothing was sent`,
      ),
      [{ path: [], code: 'refused_by_fetch', message: 'fetch refused to send the request' }],
      { cause },
    );
  }

  #timeout(limit: 'timeout' | 'totalTimeout'): RaffTimeoutError {
    const info = this.requestInfo();
    const timeoutMs = limit === 'timeout' ? this.#settings.timeout : this.#settings.totalTimeout;
    return new RaffTimeoutError(
      `${info.method} ${info.path}: no answer within ${limit} (${formatMs(timeoutMs)})` +
        ` after ${info.attempts} attempt${info.attempts === 1 ? '' : 's'}`,
      { ...info, limit, timeoutMs },
    );
  }

  /** What errors of this call name: the method, the path template, the project, the attempts. */
  requestInfo(): RaffRequestInfo {
    return {
      method: this.#request.method,
      path: this.#request.template,
      projectId: this.#request.projectId,
      attempts: this.#attempts,
      operation: this.#request.operation,
      permission: this.#request.permission,
    };
  }
}

/** What went wrong with one attempt, for the retry policy; undefined = never retry. */
function classify(error: Error): AttemptFailure | undefined {
  if (isHTTPError(error)) return { kind: 'status', status: error.response.status };
  if (isKyTimeoutError(error)) return { kind: 'timeout' };
  if (error instanceof RaffResponseTooLargeError || error instanceof RateLimitWaitTooLong) {
    return undefined;
  }
  if (error.name === 'AbortError' || error instanceof TotalTimeoutReached) return undefined;
  // Attempts were made, so only undici's own refusal codes count here.
  if (refusedBeforeSending(error, 1)) return undefined;
  return { kind: 'network', code: networkCode(error) };
}

/**
 * `https://api.rafftechnologies.com`: scheme, host and port of a request's URL, which a connection
 * error names so that a wrong base URL shows; never the path (ids), the query or anything else.
 */
function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'the API';
  }
}

/**
 * `?offset=0&limit=100` from a request's query: the paging, for debug lines. No other query
 * value is logged (a filter can hold anything, a secret included), nor a paging value that is
 * not a plain number.
 */
function pagingOf(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return '';
  const query = new URLSearchParams(url.slice(at + 1));
  const shown = ['offset', 'limit'].flatMap((name) => {
    const value = query.get(name);
    return value !== null && /^\d{1,9}$/.test(value) ? [`${name}=${value}`] : [];
  });
  return shown.length > 0 ? `?${shown.join('&')}` : '';
}

function elapsed(started: number): string {
  return `${Math.round(performance.now() - started)} ms`;
}

/**
 * A signal that aborts after `ms` or with `parent`, for an attempt that must end before the call's
 * `totalTimeout` (ky's own timeout is fixed for the whole call).
 */
function limitTo(ms: number, parent: AbortSignal): { signal: AbortSignal; done(): void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new TotalTimeoutReached()), Math.max(1, ms));
  return {
    signal: AbortSignal.any([parent, controller.signal]),
    done: () => clearTimeout(timer),
  };
}
