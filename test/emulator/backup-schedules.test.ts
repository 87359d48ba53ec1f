import { describe, expect, it } from 'vitest';
import { caller, DAY, HOUR, MINUTE, START, stillEmulator, vmIds } from '../support/storage.js';

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

async function setup() {
  const emulator = await stillEmulator();
  const project = emulator.projects.customer1.id;
  const owner = caller(emulator, emulator.ownerKey, project);
  const vms = await vmIds(emulator, project);
  /** When the VM's backups were taken, oldest first, leaving out the seeded one. */
  const scheduled = async (vmId: string): Promise<string[]> => {
    const listed = await owner('GET', `/api/v1/backups?vm_id=${vmId}`);
    return listed.body.data
      .filter((b: { name: string }) => b.name !== 'weekly-api-01')
      .map((b: { created_at: string }) => b.created_at);
  };
  return { emulator, owner, vms, scheduled };
}

describe('backup schedules', () => {
  it('runs daily at its time, each run backing up and pruning beyond keep_count', async () => {
    const { emulator, owner, vms, scheduled } = await setup();
    const vmId = vms('api-01');
    const created = await owner('POST', '/api/v1/backup-schedules', {
      vm_id: vmId,
      type: 'daily',
      time: '2am',
      keep_count: 3,
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({
      type: 'daily',
      runtime: 'Daily at 2am',
      keep_count: 3,
      product_vm: vmId,
      size: '0',
    });
    const id = created.body.data.id;

    emulator.clock.advance(2 * HOUR - 1);
    expect(await scheduled(vmId)).toEqual([]);
    emulator.clock.advance(1);
    const first = await owner('GET', `/api/v1/backups?vm_id=${vmId}`);
    expect(first.body.data.at(-1)).toMatchObject({
      status: 'pending',
      created_at: iso(START + 2 * HOUR),
    });

    emulator.clock.advance(10 * DAY + HOUR);
    // Ten days later (03:00): runs on days 0..10 at 02:00, of which the newest three are kept.
    expect(await scheduled(vmId)).toEqual(
      [8, 9, 10].map((day) => iso(START + day * DAY + 2 * HOUR)),
    );
    const kept = (await owner('GET', `/api/v1/backups?vm_id=${vmId}`)).body.data;
    expect(kept.map((b: { status: string }) => b.status)).toEqual([
      'ready',
      'ready',
      'ready',
      'ready',
    ]);
    // The seeded backup taken by hand is not counted, and has no retention.
    expect(kept[0]).toMatchObject({ name: 'weekly-api-01', expire_date: null });
    // The oldest kept one goes at the next run, the newest at the third run from now.
    expect(kept.slice(1).map((b: { expire_date: string }) => b.expire_date)).toEqual(
      [11, 12, 13].map((day) => iso(START + day * DAY + 2 * HOUR)),
    );
    const schedule = (await owner('GET', `/api/v1/backup-schedules/${id}`)).body.data;
    expect(Number(schedule.size)).toBeGreaterThan(0);
  });

  it('runs weekly on its day and time', async () => {
    const { emulator, owner, vms, scheduled } = await setup();
    const vmId = vms('worker-01');
    const created = await owner('POST', '/api/v1/backup-schedules', {
      vm_id: vmId,
      type: 'weekly',
      time: '8am',
      day_of_week: 'Saturday',
      keep_count: 2,
    });
    expect(created.body.data.runtime).toBe('Saturday 8am');
    emulator.clock.advance(28 * DAY);
    const saturday = START + 5 * DAY + 8 * HOUR;
    expect(await scheduled(vmId)).toEqual([iso(saturday + 14 * DAY), iso(saturday + 21 * DAY)]);
  });

  it('applies a lower keep_count at the next run, not at once', async () => {
    const { emulator, owner, vms, scheduled } = await setup();
    const vmId = vms('worker-01');
    const created = await owner('POST', '/api/v1/backup-schedules', {
      vm_id: vmId,
      type: 'daily',
      time: '13:00',
      keep_count: 5,
    });
    const id = created.body.data.id;
    emulator.clock.advance(4 * DAY);
    expect(await scheduled(vmId)).toHaveLength(4);

    const updated = await owner('PATCH', `/api/v1/backup-schedules/${id}`, { keep_count: 2 });
    expect(updated.body.data).toMatchObject({ keep_count: 2, runtime: 'Daily at 1pm' });
    expect(await scheduled(vmId)).toHaveLength(4);
    emulator.clock.advance(DAY);
    expect(await scheduled(vmId)).toHaveLength(2);
  });

  it('moves the run time on update, and stops running once deleted, keeping its backups', async () => {
    const { emulator, owner, vms, scheduled } = await setup();
    const vmId = vms('worker-01');
    const created = await owner('POST', '/api/v1/backup-schedules', {
      vm_id: vmId,
      type: 'daily',
      time: '1am',
      keep_count: 7,
    });
    const id = created.body.data.id;
    const moved = await owner('PATCH', `/api/v1/backup-schedules/${id}`, {
      type: 'weekly',
      day_of_week: 'Wednesday',
      time: '6:30pm',
    });
    expect(moved.body.data.runtime).toBe('Wednesday 6:30pm');
    emulator.clock.advance(7 * DAY);
    expect(await scheduled(vmId)).toEqual([iso(START + 2 * DAY + 18 * HOUR + 30 * MINUTE)]);

    expect((await owner('DELETE', `/api/v1/backup-schedules/${id}`)).status).toBe(200);
    emulator.clock.advance(14 * DAY);
    const left = (await owner('GET', `/api/v1/backups?vm_id=${vmId}`)).body.data;
    expect(left).toEqual([expect.objectContaining({ status: 'ready', expire_date: null })]);
    expect((await owner('GET', `/api/v1/backup-schedules/${id}`)).status).toBe(404);
  });

  it('refuses a weekly schedule without day_of_week and a time it cannot read', async () => {
    const { owner, vms } = await setup();
    const base = { vm_id: vms('api-01'), keep_count: 2 };
    const weekly = await owner('POST', '/api/v1/backup-schedules', {
      ...base,
      type: 'weekly',
      time: '8am',
    });
    expect(weekly.status).toBe(400);
    expect(weekly.body.message).toContain('day_of_week');
    for (const time of ['25:00', '13pm', 'noon', '8']) {
      const bad = await owner('POST', '/api/v1/backup-schedules', { ...base, type: 'daily', time });
      expect(bad.status, time).toBe(400);
    }
  });

  it('stops the schedules of a deleted VM', async () => {
    const { emulator, owner, vms } = await setup();
    const vmId = vms('worker-01');
    const created = await owner('POST', '/api/v1/backup-schedules', {
      vm_id: vmId,
      type: 'daily',
      time: '3am',
      keep_count: 2,
    });
    expect((await owner('DELETE', `/api/v1/vms/${vmId}`, { volume_action: 'detach' })).status).toBe(
      200,
    );
    expect((await owner('GET', `/api/v1/backup-schedules/${created.body.data.id}`)).status).toBe(
      404,
    );
    emulator.clock.advance(3 * DAY);
    expect((await owner('GET', `/api/v1/backups?vm_id=${vmId}`)).body.total).toBe(0);
  });
});
