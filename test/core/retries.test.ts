import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import {
  RaffConnectionError,
  RaffInternalServerError,
  RaffRateLimitError,
  RaffTimeoutError,
} from '../../src/index.js';
import { API, captureLogs, KEY, PROJECT, testClient } from '../support/client.js';
import {
  expectRetryAfterWait,
  expectWaitedOut,
  FAST_RETRY_AFTER,
  REAL_TIME,
  TestClock,
  withClock,
} from '../support/clock.js';
import { closedPort, rawServer } from '../support/sockets.js';

const ROLES = { success: true, data: [] };
const BACKUP = { id: PROJECT, name: 'b', storage_size: 1, status: 'pending' };
const now = () => performance.now();

function createBackup(raff = testClient({ projectId: PROJECT })) {
  return raff.api.POST('/api/v1/backups', {
    body: { vm_id: PROJECT },
    params: { header: { 'X-Project-ID': PROJECT } },
  });
}

describe('retry policy', () => {
  it.each([408, 429, 500, 502, 503, 504])('retries a GET after %i and succeeds', async (status) => {
    nock(API)
      .get('/api/v1/roles')
      .reply(status, { error: 'x', message: 'y' }, { 'Retry-After': '0' });
    nock(API).get('/api/v1/roles').reply(200, ROLES);
    await expect(testClient().roles.list()).resolves.toEqual({ data: [], total: undefined });
  });

  it('gives up after maxRetries + 1 attempts and says how many', async () => {
    nock(API)
      .get('/api/v1/roles')
      .times(3)
      .reply(503, { error: 'x', message: 'down' }, { 'Retry-After': '0' });
    const error = await testClient()
      .roles.list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffInternalServerError);
    expect(error).toMatchObject({ attempts: 3, status: 503 });
    expect((error as Error).message).toBe('503 GET /api/v1/roles: down [after 3 attempts]');
  });

  it('makes exactly one attempt with maxRetries: 0', async () => {
    nock(API).get('/api/v1/roles').reply(503, { error: 'x', message: 'down' });
    await expect(testClient({ maxRetries: 0 }).roles.list()).rejects.toMatchObject({ attempts: 1 });
  });

  it('lets a per-call maxRetries override the client', async () => {
    nock(API)
      .get('/api/v1/roles')
      .times(2)
      .reply(503, { error: 'x', message: 'down' }, { 'Retry-After': '0' });
    await expect(
      testClient({ maxRetries: 5 }).roles.list({}, { maxRetries: 1 }),
    ).rejects.toMatchObject({
      attempts: 2,
    });
  });

  it.each([500, 502, 503, 504, 408])('never retries a POST after %i', async (status) => {
    nock(API)
      .post('/api/v1/backups')
      .reply(status, { error: 'x', message: 'y' }, { 'Retry-After': '0' });
    await expect(createBackup()).rejects.toMatchObject({ status, attempts: 1 });
  });

  it('retries a POST after 429', async () => {
    nock(API)
      .post('/api/v1/backups')
      .reply(429, { error: 'r', message: 'slow' }, { 'Retry-After': '0' });
    nock(API)
      .post('/api/v1/backups', { vm_id: PROJECT })
      .reply(202, { success: true, data: BACKUP });
    const { data } = await createBackup();
    expect(data?.data).toEqual(BACKUP);
  });

  // The one Retry-After waited out in real time, end to end (the load test's rate limit run waits
  // out real ones too); elsewhere tests give their client a faster clock (test/support/clock.ts).
  it('honours Retry-After in seconds, waiting it out in real time', async () => {
    nock(API)
      .get('/api/v1/roles')
      .reply(429, { error: 'r', message: 'slow' }, { 'Retry-After': '1' });
    nock(API).get('/api/v1/roles').reply(200, ROLES);
    const logs = captureLogs();
    const clock = new TestClock(REAL_TIME);
    const started = now();
    await testClient(withClock({ logLevel: 'info', logger: logs.logger }, clock)).roles.list();
    // Retry-After 1 plus up to half a second of jitter against a thundering herd.
    expectRetryAfterWait(clock, now() - started, { atLeastMs: 1_000, belowMs: 1_500 });
    expect(now() - started).toBeGreaterThanOrEqual(995);
    expect(logs.lines).toHaveLength(1);
    expect(logs.lines[0]).toMatch(
      /^\[raff\] retrying GET \/api\/v1\/roles in 1(\.\d)? s after status 429 \(retry 1 of 2\)$/,
    );
  });

  it('honours Retry-After as an HTTP date', async () => {
    // Whole seconds: 1 to 2 s from now, plus up to half a second of jitter; waited out scaled.
    const at = new Date(Date.now() + 2_000).toUTCString();
    nock(API).get('/api/v1/roles').reply(503, { error: 'x', message: 'y' }, { 'Retry-After': at });
    nock(API).get('/api/v1/roles').reply(200, ROLES);
    const logs = captureLogs();
    const clock = new TestClock(FAST_RETRY_AFTER);
    const started = now();
    await testClient(withClock({ logLevel: 'info', logger: logs.logger }, clock)).roles.list();
    expect(logs.lines[0]).toMatch(
      /^\[raff\] retrying GET \/api\/v1\/roles in (\d+ ms|\d(\.\d)? s) after status 503 \(retry 1 of 2\)$/,
    );
    expectRetryAfterWait(clock, now() - started, { atLeastMs: 900, belowMs: 3_000 });
  });

  it('fails at once when Retry-After is longer than the 60 s cap', async () => {
    nock(API)
      .get('/api/v1/roles')
      .reply(429, { error: 'r', message: 'slow' }, { 'Retry-After': '120' });
    const clock = new TestClock(REAL_TIME);
    const started = now();
    const error = await testClient(withClock({}, clock))
      .roles.list()
      .catch((e: unknown) => e);
    expect(now() - started).toBeLessThan(1_000);
    expect(clock.waits, 'no wait was started').toEqual([]);
    expect(error).toBeInstanceOf(RaffRateLimitError);
    expect(error).toMatchObject({ retryAfterMs: 120_000, attempts: 1 });
    expect((error as Error).message).toMatchInlineSnapshot(
      `"429 GET /api/v1/roles: slow (the server asked to wait 120 s, longer than the 60 s the client waits)"`,
    );
  });

  it('does not start a retry that cannot fit in totalTimeout', async () => {
    nock(API)
      .get('/api/v1/roles')
      .reply(429, { error: 'r', message: 'slow' }, { 'Retry-After': '5' });
    const clock = new TestClock(REAL_TIME);
    const started = now();
    const error = await testClient(withClock({ totalTimeout: 2_000 }, clock))
      .roles.list()
      .catch((e: unknown) => e);
    expect(now() - started).toBeLessThan(1_000);
    expect(clock.waits, 'no wait was started').toEqual([]);
    expect(error).toBeInstanceOf(RaffRateLimitError);
    expect(error).toMatchObject({ retryAfterMs: 5_000, attempts: 1 });
    expect((error as Error).message).toContain('would not fit in what is left of totalTimeout');
  });

  it('backs off 1 s, 2 s, 4 s (each ±20 %) between retries when there is no Retry-After', async () => {
    nock(API).get('/api/v1/roles').times(3).reply(500, { error: 'x', message: 'y' });
    nock(API).get('/api/v1/roles').reply(200, ROLES);
    const clock = new TestClock();
    const started = now();
    await testClient(withClock({ maxRetries: 3 }, clock)).roles.list();
    expect(clock.waits.map((w) => w.reason)).toEqual(['backoff', 'backoff', 'backoff']);
    for (const [i, wait] of clock.waits.entries()) {
      expect(wait.ms, `backoff before retry ${i + 1}`).toBeGreaterThanOrEqual(0.8 * 1_000 * 2 ** i);
      expect(wait.ms, `backoff before retry ${i + 1}`).toBeLessThanOrEqual(1.2 * 1_000 * 2 ** i);
    }
    expectWaitedOut(clock, now() - started);
  });

  it('does not start a backoff that cannot fit in what is left of totalTimeout', async () => {
    // The first backoff (0.8 to 1.2 s) fits in 2.4 s; the second (1.6 to 2.4 s) never fits in what
    // is left after it. The test clock sleeps 1/50 of each, but its time runs on by the whole wait.
    nock(API).get('/api/v1/roles').times(2).reply(503, { error: 'x', message: 'down' });
    const clock = new TestClock();
    const error = await testClient(withClock({ totalTimeout: 2_400 }, clock))
      .roles.list()
      .catch((e: unknown) => e);
    expect(clock.waits.map((w) => w.reason)).toEqual(['backoff']);
    expect(error).toBeInstanceOf(RaffInternalServerError);
    expect(error).toMatchObject({ status: 503, attempts: 2 });
    expect((error as Error).message).toContain('would not fit in what is left of totalTimeout');
  });
});

