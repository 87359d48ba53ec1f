import * as z from 'zod/mini';
import type { OperationInfo } from '../../generated/operations.js';
import { lazy, parseInput } from '../internal/validate.js';
import {
  RaffNotFoundError,
  RaffTimeoutError,
  RaffValidationError,
  RaffWaitFailedError,
} from '../shared/errors.js';
import { redactValue } from '../shared/redact.js';
import { serverText } from '../shared/server-text.js';
import { formatMs } from './failures.js';
import type { ClientConfig, RequestOptions } from './options.js';
import { sleep } from './rate-limiter.js';

/**
 * What a waiter waits for: one of the resource's statuses, any of several, or a predicate on the
 * resource as read. (`'deleted'` — the resource is gone — is accepted by every waiter too.)
 */
export type WaitUntil<T, S extends string = string> = S | readonly S[] | ((resource: T) => boolean);

/** Options of the `waitFor` methods. Unknown keys are refused, like every other options bag. */
export interface WaitOptions {
  /**
   * How long to wait in all, in milliseconds. Raff's own tools wait up to 15 minutes for a VM.
   * @default 900000 (15 min)
   */
  timeout?: number | undefined;
  /**
   * The first pause between polls, in milliseconds; later pauses grow by half each time, up to
   * 15 s (or `interval`, if larger).
   * @default the resource's own: 1 s for VMs and storage, 2 s for databases and Functions, 3 s for
   * Apps, 10 s for Kubernetes clusters
   */
  interval?: number | undefined;
  /** Stops waiting at once; rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
}

const DEFAULT_TIMEOUT = 15 * 60_000;
const MAX_PAUSE = 15_000;
/** Longest timer Node accepts (2^31-1 ms, about 24.8 days). */
const MAX_TIMER = 2_147_483_647;

const milliseconds = () =>
  z.number().check(
    z.refine((value) => Number.isInteger(value) && value > 0 && value <= MAX_TIMER, {
      error: `must be a whole number of milliseconds between 1 and ${MAX_TIMER}`,
    }),
  );

const waitOptionsSchema = lazy(() =>
  z.strictObject({
    timeout: z.optional(milliseconds()),
    interval: z.optional(milliseconds()),
    signal: z.optional(
      z.custom<AbortSignal>((value) => value instanceof AbortSignal, {
        error: 'must be an AbortSignal',
      }),
    ),
  }),
);

/** What one `waitFor` call runs on. */
export interface WaitRequest {
  /** The SDK method of the get operation it polls, e.g. `databases.get`. */
  readonly name: string;
  /** That operation's row: it carries the statuses and which of them fail. */
  readonly operation: OperationInfo;
  /** The resource's ids, for messages, e.g. `5f0c…` or `db1/alice`. */
  readonly what: string;
  readonly until: unknown;
  readonly options: WaitOptions | undefined;
  readonly config: Pick<ClientConfig, 'totalTimeout' | 'secrets'>;
  /** One poll: a normal GET, with the time the waiter gives it. */
  readonly get: (options: RequestOptions) => Promise<unknown>;
}

/**
 * Polls `get` until `until` holds, with normal GETs (the client's rate limiter and retries
 * apply), pausing longer each time. `'deleted'` holds when `get` answers 404. Each poll gets at
 * most the client's `totalTimeout` and never more than the time left. `until` and the options
 * are checked before the first poll.
 *
 * @throws {RaffValidationError} for a status the resource does not have, or bad options.
 * @throws {RaffWaitFailedError} when the resource reaches one of its failure statuses first.
 * @throws {RaffTimeoutError} (`limit: 'wait'`) when `timeout` runs out.
 */
export async function waitFor(request: WaitRequest): Promise<unknown> {
  const { name, operation, config } = request;
  const spec = operation.wait;
  if (spec === undefined) throw new Error(`${name} has no waiter`);
  const options = parseInput(waitOptionsSchema, request.options ?? {}, 'waitFor options');
  const until = checkUntil(request.until, spec.statuses, name);
  const label = `${spec.noun} ${request.what}`;
  const scrub = config.secrets.scrub;
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const deadline = performance.now() + timeout;
  const holds = predicate(until, spec.field);
  let pause = options.interval ?? spec.interval;
  const maxPause = Math.max(MAX_PAUSE, pause);
  const failures = new Set(spec.failure);
  const outOfTime = (last: unknown) => {
    const status = statusOf(last, spec.field);
    return new RaffTimeoutError(
      scrub(
        `${label}: not ${describe(until)} within ${formatMs(timeout)}` +
          (status === undefined ? '' : ` (last status: ${serverText(status, scrub, 64)})`),
      ),
      {
        attempts: 0,
        limit: 'wait',
        timeoutMs: timeout,
        resource: scrub(label),
        last: redactValue(last, { scrub, maxStringLength: 1_000 }),
        operation: name.replace(/\.get$/, '.waitFor'),
      },
    );
  };
  let last: unknown;
  for (;;) {
    options.signal?.throwIfAborted();
    const left = deadline - performance.now();
    if (left <= 0) throw outOfTime(last);
    const capped = left < config.totalTimeout;
    try {
      const totalTimeout = Math.max(1, Math.floor(Math.min(left, config.totalTimeout)));
      last = await request.get({ signal: options.signal, totalTimeout });
    } catch (error) {
      if (until === 'deleted' && error instanceof RaffNotFoundError) return undefined;
      // A poll that ran out of the time the waiter gave it (in flight, or held by the rate
      // limiter past the deadline): that is the waiter's own timeout.
      if (error instanceof RaffTimeoutError && error.limit === 'totalTimeout' && capped) {
        throw outOfTime(last);
      }
      throw error;
    }
    if (holds?.(last)) return last;
    const status = statusOf(last, spec.field);
    if (status !== undefined && failures.has(status)) {
      throw new RaffWaitFailedError(
        scrub(
          `${label} reached status ${serverText(status, scrub, 64)} while waiting for ${describe(until)}`,
        ),
        // The server's copy, with every secret in it scrubbed: errors never carry one.
        {
          status: serverText(status, scrub, 1_000),
          resource: redactValue(last, { scrub, maxStringLength: 1_000 }),
        },
      );
    }
    const wait = Math.min(pause, deadline - performance.now());
    if (wait <= 0) throw outOfTime(last);
    await sleep(wait, options.signal);
    pause = Math.min(maxPause, Math.round(pause * 1.5));
  }
}

/** `until`, checked against the statuses the resource's schema lists, before any poll. */
function checkUntil(
  until: unknown,
  statuses: readonly string[] | undefined,
  sdk: string,
): WaitUntil<unknown> | 'deleted' {
  if (typeof until === 'function') return until as (resource: unknown) => boolean;
  const wanted = typeof until === 'string' ? [until] : until;
  if (!Array.isArray(wanted) || wanted.length === 0) {
    throw invalidUntil(
      sdk,
      'must be a status, a non-empty list of statuses, a predicate, or "deleted"',
    );
  }
  if (typeof until === 'string' && until === 'deleted') return 'deleted';
  for (const [index, status] of wanted.entries()) {
    if (typeof status !== 'string' || (statuses !== undefined && !statuses.includes(status))) {
      const given = typeof status === 'string' ? `"${status.slice(0, 40)}"` : typeof status;
      throw invalidUntil(
        sdk,
        statuses === undefined
          ? `${given} is not a status`
          : `${given} is not a status it can have; one of ${[...new Set([...statuses, 'deleted'])].map((s) => `"${s}"`).join(', ')}`,
        typeof until === 'string' ? [] : [index],
      );
    }
  }
  return until as WaitUntil<unknown>;
}

function invalidUntil(sdk: string, why: string, at: number[] = []): RaffValidationError {
  const waiter = sdk.replace(/\.get$/, '.waitFor');
  return new RaffValidationError(`Invalid until for ${waiter}: ${why}. Nothing was polled.`, [
    { path: ['until', ...at], code: 'invalid_value', message: why },
  ]);
}

function predicate(
  until: WaitUntil<unknown> | 'deleted',
  field: string,
): ((resource: unknown) => boolean) | undefined {
  if (until === 'deleted') return undefined;
  if (typeof until === 'function') return until;
  const wanted = new Set<string>(typeof until === 'string' ? [until] : until);
  return (resource) => {
    const status = statusOf(resource, field);
    return status !== undefined && wanted.has(status);
  };
}

function statusOf(resource: unknown, field: string): string | undefined {
  if (resource === null || typeof resource !== 'object' || !Object.hasOwn(resource, field)) {
    return undefined;
  }
  const status = (resource as Record<string, unknown>)[field];
  return typeof status === 'string' ? status : undefined;
}

function describe(until: WaitUntil<unknown> | 'deleted'): string {
  if (typeof until === 'function') return 'a condition';
  if (typeof until === 'string') return until;
  return until.join(' or ');
}
