import { describe, expect, it } from 'vitest';
import { KeyRateLimiter } from '../../src/testing/server/rate-limit.js';
import { call, createKey, startEmulator } from '../support/emulator.js';

const small = { standard: { perSecond: 5, burst: 5 }, high: { perSecond: 8, burst: 0 } };

async function burst(url: string, key: string, count: number) {
  return Promise.all(
    Array.from({ length: count }, () => call({ url }, 'GET', '/api/v1/permissions', { key })),
  );
}

describe('per-key rate limits', () => {
  it('answers 429 with Retry-After and limit headers once window and burst are spent', async () => {
    const emulator = await startEmulator({ rateLimits: small });
    const responses = await burst(emulator.url, emulator.ownerKey, 10);
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
    const limited = await call(emulator, 'GET', '/api/v1/permissions', { key: emulator.ownerKey });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.headers.get('x-ratelimit-limit')).toBe('5');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(limited.body).toEqual({
      error: 'Rate limit exceeded',
      message: 'Maximum 5 requests per second allowed for your tier',
    });

    const wait = Number(limited.headers.get('retry-after')) * 1000;
    await new Promise((resolve) => setTimeout(resolve, wait));
    const after = await call(emulator, 'GET', '/api/v1/permissions', { key: emulator.ownerKey });
    expect(after.status).toBe(200);
  });

  it('reports the limit and what is left of the window on successful responses', async () => {
    const emulator = await startEmulator({ rateLimits: small });
    const first = await call(emulator, 'GET', '/api/v1/permissions', { key: emulator.ownerKey });
    expect(first.headers.get('x-ratelimit-limit')).toBe('5');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('4');
  });

  it('counts each key separately and uses the tier of the key', async () => {
    const emulator = await startEmulator({ rateLimits: small });
    const high = await createKey(emulator, { rate_limit_tier: 'high' });
    await burst(emulator.url, emulator.ownerKey, 8);
    const highResponses = await burst(emulator.url, high.secret, 9);
    expect(highResponses.filter((r) => r.status === 200)).toHaveLength(8);
    expect(highResponses.find((r) => r.status === 429)?.body.message).toBe(
      'Maximum 8 requests per second allowed for your tier',
    );
  });

  it('switches off entirely with rateLimits: false', async () => {
    const emulator = await startEmulator({ rateLimits: false });
    const responses = await burst(emulator.url, emulator.ownerKey, 100);
    expect(responses.every((r) => r.status === 200)).toBe(true);
    expect(responses[0]?.headers.get('x-ratelimit-limit')).toBeNull();
  });

  it('refills the burst budget over 60 seconds', () => {
    const limiter = new KeyRateLimiter({ standard: { perSecond: 1, burst: 6 } });
    let t = 0;
    const take = () => limiter.take('k', 'standard', t);
    for (let i = 0; i < 7; i++) expect(take().allowed).toBe(true);
    const refused = take();
    expect(refused).toEqual({ allowed: false, limit: 1, retryAfterSeconds: 1 });
    t += 1_000;
    expect(take().allowed).toBe(true); // the window freed a slot
    expect(take().allowed).toBe(false); // burst still empty: one token per 10 s
    t += 10_000;
    expect(take().allowed).toBe(true);
  });

  it('uses Raff documented tiers by default', async () => {
    const emulator = await startEmulator();
    const response = await call(emulator, 'GET', '/api/v1/permissions', { key: emulator.ownerKey });
    expect(response.headers.get('x-ratelimit-limit')).toBe('30');
  });
});
