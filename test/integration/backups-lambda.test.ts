// examples/backups-lambda.ts run as Lambda runs it (environment, deadline) against the emulator,
// whose clock moves 1,000 times as fast as real time while the function waits.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RaffClient } from '../../src/index.js';
import type { EmulatorExchange } from '../../src/testing/index.js';
import { startEmulator, type TestEmulator } from '../support/emulator.js';
import { getOperation } from '../support/openapi.js';

const DAY = 86_400_000;

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

function ownerOf(emulator: TestEmulator, projectId: string): RaffClient {
  return new RaffClient({
    apiKey: emulator.ownerKey,
    baseUrl: emulator.url,
    projectId,
    logLevel: 'off',
  });
}

/** A key with account role Member and `projectRole` on customer1 only; returns its secret. */
async function lambdaKey(emulator: TestEmulator, projectRole: string): Promise<string> {
  const key = await ownerOf(emulator, emulator.projects.customer1.id).apiKeys.create({
    name: 'Backups Lambda',
    role: 'member',
    projects: [emulator.projects.customer1.id],
    project_role: projectRole,
    expires_in: '90d',
  });
  return key.secret;
}

/** Runs the handler with `env`, `remainingMs` before its deadline; the clock runs unless `frozen`. */
async function invoke(
  emulator: TestEmulator,
  env: Record<string, string>,
  { remainingMs = 10_000, frozen = false } = {},
) {
  vi.stubEnv('RAFF_API_URL', emulator.url);
  vi.stubEnv('RAFF_LOG', 'off');
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  const { handler } = await import('../../examples/backups-lambda.js');
  const deadline = Date.now() + remainingMs;
  const ticker = frozen ? undefined : setInterval(() => emulator.clock.advance(10_000), 10);
  try {
    return await handler({}, { getRemainingTimeInMillis: () => deadline - Date.now() });
  } finally {
    clearInterval(ticker);
  }
}

/** Whether an operation is account-level (takes no X-Project-ID). */
function accountLevel(exchange: EmulatorExchange): boolean {
  return (
    getOperation(exchange.method, exchange.template ?? exchange.path)?.model.project === undefined
  );
}

/** Asserts every request made with `secret` named `projectId`, or was account-level. */
function expectOnlyProject(emulator: TestEmulator, secret: string, projectId: string): void {
  const sent = emulator.exchanges.filter((e) => e.requestHeaders['x-api-key'] === secret);
  expect(sent.length).toBeGreaterThan(0);
  const strays = sent.filter(
    (e) => e.requestHeaders['x-project-id'] !== projectId && !accountLevel(e),
  );
  expect(strays.map((e) => `${e.method} ${e.path}`)).toEqual([]);
}

