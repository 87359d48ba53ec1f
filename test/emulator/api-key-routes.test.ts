import { describe, expect, it } from 'vitest';
import { call, createKey, startEmulator, systemRoleId } from '../support/emulator.js';

describe('API keys routes', () => {
  it('creates a key with 201, returning its secret once with a matching prefix', async () => {
    const emulator = await startEmulator();
    const created = await call(emulator, 'POST', '/api/v1/api-keys', {
      key: emulator.ownerKey,
      body: { name: 'Production CI', role_id: systemRoleId('admin') },
    });
    expect(created.status).toBe(201);
    const key = created.body.data;
    expect(created.body.success).toBe(true);
    expect(key.secret).toMatch(/^raff_[0-9a-f]{64}$/);
    expect(key.key_prefix).toBe(key.secret.slice(0, 13));
    expect(key).toMatchObject({
      name: 'Production CI',
      role_id: systemRoleId('admin'),
      role_name: 'Admin',
      role_slug: 'admin',
      rate_limit_tier: 'standard',
      expires_at: null,
      last_used_at: null,
      is_active: true,
      project_accesses: [],
    });

    const fetched = await call(emulator, 'GET', `/api/v1/api-keys/${key.id}`, {
      key: emulator.ownerKey,
    });
    expect(fetched.status).toBe(200);
    expect(fetched.body.data).not.toHaveProperty('secret');
    expect(fetched.body.data.key_prefix).toBe(key.key_prefix);
  });

  it('lists keys in a { success, data, total } envelope without any secret', async () => {
    const emulator = await startEmulator();
    await createKey(emulator, { name: 'Second' });
    const listed = await call(emulator, 'GET', '/api/v1/api-keys', { key: emulator.ownerKey });
    expect(listed.status).toBe(200);
    expect(listed.body).toMatchObject({ success: true, total: 2 });
    expect(listed.body.data.map((k: { name: string }) => k.name)).toEqual([
      'Owner bootstrap',
      'Second',
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(emulator.ownerKey);
  });

  it('shows project grants as project_accesses with project and role names', async () => {
    const emulator = await startEmulator();
    const { id } = await createKey(emulator, {
      projects: [emulator.projects.customer1.id],
      projectRole: systemRoleId('operator'),
    });
    const fetched = await call(emulator, 'GET', `/api/v1/api-keys/${id}`, {
      key: emulator.ownerKey,
    });
    expect(fetched.body.data.project_accesses).toEqual([
      {
        project_id: emulator.projects.customer1.id,
        project_name: 'customer1',
        role_id: systemRoleId('operator'),
        role_name: 'Operator',
        role_slug: 'operator',
      },
    ]);
  });

  it('renames a key and switches it off with PATCH', async () => {
    const emulator = await startEmulator();
    const { id, secret } = await createKey(emulator);
    const patched = await call(emulator, 'PATCH', `/api/v1/api-keys/${id}`, {
      key: emulator.ownerKey,
      body: { name: 'Renamed', is_active: false, rate_limit_tier: 'high' },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.data).toMatchObject({
      name: 'Renamed',
      is_active: false,
      rate_limit_tier: 'high',
    });
    const refused = await call(emulator, 'GET', '/api/v1/projects', { key: secret });
    expect(refused.status).toBe(401);
    expect(refused.body.message).toMatch(/disabled/);
  });

  it('refuses to change expires_at, which Raff documents as fixed at creation', async () => {
    const emulator = await startEmulator();
    const { id } = await createKey(emulator);
    const patched = await call(emulator, 'PATCH', `/api/v1/api-keys/${id}`, {
      key: emulator.ownerKey,
      body: { expires_at: '2099-01-01T00:00:00Z' },
    });
    expect(patched.status).toBe(400);
    expect(patched.body.message).toMatch(/expires_at/);
  });

  it('revokes a key with { success, message } and then answers 404 for it', async () => {
    const emulator = await startEmulator();
    const { id } = await createKey(emulator);
    const revoked = await call(emulator, 'DELETE', `/api/v1/api-keys/${id}`, {
      key: emulator.ownerKey,
    });
    expect(revoked).toMatchObject({
      status: 200,
      body: { success: true, message: 'API key revoked' },
    });
    const gone = await call(emulator, 'GET', `/api/v1/api-keys/${id}`, { key: emulator.ownerKey });
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual({ error: 'Not Found', message: expect.stringContaining(id) });
  });

  it('rejects a project role or an unknown role as a key account role', async () => {
    const emulator = await startEmulator();
    for (const role_id of [systemRoleId('operator'), '6d0c1e4c-7f55-4f36-a1a4-3c7fbb0c2a11']) {
      const created = await call(emulator, 'POST', '/api/v1/api-keys', {
        key: emulator.ownerKey,
        body: { name: 'x', role_id },
      });
      expect(created.status).toBe(400);
    }
  });
});
