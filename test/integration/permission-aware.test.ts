// The permission-aware calls against the emulator, which checks every request's permission as
// Raff does: can() agrees with what the server then does, sends only GETs, and the guide's
// key-rotation recipe rotates a key while an Admin key is refused before anything is made.
import { beforeAll, describe, expect, it } from 'vitest';
import { RaffClient, RaffPermissionDeniedError } from '../../src/index.js';
import { startEmulator, type TestEmulator } from '../support/emulator.js';

function client(emulator: TestEmulator, apiKey: string, projectId?: string): RaffClient {
  return new RaffClient({ apiKey, baseUrl: emulator.url, projectId, logLevel: 'off' });
}

/** The requests made while `run` ran, as `METHOD template`. */
async function sentDuring(emulator: TestEmulator, run: () => Promise<unknown>): Promise<string[]> {
  const from = emulator.exchanges.length;
  await run();
  return emulator.exchanges.slice(from).map((e) => `${e.method} ${e.template ?? e.path}`);
}

describe('permission-aware calls on the emulator', () => {
  let emulator: TestEmulator;
  beforeAll(async () => {
    emulator = await startEmulator();
  });

  it('can() answers what the server then does, with GETs only', async () => {
    const { customer1, default: defaultProject } = emulator.projects;
    const owner = client(emulator, emulator.ownerKey);
    const create = async (role: string) =>
      (
        await owner.apiKeys.create({
          name: `${role} + operator`,
          role,
          projects: [customer1.id],
          project_role: 'operator',
        })
      ).secret;

    // A Member key may not read API keys, so it cannot look itself up: the server's 403.
    const member = client(emulator, await create('member'), customer1.id);
    await expect(member.can('backups.list')).rejects.toMatchObject({
      status: 403,
      operation: 'can',
      permission: 'account.apikeys.view',
    });

    const ops = client(emulator, await create('admin'), customer1.id);
    let answers: Awaited<ReturnType<RaffClient['can']>>[] = [];
    const sent = await sentDuring(emulator, async () => {
      answers = [
        await ops.can('backups.list'),
        await ops.can('snapshots.delete'),
        await ops.can('vms.list', { projectId: defaultProject.id }),
        await ops.can('members.list'),
        await ops.can('apiKeys.delete'),
      ];
    });
    expect(answers.map((a) => [a.allowed, a.permission, a.role])).toEqual([
      [true, 'backup.view', 'operator'],
      [false, 'snapshot.delete', 'operator'],
      [false, 'vm.view', null],
      [true, 'account.members.view', 'admin'],
      [false, 'account.apikeys.revoke', 'admin'],
    ]);
    // The key's record, once: System roles need no request.
    expect(sent).toEqual(['GET /api/v1/api-keys']);

    await expect(ops.backups.list()).resolves.toBeDefined();
    await expect(ops.snapshots.delete(1)).rejects.toMatchObject({
      status: 403,
      permission: 'snapshot.delete',
    });
    await expect(ops.vms.list({}, { projectId: defaultProject.id })).rejects.toBeInstanceOf(
      RaffPermissionDeniedError,
    );
    await expect(ops.members.list()).resolves.toBeDefined();
    const { data } = await ops.apiKeys.list();
    await expect(ops.apiKeys.delete(data[0]?.id ?? '')).rejects.toMatchObject({ status: 403 });
  });

  it('rotates a key with the guide’s custom roles, and refuses an Admin key before anything is made', async () => {
    const projects = [emulator.projects.default.id, emulator.projects.customer1.id];
    const owner = client(emulator, emulator.ownerKey);
    await owner.roles.create({
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
    });
    await owner.roles.create({
      name: 'Key Granter',
      slug: 'key-granter',
      scope: 'project',
      permissions: ['project.members.invite'],
    });
    const rotationKey = await owner.apiKeys.create({
      name: 'Key rotation job',
      role: 'key-rotation',
      projects,
      project_role: 'key-granter',
    });
    const old = await owner.apiKeys.create({
      name: 'Backups Lambda',
      role: 'member',
      projects: [emulator.projects.customer1.id],
      project_role: 'operator',
    });

    const rotation = client(emulator, rotationKey.secret);
    expect(await rotation.can('apiKeys.delete')).toMatchObject({
      allowed: true,
      role: 'key-rotation',
    });
    const replacement = await rotation.apiKeys.create({
      name: 'Backups Lambda v2',
      role: 'member',
      projects: [emulator.projects.customer1.id],
      project_role: 'operator',
    });
    await rotation.apiKeys.delete(old.id);
    const names = [];
    for await (const key of owner.apiKeys.listAll()) names.push(key.name);
    expect(names).toContain('Backups Lambda v2');
    expect(names).not.toContain('Backups Lambda');
    expect(replacement.project_accesses?.map((a) => a.role_slug)).toEqual(['operator']);

    const adminKey = await owner.apiKeys.create({
      name: 'Ops',
      role: 'admin',
      projects,
      project_role: 'project-admin',
    });
    const admin = client(emulator, adminKey.secret);
    let refusal: unknown;
    const sent = await sentDuring(emulator, async () => {
      refusal = await admin.apiKeys
        .create({ name: 'Half-made', role: 'member', projects, project_role: 'viewer' })
        .catch((e: unknown) => e);
    });
    expect(refusal).toBeInstanceOf(RaffPermissionDeniedError);
    expect(refusal).toMatchObject({ permission: 'account.apikeys.revoke', attempts: 0 });
    expect(sent.every((line) => line.startsWith('GET '))).toBe(true);
    const after = [];
    for await (const key of owner.apiKeys.listAll()) after.push(key.name);
    expect(after).not.toContain('Half-made');
  });
});
