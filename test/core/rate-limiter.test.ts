import nock from 'nock';
import { describe, expect, it, vi } from 'vitest';
import { RateLimiter } from '../../src/core/rate-limiter.js';
import { RaffTimeoutError } from '../../src/index.js';
import { API, testClient } from '../support/client.js';

describe('client-side rate limiter', () => {
  it('lets a burst through at once, then spaces requests at the rate', async () => {
    const limiter = new RateLimiter({ perSecond: 100, burst: 5 });
    const started = performance.now();
    const times: number[] = [];
    await Promise.all(
      Array.from({ length: 15 }, () =>
        limiter.acquire().then(() => times.push(performance.now() - started)),
      ),
    );
    times.sort((a, b) => a - b);
    expect(times[4]).toBeLessThan(30);
    // Ten more tokens at 100/s need about 100 ms.
    expect(times[14]).toBeGreaterThanOrEqual(90);
  });

  it('rejects a wait that would pass the call budget, without sending', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(
      async () => new Response(JSON.stringify({ success: true, data: [] }), { status: 200 }),
    );
    const raff = testClient({ fetch, rateLimit: { perSecond: 1, burst: 1 }, totalTimeout: 200 });
    await raff.roles.list();
    const error = await raff.roles.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffTimeoutError);
    expect(error).toMatchObject({ limit: 'totalTimeout', attempts: 0 });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('is shared by withOptions clients with the same key, and not across keys', async () => {
    const raff = testClient({ rateLimit: { perSecond: 1, burst: 1 }, totalTimeout: 300 });
    nock(API).get('/api/v1/roles').reply(200, { success: true, data: [] });
    await raff.roles.list();
    const sameKey = raff.withOptions({ projectId: 'p2' });
    await expect(sameKey.roles.list()).rejects.toBeInstanceOf(RaffTimeoutError);
    nock(API).get('/api/v1/roles').reply(200, { success: true, data: [] });
    const otherKey = raff.withOptions({ apiKey: `raff_${'ab'.repeat(32)}` });
    await expect(otherKey.roles.list()).resolves.toMatchObject({ data: [] });
  });

  it('gives up waiting when the call is aborted', async () => {
    const limiter = new RateLimiter({ perSecond: 1, burst: 1 });
    await limiter.acquire();
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
  });
});
