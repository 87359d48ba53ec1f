// A DELETE whose earlier attempt may have reached the server, answered 404 on its retry, is done.
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { type AttemptFailure, mayHaveActed } from '../../src/core/retry-policy.js';
import { RaffNotFoundError } from '../../src/index.js';
import { API, captureLogs, PROJECT, testClient } from '../support/client.js';

const VM_ID = '0b7e3c8a-1d2f-4e5a-9b6c-7d8e9f0a1b2c';
const VM_PATH = `/api/v1/vms/${VM_ID}`;
const GONE = { error: 'Not Found', message: 'VM not found' };
const DELETED = { success: true, message: 'VM is being deleted' };

/** Counts the requests an interceptor chain saw, by listening to nock's own events. */
function counted(scope: nock.Scope): () => number {
  let seen = 0;
  scope.on('request', () => {
    seen++;
  });
  return () => seen;
}

/** What Node's fetch rejects with when the socket fails: `TypeError('fetch failed')` with the cause's code. */
function fetchFailed(code: string): TypeError {
  const cause = Object.assign(new Error(`${code} (simulated)`), { code });
  return new TypeError('fetch failed', { cause });
}

const raff = (timeout = 30_000) => testClient({ projectId: PROJECT, timeout });

describe('a DELETE retried after an attempt that may have reached the server', () => {
  it('resolves as deleted when a 503 is followed by a 404', async () => {
    const scope = nock(API)
      .matchHeader('x-project-id', PROJECT)
      .delete(VM_PATH)
      .reply(503, { error: 'Service Unavailable', message: 'busy' })
      .delete(VM_PATH)
      .reply(404, GONE);
    const requests = counted(scope);
    await expect(raff().vms.delete(VM_ID)).resolves.toBeUndefined();
    expect(requests()).toBe(2);
  });

  it('resolves as deleted when a timed-out attempt is followed by a 404', async () => {
    const scope = nock(API)
      .delete(VM_PATH)
      .delay(1_000)
      .reply(200, DELETED)
      .delete(VM_PATH)
      .reply(404, GONE);
    const requests = counted(scope);
    await expect(raff(100).vms.delete(VM_ID)).resolves.toBeUndefined();
    expect(requests()).toBe(2);
  });

  it('resolves as deleted when a connection reset after sending is followed by a 404', async () => {
    nock(API)
      .delete(VM_PATH)
      .replyWithError(fetchFailed('ECONNRESET'))
      .delete(VM_PATH)
      .reply(404, GONE);
    await expect(raff().vms.delete(VM_ID)).resolves.toBeUndefined();
  });

  it('says so in the log', async () => {
    const { lines, logger } = captureLogs();
    nock(API).delete(VM_PATH).reply(502).delete(VM_PATH).reply(404, GONE);
    await testClient({ projectId: PROJECT, logLevel: 'info', logger }).vms.delete(VM_ID);
    expect(lines.at(-1)).toBe(
      '[raff] DELETE /api/v1/vms/{id}: 404 on attempt 2, after an attempt that may have reached the server (status 502): treated as deleted',
    );
  });

  it('resolves raff.api.DELETE with no data and the 404 response', async () => {
    nock(API).delete(VM_PATH).reply(500).delete(VM_PATH).reply(404, GONE);
    const { data, response } = await raff().api.DELETE('/api/v1/vms/{id}', {
      params: { path: { id: VM_ID } },
      projectId: PROJECT,
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
  });
});

describe('a 404 that proves nothing was deleted by this call', () => {
  it('throws RaffNotFoundError on the first attempt', async () => {
    const scope = nock(API).delete(VM_PATH).reply(404, GONE);
    const requests = counted(scope);
    const error = await raff()
      .vms.delete(VM_ID)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffNotFoundError);
    expect(error).toMatchObject({ status: 404, attempts: 1, method: 'DELETE' });
    expect(requests()).toBe(1);
  });

  it('throws when the earlier attempt was refused a connection (it never arrived)', async () => {
    const scope = nock(API)
      .delete(VM_PATH)
      .replyWithError(fetchFailed('ECONNREFUSED'))
      .delete(VM_PATH)
      .reply(404, GONE);
    const requests = counted(scope);
    const error = await raff()
      .vms.delete(VM_ID)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffNotFoundError);
    expect(error).toMatchObject({ attempts: 2 });
    expect(requests()).toBe(2);
  });

  it('throws when the earlier attempt was rate-limited (the server did not act)', async () => {
    nock(API)
      .delete(VM_PATH)
      .reply(429, { error: 'Too Many Requests', message: 'slow down' }, { 'Retry-After': '0' })
      .delete(VM_PATH)
      .reply(404, GONE);
    await expect(raff().vms.delete(VM_ID)).rejects.toBeInstanceOf(RaffNotFoundError);
  });

  it('throws for a GET retried after a 503, which deletes nothing', async () => {
    nock(API).get(VM_PATH).reply(503).get(VM_PATH).reply(404, GONE);
    await expect(raff().vms.get(VM_ID)).rejects.toBeInstanceOf(RaffNotFoundError);
  });
});

describe('mayHaveActed: which failed attempts may have done the work', () => {
  it.each<[AttemptFailure, boolean]>([
    [{ kind: 'status', status: 500 }, true],
    [{ kind: 'status', status: 502 }, true],
    [{ kind: 'status', status: 503 }, true],
    [{ kind: 'status', status: 504 }, true],
    [{ kind: 'status', status: 408 }, false],
    [{ kind: 'status', status: 429 }, false],
    [{ kind: 'timeout' }, true],
    [{ kind: 'network', code: 'ECONNRESET' }, true],
    [{ kind: 'network', code: 'UND_ERR_SOCKET' }, true],
    [{ kind: 'network', code: undefined }, true],
    [{ kind: 'network', code: 'ECONNREFUSED' }, false],
    [{ kind: 'network', code: 'ENOTFOUND' }, false],
    [{ kind: 'network', code: 'UND_ERR_CONNECT_TIMEOUT' }, false],
  ])('%j → %s', (failure, expected) => {
    expect(mayHaveActed(failure)).toBe(expected);
  });
});
