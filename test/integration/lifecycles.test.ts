// Each resource that changes state on its own goes through its documented lifecycle under the
// SDK's waiters. Nothing sleeps through a transition: the emulator's clock moves on after each poll.
import { describe, expect, it } from 'vitest';
import { type Backup, RaffConflictError } from '../../src/index.js';
import { sdkSession } from '../support/sdk-session.js';
import { DAY, START } from '../support/storage.js';

const POLL = { interval: 5 } as const;

describe('lifecycles through the SDK waiters', () => {
  it('a VM builds to active, stops to passive, is resized while stopped and starts again', async () => {
    const { raff, advancePerPoll, statusesSeen, createVm } = await sdkSession();
    const created = await createVm('web-test', false);
    const path = `/api/v1/vms/${created.id}`;
    expect(created.status).toBe('initiating');

    advancePerPoll(10_000);
    const active = await raff.vms.waitFor(created.id, 'active', POLL);
    expect(active).toMatchObject({ id: created.id, status: 'active', cpu: 2, ram: 4 });
    expect(statusesSeen(path)).toEqual(['initiating', 'provisioning', 'booting', 'active']);

    await expect(raff.vms.resize(created.id, { pricing_id: 5 })).rejects.toBeInstanceOf(
      RaffConflictError,
    );
    await raff.vms.stop(created.id);
    const passive = await raff.vms.waitFor(created.id, 'passive', POLL);
    expect(passive.status).toBe('passive');
    expect(statusesSeen(path).slice(-3)).toEqual(['active', 'finalizing', 'passive']);

    await raff.vms.resize(created.id, { pricing_id: 5 });
    expect(await raff.vms.get(created.id)).toMatchObject({ status: 'passive', cpu: 4, ram: 8 });

    await raff.vms.start(created.id);
    await raff.vms.waitFor(created.id, 'active', POLL);
    expect(statusesSeen(path).slice(-3)).toEqual(['passive', 'booting', 'active']);

    await raff.vms.delete(created.id);
    await expect(raff.vms.waitFor(created.id, 'deleted', POLL)).resolves.toBeUndefined();
  });

  it('a volume becomes available, attaches to a VM (listed by vm_id), detaches and is deleted', async () => {
    const { raff, advancePerPoll, statusesSeen, createVm } = await sdkSession();
    const vm = await createVm();
    const volume = await raff.volumes.create({ name: 'data', size: 20, volume_type: 'nvme' });
    const path = `/api/v1/volumes/${volume.id}`;
    expect(volume.status).toBe('pending');

    advancePerPoll(5_000);
    const available = await raff.volumes.waitFor(volume.id, 'available', POLL);
    expect(available.product_vm).toBe('');
    expect(statusesSeen(path)).toEqual(['pending', 'creating', 'available']);

    await raff.volumes.attach(volume.id, { vm_id: vm.id });
    const attached = await raff.volumes.waitFor(volume.id, 'attached', POLL);
    expect(attached.product_vm).toBe(vm.id);
    const listed = await raff.volumes.list({ vm_id: vm.id });
    expect(listed.data.map((v) => v.id)).toEqual([volume.id]);

    await raff.volumes.detach(volume.id);
    await raff.volumes.waitFor(volume.id, 'available', POLL);
    expect((await raff.volumes.list({ vm_id: vm.id })).data).toEqual([]);

    await raff.volumes.delete(volume.id);
    await expect(raff.volumes.waitFor(volume.id, 'deleted', POLL)).resolves.toBeUndefined();
    expect(statusesSeen(path).slice(-3)).toEqual(['available', 'deleting', '(404)']);
  });

  it('a snapshot is taken, refuses to restore onto a running VM, and restores once it is stopped', async () => {
    const { raff, advancePerPoll, createVm } = await sdkSession();
    const vm = await createVm();
    const snapshot = await raff.snapshots.create({
      resource_type: 'vm',
      resource_id: vm.id,
      name: 'before-upgrade',
    });
    expect(snapshot).toMatchObject({ size: '0', status: '' });

    advancePerPoll(10_000);
    // A snapshot has no status of its own until restored: it is taken once it reports a size.
    const taken = await raff.snapshots.waitFor(snapshot.id, (s) => s.size !== '0', POLL);
    expect(taken.size).toBe(taken.target_size);

    await expect(raff.snapshots.restore(snapshot.id)).rejects.toBeInstanceOf(RaffConflictError);
    await raff.vms.stop(vm.id);
    await raff.vms.waitFor(vm.id, 'passive', POLL);
    await raff.snapshots.restore(snapshot.id);
    const restored = await raff.snapshots.waitFor(snapshot.id, 'active', POLL);
    expect(restored.status).toBe('active');

    await raff.vms.start(vm.id);
    await raff.vms.waitFor(vm.id, 'active', POLL);
  });

  it('a backup becomes ready and restores onto its stopped VM, back to ready', async () => {
    const { raff, advancePerPoll, statusesSeen, createVm } = await sdkSession();
    const vm = await createVm();
    const backup = await raff.backups.create({ vm_id: vm.id, name: 'before-upgrade' });
    const path = `/api/v1/backups/${backup.id}`;
    expect(backup).toMatchObject({ status: 'pending', storage_size: 0, product_vm: vm.id });

    advancePerPoll(15_000);
    const ready = await raff.backups.waitFor(backup.id, 'ready', POLL);
    expect(ready.storage_size).toBeGreaterThan(0);
    expect(statusesSeen(path)).toEqual(['pending', 'creating', 'ready']);

    await expect(raff.backups.restore(backup.id)).rejects.toBeInstanceOf(RaffConflictError);
    await raff.vms.stop(vm.id);
    await raff.vms.waitFor(vm.id, 'passive', POLL);
    advancePerPoll(30_000);
    const restoring = await raff.backups.restore(backup.id);
    expect(restoring.status).toBe('restoring');
    await raff.backups.waitFor(backup.id, 'ready', POLL);
    expect(statusesSeen(path).slice(-2)).toEqual(['restoring', 'ready']);
  });

  it('a backup schedule takes a backup at each run and keeps only the newest keep_count', async () => {
    const { raff, emulator, createVm } = await sdkSession({ now: START });
    const vm = await createVm();
    const schedule = await raff.backupSchedules.create({
      vm_id: vm.id,
      type: 'daily',
      time: '03:00',
      keep_count: 2,
    });
    const scheduled = async (): Promise<Backup[]> =>
      (await raff.backups.list({ vm_id: vm.id })).data.filter((b) => b.name.startsWith('daily-'));

    // START is a Monday, 00:00 UTC: each day of clock passes one run at 03:00.
    const names: string[] = [];
    for (let day = 1; day <= 4; day++) {
      emulator.clock.advance(DAY);
      const backups = await scheduled();
      names.push(...backups.map((b) => b.name).filter((name) => !names.includes(name)));
      expect(backups).toHaveLength(Math.min(day, 2));
      expect(backups.every((b) => b.status === 'ready')).toBe(true);
    }
    expect(names).toHaveLength(4);
    const kept = (await scheduled()).map((b) => b.name).sort();
    expect(kept).toEqual(names.slice(-2).sort());
    expect((await raff.backupSchedules.get(schedule.id)).keep_count).toBe(2);
  });
});
