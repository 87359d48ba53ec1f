import { describe, expect, it } from 'vitest';
import { call, createKey, startEmulator, systemRoleId } from '../support/emulator.js';

const DAY = 86_400_000;

describe('authentication failures (401)', () => {
  it('answers a request without X-API-Key with 401 saying the key is missing', async () => {
    const emulator = await startEmulator();
    const response = await call(emulator, 'GET', '/api/v1/projects');
    expect(response.status).toBe(401);
    expect(response.body).toEqual({
      error: 'Unauthorized',
      message: expect.stringMatching(/missing/),
    });
  });

  it('answers a malformed key with 401 without echoing it', async () => {
    const emulator = await startEmulator();
    const malformed = `${emulator.ownerKey.toUpperCase()}`;
    const response = await call(emulator, 'GET', '/api/v1/projects', { key: malformed });
    expect(response.status).toBe(401);
    expect(response.body.message).toMatch(/Malformed/);
    expect(JSON.stringify(response.body)).not.toContain(malformed.slice(5, 20));
  });

  it('answers a well-formed but unknown key with 401', async () => {
    const emulator = await startEmulator();
    const response = await call(emulator, 'GET', '/api/v1/projects', {
      key: `raff_${'0'.repeat(64)}`,
    });
    expect(response.body).toEqual({ error: 'Unauthorized', message: 'Invalid API key' });
  });

  it('answers an expired key with 401 once the clock passes expires_at', async () => {
    const emulator = await startEmulator();
    const expires = new Date(emulator.clock.now().getTime() + 30 * DAY).toISOString();
    const { secret } = await createKey(emulator, { expires_at: expires });
    expect((await call(emulator, 'GET', '/api/v1/projects', { key: secret })).status).toBe(200);
    emulator.clock.advance(30 * DAY + 1000);
    const response = await call(emulator, 'GET', '/api/v1/projects', { key: secret });
    expect(response.status).toBe(401);
    expect(response.body.message).toMatch(/expired/);
  });

  it('answers the old secret of a regenerated key with 401 at once', async () => {
    const emulator = await startEmulator();
    const { id, secret } = await createKey(emulator);
    const rotated = await call(emulator, 'POST', `/api/v1/api-keys/${id}/regenerate`, {
      key: emulator.ownerKey,
    });
    expect(rotated.status).toBe(200);
    const old = await call(emulator, 'GET', '/api/v1/projects', { key: secret });
    expect(old.status).toBe(401);
    expect(old.body.message).toMatch(/regenerated/);
    const fresh = await call(emulator, 'GET', '/api/v1/projects', {
      key: rotated.body.data.secret,
    });
    expect(fresh.status).toBe(200);
  });

  it('answers a revoked key with 401', async () => {
    const emulator = await startEmulator();
    const { id, secret } = await createKey(emulator);
    await call(emulator, 'DELETE', `/api/v1/api-keys/${id}`, { key: emulator.ownerKey });
    const response = await call(emulator, 'GET', '/api/v1/projects', { key: secret });
    expect(response.status).toBe(401);
    expect(response.body.message).toMatch(/revoked/);
  });

  it('fails a request already in flight when its key is revoked during the wait', async () => {
    const emulator = await startEmulator();
    const { id, secret } = await createKey(emulator);
    emulator.faults.inject({ method: 'GET', path: '/api/v1/projects', delayMs: 300 });
    const inFlight = call(emulator, 'GET', '/api/v1/projects', { key: secret });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const revoked = await call(emulator, 'DELETE', `/api/v1/api-keys/${id}`, {
      key: emulator.ownerKey,
    });
    expect(revoked.status).toBe(200);
    expect((await inFlight).status).toBe(401);
  });
});

