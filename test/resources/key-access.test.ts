// raff.apiKeys.current() and raff.can(): the key in use, and what it may call, from GETs only.
import nock from 'nock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { APIKey, Role } from '../../src/index.js';
import {
  RaffNotFoundError,
  RaffPermissionDeniedError,
  RaffValidationError,
} from '../../src/index.js';
import { API, KEY, OTHER_PROJECT, PROJECT, testClient } from '../support/client.js';
import { apiKey, CALLER_ID, callerKey, role } from '../support/fixtures.js';
import { expectNoSecret } from '../support/secrets.js';

const NOW = new Date('2026-11-26T10:00:00.000Z');

/** Every request the fake API answered, as `METHOD path?query`, in order. */
let sent: string[] = [];

/** Answers one GET (any other method reaches no interceptor and fails the call). */
function get(path: string, status: number, body: unknown, query?: Record<string, number>) {
  const scope = nock(API, { badheaders: ['x-project-id'] }).get(path);
  return (query ? scope.query(query) : scope).reply(status, function reply(uri) {
    sent.push(`${this.req.method} ${uri}`);
    return body as nock.Body;
  });
}

/** `GET /api/v1/api-keys` answering one page with these keys. */
function keysListed(keys: APIKey[], total = keys.length) {
  return get(
    '/api/v1/api-keys',
    200,
    { success: true, data: keys, total },
    { limit: 100, offset: 0 },
  );
}

const CUSTOM_ACCOUNT: Role = {
  id: 'c0ffee00-0000-4000-8000-00000000000a',
  name: 'Key Rotation',
  slug: 'key-rotation',
  scope: 'account',
  permissions: [
    'account.apikeys.view',
    'account.apikeys.create',
    'account.apikeys.manage',
    'account.apikeys.revoke',
    'account.roles.view',
  ],
  is_system: false,
};
const CUSTOM_PROJECT: Role = {
  id: 'c0ffee00-0000-4000-8000-00000000000b',
  name: 'Backups Pruner',
  slug: 'backups-pruner',
  scope: 'project',
  permissions: ['vm.view', 'backup.view', 'backup.create', 'backup.manage', 'backup.delete'],
  is_system: false,
};

/** A project access of the calling key. */
function access(projectId: string, held: Pick<Role, 'id' | 'name' | 'slug'>) {
  return {
    project_id: projectId,
    project_name: projectId === PROJECT ? 'Default' : 'customer1',
    role_id: held.id,
    role_name: held.name,
    role_slug: held.slug,
  };
}

afterEach(() => {
  sent = [];
  vi.useRealTimers();
});

