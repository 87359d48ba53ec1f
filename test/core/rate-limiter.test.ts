import nock from 'nock';
import { describe, expect, it, vi } from 'vitest';
import { RateLimiter } from '../../src/core/rate-limiter.js';
import { RaffTimeoutError } from '../../src/index.js';
import { API, testClient } from '../support/client.js';

describe('client-side rate limiter', () => {
  it('admits a window of perSecond plus the burst at once, then waits a second after the answers', async () => {
    const limiter = new RateLimiter({ perSecond: 5, burst: 2 });
    const started = performance.now();
    const times: number[] = [];
    await Promise.all(
      Array.from({ length: 9 }, async () => {
        const release = await limiter.acquire();
        times.push(performance.now() - started);
        release();
      }),
    );
    times.sort((a, b) => a - b);
    // 5 window slots + 2 burst tokens go at once; the next 2 wait for a slot to be a second old.
    expect(times[6]).toBeLessThan(100);
    expect(times[7]).toBeGreaterThanOrEqual(990);
    expect(times[8]).toBeLessThan(1_500);
  });

  it('holds a window slot while its request is in flight', async () => {
    const limiter = new RateLimiter({ perSecond: 1, burst: 0 });
    const release = await limiter.acquire();
    let second = false;
    const next = limiter.acquire().then(() => {
      second = true;
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(second).toBe(false);
    release();
    await new Promise((r) => setTimeout(r, 50));
    expect(second).toBe(false);
    await next;
  });

  it('rejects a wait that would pass the call budget, without sending', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(
      async () => new Response(JSON.stringify({ success: true, data: [] }), { status: 200 }),
    );
    const raff = testClient({ fetch, rateLimit: { perSecond: 1, burst: 0 }, totalTimeout: 200 });
    await raff.roles.list();
    const error = await raff.roles.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffTimeoutError);
    expect(error).toMatchObject({ limit: 'totalTimeout', attempts: 0 });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('is shared by withOptions clients with the same key, and not across keys', async () => {
    const raff = testClient({ rateLimit: { perSecond: 1, burst: 0 }, totalTimeout: 300 });
    nock(API).get('/api/v1/roles').reply(200, { success: true, data: [] });
    await raff.roles.list();
    const sameKey = raff.withOptions({ projectId: 'p2' });
    await expect(sameKey.roles.list()).rejects.toBeInstanceOf(RaffTimeoutError);
    nock(API).get('/api/v1/roles').reply(200, { success: true, data: [] });
    const otherKey = raff.withOptions({ apiKey: `raff_${'ab'.repeat(32)}` });
    await expect(otherKey.roles.list()).resolves.toMatchObject({ data: [] });
  });

  it('gives up waiting when the call is aborted', async () => {
    const limiter = new RateLimiter({ perSecond: 1, burst: 0 });
    await limiter.acquire();
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
  });
});
