import nock from 'nock';
import { describe, expect, it, vi } from 'vitest';
import { RaffValidationError } from '../../src/index.js';
import { API, KEY, OTHER_PROJECT, PROJECT, testClient } from '../support/client.js';

const VM = {
  id: '0b7e3c8a-1d2f-4e5a-9b6c-7d8e9f0a1b2c',
  name: 'web-1',
  status: 'active',
};

describe('auth and project headers', () => {
  it('sends X-API-Key on an account-level call and no X-Project-ID even when the client has one', async () => {
    nock(API, { badheaders: ['x-project-id'] })
      .matchHeader('x-api-key', KEY)
      .matchHeader('accept', 'application/json')
      .get('/api/v1/api-keys')
      .reply(200, { success: true, data: [], total: 0 });
    await testClient({ projectId: PROJECT }).apiKeys.list();
  });

  it('sends the client projectId on a project-scoped list', async () => {
    nock(API)
      .matchHeader('x-api-key', KEY)
      .matchHeader('x-project-id', PROJECT)
      .get('/api/v1/vms')
      .reply(200, { success: true, data: [VM], total: 1 });
    const page = await testClient({ projectId: PROJECT }).vms.list();
    expect(page.data.map((vm) => vm.name)).toEqual(['web-1']);
  });

  it('lets a per-call projectId override the client default', async () => {
    nock(API)
      .matchHeader('x-project-id', OTHER_PROJECT)
      .get('/api/v1/vms')
      .query({ status: 'active' })
      .reply(200, { success: true, data: [], total: 0 });
    await testClient({ projectId: PROJECT }).vms.list(
      { status: 'active' },
      { projectId: OTHER_PROJECT },
    );
  });

  it('omits X-Project-ID on a project-scoped list when no project is set (all reachable projects)', async () => {
    nock(API, { badheaders: ['x-project-id'] })
      .get('/api/v1/vms')
      .reply(200, { success: true, data: [], total: 0 });
    await testClient().vms.list();
  });

  it('never sends X-Project-ID on get-by-id', async () => {
    nock(API, { badheaders: ['x-project-id'] })
      .get(`/api/v1/vms/${VM.id}`)
      .reply(200, { success: true, data: VM });
    expect(await testClient({ projectId: PROJECT }).vms.get(VM.id)).toEqual(VM);
  });

  it('uses withOptions projectId and leaves the parent client alone', async () => {
    const parent = testClient({ projectId: PROJECT });
    const child = parent.withOptions({ projectId: OTHER_PROJECT });
    nock(API).matchHeader('x-project-id', OTHER_PROJECT).get('/api/v1/vms').reply(200, {
      success: true,
      data: [],
      total: 0,
    });
    nock(API).matchHeader('x-project-id', PROJECT).get('/api/v1/vms').reply(200, {
      success: true,
      data: [],
      total: 0,
    });
    await child.vms.list();
    await parent.vms.list();
  });

  it('rejects a project-scoped mutation without a project before any I/O', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    const raff = testClient({ fetch });
    const attempt = raff.api.POST('/api/v1/backups', {
      body: { vm_id: VM.id },
      params: { header: {} as { 'X-Project-ID': string } },
    });
    await expect(attempt).rejects.toBeInstanceOf(RaffValidationError);
    await expect(attempt).rejects.toThrowErrorMatchingInlineSnapshot(
      `[RaffValidationError: POST /api/v1/backups needs a project: pass { projectId } to this call or to the client (or set RAFF_PROJECT_ID). Nothing was sent.]`,
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it('sends the project on a raff.api mutation and returns the typed body', async () => {
    const backup = {
      id: '3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a98',
      name: 'nightly',
      storage_size: 512,
      status: 'pending',
    };
    nock(API)
      .matchHeader('x-api-key', KEY)
      .matchHeader('x-project-id', PROJECT)
      .matchHeader('content-type', 'application/json')
      .post('/api/v1/backups', { vm_id: VM.id, name: 'nightly' })
      .reply(202, { success: true, data: backup });
    const { data, response } = await testClient({ projectId: PROJECT }).api.POST(
      '/api/v1/backups',
      {
        body: { vm_id: VM.id, name: 'nightly' },
        params: { header: { 'X-Project-ID': PROJECT } },
      },
    );
    expect(response.status).toBe(202);
    expect(data?.data).toEqual(backup);
  });

  it('takes the project from an explicit header param in raff.api', async () => {
    nock(API)
      .matchHeader('x-project-id', OTHER_PROJECT)
      .post('/api/v1/backups')
      .reply(202, {
        success: true,
        data: { id: VM.id, name: 'x', storage_size: 1, status: 'pending' },
      });
    await testClient().api.POST('/api/v1/backups', {
      body: { vm_id: VM.id },
      params: { header: { 'X-Project-ID': OTHER_PROJECT } },
    });
  });

  it('sends custom headers on every request', async () => {
    nock(API)
      .matchHeader('x-trace-id', 'abc')
      .get('/api/v1/roles')
      .reply(200, { success: true, data: [] });
    await testClient({ headers: { 'X-Trace-Id': 'abc' } }).roles.list();
  });

  it('rejects a header-unsafe per-call projectId before any I/O', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    await expect(testClient({ fetch }).vms.list({}, { projectId: 'a\nb' })).rejects.toBeInstanceOf(
      RaffValidationError,
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it('rejects a path-changing id before any I/O', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    await expect(testClient({ fetch }).apiKeys.get('../roles')).rejects.toBeInstanceOf(
      RaffValidationError,
    );
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('custom headers with awkward names', () => {
  it('refuses a header named __proto__, which fetch would silently drop', () => {
    expect(() => testClient({ headers: JSON.parse('{"__proto__":"x"}') })).toThrowError(
      /cannot be sent: fetch drops a header named __proto__/,
    );
  });
});
