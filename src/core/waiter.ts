import { RaffNotFoundError, RaffTimeoutError, RaffWaitFailedError } from '../shared/errors.js';
import { redactValue } from '../shared/redact.js';
import { formatMs } from './failures.js';
import type { ClientConfig, RequestOptions } from './options.js';
import { sleep } from './rate-limiter.js';

/** What a waiter waits for: a status, any of several, or a predicate on the resource. */
export type WaitUntil<T> = string | readonly string[] | ((resource: T) => boolean);

/** Options of the `waitFor` methods. */
export interface WaitOptions {
  /**
   * How long to wait in all, in milliseconds. Raff's own tools wait up to 15 minutes for a VM.
   * @default 900000 (15 min)
   */
  timeout?: number | undefined;
  /**
   * The first pause between polls, in milliseconds; later pauses grow by half each time, up to
   * 15 s (or `interval`, if larger).
   * @default 1000
   */
  interval?: number | undefined;
  /** Stops waiting at once; rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
}

/** Statuses after which a resource will not reach another one by itself. */
const TERMINAL_FAILURES = new Set(['failure', 'failed', 'error']);
const DEFAULT_TIMEOUT = 15 * 60_000;
const MAX_PAUSE = 15_000;

/**
 * Polls `get` until `until` holds, with normal GETs (the client's rate limiter and retries
 * apply), pausing longer each time. `'deleted'` holds when `get` answers 404. Each poll gets at
 * most the client's `totalTimeout` and never more than the time left.
 *
 * @throws {RaffWaitFailedError} when the resource reaches a terminal failure status first.
 * @throws {RaffTimeoutError} (`limit: 'wait'`) when `timeout` runs out.
 */
export async function waitFor<T>(
  what: string,
  get: (options: RequestOptions) => Promise<T>,
  until: WaitUntil<T> | 'deleted',
  options: WaitOptions | undefined,
  config: Pick<ClientConfig, 'totalTimeout' | 'secrets'>,
): Promise<T | undefined> {
  const pollTimeout = config.totalTimeout;
  const timeout = options?.timeout ?? DEFAULT_TIMEOUT;
  const deadline = performance.now() + timeout;
  const holds = predicate(until);
  const wanted = until as WaitUntil<unknown> | 'deleted';
  let pause = Math.max(1, options?.interval ?? 1000);
  const maxPause = Math.max(MAX_PAUSE, pause);
  let last: T | undefined;
  let capped = false;
  for (;;) {
    options?.signal?.throwIfAborted();
    const left = deadline - performance.now();
    if (left <= 0) throw outOfTime(what, wanted, timeout, last);
    try {
      const totalTimeout = Math.max(1, Math.floor(Math.min(left, pollTimeout)));
      capped = left < pollTimeout;
      last = await get({ signal: options?.signal, totalTimeout });
    } catch (error) {
      if (until === 'deleted' && error instanceof RaffNotFoundError) return undefined;
      // A poll that ran out of the time the waiter gave it (in flight, or held by the rate
      // limiter past the deadline): that is the waiter's own timeout.
      if (error instanceof RaffTimeoutError && error.limit === 'totalTimeout' && capped) {
        throw outOfTime(what, wanted, timeout, last);
      }
      throw error;
    }
    if (holds?.(last)) return last;
    const status = statusOf(last);
    if (status !== undefined && TERMINAL_FAILURES.has(status)) {
      throw new RaffWaitFailedError(
        `${what} reached status ${status} while waiting for ${describe(wanted)}`,
        // The server's copy, with every secret in it scrubbed: errors never carry one.
        {
          status,
          resource: redactValue(last, { scrub: config.secrets.scrub, maxStringLength: 1_000 }),
        },
      );
    }
    const wait = Math.min(pause, deadline - performance.now());
    if (wait <= 0) throw outOfTime(what, wanted, timeout, last);
    await sleep(wait, options?.signal);
    pause = Math.min(maxPause, Math.round(pause * 1.5));
  }
}

function predicate<T>(until: WaitUntil<T> | 'deleted'): ((resource: T) => boolean) | undefined {
  if (until === 'deleted') return undefined;
  if (typeof until === 'function') return until;
  const wanted = new Set<string>(typeof until === 'string' ? [until] : until);
  return (resource) => {
    const status = statusOf(resource);
    return status !== undefined && wanted.has(status);
  };
}

function statusOf(resource: unknown): string | undefined {
  if (resource === null || typeof resource !== 'object' || !Object.hasOwn(resource, 'status')) {
    return undefined;
  }
  const { status } = resource as { status: unknown };
  return typeof status === 'string' ? status : undefined;
}

function describe(until: WaitUntil<unknown> | 'deleted'): string {
  if (typeof until === 'function') return 'a condition';
  if (typeof until === 'string') return until;
  return until.join(' or ');
}

function outOfTime(
  what: string,
  until: WaitUntil<unknown> | 'deleted',
  timeout: number,
  last: unknown,
): RaffTimeoutError {
  const status = statusOf(last);
  return new RaffTimeoutError(
    `${what}: not ${describe(until)} within ${formatMs(timeout)}` +
      (status === undefined ? '' : ` (last status: ${status})`),
    { method: 'GET', path: what, attempts: 0, limit: 'wait', timeoutMs: timeout },
  );
}
