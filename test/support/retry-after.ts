// Sitting out a server's Retry-After in a fraction of its time, and reading back what the SDK
// asked to wait. The suite scales backoff for good (test/setup.ts), but Retry-After only where a
// test opts in: elsewhere a Retry-After is the server's and waited out in full.
import { expect } from 'vitest';
import { backoffTiming } from '../../src/core/retry-policy.js';

/** The scale tests opt into: a 3 s Retry-After is waited out in 150 ms. */
export const RETRY_AFTER_SCALE = 1 / 20;

/** Runs `fn` with Retry-After waits multiplied by `scale`, then puts the real waits back. */
export async function withRetryAfterScale<T>(scale: number, fn: () => Promise<T>): Promise<T> {
  const was = backoffTiming.retryAfterScale;
  backoffTiming.retryAfterScale = scale;
  try {
    return await fn();
  } finally {
    backoffTiming.retryAfterScale = was;
  }
}

/**
 * The waits, in ms, of the SDK's `retrying … in X after …` log lines, in order: what it actually
 * waited before each retry (scaled, when a test scaled it).
 */
export function loggedRetryWaits(lines: readonly string[]): number[] {
  const waits: number[] = [];
  for (const line of lines) {
    const match = /\bretrying \S+ \S+ in (\d+(?:\.\d+)?) (ms|s) after /.exec(line);
    if (match === null) continue;
    const value = Number(match[1]);
    waits.push(match[2] === 's' ? value * 1_000 : value);
  }
  return waits;
}

/**
 * Asserts that one retry waited a Retry-After of `atLeastMs` to `belowMs` (the server's time, plus
 * the SDK's jitter) at `scale`: the logged wait, scaled back, is in that range, and the call took
 * at least the logged wait.
 */
export function expectRetryAfterHonoured(
  lines: readonly string[],
  elapsedMs: number,
  { atLeastMs, belowMs, scale }: { atLeastMs: number; belowMs: number; scale: number },
): void {
  const waits = loggedRetryWaits(lines);
  expect(waits, 'one "retrying … in" log line').toHaveLength(1);
  const waited = waits[0] ?? Number.NaN;
  // The logged wait is rounded to 1 ms: scaled back, within half a millisecond / scale.
  const slack = 0.5 / scale;
  expect(waited / scale, 'the wait the server asked for (ms)').toBeGreaterThanOrEqual(
    atLeastMs - slack,
  );
  expect(waited / scale, 'the wait the server asked for (ms)').toBeLessThan(belowMs + slack);
  // A timer counts from the event loop's cached clock, which can lag a few ms: 5 ms of slack.
  expect(elapsedMs, 'the call waited it out (ms)').toBeGreaterThanOrEqual(waited - 5);
}
