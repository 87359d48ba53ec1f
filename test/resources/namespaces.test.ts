import nock from 'nock';
import { describe, expect, it } from 'vitest';
import {
  RaffAuthenticationError,
  RaffNotFoundError,
  RaffPermissionDeniedError,
  RaffValidationError,
} from '../../src/index.js';
import { API, KEY, PROJECT, testClient } from '../support/client.js';
import { KEY_ID, ROLES, role } from '../support/fixtures.js';

const accountLevel = { badheaders: ['x-project-id'] };
const PROJECT_RECORD = {
  id: PROJECT,
  account_id: '11111111-2222-4333-8444-555555555555',
  name: 'customer1',
  slug: 'customer1',
  default_region: 'us-east',
  is_default: false,
  is_active: true,
  created_at: '2026-03-23T00:00:00Z',
  updated_at: '2026-03-23T00:00:00Z',
};
const MEMBER = {
  id: 'm1',
  project_id: PROJECT,
  role_id: role('operator').id,
  status: 'active',
  api_key_id: KEY_ID,
};
const CUSTOM = {
  id: '22222222-3333-4444-8555-666666666666',
  name: 'CI Operator',
  slug: 'ci-operator',
  scope: 'project' as const,
  permissions: ['vm.view', 'vm.console'],
  is_system: false,
};

function rolesListed(extra: object[] = []) {
  nock(API, accountLevel)
    .get('/api/v1/roles')
    .query({ limit: 100, offset: 0 })
    .once()
    .reply(200, { success: true, data: [...ROLES, ...extra] });
}

describe('roles', () => {
  it('lists roles of one scope', async () => {
    nock(API, accountLevel)
      .matchHeader('x-api-key', KEY)
      .get('/api/v1/roles')
      .query({ scope: 'project' })
      .reply(200, { success: true, data: ROLES.filter((r) => r.scope === 'project') });
    const page = await testClient({ projectId: PROJECT }).roles.list({ scope: 'project' });
    expect(page.data.map((r) => r.slug)).toEqual([
      'project-admin',
      'operator',
      'project-member',
      'viewer',
    ]);
    expect(page.total).toBeUndefined();
  });

  it('creates, gets, updates and deletes a custom role', async () => {
    const body = {
      name: 'CI Operator',
      slug: 'ci-operator',
      scope: 'project' as const,
      permissions: ['vm.view'],
    };
    nock(API, accountLevel).post('/api/v1/roles', body).reply(201, { success: true, data: CUSTOM });
    nock(API, accountLevel)
      .get(`/api/v1/roles/${CUSTOM.id}`)
      .reply(200, { success: true, data: CUSTOM });
    nock(API, accountLevel)
      .patch(`/api/v1/roles/${CUSTOM.id}`, { permissions: ['vm.view', 'vm.console'] })
      .reply(200, { success: true, data: CUSTOM });
    nock(API, accountLevel)
      .delete(`/api/v1/roles/${CUSTOM.id}`)
      .reply(200, { success: true, message: 'deleted' });
    const raff = testClient();
    expect(await raff.roles.create(body)).toEqual(CUSTOM);
    expect(await raff.roles.get(CUSTOM.id)).toEqual(CUSTOM);
    expect(await raff.roles.update(CUSTOM.id, { permissions: ['vm.view', 'vm.console'] })).toEqual(
      CUSTOM,
    );
    await expect(raff.roles.delete(CUSTOM.id)).resolves.toBeUndefined();
  });

  it('previews permissions offline, custom roles included', () => {
    const preview = testClient().roles.preview(
      { role: 'member', projects: [PROJECT], project_role: 'ci-operator' },
      { roles: [CUSTOM] },
    );
    expect(preview.lines[0]).toBe('Account Permissions (Member) - 3 permissions');
    expect(preview.project?.permissions).toEqual(['vm.console', 'vm.view']);
  });

  it('maps 401 on list to RaffAuthenticationError', async () => {
    nock(API)
      .get('/api/v1/roles')
      .reply(401, { error: 'Unauthorized', message: 'API key expired' });
    await expect(testClient().roles.list()).rejects.toBeInstanceOf(RaffAuthenticationError);
  });
});

