import { describe, expect, it } from 'vitest';
import { seedState } from '../../src/testing/seed.js';
import { Access } from '../../src/testing/server/access.js';
import { call, createKey, startEmulator, systemRoleId } from '../support/emulator.js';

describe('permission checks (403)', () => {
  it('refuses an Admin key the revoke it lacks, naming the permission', async () => {
    const emulator = await startEmulator();
    const admin = await createKey(emulator, { role: systemRoleId('admin') });
    const victim = await createKey(emulator);
    const response = await call(emulator, 'DELETE', `/api/v1/api-keys/${victim.id}`, {
      key: admin.secret,
    });
    expect(response.status).toBe(403);
    expect(response.body).toEqual({
      error: 'Forbidden',
      message: 'Missing permission account.apikeys.revoke',
    });
    const allowed = await call(emulator, 'GET', '/api/v1/api-keys', { key: admin.secret });
    expect(allowed.status).toBe(200);
  });

  it('refuses an X-Project-ID the key cannot reach, or that does not exist', async () => {
    const emulator = await startEmulator();
    const { secret } = await createKey(emulator, {
      projects: [emulator.projects.customer1.id],
      projectRole: systemRoleId('operator'),
    });
    for (const project of [emulator.projects.default.id, '6d0c1e4c-7f55-4f36-a1a4-3c7fbb0c2a11']) {
      const response = await call(emulator, 'GET', '/api/v1/vms', {
        key: secret,
        headers: { 'X-Project-ID': project },
      });
      expect(response.status).toBe(403);
      expect(response.body.error).toBe('Forbidden');
    }
  });

  it('applies a role edit to every key holding it on the next request', async () => {
    const emulator = await startEmulator();
    const role = await call(emulator, 'POST', '/api/v1/roles', {
      key: emulator.ownerKey,
      body: { name: 'Watcher', slug: 'watcher', scope: 'project', permissions: ['vm.view'] },
    });
    const roleId = role.body.data.id;
    const project = emulator.projects.customer1.id;
    const { secret } = await createKey(emulator, { projects: [project], projectRole: roleId });
    const headers = { 'X-Project-ID': project };
    expect((await call(emulator, 'GET', '/api/v1/vms', { key: secret, headers })).status).toBe(200);

    await call(emulator, 'PATCH', `/api/v1/roles/${roleId}`, {
      key: emulator.ownerKey,
      body: { permissions: ['backup.view'] },
    });
    const refused = await call(emulator, 'GET', '/api/v1/vms', { key: secret, headers });
    expect(refused.body).toEqual({ error: 'Forbidden', message: 'Missing permission vm.view' });
    expect((await call(emulator, 'GET', '/api/v1/backups', { key: secret, headers })).status).toBe(
      200,
    );
  });

  it('grants nothing through a role that no longer exists (fails closed)', () => {
    const { state, customer1ProjectId } = seedState(Date.now());
    const key = [...state.keys.values()][0];
    if (key === undefined) throw new Error('no seeded key');
    const orphan = { ...key, id: 'k2', roleId: 'deleted-account-role' };
    state.grants.set('g1', {
      id: 'g1',
      projectId: customer1ProjectId,
      userId: null,
      apiKeyId: 'k2',
      email: undefined,
      roleId: 'deleted-project-role',
      status: 'active',
      invitedBy: state.ownerUserId,
      invitedAt: null,
      acceptedAt: null,
      createdAt: Date.now(),
    });
    const access = new Access(state, orphan);
    expect(access.accountPermissions().size).toBe(0);
    expect(access.projectPermissions(customer1ProjectId)?.size).toBe(0);
    expect(() => access.requireProject(customer1ProjectId, 'vm.view')).toThrow(
      'Missing permission vm.view',
    );
  });

  it('checks getVM against the project of the VM it finds', async () => {
    const emulator = await startEmulator();
    const { secret } = await createKey(emulator, {
      projects: [emulator.projects.customer1.id],
      projectRole: systemRoleId('viewer'),
    });
    const all = await call(emulator, 'GET', '/api/v1/vms', { key: emulator.ownerKey });
    const inDefault = all.body.data.find(
      (vm: { project_id: string }) => vm.project_id === emulator.projects.default.id,
    );
    const inCustomer1 = all.body.data.find(
      (vm: { project_id: string }) => vm.project_id === emulator.projects.customer1.id,
    );
    expect(
      (await call(emulator, 'GET', `/api/v1/vms/${inCustomer1.id}`, { key: secret })).status,
    ).toBe(200);
    expect(
      (await call(emulator, 'GET', `/api/v1/vms/${inDefault.id}`, { key: secret })).status,
    ).toBe(403);
  });

  it('checks project member routes against the project in the path', async () => {
    const emulator = await startEmulator();
    const { secret } = await createKey(emulator, {
      projects: [emulator.projects.customer1.id],
      projectRole: systemRoleId('operator'),
    });
    const own = `/api/v1/projects/${emulator.projects.customer1.id}/members`;
    expect((await call(emulator, 'GET', own, { key: secret })).status).toBe(200);
    const invite = await call(emulator, 'POST', own, {
      key: secret,
      body: { api_key_id: '6d0c1e4c-7f55-4f36-a1a4-3c7fbb0c2a11', role_id: systemRoleId('viewer') },
    });
    expect(invite.body.message).toBe('Missing permission project.members.invite');
    const other = `/api/v1/projects/${emulator.projects.default.id}/members`;
    expect((await call(emulator, 'GET', other, { key: secret })).status).toBe(403);
  });
});

