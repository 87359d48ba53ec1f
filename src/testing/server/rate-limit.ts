import { performance } from 'node:perf_hooks';
import type { RateLimitOptions, RateLimitTier } from '../types.js';

/**
 * Raff's documented per-key limits.
 *
 * @internal
 */
export const DEFAULT_RATE_LIMITS: Readonly<Record<'standard' | 'high', RateLimitTier>> = {
  standard: { perSecond: 30, burst: 60 },
  high: { perSecond: 100, burst: 200 },
};

const WINDOW_MS = 1000;
const BURST_REFILL_MS = 60_000;

interface Bucket {
  /** Monotonic times of the requests admitted by the window during the last second. */
  readonly window: number[];
  tokens: number;
  refilledAt: number;
}

/**
 * The outcome of {@link KeyRateLimiter.take}.
 *
 * @internal
 */
export type RateDecision =
  | { readonly allowed: true; readonly limit: number; readonly remaining: number }
  | { readonly allowed: false; readonly limit: number; readonly retryAfterSeconds: number };

function checkTier(name: string, tier: RateLimitTier): RateLimitTier {
  const ok = (n: number) => Number.isInteger(n) && n >= 0;
  if (!ok(tier.perSecond) || tier.perSecond < 1 || !ok(tier.burst)) {
    throw new RangeError(`rateLimits.${name} needs integer perSecond >= 1 and burst >= 0`);
  }
  return tier;
}

/**
 * Raff's model: a sliding one-second window of `perSecond` requests, plus a burst allowance
 * spent once the window is full and refilled evenly over 60 seconds. It runs on real monotonic
 * time, not the emulated clock, so that waiting `Retry-After` actually works.
 *
 * @internal
 */
export class KeyRateLimiter {
  readonly #tiers: Readonly<Record<'standard' | 'high', RateLimitTier>>;
  readonly #buckets = new Map<string, Bucket>();

  constructor(options: RateLimitOptions = {}) {
    this.#tiers = {
      standard: checkTier('standard', options.standard ?? DEFAULT_RATE_LIMITS.standard),
      high: checkTier('high', options.high ?? DEFAULT_RATE_LIMITS.high),
    };
  }

  /** Counts one request of `keyId`, or says how long to wait. */
  take(keyId: string, tierName: 'standard' | 'high', now = performance.now()): RateDecision {
    const tier = this.#tiers[tierName];
    let bucket = this.#buckets.get(keyId);
    if (bucket === undefined) {
      bucket = { window: [], tokens: tier.burst, refilledAt: now };
      this.#buckets.set(keyId, bucket);
    }
    while (bucket.window.length > 0 && (bucket.window[0] ?? 0) <= now - WINDOW_MS) {
      bucket.window.shift();
    }
    const rate = tier.burst / BURST_REFILL_MS;
    bucket.tokens = Math.min(tier.burst, bucket.tokens + (now - bucket.refilledAt) * rate);
    bucket.refilledAt = now;

    if (bucket.window.length < tier.perSecond) {
      bucket.window.push(now);
      return {
        allowed: true,
        limit: tier.perSecond,
        remaining: tier.perSecond - bucket.window.length,
      };
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, limit: tier.perSecond, remaining: 0 };
    }
    const windowFrees = (bucket.window[0] ?? now) + WINDOW_MS - now;
    const tokenRefills = rate > 0 ? (1 - bucket.tokens) / rate : Number.POSITIVE_INFINITY;
    const waitMs = Math.min(windowFrees, tokenRefills);
    return {
      allowed: false,
      limit: tier.perSecond,
      retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
    };
  }
}