describe('apiKeys.current', () => {
  it('finds the key in use by its prefix, walking every page, and sends no X-Project-ID', async () => {
    const others = Array.from({ length: 100 }, (_, i) =>
      apiKey({ id: `k-${i}`, key_prefix: `raff_${i.toString(16).padStart(8, '0')}` }),
    );
    get(
      '/api/v1/api-keys',
      200,
      { success: true, data: others, total: 101 },
      { limit: 100, offset: 0 },
    );
    get(
      '/api/v1/api-keys',
      200,
      { success: true, data: [callerKey({ role_slug: 'admin' })], total: 101 },
      { limit: 100, offset: 100 },
    );
    const me = await testClient({ projectId: PROJECT }).apiKeys.current();
    expect(me).toMatchObject({ id: CALLER_ID, key_prefix: 'raff_17d70fcf', role_slug: 'admin' });
    expect(sent).toEqual([
      'GET /api/v1/api-keys?limit=100&offset=0',
      'GET /api/v1/api-keys?limit=100&offset=100',
    ]);
    expectNoSecret(KEY, { others: [me] });
  });

  it('rejects with RaffNotFoundError when no key of the account has its prefix', async () => {
    keysListed([apiKey(), apiKey({ id: 'k2', key_prefix: 'raff_17d70fce' })]);
    const error = await testClient()
      .apiKeys.current()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffNotFoundError);
    expect(error).toMatchObject({ status: 404, operation: 'apiKeys.current', attempts: 1 });
    expect((error as Error).message).toMatchInlineSnapshot(
      `"apiKeys.current: none of the 2 API key(s) of the account has the prefix of the key in use (raff_17d70fcf…); it may have been revoked or regenerated since."`,
    );
    expectNoSecret(KEY, { error });
  });

  it('refuses to guess when several keys share the prefix', async () => {
    keysListed([callerKey(), callerKey({ id: 'twin-id', name: 'Twin' })]);
    const error = await testClient()
      .apiKeys.current()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffNotFoundError);
    expect((error as Error).message).toContain(
      `2 API keys of the account (${CALLER_ID}, twin-id) share the prefix of the key in use (raff_17d70fcf…); the SDK cannot tell which one it is and does not guess.`,
    );
  });

  it('passes on the server’s 403 for a key that may not read API keys, naming the permission', async () => {
    get(
      '/api/v1/api-keys',
      403,
      { error: 'Forbidden', message: 'Missing permission account.apikeys.view' },
      { limit: 100, offset: 0 },
    );
    const error = await testClient()
      .apiKeys.current()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffPermissionDeniedError);
    expect(error).toMatchObject({
      operation: 'apiKeys.current',
      permission: 'account.apikeys.view',
    });
    expect((error as Error).message).toContain('[apiKeys.current needs account.apikeys.view]');
  });

  it('reuses what it read for 60 seconds, then reads again', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    keysListed([callerKey({ name: 'first' })]);
    const raff = testClient();
    expect((await raff.apiKeys.current()).name).toBe('first');
    vi.setSystemTime(NOW.getTime() + 59_999);
    expect((await raff.apiKeys.current()).name).toBe('first');
    expect(sent).toHaveLength(1);
    keysListed([callerKey({ name: 'second' })]);
    vi.setSystemTime(NOW.getTime() + 60_000);
    expect((await raff.apiKeys.current()).name).toBe('second');
    expect(sent).toHaveLength(2);
  });

  it('hands out copies: changing a result does not change the next one', async () => {
    keysListed([callerKey({ project_accesses: [access(PROJECT, role('operator'))] })]);
    const raff = testClient();
    const first = await raff.apiKeys.current();
    first.name = 'changed';
    first.project_accesses?.pop();
    const second = await raff.apiKeys.current();
    expect(second.name).toBe('Ops automation');
    expect(second.project_accesses).toHaveLength(1);
  });

  it('forgets what it read after this client changes a key, and each client reads for itself', async () => {
    keysListed([callerKey({ name: 'before' })]);
    const raff = testClient();
    await raff.apiKeys.current();
    nock(API)
      .patch(`/api/v1/api-keys/${CALLER_ID}`, { name: 'after' })
      .reply(200, { success: true, data: callerKey({ name: 'after' }) });
    await raff.apiKeys.update(CALLER_ID, { name: 'after' });
    keysListed([callerKey({ name: 'after' })]);
    expect((await raff.apiKeys.current()).name).toBe('after');
    keysListed([callerKey({ name: 'other client' })]);
    expect((await raff.withOptions({ projectId: PROJECT }).apiKeys.current()).name).toBe(
      'other client',
    );
    expect(sent).toHaveLength(3);
  });

  it('does not keep a failed read: the next call tries again', async () => {
    get(
      '/api/v1/api-keys',
      401,
      { error: 'Unauthorized', message: 'Invalid API key' },
      {
        limit: 100,
        offset: 0,
      },
    );
    const raff = testClient();
    await expect(raff.apiKeys.current()).rejects.toMatchObject({ status: 401 });
    keysListed([callerKey()]);
    await expect(raff.apiKeys.current()).resolves.toMatchObject({ id: CALLER_ID });
  });

  it('refuses on a keyless client before any request', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    const error = await testClient({ apiKey: null, fetch })
      .apiKeys.current()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffValidationError);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('raff.can', () => {
  it('answers an account permission from a System account role, offline after the key read', async () => {
    keysListed([callerKey({ role_id: role('admin').id, role_name: 'Admin', role_slug: 'admin' })]);
    const raff = testClient();
    expect(await raff.can('apiKeys.delete')).toEqual({
      allowed: false,
      permission: 'account.apikeys.revoke',
      scope: 'account',
      role: 'admin',
      reason: 'the account role Admin (admin) does not grant account.apikeys.revoke',
    });
    expect(await raff.can('apiKeys.create')).toMatchObject({
      allowed: true,
      permission: 'account.apikeys.create',
      role: 'admin',
    });
    expect(sent).toEqual(['GET /api/v1/api-keys?limit=100&offset=0']);
  });

  it('answers a project permission from the key’s role on that project', async () => {
    keysListed([
      callerKey({
        role_id: role('member').id,
        role_name: 'Member',
        role_slug: 'member',
        project_accesses: [access(PROJECT, role('operator'))],
      }),
    ]);
    const raff = testClient();
    expect(await raff.can('vms.create', { projectId: PROJECT })).toEqual({
      allowed: true,
      permission: 'vm.create',
      scope: 'project',
      role: 'operator',
      reason: `the project role Operator (operator) on project ${PROJECT} grants vm.create`,
    });
    expect(await raff.can('backups.deleteChain', { projectId: PROJECT })).toMatchObject({
      allowed: false,
      permission: 'backup.delete',
      role: 'operator',
    });
    expect(await raff.can('vms.list', { projectId: OTHER_PROJECT })).toEqual({
      allowed: false,
      permission: 'vm.view',
      scope: 'project',
      role: null,
      reason: `the key has no role on project ${OTHER_PROJECT}, so it holds no project permission there (vm.view among them)`,
    });
    // An account role grants no project permission, whatever it is.
    expect(await raff.can('projects.members.add', { projectId: OTHER_PROJECT })).toMatchObject({
      allowed: false,
      role: null,
    });
    expect(sent).toEqual(['GET /api/v1/api-keys?limit=100&offset=0']);
  });

  it('reads custom roles with roles.get, once each, and answers from their permissions', async () => {
    keysListed([
      callerKey({
        role_id: CUSTOM_ACCOUNT.id,
        role_name: CUSTOM_ACCOUNT.name,
        role_slug: CUSTOM_ACCOUNT.slug,
        project_accesses: [access(PROJECT, CUSTOM_PROJECT)],
      }),
    ]);
    get(`/api/v1/roles/${CUSTOM_ACCOUNT.id}`, 200, { success: true, data: CUSTOM_ACCOUNT });
    get(`/api/v1/roles/${CUSTOM_PROJECT.id}`, 200, { success: true, data: CUSTOM_PROJECT });
    const raff = testClient({ projectId: PROJECT });
    expect(await raff.can('apiKeys.delete')).toMatchObject({
      allowed: true,
      role: 'key-rotation',
      reason: 'the account role Key Rotation (key-rotation) grants account.apikeys.revoke',
    });
    expect(await raff.can('projects.create')).toMatchObject({ allowed: false });
    // The client's project is the default.
    expect(await raff.can('backups.deleteChain')).toMatchObject({
      allowed: true,
      permission: 'backup.delete',
      role: 'backups-pruner',
    });
    expect(await raff.can('vms.delete')).toMatchObject({ allowed: false, role: 'backups-pruner' });
    expect(sent).toEqual([
      'GET /api/v1/api-keys?limit=100&offset=0',
      `GET /api/v1/roles/${CUSTOM_ACCOUNT.id}`,
      `GET /api/v1/roles/${CUSTOM_PROJECT.id}`,
    ]);
  });

  it('lets an Owner key do everything, on every project, without reading any role', async () => {
    keysListed([callerKey()]);
    const raff = testClient();
    for (const [method, projectId] of [
      ['apiKeys.delete', undefined],
      ['vms.delete', OTHER_PROJECT],
      ['databases.create', OTHER_PROJECT],
    ] as const) {
      expect(await raff.can(method, { projectId })).toMatchObject({ allowed: true, role: 'owner' });
    }
    expect(sent).toHaveLength(1);
  });

  it('follows project access where Raff documents no permission, and says so', async () => {
    keysListed([
      callerKey({
        role_id: role('member').id,
        role_slug: 'member',
        project_accesses: [access(PROJECT, role('viewer'))],
      }),
    ]);
    const raff = testClient();
    expect(await raff.can('databases.create', { projectId: PROJECT })).toEqual({
      allowed: true,
      permission: null,
      scope: 'project',
      role: 'viewer',
      reason: `Raff documents no permission for databases.create, so the answer follows project access: the key holds Viewer (viewer) on project ${PROJECT}`,
    });
    expect(await raff.can('databases.delete', { projectId: OTHER_PROJECT })).toEqual({
      allowed: false,
      permission: null,
      scope: 'project',
      role: null,
      reason: `Raff documents no permission for databases.delete, so the answer follows project access, and the key has no role on project ${OTHER_PROJECT}`,
    });
  });

  it('answers calls that need no permission without any request', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    const raff = testClient({ fetch });
    expect(await raff.can('regions.list')).toEqual({
      allowed: true,
      permission: null,
      scope: null,
      role: null,
      reason: 'regions.list is public: it needs no key at all',
    });
    expect(await raff.can('sshKeys.list')).toMatchObject({
      allowed: true,
      reason: 'sshKeys.list needs no permission: any valid key may call it',
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses before any request: an unknown method, a project permission without a project', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    const raff = testClient({ fetch });
    // @ts-expect-error not an SDK method
    await expect(raff.can('vms.nope')).rejects.toThrow(/^can: "vms\.nope" is not an SDK method/);
    await expect(raff.can('vms.create')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[RaffValidationError: can: vms.create acts inside a project; pass { projectId } (or give the client one) to ask about it. Nothing was sent.]`,
    );
    await expect(raff.can('vms.create', { projectId: 'a b' })).rejects.toBeInstanceOf(
      RaffValidationError,
    );
    // @ts-expect-error not a parameter of can()
    await expect(raff.can('vms.create', { project: PROJECT })).rejects.toBeInstanceOf(
      RaffValidationError,
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it('passes on the 403 of a key that may not read API keys, as can’s', async () => {
    get(
      '/api/v1/api-keys',
      403,
      { error: 'Forbidden', message: 'Missing permission account.apikeys.view' },
      { limit: 100, offset: 0 },
    );
    const error = await testClient()
      .can('vms.list', { projectId: PROJECT })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffPermissionDeniedError);
    expect(error).toMatchObject({ operation: 'can', permission: 'account.apikeys.view' });
    expect((error as Error).message).toContain('[can needs account.apikeys.view]');
  });

  it('shares what it read with apiKeys.current for 60 seconds, then reads again', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    keysListed([callerKey({ role_id: role('admin').id, role_slug: 'admin' })]);
    const raff = testClient();
    await raff.apiKeys.current();
    expect(await raff.can('apiKeys.delete')).toMatchObject({ allowed: false });
    vi.setSystemTime(NOW.getTime() + 60_001);
    keysListed([callerKey()]);
    expect(await raff.can('apiKeys.delete')).toMatchObject({ allowed: true, role: 'owner' });
    expect(sent).toHaveLength(2);
  });

  it('forgets a custom role it read after this client changes a role', async () => {
    keysListed([callerKey({ role_id: CUSTOM_ACCOUNT.id, role_slug: CUSTOM_ACCOUNT.slug })]);
    get(`/api/v1/roles/${CUSTOM_ACCOUNT.id}`, 200, { success: true, data: CUSTOM_ACCOUNT });
    const raff = testClient();
    expect(await raff.can('apiKeys.delete')).toMatchObject({ allowed: true });
    const narrowed = { ...CUSTOM_ACCOUNT, permissions: ['account.apikeys.view'] };
    nock(API)
      .patch(`/api/v1/roles/${CUSTOM_ACCOUNT.id}`)
      .reply(200, { success: true, data: narrowed });
    await raff.roles.update(CUSTOM_ACCOUNT.id, { permissions: ['account.apikeys.view'] });
    keysListed([callerKey({ role_id: CUSTOM_ACCOUNT.id, role_slug: CUSTOM_ACCOUNT.slug })]);
    get(`/api/v1/roles/${CUSTOM_ACCOUNT.id}`, 200, { success: true, data: narrowed });
    expect(await raff.can('apiKeys.delete')).toMatchObject({ allowed: false });
  });
});