describe('network failures', () => {
  const servers: Array<{ close: () => Promise<void> }> = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  it('retries a POST when the connection is refused (nothing was sent) and then fails typed', async () => {
    const port = await closedPort();
    const raff = testClient({ baseUrl: `http://127.0.0.1:${port}`, projectId: PROJECT });
    const error = await createBackup(raff).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffConnectionError);
    expect(error).toMatchObject({
      code: 'ECONNREFUSED',
      attempts: 3,
      method: 'POST',
      path: '/api/v1/backups',
    });
  }, 15_000);

  it('does not retry a POST whose connection was reset after the request was sent', async () => {
    const server = await rawServer((socket) => socket.destroy());
    servers.push(server);
    const raff = testClient({ baseUrl: server.url, projectId: PROJECT });
    const error = await createBackup(raff).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffConnectionError);
    expect(error).toMatchObject({ attempts: 1 });
    expect(server.connections()).toBe(1);
  });

  // The retry loop is the transport's own: a custom fetch may throw a value that is not an Error,
  // and the policy still sees a network failure (a GET is retried, a POST is not) and the caller
  // a typed RaffConnectionError, never the raw value.
  it('classifies a non-Error thrown by a custom fetch as a network failure', async () => {
    const sent: string[] = [];
    const flaky = (answer: Response) => async (input: Request | string | URL) => {
      const request = input instanceof Request ? input : new Request(input);
      sent.push(`${request.method} ${new URL(request.url).pathname}`);
      if (sent.length === 1) throw null; // not an Error, not even an object
      return answer;
    };
    const roles = new Response(JSON.stringify(ROLES), {
      headers: { 'content-type': 'application/json' },
    });
    const get = testClient({ fetch: flaky(roles) as typeof fetch });
    await expect(get.roles.list()).resolves.toEqual({ data: [], total: undefined });
    expect(sent).toEqual(['GET /api/v1/roles', 'GET /api/v1/roles']);

    sent.length = 0;
    const post = testClient({ projectId: PROJECT, fetch: flaky(roles) as typeof fetch });
    const error = await createBackup(post).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffConnectionError);
    expect(error).toMatchObject({ attempts: 1, method: 'POST', path: '/api/v1/backups' });
    expect(sent).toEqual(['POST /api/v1/backups']);
  });

  it('retries a GET whose connection was reset', async () => {
    let seen = 0;
    const server = await rawServer((socket) => {
      seen++;
      if (seen === 1) return socket.destroy();
      const body = JSON.stringify(ROLES);
      socket.end(
        `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n${body}`,
      );
    });
    servers.push(server);
    const raff = testClient({ baseUrl: server.url });
    await expect(raff.roles.list()).resolves.toEqual({ data: [], total: undefined });
    expect(seen).toBe(2);
  }, 10_000);
});

