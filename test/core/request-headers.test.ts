// Issue 24, defect 7, and issue 25's per-call headers: custom headers never frame the message,
// manage the connection or replace a header the client sets, on the client or on one call; and
// a request fetch refuses to send is a validation error, not a retried network error.
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { RaffClient, RaffConnectionError, RaffValidationError } from '../../src/index.js';
import { emptyList, recordingFetch } from '../reliability/hostile.js';
import { API, KEY, PROJECT, testClient } from '../support/client.js';
import { apiKey } from '../support/fixtures.js';
import { expectNoSecret } from '../support/secrets.js';

const LOCAL = 'http://127.0.0.1:9';

/** Framing, hop-by-hop and other names the Fetch standard forbids, in assorted cases. */
const FORBIDDEN = [
  'Content-Length',
  'content-length',
  'Transfer-Encoding',
  'TRANSFER-ENCODING',
  'Transfer_Encoding',
  'Expect',
  'Upgrade',
  'Keep-Alive',
  'Connection',
  'TE',
  'Trailer',
  'Host',
  'Proxy-Authorization',
  'Proxy-Connection',
  'Sec-Fetch-Mode',
  'Accept-Encoding',
  'Cookie',
  'Origin',
  'X-HTTP-Method-Override',
];

/** Headers the client sets itself, with what the refusal must point to. */
const SET_BY_THE_CLIENT: readonly (readonly [string, string])[] = [
  ['Content-Type', 'is set by the client itself'],
  ['content-type', 'is set by the client itself'],
  ['ACCEPT', 'is set by the client itself'],
  ['Accept', 'is set by the client itself'],
  ['X-Api-Key', 'apiKey'],
  ['x_api_key', 'apiKey'],
  ['XApiKey', 'did you mean x-api-key? It is set by the client itself: use the apiKey option'],
  ['X-APIKey', 'did you mean x-api-key?'],
  ['X-ProjectID', 'did you mean x-project-id?'],
  ['X-Project-Id', 'projectId'],
  ['X_PROJECT_ID', 'projectId'],
  ['Idempotency-Key', 'idempotencyKey'],
  ['idempotency_key', 'idempotencyKey'],
  ['User-Agent', 'userAgent'],
  ['user-agent', 'userAgent'],
];

