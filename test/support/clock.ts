// A clock for the transport (src/core/clock.ts) that records every wait the SDK asks for and
// sleeps a scaled part of it. Its `now()` runs ahead by what it skipped, so that a call's
// totalTimeout sees the whole wait, as it would in real time: only the waiting gets faster.
import { expect } from 'vitest';
import { CLOCK, type Clock, type WaitReason } from '../../src/core/clock.js';
import type { InternalClientOptions } from '../../src/core/options.js';
import { sleep } from '../../src/core/rate-limiter.js';
import type { ClientOptions } from '../../src/index.js';

/** One wait the SDK asked its clock for. */
export interface RecordedWait {
  /** What the SDK asked to wait, in ms (before any scaling). */
  readonly ms: number;
  readonly reason: WaitReason;
}

/** How much of each kind of wait is really slept: 1 is all of it, 0 none. */
export interface WaitScale {
  readonly backoff: number;
  readonly retryAfter: number;
}

/**
 * The suite's default (test/setup.ts): backoff (1 s, 2 s, …) at 1/50, so that no test sits it
 * out; a server's Retry-After in full, because a server (the emulator's limiter) holds the client
 * to it.
 */
export const SUITE_SCALE: WaitScale = { backoff: 1 / 50, retryAfter: 1 };

/** A test opting into scaled Retry-After: a 3 s Retry-After is sat out in 150 ms. */
export const FAST_RETRY_AFTER: WaitScale = { backoff: 1 / 50, retryAfter: 1 / 20 };

/** Real time for every wait: for the tests that wait a real one end to end. */
export const REAL_TIME: WaitScale = { backoff: 1, retryAfter: 1 };

/** A {@link Clock} that records the waits asked of it and sleeps `scale` of each. */
export class TestClock implements Clock {
  /** Every wait asked for, oldest first. */
  readonly waits: RecordedWait[] = [];
  readonly scale: WaitScale;
  #skipped = 0;

  constructor(scale: WaitScale = SUITE_SCALE) {
    this.scale = scale;
  }

  now(): number {
    return performance.now() + this.#skipped;
  }

  async sleep(ms: number, signal: AbortSignal | undefined, reason: WaitReason): Promise<void> {
    this.waits.push({ ms, reason });
    const slept = this.scaled({ ms, reason });
    await sleep(slept, signal);
    this.#skipped += ms - slept;
  }

  /** What a recorded wait really takes at this clock's scale, in ms. */
  scaled(wait: RecordedWait): number {
    return wait.ms * (wait.reason === 'backoff' ? this.scale.backoff : this.scale.retryAfter);
  }

  /** The real time all recorded waits take at this clock's scale, in ms. */
  scaledTotal(): number {
    return this.waits.reduce((sum, wait) => sum + this.scaled(wait), 0);
  }
}

/** `options` with `clock` for the client built from them (the internal `CLOCK` channel). */
export function withClock(options: ClientOptions, clock: Clock): ClientOptions {
  const clocked: InternalClientOptions = { ...options, [CLOCK]: clock };
  return clocked;
}

/**
 * Asserts that the SDK asked for exactly one Retry-After wait of `atLeastMs` to below `belowMs`
 * (the server's time plus the SDK's jitter), and that the call took at least that wait at the
 * clock's scale.
 */
export function expectRetryAfterWait(
  clock: TestClock,
  elapsedMs: number,
  { atLeastMs, belowMs }: { atLeastMs: number; belowMs: number },
): void {
  expect(
    clock.waits.map((w) => w.reason),
    'the waits the SDK asked for',
  ).toEqual(['retry-after']);
  const [wait] = clock.waits as [RecordedWait];
  expect(wait.ms, 'the wait the server asked for (ms)').toBeGreaterThanOrEqual(atLeastMs);
  expect(wait.ms, 'the wait the server asked for (ms)').toBeLessThan(belowMs);
  expectWaitedOut(clock, elapsedMs);
}

/** Asserts that a call took at least the real time of the clock's recorded waits. */
export function expectWaitedOut(clock: TestClock, elapsedMs: number): void {
  // A timer counts from the event loop's cached clock, which can lag a few ms: 5 ms of slack.
  expect(elapsedMs, 'the call waited it out (ms)').toBeGreaterThanOrEqual(clock.scaledTotal() - 5);
}
