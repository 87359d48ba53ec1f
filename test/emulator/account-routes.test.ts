import { describe, expect, it } from 'vitest';
import { PERMISSION_CATALOG } from '../../src/offline/permission-catalog.js';
import { call, createKey, startEmulator, systemRoleId } from '../support/emulator.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('roles and permissions routes', () => {
  it('lists the Owner and the 7 System roles, filterable by scope', async () => {
    const emulator = await startEmulator();
    const all = await call(emulator, 'GET', '/api/v1/roles', { key: emulator.ownerKey });
    expect(all.body.total).toBe(8);
    expect(all.body.data.every((r: { is_system: boolean }) => r.is_system)).toBe(true);
    const project = await call(emulator, 'GET', '/api/v1/roles?scope=project', {
      key: emulator.ownerKey,
    });
    expect(project.body.data.map((r: { slug: string }) => r.slug).sort()).toEqual([
      'operator',
      'project-admin',
      'project-member',
      'viewer',
    ]);
  });

  it('creates, reads, edits and deletes a custom role', async () => {
    const emulator = await startEmulator();
    const key = emulator.ownerKey;
    const created = await call(emulator, 'POST', '/api/v1/roles', {
      key,
      body: {
        name: 'CI Operator',
        slug: 'ci-operator',
        scope: 'project',
        permissions: ['vm.view', 'vm.create', 'backup.create'],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ slug: 'ci-operator', is_system: false });
    const id = created.body.data.id;
    expect(id).toMatch(UUID);

    const patched = await call(emulator, 'PATCH', `/api/v1/roles/${id}`, {
      key,
      body: { permissions: ['vm.view', 'vm.console'] },
    });
    expect(patched.body.data.permissions).toEqual(['vm.view', 'vm.console']);
    const fetched = await call(emulator, 'GET', `/api/v1/roles/${id}`, { key });
    expect(fetched.body.data.permissions).toEqual(['vm.view', 'vm.console']);

    const deleted = await call(emulator, 'DELETE', `/api/v1/roles/${id}`, { key });
    expect(deleted.body).toEqual({ success: true, message: 'Role deleted' });
  });

  it('serves the permission catalog snapshot, 21 account and 40 project permissions', async () => {
    const emulator = await startEmulator();
    const all = await call(emulator, 'GET', '/api/v1/permissions', { key: emulator.ownerKey });
    expect(all.body.data).toHaveLength(PERMISSION_CATALOG.length);
    const account = await call(emulator, 'GET', '/api/v1/permissions?scope=account', {
      key: emulator.ownerKey,
    });
    expect(account.body.data).toHaveLength(21);
    expect(account.body.data[0]).toEqual({
      name: 'account.projects.view',
      description: expect.any(String),
      scope: 'account',
      category: 'projects',
    });
  });
});

