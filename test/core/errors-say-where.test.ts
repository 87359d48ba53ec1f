// Errors and log lines that say where: a connection failure names the origin it tried (never a
// path's ids, the query or the key), and debug lines show a list's paging.
import nock from 'nock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RaffClient, RaffConnectionError } from '../../src/index.js';
import { API, captureLogs, KEY, PROJECT, testClient } from '../support/client.js';
import { expectNoSecret } from '../support/secrets.js';
import { closedPort } from '../support/sockets.js';

const VM_ID = '7fc3b7cc-b853-44e1-8bfe-24a648cb698b';

/** What Node's fetch rejects with when the socket fails: `TypeError('fetch failed')` with the cause's code. */
function fetchFailed(code: string): TypeError {
  const cause = Object.assign(new Error(`${code} (simulated)`), { code });
  return new TypeError('fetch failed', { cause });
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('RaffConnectionError names the origin it tried', () => {
  it('names https://api.rafftechnologies.com, and neither the id, the query nor the key', async () => {
    nock(API).get(`/api/v1/vms/${VM_ID}`).replyWithError(fetchFailed('ENOTFOUND'));
    nock(API)
      .get('/api/v1/vms')
      .query({ status: 'active', limit: 5 })
      .replyWithError(fetchFailed('ENOTFOUND'));
    const raff = testClient({ projectId: PROJECT, maxRetries: 0 });
    for (const call of [
      () => raff.vms.get(VM_ID),
      () => raff.vms.list({ status: 'active', limit: 5 }),
    ]) {
      const error = await call().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RaffConnectionError);
      const { message, path } = error as RaffConnectionError;
      expect(message).toContain('could not reach https://api.rafftechnologies.com (ENOTFOUND)');
      expect(path).toMatch(/^\/api\/v1\/vms(\/\{id\})?$/);
      expect(message).not.toContain(VM_ID);
      expect(message).not.toContain('active');
      expect(message).not.toContain('?');
      expectNoSecret(KEY, { error });
    }
  });

  it('shows a wrong RAFF_API_URL: the origin it tried is the one from the variable', async () => {
    const port = await closedPort();
    vi.stubEnv('RAFF_API_URL', `http://127.0.0.1:${port}/`);
    const raff = new RaffClient({ apiKey: KEY, maxRetries: 0, logLevel: 'off' });
    const error = await raff.roles.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffConnectionError);
    expect((error as Error).message).toBe(
      `GET /api/v1/roles: could not reach http://127.0.0.1:${port} (ECONNREFUSED)`,
    );
  });
});

describe('debug log lines', () => {
  it('show the paging of a list (offset, limit) and the path template, no other query value', async () => {
    nock(API)
      .get('/api/v1/vms')
      .query({ status: 'active', region: 'us-east', limit: 2, offset: 0 })
      .reply(200, { success: true, data: [{ id: 'a' }, { id: 'b' }], total: 3 });
    nock(API)
      .get('/api/v1/vms')
      .query({ status: 'active', region: 'us-east', limit: 2, offset: 2 })
      .reply(200, { success: true, data: [{ id: 'c' }], total: 3 });
    nock(API)
      .get(`/api/v1/vms/${VM_ID}`)
      .reply(200, { success: true, data: { id: VM_ID } });
    const { lines, logger } = captureLogs();
    const raff = testClient({ projectId: PROJECT, logLevel: 'debug', logger });
    for await (const _ of raff.vms.listAll({ status: 'active', region: 'us-east', limit: 2 })) {
      // walk every page
    }
    await raff.vms.get(VM_ID);
    const sent = lines.filter((line) => line.startsWith('[raff] →'));
    expect(sent).toEqual([
      '[raff] → GET /api/v1/vms?offset=0&limit=2 attempt 1',
      '[raff] → GET /api/v1/vms?offset=2&limit=2 attempt 1',
      '[raff] → GET /api/v1/vms/{id} attempt 1',
    ]);
    expect(
      lines.find((line) => line.startsWith('[raff] ← 200 GET /api/v1/vms?offset=2')),
    ).toBeDefined();
    expect(lines.join('\n')).not.toMatch(/active|us-east|7fc3b7cc/);
  });

  it('leave out paging values that are not plain numbers (raff.api takes any query)', async () => {
    nock(API)
      .get('/api/v1/vms')
      .query({ limit: 'raff_17d70fcf7e75', offset: '1e3' })
      .reply(200, { success: true, data: [], total: 0 });
    const { lines, logger } = captureLogs();
    const raff = testClient({ projectId: PROJECT, logLevel: 'debug', logger });
    await raff.api.GET('/api/v1/vms', {
      params: { query: { limit: 'raff_17d70fcf7e75', offset: '1e3' } as never },
    });
    expect(lines.filter((line) => line.startsWith('[raff] →'))).toEqual([
      '[raff] → GET /api/v1/vms attempt 1',
    ]);
  });
});
