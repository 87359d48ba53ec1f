// apiKeys.create refuses, before anything is sent, a create the calling key could not finish or
// undo; a key that cannot read its own record goes ahead as before.
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import type { APIKey, Role } from '../../src/index.js';
import { RaffApiKeyGrantError, RaffPermissionDeniedError } from '../../src/index.js';
import { API, OTHER_PROJECT, PROJECT, testClient } from '../support/client.js';
import {
  apiKey,
  apiKeyWithSecret,
  callerKey,
  KEY_ID,
  NEW_SECRET,
  ROLES,
  role,
} from '../support/fixtures.js';

/** Every request the fake API answered, as `METHOD path?query`, in order. */
let sent: string[] = [];

function answer(method: 'get' | 'post', path: string, status: number, body: unknown) {
  return nock(API)
    [method](path)
    .query(true)
    .reply(status, function reply(uri) {
      sent.push(`${this.req.method} ${uri}`);
      return body as nock.Body;
    });
}

const KEY_ROTATION: Role = {
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
const KEY_GRANTER: Role = {
  id: 'c0ffee00-0000-4000-8000-00000000000c',
  name: 'Key Granter',
  slug: 'key-granter',
  scope: 'project',
  permissions: ['project.members.invite'],
  is_system: false,
};

function access(projectId: string, held: Pick<Role, 'id' | 'name' | 'slug'>) {
  return {
    project_id: projectId,
    project_name: projectId,
    role_id: held.id,
    role_name: held.name,
    role_slug: held.slug,
  };
}

/** The account's roles and keys, the calling key `caller` among them. */
function account(caller: APIKey) {
  answer('get', '/api/v1/roles', 200, {
    success: true,
    data: [...ROLES, KEY_ROTATION, KEY_GRANTER],
  });
  answer('get', '/api/v1/api-keys', 200, { success: true, data: [apiKey(), caller], total: 2 });
}

const PARAMS = {
  name: 'Backups Lambda',
  role: 'member',
  projects: [PROJECT, OTHER_PROJECT],
  project_role: 'operator',
} as const;

afterEach(() => {
  sent = [];
});

describe('apiKeys.create checks the calling key first', () => {
  it('refuses an Admin key, which could not revoke the new key: no POST is sent', async () => {
    account(callerKey({ role_id: role('admin').id, role_name: 'Admin', role_slug: 'admin' }));
    const error = await testClient()
      .apiKeys.create(PARAMS)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffPermissionDeniedError);
    expect(error).toMatchObject({
      permission: 'account.apikeys.revoke',
      operation: 'apiKeys.create',
      status: 403,
      method: 'POST',
      path: '/api/v1/api-keys',
      attempts: 0,
    });
    expect((error as Error).message).toMatchInlineSnapshot(
      `"apiKeys.create: this key (raff_17d70fcf…, account role Admin) lacks account.apikeys.revoke, so it could not revoke the new key if granting a project failed, and would leave it half-made. Nothing was sent. Use an Owner key, or a key whose account role has account.apikeys.* and whose project role has project.members.invite on each project. [apiKeys.create needs account.apikeys.revoke]"`,
    );
    expect(sent).toEqual([
      'GET /api/v1/roles?limit=100&offset=0',
      'GET /api/v1/api-keys?limit=100&offset=0',
    ]);
  });

  it('refuses a key without project.members.invite on a requested project, naming it', async () => {
    account(
      callerKey({
        role_id: KEY_ROTATION.id,
        role_name: KEY_ROTATION.name,
        role_slug: KEY_ROTATION.slug,
        project_accesses: [access(PROJECT, KEY_GRANTER), access(OTHER_PROJECT, role('operator'))],
      }),
    );
    answer('get', `/api/v1/roles/${KEY_ROTATION.id}`, 200, { success: true, data: KEY_ROTATION });
    answer('get', `/api/v1/roles/${KEY_GRANTER.id}`, 200, { success: true, data: KEY_GRANTER });
    const error = await testClient()
      .apiKeys.create(PARAMS)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffPermissionDeniedError);
    expect(error).toMatchObject({ permission: 'project.members.invite', attempts: 0 });
    expect((error as Error).message).toContain(
      `lacks project.members.invite on project ${OTHER_PROJECT} (it holds Operator there), so it cannot grant the new key that project. Nothing was sent.`,
    );
    expect((error as Error).message).toContain('[apiKeys.create needs project.members.invite]');
    expect(sent).toEqual([
      'GET /api/v1/roles?limit=100&offset=0',
      'GET /api/v1/api-keys?limit=100&offset=0',
      `GET /api/v1/roles/${KEY_ROTATION.id}`,
      `GET /api/v1/roles/${KEY_GRANTER.id}`,
    ]);
  });

  it('refuses a key with no role at all on a requested project', async () => {
    account(
      callerKey({
        role_id: KEY_ROTATION.id,
        role_slug: KEY_ROTATION.slug,
        project_accesses: [access(PROJECT, role('project-admin'))],
      }),
    );
    answer('get', `/api/v1/roles/${KEY_ROTATION.id}`, 200, { success: true, data: KEY_ROTATION });
    const error = await testClient()
      .apiKeys.create(PARAMS)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ permission: 'project.members.invite' });
    expect((error as Error).message).toContain(
      `on project ${OTHER_PROJECT} (it has no role there)`,
    );
    expect(sent.some((line) => line.startsWith('POST'))).toBe(false);
  });

  it('goes ahead for a custom-role key with account.apikeys.* and project.members.invite on each project', async () => {
    account(
      callerKey({
        role_id: KEY_ROTATION.id,
        role_slug: KEY_ROTATION.slug,
        project_accesses: [access(PROJECT, KEY_GRANTER), access(OTHER_PROJECT, KEY_GRANTER)],
      }),
    );
    answer('get', `/api/v1/roles/${KEY_ROTATION.id}`, 200, { success: true, data: KEY_ROTATION });
    answer('get', `/api/v1/roles/${KEY_GRANTER.id}`, 200, { success: true, data: KEY_GRANTER });
    answer('post', '/api/v1/api-keys', 201, { success: true, data: apiKeyWithSecret() });
    for (const project of [PROJECT, OTHER_PROJECT]) {
      answer('post', `/api/v1/projects/${project}/members`, 201, {
        success: true,
        data: { id: `m-${project}`, project_id: project, role_id: role('operator').id },
      });
    }
    answer('get', `/api/v1/api-keys/${KEY_ID}`, 200, { success: true, data: apiKey() });
    const key = await testClient().apiKeys.create(PARAMS);
    expect(key.secret).toBe(NEW_SECRET);
    expect(sent).toEqual([
      'GET /api/v1/roles?limit=100&offset=0',
      'GET /api/v1/api-keys?limit=100&offset=0',
      `GET /api/v1/roles/${KEY_ROTATION.id}`,
      `GET /api/v1/roles/${KEY_GRANTER.id}`,
      'POST /api/v1/api-keys',
      `POST /api/v1/projects/${PROJECT}/members`,
      `POST /api/v1/projects/${OTHER_PROJECT}/members`,
      `GET /api/v1/api-keys/${KEY_ID}`,
    ]);
  });

  it('goes ahead as before when the key may not read API keys (403 on the list)', async () => {
    answer('get', '/api/v1/roles', 200, { success: true, data: ROLES });
    answer('get', '/api/v1/api-keys', 403, {
      error: 'Forbidden',
      message: 'Missing permission account.apikeys.view',
    });
    answer('post', '/api/v1/api-keys', 201, { success: true, data: apiKeyWithSecret() });
    answer('post', `/api/v1/projects/${PROJECT}/members`, 403, {
      error: 'Forbidden',
      message: 'Missing permission project.members.invite',
    });
    nock(API)
      .delete(`/api/v1/api-keys/${KEY_ID}`)
      .reply(200, function reply(uri) {
        sent.push(`${this.req.method} ${uri}`);
        return { success: true, message: 'API key revoked' };
      });
    const error = await testClient()
      .apiKeys.create({ ...PARAMS, projects: [PROJECT] })
      .catch((e: unknown) => e);
    // The server's refusal of the grant, rolled back: what happened before the check existed.
    expect(error).toBeInstanceOf(RaffApiKeyGrantError);
    expect(error).toMatchObject({ rolledBack: true, projectId: PROJECT });
    expect(sent).toEqual([
      'GET /api/v1/roles?limit=100&offset=0',
      'GET /api/v1/api-keys?limit=100&offset=0',
      'POST /api/v1/api-keys',
      `POST /api/v1/projects/${PROJECT}/members`,
      `DELETE /api/v1/api-keys/${KEY_ID}`,
    ]);
  });

  it('goes ahead when a custom role of the key cannot be read (403 on roles.get)', async () => {
    account(callerKey({ role_id: KEY_ROTATION.id, role_slug: KEY_ROTATION.slug }));
    answer('get', `/api/v1/roles/${KEY_ROTATION.id}`, 403, {
      error: 'Forbidden',
      message: 'Missing permission account.roles.view',
    });
    answer('post', '/api/v1/api-keys', 500, { error: 'Internal', message: 'boom' });
    await expect(
      testClient().apiKeys.create({ ...PARAMS, projects: [PROJECT] }),
    ).rejects.toMatchObject({ status: 500, method: 'POST' });
    expect(sent.at(-1)).toBe('POST /api/v1/api-keys');
  });

  it('stops, with nothing created, when reading the key fails otherwise (401)', async () => {
    answer('get', '/api/v1/roles', 200, { success: true, data: ROLES });
    answer('get', '/api/v1/api-keys', 401, { error: 'Unauthorized', message: 'Invalid API key' });
    await expect(testClient().apiKeys.create(PARAMS)).rejects.toMatchObject({
      status: 401,
      operation: 'apiKeys.create',
    });
    expect(sent).toEqual([
      'GET /api/v1/roles?limit=100&offset=0',
      'GET /api/v1/api-keys?limit=100&offset=0',
    ]);
  });

  it('does not check a create without projects: there is no grant to roll back', async () => {
    answer('get', '/api/v1/roles', 200, { success: true, data: ROLES });
    answer('post', '/api/v1/api-keys', 201, { success: true, data: apiKeyWithSecret() });
    await testClient().apiKeys.create({ name: 'Billing export', role: 'billing' });
    expect(sent).toEqual(['GET /api/v1/roles?limit=100&offset=0', 'POST /api/v1/api-keys']);
  });

  it('lets an Owner key through without reading any role, and reuses the key it read', async () => {
    const raff = testClient();
    answer('get', '/api/v1/roles', 200, { success: true, data: ROLES });
    answer('get', '/api/v1/api-keys', 200, { success: true, data: [callerKey()], total: 1 });
    for (let i = 0; i < 2; i++) {
      answer('post', '/api/v1/api-keys', 201, { success: true, data: apiKeyWithSecret() });
      answer('post', `/api/v1/projects/${PROJECT}/members`, 201, {
        success: true,
        data: { id: 'm', project_id: PROJECT, role_id: role('operator').id },
      });
      answer('get', `/api/v1/api-keys/${KEY_ID}`, 200, { success: true, data: apiKey() });
      await raff.apiKeys.create({ ...PARAMS, projects: [PROJECT] });
    }
    expect(sent.filter((line) => line.startsWith('GET /api/v1/api-keys?'))).toHaveLength(1);
    expect(sent.filter((line) => line.startsWith('GET /api/v1/roles'))).toHaveLength(1);
  });
});
