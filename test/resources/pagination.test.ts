import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { API, testClient } from '../support/client.js';
import { apiKey, ROLES } from '../support/fixtures.js';

const keys = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => apiKey({ id: `k${from + i}`, name: `key ${from + i}` }));

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe('listAll', () => {
  it('walks every page once and stops at total', async () => {
    nock(API)
      .get('/api/v1/api-keys')
      .query({ limit: 2, offset: 0 })
      .once()
      .reply(200, { success: true, data: keys(0, 2), total: 5 });
    nock(API)
      .get('/api/v1/api-keys')
      .query({ limit: 2, offset: 2 })
      .once()
      .reply(200, { success: true, data: keys(2, 2), total: 5 });
    nock(API)
      .get('/api/v1/api-keys')
      .query({ limit: 2, offset: 4 })
      .once()
      .reply(200, { success: true, data: keys(4, 1), total: 5 });
    const all = await collect(testClient().apiKeys.listAll({ limit: 2 }));
    expect(all.map((key) => key.id)).toEqual(['k0', 'k1', 'k2', 'k3', 'k4']);
  });

  it('makes one request for an empty list', async () => {
    nock(API)
      .get('/api/v1/api-keys')
      .query({ limit: 100, offset: 0 })
      .once()
      .reply(200, { success: true, data: [], total: 0 });
    expect(await collect(testClient().apiKeys.listAll())).toEqual([]);
  });

  it('stops on a short page when the endpoint reports no total', async () => {
    nock(API)
      .get('/api/v1/roles')
      .query({ limit: 5, offset: 0 })
      .once()
      .reply(200, { success: true, data: ROLES.slice(0, 5) });
    nock(API)
      .get('/api/v1/roles')
      .query({ limit: 5, offset: 5 })
      .once()
      .reply(200, { success: true, data: ROLES.slice(5) });
    const all = await collect(testClient().roles.listAll({ limit: 5 }));
    expect(all).toHaveLength(ROLES.length);
  });

  it('is lazy: breaking out early requests no further page', async () => {
    nock(API)
      .get('/api/v1/api-keys')
      .query({ limit: 2, offset: 0 })
      .once()
      .reply(200, { success: true, data: keys(0, 2), total: 10 });
    const seen: string[] = [];
    for await (const key of testClient().apiKeys.listAll({ limit: 2 })) {
      seen.push(key.id);
      if (seen.length === 2) break;
    }
    expect(seen).toEqual(['k0', 'k1']);
  });

  it('stops with an AbortError when the signal aborts mid-iteration', async () => {
    nock(API)
      .get('/api/v1/api-keys')
      .query({ limit: 2, offset: 0 })
      .once()
      .reply(200, { success: true, data: keys(0, 2), total: 10 });
    const controller = new AbortController();
    const seen: string[] = [];
    const walk = (async () => {
      for await (const key of testClient().apiKeys.listAll(
        { limit: 2 },
        { signal: controller.signal },
      )) {
        seen.push(key.id);
        controller.abort();
      }
    })();
    await expect(walk).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual(['k0', 'k1']);
  });
});
