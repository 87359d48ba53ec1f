import { sleep } from './rate-limiter.js';

/** Which wait the transport asks a {@link Clock} for: its own backoff, or a server's `Retry-After`. */
export type WaitReason = 'backoff' | 'retry-after';

/**
 * The time the transport reads and the waits it decides (backoff, `Retry-After`), in one object
 * so that a test can record and shorten the waits without touching the retry policy.
 *
 * @internal
 */
export interface Clock {
  /** Milliseconds on a monotonic clock: a call's `totalTimeout` is measured on it. */
  now(): number;
  /** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
  sleep(ms: number, signal: AbortSignal | undefined, reason: WaitReason): Promise<void>;
}

/** Real time: what every client uses unless the SDK's own tests give it another clock. */
export const systemClock: Clock = {
  now: () => performance.now(),
  sleep: (ms, signal) => sleep(ms, signal),
};

/**
 * @internal
 * The client option that carries a {@link Clock}. A symbol, so it is no public option: options
 * objects from users (JSON, env, profiles) cannot hold one, and no printed config shows it.
 */
export const CLOCK: unique symbol = Symbol('raff.clock');

let makeDefaultClock: () => Clock = () => systemClock;

/** The clock for a client built without one. */
export function defaultClock(): Clock {
  return makeDefaultClock();
}

/**
 * @internal
 * Makes `make` build the clock of every client created without one from now on (the SDK's test
 * suite sits out backoff faster this way); returns the function that puts the previous back.
 */
export function setDefaultClock(make: () => Clock): () => void {
  const previous = makeDefaultClock;
  makeDefaultClock = make;
  return () => {
    makeDefaultClock = previous;
  };
}