describe('permissions', () => {
  it('lists the live catalog for one scope', async () => {
    nock(API, accountLevel)
      .get('/api/v1/permissions')
      .query({ scope: 'account' })
      .reply(200, {
        success: true,
        data: [{ name: 'account.audit.view', scope: 'account', category: 'audit' }],
      });
    const permissions = await testClient({ projectId: PROJECT }).permissions.list({
      scope: 'account',
    });
    // Every list answers as a page; one that does not page has all items, so total is their count.
    expect(permissions).toEqual({
      data: [{ name: 'account.audit.view', scope: 'account', category: 'audit' }],
      total: 1,
    });
  });

  it('maps 403 to RaffPermissionDeniedError', async () => {
    nock(API).get('/api/v1/permissions').reply(403, { error: 'Forbidden', message: 'no' });
    await expect(testClient().permissions.list()).rejects.toBeInstanceOf(RaffPermissionDeniedError);
  });
});

describe('projects', () => {
  it('lists, gets, creates, updates and deletes projects without X-Project-ID', async () => {
    nock(API, accountLevel)
      .get('/api/v1/projects')
      .query({ limit: 10 })
      .reply(200, { success: true, data: [PROJECT_RECORD], total: 1 });
    nock(API, accountLevel)
      .get(`/api/v1/projects/${PROJECT}`)
      .reply(200, { success: true, data: PROJECT_RECORD });
    nock(API, accountLevel)
      .post('/api/v1/projects', { name: 'customer1' })
      .reply(201, { success: true, data: PROJECT_RECORD });
    nock(API, accountLevel)
      .put(`/api/v1/projects/${PROJECT}`, { description: 'Customer 1' })
      .reply(200, { success: true, data: PROJECT_RECORD });
    nock(API, accountLevel)
      .delete(`/api/v1/projects/${PROJECT}`)
      .reply(200, { success: true, message: 'deleted' });
    const raff = testClient({ projectId: PROJECT });
    expect(await raff.projects.list({ limit: 10 })).toEqual({ data: [PROJECT_RECORD], total: 1 });
    expect(await raff.projects.get(PROJECT)).toEqual(PROJECT_RECORD);
    expect(await raff.projects.create({ name: 'customer1' })).toEqual(PROJECT_RECORD);
    expect(await raff.projects.update(PROJECT, { description: 'Customer 1' })).toEqual(
      PROJECT_RECORD,
    );
    await expect(raff.projects.delete(PROJECT)).resolves.toBeUndefined();
  });

  it('maps 404 on get to RaffNotFoundError', async () => {
    nock(API)
      .get(`/api/v1/projects/${PROJECT}`)
      .reply(404, { error: 'Not Found', message: 'no project' });
    await expect(testClient().projects.get(PROJECT)).rejects.toBeInstanceOf(RaffNotFoundError);
  });
});