describe('key lifecycle', () => {
  it('stores only a hash: no response after creation ever contains the secret', async () => {
    const emulator = await startEmulator();
    const { id, secret } = await createKey(emulator);
    await call(emulator, 'GET', `/api/v1/api-keys/${id}`, { key: secret });
    const later = emulator.exchanges.slice(1).map((e) => JSON.stringify(e.responseBody));
    expect(later.some((body) => body.includes(secret))).toBe(false);
  });

  it('sets last_used_at to the emulated time of the latest authenticated request', async () => {
    const emulator = await startEmulator({ now: new Date('2026-05-05T09:30:00Z') });
    const { id, secret } = await createKey(emulator, { role: systemRoleId('admin') });
    const before = await call(emulator, 'GET', `/api/v1/api-keys/${id}`, {
      key: emulator.ownerKey,
    });
    expect(before.body.data.last_used_at).toBeNull();
    emulator.clock.set(new Date('2026-06-01T12:00:00Z'));
    await call(emulator, 'GET', '/api/v1/projects', { key: secret });
    const after = await call(emulator, 'GET', `/api/v1/api-keys/${id}`, { key: emulator.ownerKey });
    expect(after.body.data.last_used_at).toMatch(/^2026-06-01T12:00:0\dZ$/);
  });

  it('regenerates with the same id, name, roles and grants, a new prefix and a fresh expiry', async () => {
    const emulator = await startEmulator();
    const start = emulator.clock.now().getTime();
    const { id, secret } = await createKey(emulator, {
      name: 'Backups Lambda',
      projects: [emulator.projects.customer1.id],
      projectRole: systemRoleId('operator'),
      expires_at: new Date(start + 90 * DAY).toISOString(),
    });
    await call(emulator, 'GET', '/api/v1/projects', { key: secret });
    emulator.clock.advance(100 * DAY);
    expect((await call(emulator, 'GET', '/api/v1/projects', { key: secret })).status).toBe(401);

    const rotated = await call(emulator, 'POST', `/api/v1/api-keys/${id}/regenerate`, {
      key: emulator.ownerKey,
    });
    const key = rotated.body.data;
    expect(key).toMatchObject({
      id,
      name: 'Backups Lambda',
      role_slug: 'member',
      last_used_at: null,
    });
    expect(key.project_accesses).toEqual([expect.objectContaining({ role_slug: 'operator' })]);
    expect(key.key_prefix).toBe(key.secret.slice(0, 13));
    expect(key.key_prefix).not.toBe(secret.slice(0, 13));
    const expiresIn = Date.parse(key.expires_at) - emulator.clock.now().getTime();
    expect(Math.abs(expiresIn - 90 * DAY)).toBeLessThan(5_000);
    expect((await call(emulator, 'GET', '/api/v1/projects', { key: key.secret })).status).toBe(200);
  });

  it('keeps a never-expiring key never-expiring when it is regenerated', async () => {
    const emulator = await startEmulator();
    const { id } = await createKey(emulator);
    const rotated = await call(emulator, 'POST', `/api/v1/api-keys/${id}/regenerate`, {
      key: emulator.ownerKey,
    });
    expect(rotated.body.data.expires_at).toBeNull();
  });

  it('refuses an expires_at in the past of the emulated clock', async () => {
    const emulator = await startEmulator();
    const response = await call(emulator, 'POST', '/api/v1/api-keys', {
      key: emulator.ownerKey,
      body: {
        name: 'late',
        expires_at: new Date(emulator.clock.now().getTime() - 1000).toISOString(),
      },
    });
    expect(response.status).toBe(400);
  });
});

describe('the emulated clock', () => {
  it('starts at the given time, keeps running, and can be advanced or set', async () => {
    const emulator = await startEmulator({ now: Date.parse('2030-01-01T00:00:00Z') });
    const start = emulator.clock.now().getTime();
    expect(start - Date.parse('2030-01-01T00:00:00Z')).toBeLessThan(1_000);
    emulator.clock.advance(DAY);
    expect(emulator.clock.now().getTime() - start).toBeGreaterThanOrEqual(DAY);
    emulator.clock.set(new Date('2031-02-03T04:05:06Z'));
    expect(emulator.clock.now().toISOString()).toMatch(/^2031-02-03T04:05:0/);
    expect(() => emulator.clock.advance(-1)).toThrow(RangeError);
  });
});
