import nock from 'nock';
import { describe, expect, it, vi } from 'vitest';
import { RaffNotFoundError, RaffValidationError } from '../../src/index.js';
import { API, KEY, OTHER_PROJECT, PROJECT, testClient } from '../support/client.js';

/** A fetch that records each request and answers `{ success: true }`. */
function recordingFetch() {
  const requests: Request[] = [];
  const fetch = vi.fn<typeof globalThis.fetch>(async (input) => {
    requests.push(input as Request);
    return Response.json({ success: true });
  });
  return { fetch, requests };
}

describe('raff.api on a path openapi.json does not know', () => {
  it('sends it with the key and returns the whole answer', async () => {
    const bucket = { id: 'b-1', name: 'logs' };
    nock(API)
      .matchHeader('x-api-key', KEY)
      .get('/api/v1/buckets/b-1')
      .query({ versions: 'true', tag: ['a', 'b'] })
      .reply(200, { success: true, data: bucket });
    const { data, response } = await testClient().api.GET('/api/v1/buckets/{id}', {
      params: { path: { id: 'b-1' }, query: { versions: true, tag: ['a', 'b'] } },
    });
    expect(data).toEqual({ success: true, data: bucket });
    expect(response.status).toBe(200);
  });

  it('sends a per-call projectId as X-Project-ID', async () => {
    nock(API)
      .matchHeader('x-project-id', OTHER_PROJECT)
      .post('/api/v1/buckets', { name: 'logs' })
      .reply(201, { success: true, data: { id: 'b-2' } });
    const { data } = await testClient({ projectId: PROJECT }).api.POST('/api/v1/buckets', {
      body: { name: 'logs' },
      projectId: OTHER_PROJECT,
    });
    expect(data).toEqual({ success: true, data: { id: 'b-2' } });
  });

  it('sends an explicit X-Project-ID header param as the project', async () => {
    nock(API)
      .matchHeader('x-project-id', OTHER_PROJECT)
      .delete('/api/v1/buckets/b-3')
      .reply(200, { success: true, message: 'gone' });
    await testClient().api.DELETE('/api/v1/buckets/{id}', {
      params: { path: { id: 'b-3' }, header: { 'X-Project-ID': OTHER_PROJECT } },
    });
  });

  it('sends no project unless the call names one: not the client’s, not for projectId: null', async () => {
    const { fetch, requests } = recordingFetch();
    const raff = testClient({ projectId: PROJECT, fetch });
    await raff.api.GET('/api/v1/account/limits');
    await raff.api.GET('/api/v1/account/limits', { projectId: null });
    expect(requests.map((r) => r.headers.get('x-project-id'))).toEqual([null, null]);
    expect(requests.map((r) => r.headers.get('x-api-key'))).toEqual([KEY, KEY]);
  });

  it('keeps the project rule of a known path: an account-level call sends none', async () => {
    nock(API, { badheaders: ['x-project-id'] })
      .get('/api/v1/roles')
      .reply(200, { success: true, data: [] });
    await testClient().api.GET('/api/v1/roles', { projectId: OTHER_PROJECT });
  });

  it('throws the typed error of the status, naming the path template', async () => {
    nock(API)
      .get('/api/v1/buckets/b-9')
      .reply(404, { error: 'Not Found', message: 'no such bucket' });
    const error = await testClient()
      .api.GET('/api/v1/buckets/{id}', { params: { path: { id: 'b-9' } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffNotFoundError);
    expect(error).toMatchObject({ status: 404, path: '/api/v1/buckets/{id}', method: 'GET' });
  });

  it.each([
    '//evil.example/api',
    '/\\evil.example/api',
    '/api/v1/x?next=//evil.example',
    '/api/v1/x#frag',
    '/api/v1/\tx',
    '/api/v1/é',
    'https://evil.example/api/v1/vms',
    '@evil.example/api',
  ])('refuses %j before any I/O', async (path) => {
    const { fetch } = recordingFetch();
    const attempt = testClient({ fetch }).api.GET(path as '/x');
    await expect(attempt).rejects.toBeInstanceOf(RaffValidationError);
    await expect(attempt).rejects.toThrow(/^Invalid raff.api path: /);
    expect(fetch).not.toHaveBeenCalled();
  });

  it.each([
    '/@evil.example/api',
    '/..%2F..%2Fevil.example',
    '/../../../evil.example',
    '/api/v1/%2F%2Fevil.example',
  ])('keeps %j on the base URL’s origin, where the key goes', async (path) => {
    const { fetch, requests } = recordingFetch();
    await testClient({ fetch, baseUrl: 'https://api.rafftechnologies.com' }).api.GET(path as '/x');
    expect(new URL(requests[0]?.url ?? '').origin).toBe(API);
  });
});