describe('projects.members', () => {
  it('adds an API key with a project role given by slug', async () => {
    rolesListed();
    nock(API, accountLevel)
      .post(`/api/v1/projects/${PROJECT}/members`, {
        api_key_id: KEY_ID,
        role_id: role('operator').id,
      })
      .reply(201, { success: true, data: MEMBER });
    expect(
      await testClient().projects.members.add(PROJECT, { api_key_id: KEY_ID, role: 'operator' }),
    ).toEqual(MEMBER);
  });

  it('adds with a custom project role slug', async () => {
    rolesListed([CUSTOM]);
    nock(API)
      .post(`/api/v1/projects/${PROJECT}/members`, { api_key_id: KEY_ID, role_id: CUSTOM.id })
      .reply(201, { success: true, data: { ...MEMBER, role_id: CUSTOM.id } });
    await testClient().projects.members.add(PROJECT, { api_key_id: KEY_ID, role: 'ci-operator' });
  });

  it('lists, gets, updates and removes members', async () => {
    rolesListed();
    nock(API, accountLevel)
      .get(`/api/v1/projects/${PROJECT}/members`)
      .query({ status: 'active' })
      .reply(200, { success: true, data: [MEMBER], total: 1 });
    nock(API, accountLevel)
      .get(`/api/v1/projects/${PROJECT}/members/m1`)
      .reply(200, { success: true, data: MEMBER });
    nock(API, accountLevel)
      .patch(`/api/v1/projects/${PROJECT}/members/m1`, {
        role_id: role('viewer').id,
        status: 'suspended',
      })
      .reply(200, { success: true, data: MEMBER });
    nock(API, accountLevel)
      .delete(`/api/v1/projects/${PROJECT}/members/m1`)
      .reply(200, { success: true, message: 'removed' });
    const raff = testClient();
    expect(await raff.projects.members.list(PROJECT, { status: 'active' })).toEqual({
      data: [MEMBER],
      total: 1,
    });
    expect(await raff.projects.members.get(PROJECT, 'm1')).toEqual(MEMBER);
    await raff.projects.members.update(PROJECT, 'm1', { role: 'viewer', status: 'suspended' });
    await expect(raff.projects.members.remove(PROJECT, 'm1')).resolves.toBeUndefined();
  });

  it('rejects both api_key_id and target_user_id before any request', async () => {
    await expect(
      testClient().projects.members.add(PROJECT, {
        api_key_id: KEY_ID,
        target_user_id: 'u1',
        role: 'viewer',
      } as never),
    ).rejects.toBeInstanceOf(RaffValidationError);
  });

  it('rejects an account role for a project grant', async () => {
    rolesListed();
    await expect(
      testClient().projects.members.add(PROJECT, { api_key_id: KEY_ID, role: 'billing' }),
    ).rejects.toThrowErrorMatchingInlineSnapshot(
      `[RaffValidationError: role "billing" is an account role; role takes a project role (operator, project-admin, project-member, viewer).]`,
    );
  });
});

describe('vms', () => {
  it('lists VMs of the client project and maps 403 for an unreachable one', async () => {
    nock(API)
      .matchHeader('x-project-id', PROJECT)
      .get('/api/v1/vms')
      .query({ limit: 5 })
      .reply(200, {
        success: true,
        data: [],
        total: 0,
      });
    nock(API)
      .matchHeader('x-project-id', 'elsewhere')
      .get('/api/v1/vms')
      .reply(403, { error: 'Forbidden', message: 'API key has no access to this project' });
    const raff = testClient({ projectId: PROJECT });
    expect(await raff.vms.list({ limit: 5 })).toEqual({ data: [], total: 0 });
    await expect(raff.vms.list({}, { projectId: 'elsewhere' })).rejects.toMatchObject({
      status: 403,
      projectId: 'elsewhere',
    });
  });
});

describe('backups', () => {
  const BACKUP = {
    id: '3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a98',
    name: 'nightly',
    storage_size: 12,
    status: 'pending',
  };

  it('creates a backup in the client project', async () => {
    nock(API)
      .matchHeader('x-project-id', PROJECT)
      .post('/api/v1/backups', { vm_id: KEY_ID, name: 'nightly' })
      .reply(202, { success: true, data: BACKUP });
    expect(
      await testClient({ projectId: PROJECT }).backups.create({ vm_id: KEY_ID, name: 'nightly' }),
    ).toEqual(BACKUP);
  });

  it('refuses to create a backup without any project, before any request', async () => {
    await expect(testClient().backups.create({ vm_id: KEY_ID })).rejects.toBeInstanceOf(
      RaffValidationError,
    );
  });

  it('lists backups across projects when no project is set', async () => {
    nock(API, accountLevel)
      .get('/api/v1/backups')
      .query({ vm_id: KEY_ID })
      .reply(200, { success: true, data: [BACKUP], total: 1 });
    expect(await testClient().backups.list({ vm_id: KEY_ID })).toEqual({
      data: [BACKUP],
      total: 1,
    });
  });
});
