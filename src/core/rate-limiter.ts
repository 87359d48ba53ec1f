/** The documented per-key tiers, as `{ perSecond, burst }`. */
export const RATE_LIMIT_TIERS = Object.freeze({
  standard: Object.freeze({ perSecond: 30, burst: 60 }),
  high: Object.freeze({ perSecond: 100, burst: 200 }),
});

/** A tier name or an explicit `{ perSecond, burst }` budget. */
export type RateLimitOption =
  | keyof typeof RATE_LIMIT_TIERS
  | { readonly perSecond: number; readonly burst: number };

/**
 * A token bucket shared by every request of one client (and of its `withOptions` children, which
 * use the same key): requests wait for a token instead of running into the server's 429s.
 */
export class RateLimiter {
  readonly #perMs: number;
  readonly #burst: number;
  #tokens: number;
  #updatedAt: number;
  // Waiters are served in order so a burst cannot starve an early caller.
  #queue: Promise<void> = Promise.resolve();

  constructor(option: RateLimitOption) {
    const { perSecond, burst } = typeof option === 'string' ? RATE_LIMIT_TIERS[option] : option;
    this.#perMs = perSecond / 1000;
    this.#burst = burst;
    this.#tokens = burst;
    this.#updatedAt = performance.now();
  }

  /**
   * Resolves when a request may start. Rejects with the signal's reason if it aborts first, or
   * with {@link RateLimitWaitTooLong} when the wait would end after `maxWaitMs`.
   */
  acquire(signal?: AbortSignal, maxWaitMs = Number.POSITIVE_INFINITY): Promise<void> {
    const giveUpAt = performance.now() + maxWaitMs;
    const turn = this.#queue.then(() => this.#take(signal, giveUpAt));
    // A rejected turn (abort) must not block the ones behind it.
    this.#queue = turn.catch(() => undefined);
    return turn;
  }

  async #take(signal: AbortSignal | undefined, giveUpAt: number): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      const now = performance.now();
      this.#tokens = Math.min(this.#burst, this.#tokens + (now - this.#updatedAt) * this.#perMs);
      this.#updatedAt = now;
      if (this.#tokens >= 1) {
        this.#tokens -= 1;
        return;
      }
      const wait = (1 - this.#tokens) / this.#perMs;
      if (now + wait > giveUpAt) throw new RateLimitWaitTooLong();
      await sleep(wait, signal);
    }
  }
}

/** The client-side limiter would have made a call wait past its `totalTimeout`. */
export class RateLimitWaitTooLong extends Error {
  override readonly name = 'RateLimitWaitTooLong';
}

/** Waits `ms`, or rejects with the signal's reason when it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
