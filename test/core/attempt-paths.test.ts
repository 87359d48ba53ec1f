// An attempt takes a short path when it has nothing to race, release or log (the first attempt,
// no caller signal, no custom fetch, no client-side limiter, no debug lines) and the full path
// otherwise. Both must send the same request and give the same outcomes: these tests run every
// case through each way in.
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { RaffResponseTooLargeError } from '../../src/index.js';
import { API, captureLogs, KEY, testClient } from '../support/client.js';

const KEYS = {
  success: true,
  data: [{ id: 'k1', name: 'one', key_prefix: 'raff_0000' }],
  total: 1,
};

/** The ways into an attempt: the short one first, then one per reason for the full one. */
const WAYS = [
  { name: 'short path (defaults)', options: {}, callOptions: undefined },
  {
    name: 'full path (a caller signal)',
    options: {},
    callOptions: { signal: new AbortController().signal },
  },
  {
    name: 'full path (a custom fetch)',
    options: { fetch: (input: Request | string | URL, init?: RequestInit) => fetch(input, init) },
    callOptions: undefined,
  },
  {
    name: 'full path (debug logging)',
    options: { logLevel: 'debug' as const, logger: captureLogs().logger },
    callOptions: undefined,
  },
  {
    name: 'full path (a client-side limiter)',
    options: { rateLimit: { perSecond: 100, burst: 10 } },
    callOptions: undefined,
  },
];

describe.each(WAYS)('an attempt by the $name', ({ options, callOptions }) => {
  it('sends the request the table plans and unwraps the answer', async () => {
    let sent: Record<string, string | string[] | undefined> = {};
    nock(API)
      .get('/api/v1/api-keys')
      .query({ limit: '5', offset: '0' })
      .reply(function () {
        sent = this.req.headers;
        return [200, KEYS];
      });
    const page = await testClient(options).apiKeys.list({ limit: 5, offset: 0 }, callOptions);
    expect(page).toEqual({ data: KEYS.data, total: 1 });
    expect(sent['x-api-key']).toBe(KEY);
    expect(sent.accept).toBe('application/json');
    expect(String(sent['user-agent'])).toMatch(/^raff-sdk-typescript\/\S+ node\//);
    expect(sent['x-project-id']).toBeUndefined();
    expect(nock.isDone()).toBe(true);
  });

  it('sends a JSON body with its own content type, whatever fetch would have guessed', async () => {
    let sent: Record<string, string | string[] | undefined> = {};
    let body: unknown;
    const record = { id: 'k1', name: 'two', key_prefix: 'raff_0000' };
    nock(API)
      .patch('/api/v1/api-keys/k1')
      .reply(function (_uri, requestBody) {
        sent = this.req.headers;
        body = requestBody;
        return [200, { success: true, data: record }];
      });
    const updated = await testClient(options).apiKeys.update('k1', { name: 'two' }, callOptions);
    expect(updated).toEqual(record);
    expect(body).toEqual({ name: 'two' });
    // A string body alone makes fetch send text/plain: the planned header must replace it.
    expect(sent['content-type']).toBe('application/json');
    expect(sent['x-api-key']).toBe(KEY);
    expect(nock.isDone()).toBe(true);
  });

  it('refuses a 2xx body over maxResponseBytes without reading it', async () => {
    const big = JSON.stringify({ success: true, data: ['x'.repeat(8_000)], total: 1 });
    nock(API)
      .get('/api/v1/api-keys')
      .reply(200, big, { 'content-type': 'application/json', 'content-length': `${big.length}` });
    const error = await testClient({ ...options, maxResponseBytes: 4096 })
      .apiKeys.list(undefined, callOptions)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffResponseTooLargeError);
    expect(error).toMatchObject({
      status: 200,
      maxBytes: 4096,
      attempts: 1,
      method: 'GET',
      path: '/api/v1/api-keys',
    });
  });

  it('does not follow a redirect, which would carry the key to its location', async () => {
    const evil = nock('https://evil.example').get('/steal').reply(200, KEYS);
    nock(API)
      .matchHeader('x-api-key', KEY)
      .get('/api/v1/api-keys')
      .reply(302, '', { Location: 'https://evil.example/steal' });
    const error = await testClient(options)
      .apiKeys.list(undefined, callOptions)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 302, attempts: 1 });
    expect((error as Error).message).toContain('redirects are not followed');
    expect(evil.isDone()).toBe(false);
    nock.cleanAll();
  });

  it('retries a GET after a 503 and counts both attempts', async () => {
    nock(API).get('/api/v1/api-keys').reply(
      503,
      { error: 'x', message: 'y' },
      {
        'Retry-After': '0',
      },
    );
    nock(API).get('/api/v1/api-keys').reply(200, KEYS);
    const page = await testClient(options).apiKeys.list(undefined, callOptions);
    expect(page.data).toHaveLength(1);
    expect(nock.isDone()).toBe(true);
  });
});
