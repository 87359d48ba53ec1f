import { describe, expect, it } from 'vitest';
import {
  RaffAuthenticationError,
  RaffBillingError,
  RaffClient,
  RaffConflictError,
  RaffInternalServerError,
  RaffPermissionDeniedError,
  RaffRateLimitError,
} from '../../src/index.js';
import { startEmulator, type TestEmulator } from '../support/emulator.js';

const DAY = 86_400_000;

function ownerOf(emulator: TestEmulator, options = {}): RaffClient {
  return new RaffClient({
    apiKey: emulator.ownerKey,
    baseUrl: emulator.url,
    logLevel: 'off',
    ...options,
  });
}

function clientFor(emulator: TestEmulator, apiKey: string, options = {}): RaffClient {
  return new RaffClient({ apiKey, baseUrl: emulator.url, logLevel: 'off', ...options });
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

/** The first item, or a failed test when there is none. */
function first<T>(items: readonly T[]): T {
  const [item] = items;
  if (item === undefined) throw new Error('expected at least one item');
  return item;
}

function sent(emulator: TestEmulator, method: string, template: string) {
  return emulator.exchanges.filter((e) => e.method === method && e.template === template);
}

describe('the SDK against the emulator, namespace by namespace', () => {
  it('lists roles, permissions and projects, and manages a custom role', async () => {
    const emulator = await startEmulator();
    const raff = ownerOf(emulator);
    const roles = await collect(raff.roles.listAll());
    expect(roles.map((r) => r.slug)).toEqual(
      expect.arrayContaining([
        'owner',
        'admin',
        'billing',
        'member',
        'project-admin',
        'operator',
        'project-member',
        'viewer',
      ]),
    );
    const permissions = await raff.permissions.list();
    expect(permissions.data).toHaveLength(61);
    expect(permissions.total).toBe(61);
    const { data: projects, total } = await raff.projects.list();
    expect(total).toBe(2);
    expect(projects.map((p) => p.name).sort()).toEqual(['Default', 'customer1']);

    const custom = await raff.roles.create({
      name: 'CI Operator',
      slug: 'ci-operator',
      scope: 'project',
      permissions: ['vm.view', 'backup.create', 'backup.view'],
    });
    expect(custom.is_system).toBe(false);
    const updated = await raff.roles.update(custom.id, { permissions: ['vm.view', 'vm.console'] });
    expect(updated.permissions.sort()).toEqual(['vm.console', 'vm.view']);
    await raff.roles.delete(custom.id);
    await expect(raff.roles.get(custom.id)).rejects.toMatchObject({ status: 404 });
  });

  it('creates, updates and deletes a project and grants a key on it by role slug', async () => {
    const emulator = await startEmulator();
    const raff = ownerOf(emulator);
    const staging = await raff.projects.create({ name: 'staging' });
    expect((await raff.projects.update(staging.id, { description: 'pre-prod' })).description).toBe(
      'pre-prod',
    );
    const key = await raff.apiKeys.create({ name: 'CI', role: 'member' });
    const member = await raff.projects.members.add(staging.id, {
      api_key_id: key.id,
      role: 'viewer',
    });
    expect(member.api_key_id).toBe(key.id);
    const { data: members } = await raff.projects.members.list(staging.id);
    expect(members.map((m) => m.api_key_id)).toContain(key.id);
    await raff.projects.members.remove(staging.id, member.id);
    await raff.projects.delete(staging.id);
    await expect(raff.projects.delete(emulator.projects.default.id)).rejects.toBeInstanceOf(
      RaffConflictError,
    );
  });

  it('lists VMs across projects, per project, and gets one by id without X-Project-ID', async () => {
    const emulator = await startEmulator();
    const raff = ownerOf(emulator);
    const everywhere = await collect(raff.vms.listAll());
    const inCustomer1 = await collect(
      raff.vms.listAll({}, { projectId: emulator.projects.customer1.id }),
    );
    expect(inCustomer1.length).toBeGreaterThan(0);
    expect(everywhere.length).toBeGreaterThan(inCustomer1.length);
    expect(inCustomer1.every((vm) => vm.project_id === emulator.projects.customer1.id)).toBe(true);
    const vm = first(inCustomer1);
    expect(await raff.vms.get(vm.id)).toMatchObject({ id: vm.id, name: vm.name });
    const [get] = sent(emulator, 'GET', '/api/v1/vms/{id}');
    expect(get?.requestHeaders['x-project-id']).toBeUndefined();
  });

  it('creates a backup in the client project and lists it', async () => {
    const emulator = await startEmulator();
    const raff = ownerOf(emulator, { projectId: emulator.projects.customer1.id });
    const vm = first((await raff.vms.list()).data);
    const backup = await raff.backups.create({ vm_id: vm.id, name: 'nightly' });
    expect(backup.status).toBe('pending');
    const { data } = await raff.backups.list({ vm_id: vm.id });
    expect(data.map((b) => b.id)).toContain(backup.id);
    expect(sent(emulator, 'POST', '/api/v1/backups')[0]?.requestHeaders['x-project-id']).toBe(
      emulator.projects.customer1.id,
    );
  });
});

describe('the key lifecycle, end to end', () => {
  it('creates a scoped key, uses it, rotates it, revokes it', async () => {
    const emulator = await startEmulator();
    const owner = ownerOf(emulator);
    const { default: defaultProject, customer1 } = emulator.projects;
    const key = await owner.apiKeys.create({
      name: 'Backups Lambda',
      role: 'admin',
      projects: [defaultProject.id, customer1.id],
      project_role: 'operator',
      expires_in: '90d',
    });
    expect(key.project_accesses?.map((a) => `${a.project_name} (${a.role_name})`).sort()).toEqual([
      'Default (Operator)',
      'customer1 (Operator)',
    ]);
    const lambda = clientFor(emulator, key.secret, { projectId: customer1.id });
    await lambda.vms.list();
    expect((await owner.apiKeys.get(key.id)).last_used_at).toBeTruthy();

    const rotated = await owner.apiKeys.regenerate(key.id);
    expect(rotated.id).toBe(key.id);
    expect(rotated.secret).not.toBe(key.secret);
    await expect(lambda.vms.list()).rejects.toBeInstanceOf(RaffAuthenticationError);
    const rotatedClient = clientFor(emulator, rotated.secret, { projectId: customer1.id });
    await rotatedClient.vms.list();

    await owner.apiKeys.delete(key.id);
    await expect(rotatedClient.vms.list()).rejects.toBeInstanceOf(RaffAuthenticationError);
    expect((await owner.apiKeys.list()).data.map((k) => k.id)).not.toContain(key.id);
  });

  it('rolls back a key whose grant fails, leaving no key behind', async () => {
    const emulator = await startEmulator();
    const owner = ownerOf(emulator);
    emulator.faults.inject({
      method: 'POST',
      path: '/api/v1/projects/{id}/members',
      status: 500,
      body: { error: 'Internal', message: 'grant broke' },
    });
    await expect(
      owner.apiKeys.create({
        name: 'Doomed',
        role: 'member',
        projects: [emulator.projects.customer1.id],
        project_role: 'viewer',
      }),
    ).rejects.toMatchObject({ name: 'RaffApiKeyGrantError', rolledBack: true });
    expect((await owner.apiKeys.list()).data.map((k) => k.name)).not.toContain('Doomed');
  });
});

describe('every 401 cause reaches the SDK as RaffAuthenticationError', () => {
  it('an unknown key', async () => {
    const emulator = await startEmulator();
    await expect(clientFor(emulator, `raff_${'0'.repeat(64)}`).roles.list()).rejects.toBeInstanceOf(
      RaffAuthenticationError,
    );
  });

  it('an expired key, once the clock passes its expiry', async () => {
    const emulator = await startEmulator();
    const key = await ownerOf(emulator).apiKeys.create({
      name: 'short',
      role: 'member',
      expires_in: '30d',
    });
    const client = clientFor(emulator, key.secret);
    await client.projects.list();
    emulator.clock.advance(31 * DAY);
    const error = await client.projects.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffAuthenticationError);
    expect((error as RaffAuthenticationError).serverMessage).toMatch(/expired/i);
  });
});