describe('examples/backups-lambda.ts', () => {
  it('backs up the active VMs of its project with Member + Operator, prunes through keep_count and reports the deletes it may not make', async () => {
    // Three days back: once the schedules below have run, the emulator agrees with Date.now().
    const emulator = await startEmulator({ now: Date.now() - 3 * DAY, speed: 0 });
    const { customer1, default: other } = emulator.projects;
    const owner = ownerOf(emulator, customer1.id);
    const otherOwner = ownerOf(emulator, other.id);
    const [api01] = (await owner.vms.list()).data.filter((vm) => vm.name === 'api-01');
    const [web01] = (await otherOwner.vms.list()).data.filter((vm) => vm.name === 'web-01');
    if (api01 === undefined || web01 === undefined) throw new Error('seeded VMs are missing');
    const [weekly] = (await owner.backups.list({ vm_id: api01.id })).data;
    // Half a day away from now, so no scheduled run is under way when the function starts.
    const time = `${(new Date().getUTCHours() + 12) % 24}:00`;
    // The schedule starts a new series: the seeded backup (8 days old by then) is one of its own.
    await owner.backups.resetChain(api01.id);
    const schedule = await owner.backupSchedules.create({
      vm_id: api01.id,
      type: 'daily',
      time,
      keep_count: 5,
    });
    const otherSchedule = await otherOwner.backupSchedules.create({
      vm_id: web01.id,
      type: 'daily',
      time,
      keep_count: 5,
    });
    emulator.clock.advance(3 * DAY);
    const otherBackups = (await otherOwner.backups.list()).data;
    const secret = await lambdaKey(emulator, 'operator');

    const summary = await invoke(emulator, {
      RAFF_API_KEY: secret,
      RAFF_PROJECT_ID: customer1.id,
      BACKUP_KEEP_COUNT: '2',
      BACKUP_MAX_AGE_DAYS: '7',
    });

    expect(summary).toEqual({
      backedUp: [{ vm: 'api-01', backup: expect.any(String) }],
      failed: [],
      pruned: {
        deleted: [],
        schedules: [{ id: schedule.id, vm: 'api-01', keep_count: 2 }],
        denied: [expect.stringMatching(/^403 DELETE \/api\/v1\/backups\/.+\/chain/)],
      },
      skipped: [{ vm: 'worker-01', reason: 'it is passive' }],
    });
    const backup = await owner.backups.get(summary.backedUp[0]?.backup ?? '');
    expect(backup).toMatchObject({ status: 'ready', product_vm: api01.id });
    expect((await otherOwner.backups.list()).data).toEqual(otherBackups);
    expect((await otherOwner.backupSchedules.get(otherSchedule.id)).keep_count).toBe(5);
    expectOnlyProject(emulator, secret, customer1.id);

    // The schedule's next run prunes its backups down to the new keep_count.
    emulator.clock.advance(DAY);
    const kept = (await owner.backups.list({ vm_id: api01.id })).data;
    expect(kept.filter((b) => b.name.startsWith('daily-'))).toHaveLength(2);
    expect(kept.map((b) => b.id)).toEqual(expect.arrayContaining([weekly?.id, backup.id]));
  });

  it('deletes whole backup series past the age limit with a custom role that has backup.delete', async () => {
    const emulator = await startEmulator({ speed: 0 });
    const { customer1, default: other } = emulator.projects;
    const owner = ownerOf(emulator, customer1.id);
    await owner.roles.create({
      name: 'Backups Lambda',
      slug: 'backups-lambda',
      scope: 'project',
      permissions: ['vm.view', 'backup.view', 'backup.create', 'backup.manage', 'backup.delete'],
    });
    const before = (await owner.backups.list()).data;
    const otherBackups = (await owner.backups.list({}, { projectId: other.id })).data;
    const secret = await lambdaKey(emulator, 'backups-lambda');

    // The seeded backup of api-01 is 5 days old.
    const summary = await invoke(emulator, {
      RAFF_API_KEY: secret,
      RAFF_PROJECT_ID: customer1.id,
      BACKUP_MAX_AGE_DAYS: '3',
    });

    expect(summary.failed).toEqual([]);
    expect(summary.pruned).toEqual({ deleted: before.map((b) => b.id), schedules: [], denied: [] });
    const after = (await owner.backups.list()).data;
    expect(after).toEqual([
      expect.objectContaining({
        id: summary.backedUp[0]?.backup,
        status: 'ready',
        increment_id: 0,
      }),
    ]);
    expect((await owner.backups.list({}, { projectId: other.id })).data).toEqual(otherBackups);
    expectOnlyProject(emulator, secret, customer1.id);
  });

  it('stops waiting in time to return before its deadline, reporting backups not yet ready', async () => {
    const emulator = await startEmulator({ speed: 0 });
    const secret = await lambdaKey(emulator, 'operator');
    const started = performance.now();
    const summary = await invoke(
      emulator,
      { RAFF_API_KEY: secret, RAFF_PROJECT_ID: emulator.projects.customer1.id },
      { remainingMs: 4_000, frozen: true },
    );
    // 4 s left: a second kept for returning, two for retention, the rest to wait.
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(summary.backedUp).toEqual([]);
    expect(summary.failed).toEqual([
      {
        vm: 'api-01',
        backup: expect.any(String),
        error: expect.stringMatching(/not ready within .*\(last status: pending\)/),
      },
    ]);
  });

  it('refuses to start without RAFF_PROJECT_ID', async () => {
    const emulator = await startEmulator({ speed: 0 });
    const secret = await lambdaKey(emulator, 'operator');
    await expect(
      invoke(emulator, { RAFF_API_KEY: secret, RAFF_PROJECT_ID: '' }, { frozen: true }),
    ).rejects.toThrow('Set RAFF_PROJECT_ID');
    expect(emulator.exchanges.some((e) => e.requestHeaders['x-api-key'] === secret)).toBe(false);
  });
});
