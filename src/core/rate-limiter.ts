import { whenAborted } from './abort.js';

/** The documented per-key tiers, as `{ perSecond, burst }`. */
export const RATE_LIMIT_TIERS = Object.freeze({
  standard: Object.freeze({ perSecond: 30, burst: 60 }),
  high: Object.freeze({ perSecond: 100, burst: 200 }),
});

/** A tier name or an explicit `{ perSecond, burst }` budget (whole numbers). */
export type RateLimitOption =
  | keyof typeof RATE_LIMIT_TIERS
  | { readonly perSecond: number; readonly burst: number };

const WINDOW_MS = 1000;
const BURST_REFILL_MS = 60_000;
const NO_OP = () => undefined;

/**
 * A client-side mirror of Raff's per-key limiter: a sliding one-second window of `perSecond`
 * requests, plus a burst allowance spent once the window is full and refilled evenly over 60 s.
 * Every attempt (retries included) waits here for its turn instead of running into a 429.
 * Shared by a client and its `withOptions` children that use the same key.
 *
 * The server stamps a request when it arrives, which the client cannot see. So a window slot is
 * held from send until the answer's headers are back (by then the request has surely arrived)
 * and for one second after that: the client's window is never shorter than the server's, however
 * unevenly requests travel.
 */
export class RateLimiter {
  readonly #perSecond: number;
  readonly #burst: number;
  // When the window's settled slots were released, oldest first, from #head on.
  readonly #released: number[] = [];
  #head = 0;
  #inFlight = 0;
  #tokens: number;
  #refilledAt: number;
  // Waiters are served in order, so a burst of calls cannot starve an early one.
  #queue: Promise<unknown> = Promise.resolve();

  constructor(option: RateLimitOption) {
    const { perSecond, burst } = typeof option === 'string' ? RATE_LIMIT_TIERS[option] : option;
    this.#perSecond = perSecond;
    this.#burst = burst;
    this.#tokens = burst;
    this.#refilledAt = performance.now();
  }

  /**
   * Resolves, when a request may be sent, with a function to call once its answer (or failure)
   * is back. Rejects at once, even while queued behind other calls, with the signal's reason when
   * it aborts, or with {@link RateLimitWaitTooLong} when the wait would end after `maxWaitMs`.
   */
  acquire(signal?: AbortSignal, maxWaitMs = Number.POSITIVE_INFINITY): Promise<() => void> {
    const giveUpAt = performance.now() + maxWaitMs;
    // A waiter that gave up (abort, time) is skipped when its turn comes: it keeps no place.
    let gaveUp = false;
    const turn = this.#queue.then(() => {
      if (gaveUp) throw new RateLimitWaitTooLong();
      return this.#take(signal, giveUpAt);
    });
    // A rejected turn (abort, budget) must not block the ones behind it.
    this.#queue = turn.catch(() => undefined);
    return new Promise<() => void>((resolve, reject) => {
      let settled = false;
      const giveUp = (reason: unknown) => {
        if (settled) return;
        settled = true;
        gaveUp = true;
        cleanup();
        reject(reason);
      };
      if (signal?.aborted) return giveUp(signal.reason);
      const timer = Number.isFinite(maxWaitMs)
        ? setTimeout(() => giveUp(new RateLimitWaitTooLong()), Math.max(0, maxWaitMs))
        : undefined;
      // Many queued calls may share the caller's signal: one follower each, no listener on it.
      const stopListening = signal ? whenAborted(signal, giveUp) : undefined;
      const cleanup = () => {
        clearTimeout(timer);
        stopListening?.();
      };
      turn.then(
        (release) => {
          // Given up meanwhile: hand the slot straight back.
          if (settled) return release();
          settled = true;
          cleanup();
          resolve(release);
        },
        (error: unknown) => giveUp(error),
      );
    });
  }

  async #take(signal: AbortSignal | undefined, giveUpAt: number): Promise<() => void> {
    for (;;) {
      signal?.throwIfAborted();
      const now = performance.now();
      const released = this.#released;
      while (this.#head < released.length && (released[this.#head] ?? 0) <= now - WINDOW_MS) {
        this.#head++;
      }
      if (this.#head > 1024) {
        released.splice(0, this.#head);
        this.#head = 0;
      }
      const refill = this.#burst / BURST_REFILL_MS;
      this.#tokens = Math.min(this.#burst, this.#tokens + (now - this.#refilledAt) * refill);
      this.#refilledAt = now;
      if (this.#inFlight + released.length - this.#head < this.#perSecond) {
        this.#inFlight++;
        let done = false;
        return () => {
          if (done) return;
          done = true;
          this.#inFlight--;
          this.#released.push(performance.now());
        };
      }
      if (this.#tokens >= 1) {
        this.#tokens -= 1;
        return NO_OP;
      }
      const oldest = released[this.#head];
      const windowFrees = oldest === undefined ? 10 : oldest + WINDOW_MS - now;
      const tokenRefills = refill > 0 ? (1 - this.#tokens) / refill : Number.POSITIVE_INFINITY;
      const wait = Math.max(1, Math.min(windowFrees, tokenRefills));
      if (now + wait > giveUpAt) throw new RateLimitWaitTooLong();
      await sleep(wait, signal);
    }
  }
}

/** The client-side limiter would have made a call wait past its `totalTimeout`. */
export class RateLimitWaitTooLong extends Error {
  override readonly name = 'RateLimitWaitTooLong';
}

/**
 * Waits `ms`, or rejects with the signal's reason when it aborts; adds no listener to `signal`
 * itself, so any number of waits may share it.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const stopListening = signal
      ? whenAborted(signal, (reason) => {
          clearTimeout(timer);
          reject(reason);
        })
      : undefined;
    const timer = setTimeout(() => {
      stopListening?.();
      resolve();
    }, ms);
  });
}