describe('the client’s headers option', () => {
  it.each(FORBIDDEN)('refuses %s at construction and in withOptions', (name) => {
    const build = () => new RaffClient({ apiKey: KEY, baseUrl: LOCAL, headers: { [name]: 'x' } });
    expect(build).toThrow(RaffValidationError);
    expect(build).toThrow(`headers.${name}: cannot be set`);
    const base = new RaffClient({ apiKey: KEY, baseUrl: LOCAL });
    expect(() => base.withOptions({ headers: { [name]: 'x' } })).toThrow(RaffValidationError);
  });

  it.each(SET_BY_THE_CLIENT)('refuses %s, which the client sets, naming %s', (name, hint) => {
    let error: unknown;
    try {
      new RaffClient({ apiKey: KEY, baseUrl: LOCAL, headers: { [name]: KEY } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RaffValidationError);
    expect((error as Error).message).toContain(hint);
    expect((error as RaffValidationError).issues[0]?.path).toEqual(['headers', name]);
    expectNoSecret(KEY, { error });
  });

  it('accepts ordinary custom headers and sends them', async () => {
    const { fetch, sent } = recordingFetch(emptyList);
    const headers = { 'X-Trace': 't1', Authorization: 'Bearer gateway', 'Accept-Language': 'en' };
    const raff = new RaffClient({ apiKey: KEY, baseUrl: LOCAL, fetch, headers });
    await raff.permissions.list();
    expect(sent[0]?.headers.get('x-trace')).toBe('t1');
    expect(sent[0]?.headers.get('authorization')).toBe('Bearer gateway');
    expect(sent[0]?.headers.get('accept')).toBe('application/json');
  });
});

describe('per-call headers', () => {
  it('are sent on that call only, over the client’s, one value per name whatever its case', async () => {
    nock(API)
      .get('/api/v1/api-keys')
      .query(true)
      .matchHeader('x-tenant', 'call')
      .matchHeader('x-trace', 'abc')
      .matchHeader('x-client', 'kept')
      .reply(200, { success: true, data: [], total: 0 });
    nock(API)
      .get('/api/v1/api-keys')
      .query(true)
      .matchHeader('x-tenant', 'client')
      .matchHeader('x-trace', (value) => value === undefined)
      .reply(200, { success: true, data: [], total: 0 });
    const raff = testClient({ headers: { 'X-Tenant': 'client', 'X-Client': 'kept' } });
    await raff.apiKeys.list({}, { headers: { 'x-tenant': 'call', 'X-Trace': 'abc' } });
    await raff.apiKeys.list();
  });

  it('reach every request of a method that makes several (each page of a walk)', async () => {
    for (const offset of [0, 1]) {
      nock(API)
        .get('/api/v1/api-keys')
        .query({ limit: 1, offset })
        .matchHeader('x-trace', 'walk')
        .reply(200, { success: true, data: [apiKey({ id: `k${offset}` })], total: 2 });
    }
    const seen: string[] = [];
    for await (const key of testClient().apiKeys.listAll(
      { limit: 1 },
      { headers: { 'X-Trace': 'walk' } },
    )) {
      seen.push(key.id);
    }
    expect(seen).toEqual(['k0', 'k1']);
  });

  it('are sent by raff.api, next to its params', async () => {
    nock(API)
      .get('/api/v1/vms')
      .matchHeader('x-trace', 'api')
      .matchHeader('x-project-id', PROJECT)
      .reply(200, { success: true, data: [], total: 0 });
    const { data } = await testClient().api.GET('/api/v1/vms', {
      projectId: PROJECT,
      headers: { 'X-Trace': 'api' },
    });
    expect(data).toEqual({ success: true, data: [], total: 0 });
  });

  it.each([
    ...FORBIDDEN.map((name) => [name] as const),
    ...SET_BY_THE_CLIENT.map(([name]) => [name] as const),
  ])('refuse %s on a method and on raff.api, sending nothing', async (name) => {
    const { fetch, sent } = recordingFetch(emptyList);
    const raff = new RaffClient({ apiKey: KEY, baseUrl: LOCAL, fetch, logLevel: 'off' });
    const headers = { [name]: KEY };
    const onMethod = await raff.permissions.list({}, { headers }).catch((e: unknown) => e);
    const onApi = await raff.api.GET('/api/v1/permissions', { headers }).catch((e: unknown) => e);
    for (const error of [onMethod, onApi]) {
      expect(error).toBeInstanceOf(RaffValidationError);
      expect((error as RaffValidationError).issues[0]?.path).toEqual(['headers', name]);
      expectNoSecret(KEY, { error });
    }
    expect(sent).toEqual([]);
  });

  it('refuse values with CR or LF and a header named __proto__', async () => {
    const raff = testClient();
    await expect(
      raff.apiKeys.list({}, { headers: { 'X-Trace': 'a\r\nX-Api-Key: x' } }),
    ).rejects.toBeInstanceOf(RaffValidationError);
    const proto = JSON.parse('{"__proto__":"x"}') as Record<string, string>;
    await expect(raff.apiKeys.list({}, { headers: proto })).rejects.toThrow('__proto__');
  });
});

describe('a request fetch refuses to send', () => {
  const refusedLocally = () =>
    new TypeError('fetch failed', {
      cause: Object.assign(new Error('invalid transfer-encoding header'), {
        code: 'UND_ERR_INVALID_ARG',
      }),
    });

  it('is a RaffValidationError after one attempt, not a retried RaffConnectionError', async () => {
    let attempts = 0;
    const raff = testClient({
      maxRetries: 2,
      fetch: (async () => {
        attempts++;
        throw refusedLocally();
      }) as typeof globalThis.fetch,
    });
    const error = await raff.apiKeys.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffValidationError);
    expect((error as Error).message).toContain('UND_ERR_INVALID_ARG');
    expect((error as Error).message).toContain('nothing was sent');
    expect(attempts).toBe(1);
  });

  it('leaves a network failure (fetch failed: ECONNRESET) a retried RaffConnectionError', async () => {
    let attempts = 0;
    const raff = testClient({
      maxRetries: 2,
      fetch: (async () => {
        attempts++;
        throw new TypeError('fetch failed', {
          cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
        });
      }) as typeof globalThis.fetch,
    });
    const error = await raff.apiKeys.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffConnectionError);
    expect(attempts).toBe(3);
  });
});