describe('every 403 cause reaches the SDK as a typed error', () => {
  it('a missing permission', async () => {
    const emulator = await startEmulator();
    const key = await ownerOf(emulator).apiKeys.create({ name: 'member', role: 'member' });
    const error = await clientFor(emulator, key.secret)
      .apiKeys.list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffPermissionDeniedError);
    expect((error as RaffPermissionDeniedError).serverMessage).toContain('account.apikeys.view');
  });

  it('a project the key cannot reach', async () => {
    const emulator = await startEmulator();
    const key = await ownerOf(emulator).apiKeys.create({
      name: 'c1',
      role: 'member',
      projects: [emulator.projects.customer1.id],
      project_role: 'viewer',
    });
    const error = await clientFor(emulator, key.secret)
      .vms.list({}, { projectId: emulator.projects.default.id })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffPermissionDeniedError);
    expect(error).toMatchObject({ projectId: emulator.projects.default.id, status: 403 });
  });

  it('an account that is not in good standing', async () => {
    const emulator = await startEmulator();
    emulator.billing.set('failed');
    const raff = ownerOf(emulator, { projectId: emulator.projects.customer1.id });
    const vm = first((await raff.vms.list()).data);
    const error = await raff.backups.create({ vm_id: vm.id }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffBillingError);
    expect((error as RaffBillingError).reason).toBe('failed');
  });
});