describe('X-Project-ID rules', () => {
  it('requires X-Project-ID on project-scoped mutations', async () => {
    const emulator = await startEmulator();
    const response = await call(emulator, 'POST', '/api/v1/backups', {
      key: emulator.ownerKey,
      body: { vm_id: '6d0c1e4c-7f55-4f36-a1a4-3c7fbb0c2a11' },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: 'Bad Request', message: 'X-Project-ID required' });
  });

  it('lists only projects where the key holds the view permission when the header is left out', async () => {
    const emulator = await startEmulator();
    const { secret } = await createKey(emulator, {
      projects: [emulator.projects.customer1.id],
      projectRole: systemRoleId('viewer'),
    });
    const vms = await call(emulator, 'GET', '/api/v1/vms', { key: secret });
    expect(vms.body.total).toBe(2);
    expect(new Set(vms.body.data.map((vm: { project_id: string }) => vm.project_id))).toEqual(
      new Set([emulator.projects.customer1.id]),
    );
    const noGrants = await createKey(emulator);
    const empty = await call(emulator, 'GET', '/api/v1/backups', { key: noGrants.secret });
    expect(empty.body).toEqual({ success: true, data: [], total: 0 });
  });

  it('ignores X-Project-ID on get-by-id and account-level calls', async () => {
    const emulator = await startEmulator();
    const elsewhere = { 'X-Project-ID': '6d0c1e4c-7f55-4f36-a1a4-3c7fbb0c2a11' };
    const key = emulator.ownerKey;
    const vms = await call(emulator, 'GET', '/api/v1/vms', { key });
    expect(
      (
        await call(emulator, 'GET', `/api/v1/vms/${vms.body.data[0].id}`, {
          key,
          headers: elsewhere,
        })
      ).status,
    ).toBe(200);
    expect(
      (await call(emulator, 'GET', '/api/v1/api-keys', { key, headers: elsewhere })).status,
    ).toBe(200);
  });
});

describe('role rules', () => {
  it('keeps System roles read-only: PATCH and DELETE answer 400', async () => {
    const emulator = await startEmulator();
    const path = `/api/v1/roles/${systemRoleId('viewer')}`;
    const patched = await call(emulator, 'PATCH', path, {
      key: emulator.ownerKey,
      body: { name: 'Peeker' },
    });
    expect(patched.status).toBe(400);
    expect((await call(emulator, 'DELETE', path, { key: emulator.ownerKey })).status).toBe(400);
  });

  it('refuses to delete a role a key or grant still holds (409)', async () => {
    const emulator = await startEmulator();
    const role = await call(emulator, 'POST', '/api/v1/roles', {
      key: emulator.ownerKey,
      body: {
        name: 'Auditor',
        slug: 'auditor',
        scope: 'account',
        permissions: ['account.audit.view'],
      },
    });
    await createKey(emulator, { role: role.body.data.id });
    const response = await call(emulator, 'DELETE', `/api/v1/roles/${role.body.data.id}`, {
      key: emulator.ownerKey,
    });
    expect(response.status).toBe(409);
    expect(response.body.message).toMatch(/in use/);
  });

  it('refuses a duplicate slug (409) and permissions outside the role scope (400)', async () => {
    const emulator = await startEmulator();
    const body = { name: 'Ops', slug: 'operator', scope: 'project', permissions: ['vm.view'] };
    expect(
      (await call(emulator, 'POST', '/api/v1/roles', { key: emulator.ownerKey, body })).status,
    ).toBe(409);
    const wrongScope = await call(emulator, 'POST', '/api/v1/roles', {
      key: emulator.ownerKey,
      body: { ...body, slug: 'ops', permissions: ['account.billing.view'] },
    });
    expect(wrongScope.status).toBe(400);
    const unknown = await call(emulator, 'POST', '/api/v1/roles', {
      key: emulator.ownerKey,
      body: { ...body, slug: 'ops', permissions: ['vm.teleport'] },
    });
    expect(unknown.body.message).toBe('Unknown permission "vm.teleport"');
  });
});