describe('projects and members routes', () => {
  it('pages projects with limit and offset and reports the total', async () => {
    const emulator = await startEmulator();
    const page = await call(emulator, 'GET', '/api/v1/projects?limit=1&offset=1', {
      key: emulator.ownerKey,
    });
    expect(page.body).toMatchObject({ success: true, total: 2 });
    expect(page.body.data).toEqual([expect.objectContaining({ name: 'customer1' })]);
  });

  it('defaults the project page size to 20', async () => {
    const emulator = await startEmulator();
    for (let i = 0; i < 20; i++) {
      await call(emulator, 'POST', '/api/v1/projects', {
        key: emulator.ownerKey,
        body: { name: `p${i}` },
      });
    }
    const page = await call(emulator, 'GET', '/api/v1/projects', { key: emulator.ownerKey });
    expect(page.body.total).toBe(22);
    expect(page.body.data).toHaveLength(20);
  });

  it('creates, renames and deletes a project; the Default project cannot be deleted', async () => {
    const emulator = await startEmulator();
    const key = emulator.ownerKey;
    const created = await call(emulator, 'POST', '/api/v1/projects', {
      key,
      body: { name: 'Customer Two', description: 'second customer' },
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({
      slug: 'customer-two',
      is_default: false,
      default_region: 'us-east',
    });
    const id = created.body.data.id;
    const fetched = await call(emulator, 'GET', `/api/v1/projects/${id}`, { key });
    expect(fetched.body).toEqual({ success: true, data: created.body.data });
    const renamed = await call(emulator, 'PUT', `/api/v1/projects/${id}`, {
      key,
      body: { name: 'customer2' },
    });
    expect(renamed.body.data.name).toBe('customer2');
    const deleted = await call(emulator, 'DELETE', `/api/v1/projects/${id}`, { key });
    expect(deleted.body).toEqual({ success: true, message: 'Project deleted' });

    const refused = await call(
      emulator,
      'DELETE',
      `/api/v1/projects/${emulator.projects.default.id}`,
      {
        key,
      },
    );
    expect(refused.status).toBe(409);
    const busy = await call(
      emulator,
      'DELETE',
      `/api/v1/projects/${emulator.projects.customer1.id}`,
      {
        key,
      },
    );
    expect(busy.status).toBe(409);
  });

  it('adds, reads, changes and removes project grants', async () => {
    const emulator = await startEmulator();
    const key = emulator.ownerKey;
    const project = emulator.projects.default.id;
    const { id: apiKeyId } = await createKey(emulator);
    const added = await call(emulator, 'POST', `/api/v1/projects/${project}/members`, {
      key,
      body: { api_key_id: apiKeyId, role_id: systemRoleId('viewer') },
    });
    expect(added.status).toBe(201);
    expect(added.body.data).toMatchObject({
      project_id: project,
      api_key_id: apiKeyId,
      user_id: null,
      role_name: 'Viewer',
      status: 'active',
    });
    const grant = added.body.data.id;
    const path = `/api/v1/projects/${project}/members/${grant}`;
    expect((await call(emulator, 'GET', path, { key })).body.data.id).toBe(grant);
    const changed = await call(emulator, 'PATCH', path, {
      key,
      body: { role_id: systemRoleId('operator') },
    });
    expect(changed.body.data.role_name).toBe('Operator');
    const listed = await call(emulator, 'GET', `/api/v1/projects/${project}/members`, { key });
    expect(listed.body.total).toBe(1);
    const removed = await call(emulator, 'DELETE', path, { key });
    expect(removed.body).toEqual({ success: true, message: 'Project member removed' });
    const again = await call(emulator, 'POST', `/api/v1/projects/${project}/members`, {
      key,
      body: { api_key_id: apiKeyId, role_id: systemRoleId('viewer') },
    });
    expect(again.status).toBe(201);
    const duplicate = await call(emulator, 'POST', `/api/v1/projects/${project}/members`, {
      key,
      body: { api_key_id: apiKeyId, role_id: systemRoleId('viewer') },
    });
    expect(duplicate.status).toBe(409);
  });

  it('grants a project role to an account user by target_user_id', async () => {
    const emulator = await startEmulator();
    const key = emulator.ownerKey;
    const members = await call(emulator, 'GET', '/api/v1/members?status=active', { key });
    const dana = members.body.data.find((m: { email: string }) => m.email === 'dana@example.com');
    const path = `/api/v1/projects/${emulator.projects.default.id}/members`;
    const added = await call(emulator, 'POST', path, {
      key,
      body: { target_user_id: dana.user_id, role_id: systemRoleId('project-member') },
    });
    expect(added.status).toBe(201);
    expect(added.body.data).toMatchObject({
      user_id: dana.user_id,
      api_key_id: null,
      email: 'dana@example.com',
      role: 'project-member',
    });
    const stranger = await call(emulator, 'POST', path, {
      key,
      body: {
        target_user_id: '6d0c1e4c-7f55-4f36-a1a4-3c7fbb0c2a11',
        role_id: systemRoleId('viewer'),
      },
    });
    expect(stranger.status).toBe(404);
  });

  it('lists account members with a status filter and reads one', async () => {
    const emulator = await startEmulator();
    const key = emulator.ownerKey;
    const all = await call(emulator, 'GET', '/api/v1/members', { key });
    expect(all.body.total).toBe(3);
    const pending = await call(emulator, 'GET', '/api/v1/members?status=pending', { key });
    expect(pending.body.data).toEqual([
      expect.objectContaining({ email: 'sam@example.com', status: 'pending' }),
    ]);
    const one = await call(emulator, 'GET', `/api/v1/members/${all.body.data[0].id}`, { key });
    expect(one.body.data).toMatchObject({ email: 'owner@example.com', role: 'owner' });
  });
});