describe('rate limits and faults through the SDK retries', () => {
  it('honours 429 Retry-After until every call succeeds', async () => {
    const emulator = await startEmulator({ rateLimits: { standard: { perSecond: 10, burst: 5 } } });
    const raff = ownerOf(emulator, { maxRetries: 5 });
    const results = await Promise.all(Array.from({ length: 30 }, () => raff.projects.list()));
    expect(results.every((page) => page.total === 2)).toBe(true);
    const limited = emulator.exchanges.filter((e) => e.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0]?.responseHeaders['retry-after']).toMatch(/^\d+$/);
  }, 20_000);

  it('with the client-side limiter on, runs the same burst with no 429 at all', async () => {
    const emulator = await startEmulator({ rateLimits: { standard: { perSecond: 20, burst: 5 } } });
    const raff = ownerOf(emulator, { rateLimit: { perSecond: 20, burst: 5 } });
    await Promise.all(Array.from({ length: 30 }, () => raff.projects.list()));
    expect(emulator.exchanges.filter((e) => e.status === 429)).toEqual([]);
  }, 20_000);

  it('retries an injected 503 on a GET, and never repeats a POST', async () => {
    const emulator = await startEmulator();
    const raff = ownerOf(emulator, { projectId: emulator.projects.customer1.id });
    emulator.faults.inject({
      method: 'GET',
      path: '/api/v1/vms',
      status: 503,
      headers: { 'Retry-After': '0' },
      times: 2,
    });
    const { data: vms } = await raff.vms.list();
    expect(sent(emulator, 'GET', '/api/v1/vms')).toHaveLength(3);

    const before = (await raff.backups.list()).total;
    emulator.faults.inject({ method: 'POST', path: '/api/v1/backups', status: 503, times: 1 });
    await expect(raff.backups.create({ vm_id: first(vms).id })).rejects.toBeInstanceOf(
      RaffInternalServerError,
    );
    expect(sent(emulator, 'POST', '/api/v1/backups')).toHaveLength(1);
    expect((await raff.backups.list()).total).toBe(before);
  });

  it('fails fast with RaffRateLimitError when Retry-After is beyond the cap', async () => {
    const emulator = await startEmulator();
    emulator.faults.inject({
      method: 'GET',
      path: '/api/v1/roles',
      status: 429,
      headers: { 'Retry-After': '600' },
      body: { error: 'Rate limit exceeded', message: 'slow down' },
    });
    const error = await ownerOf(emulator)
      .roles.list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffRateLimitError);
    expect(error).toMatchObject({ retryAfterMs: 600_000, attempts: 1 });
  });
});