describe('time limits and cancellation', () => {
  it('fails a slow attempt with RaffTimeoutError and does not retry a POST', async () => {
    nock(API).post('/api/v1/backups').delay(1_000).reply(202, { success: true, data: BACKUP });
    const error = await createBackup(testClient({ projectId: PROJECT, timeout: 100 })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RaffTimeoutError);
    expect(error).toMatchObject({ limit: 'timeout', timeoutMs: 100, attempts: 1 });
  });

  it('cuts retries off at totalTimeout', async () => {
    nock(API).get('/api/v1/roles').times(3).delay(400).reply(200, ROLES);
    const started = now();
    const error = await testClient({ timeout: 300, totalTimeout: 600 })
      .roles.list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffTimeoutError);
    // After the first attempt's 300 ms, a backoff of about a second does not fit in what is left.
    expect(error).toMatchObject({ attempts: 1 });
    expect(now() - started).toBeLessThan(1_500);
    nock.abortPendingRequests();
    nock.cleanAll();
  });

  it('bounds a stalled body by the attempt timeout', async () => {
    const server = await rawServer((socket) => {
      socket.write(
        'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"succ',
      );
    });
    try {
      const raff = testClient({ baseUrl: server.url, timeout: 300, maxRetries: 0 });
      const error = await raff.roles.list().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RaffTimeoutError);
      expect(error).toMatchObject({ limit: 'timeout' });
    } finally {
      await server.close();
    }
  });

  it('ends a wait for a retry at once when the caller aborts, with the AbortError', async () => {
    nock(API)
      .get('/api/v1/roles')
      .reply(503, { error: 'x', message: 'down' }, { 'Retry-After': '5' });
    const clock = new TestClock(REAL_TIME);
    const controller = new AbortController();
    const started = now();
    const calling = testClient(withClock({}, clock))
      .roles.list({}, { signal: controller.signal })
      .catch((e: unknown) => e);
    while (clock.waits.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    const error = await calling;
    expect(clock.waits).toMatchObject([{ reason: 'retry-after' }]);
    expect((error as DOMException).name).toBe('AbortError');
    expect(now() - started, 'far less than the 5 s Retry-After').toBeLessThan(2_000);
  });

  it('re-throws a user abort as the standard AbortError', async () => {
    nock(API).get('/api/v1/roles').delay(2_000).reply(200, ROLES);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await testClient()
      .roles.list({}, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    nock.abortPendingRequests();
    nock.cleanAll();
  });
});

describe('redirects and transport safety', () => {
  it('refuses to follow a redirect that would carry the key elsewhere', async () => {
    nock(API)
      .matchHeader('x-api-key', KEY)
      .get('/api/v1/roles')
      .reply(302, '', { Location: 'https://evil.example/steal' });
    const error = await testClient()
      .roles.list()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 302, attempts: 1 });
    expect((error as Error).message).toMatchInlineSnapshot(
      `"302 GET /api/v1/roles: Found (empty body) (redirects are not followed: they would carry X-API-Key to https://evil.example/steal)"`,
    );
  });
});

describe('error bodies are bounded too', () => {
  it('maps a 500 whose body stalls within the attempt timeout', async () => {
    const server = await rawServer((socket) => {
      socket.write(
        'HTTP/1.1 500 Internal Server Error\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"err',
      );
    });
    try {
      const raff = testClient({ baseUrl: server.url, timeout: 300, maxRetries: 0 });
      const started = now();
      const error = await raff.roles.list().catch((e: unknown) => e);
      expect(now() - started).toBeLessThan(2_000);
      expect(error).toBeInstanceOf(RaffInternalServerError);
      expect(error).toMatchObject({ status: 500, body: '' });
    } finally {
      await server.close();
    }
  });
});
