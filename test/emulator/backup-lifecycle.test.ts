import { describe, expect, it } from 'vitest';
import { LIFECYCLE_TIMINGS } from '../../src/testing/domains/timings.js';
import { totalMs } from '../../src/testing/server/lifecycle.js';
import { caller, stillEmulator, vmIds } from '../support/storage.js';

const CREATE = LIFECYCLE_TIMINGS.backup.create;
const CREATE_MS = totalMs(CREATE);
const PENDING_MS = CREATE.phases[0]?.[1] ?? 0;

async function customer1(emulator: Awaited<ReturnType<typeof stillEmulator>>) {
  const project = emulator.projects.customer1.id;
  const owner = caller(emulator, emulator.ownerKey, project);
  const vms = await vmIds(emulator, project);
  const backup = async (vm: string, name?: string) => {
    const created = await owner('POST', '/api/v1/backups', {
      vm_id: vms(vm),
      ...(name === undefined ? {} : { name }),
    });
    expect(created.status).toBe(202);
    return created.body.data as { id: string; increment_id: number | null; status: string };
  };
  return { owner, vms, backup };
}

describe('backup lifecycle', () => {
  it('walks a new backup pending → creating → ready, sized only once ready', async () => {
    const emulator = await stillEmulator();
    const { owner, backup } = await customer1(emulator);
    const created = await backup('api-01', 'pre-upgrade');
    expect(created).toMatchObject({ status: 'pending', name: 'pre-upgrade' });
    const path = `/api/v1/backups/${created.id}`;
    emulator.clock.advance(PENDING_MS);
    expect((await owner('GET', path)).body.data).toMatchObject({
      status: 'creating',
      storage_size: 0,
    });
    emulator.clock.advance(CREATE_MS - PENDING_MS);
    const ready = (await owner('GET', path)).body.data;
    expect(ready.status).toBe('ready');
    expect(ready.storage_size).toBeGreaterThan(0);
  });

  it('numbers the points of a VM series and refuses to delete one that others share', async () => {
    const emulator = await stillEmulator();
    const { owner, vms, backup } = await customer1(emulator);
    const first = await backup('api-01');
    const second = await backup('api-01');
    expect([first.increment_id, second.increment_id]).toEqual([1, 2]);

    const busy = await owner('DELETE', `/api/v1/backups/${second.id}`);
    expect(busy.status).toBe(409);
    expect(busy.body.message).toContain('pending');
    emulator.clock.advance(CREATE_MS);
    const shared = await owner('DELETE', `/api/v1/backups/${second.id}`);
    expect(shared.status).toBe(409);
    expect(shared.body.message).toContain('deleteBackupChain');

    const chain = await owner('DELETE', `/api/v1/backups/${first.id}/chain`);
    expect(chain.body).toEqual({ success: true, message: 'Backup series deleted (3 point(s))' });
    expect((await owner('GET', `/api/v1/backups?vm_id=${vms('api-01')}`)).body.total).toBe(0);
    const fresh = await backup('api-01');
    expect(fresh.increment_id).toBe(0);
  });

  it('starts a new series after resetBackupChain, keeping the old points', async () => {
    const emulator = await stillEmulator();
    const { owner, vms, backup } = await customer1(emulator);
    const vmId = vms('api-01');
    const reset = await owner('POST', `/api/v1/vms/${vmId}/backups/reset-chain`);
    expect(reset.status).toBe(202);
    const baseline = await backup('api-01');
    expect(baseline.increment_id).toBe(0);
    emulator.clock.advance(CREATE_MS);
    const listed = await owner('GET', `/api/v1/backups?vm_id=${vmId}`);
    expect(listed.body.data.map((b: { increment_id: number }) => b.increment_id)).toEqual([0, 0]);
    // Each is the only point of its series now, so each can go on its own.
    expect((await owner('DELETE', `/api/v1/backups/${baseline.id}`)).status).toBe(200);
  });

  it('restores a ready backup onto a passive VM only, through restoring back to ready', async () => {
    const emulator = await stillEmulator();
    const { owner, backup } = await customer1(emulator);
    const ofRunning = await backup('api-01');
    const ofStopped = await backup('worker-01');

    const notReady = await owner('POST', `/api/v1/backups/${ofStopped.id}/restore`);
    expect(notReady.status).toBe(409);
    emulator.clock.advance(CREATE_MS);
    const running = await owner('POST', `/api/v1/backups/${ofRunning.id}/restore`);
    expect(running.status).toBe(409);
    expect(running.body.message).toContain('passive');

    const restoring = await owner('POST', `/api/v1/backups/${ofStopped.id}/restore`);
    expect(restoring.status).toBe(202);
    expect(restoring.body.data.status).toBe('restoring');
    expect((await owner('DELETE', `/api/v1/backups/${ofStopped.id}`)).status).toBe(409);
    emulator.clock.advance(totalMs(LIFECYCLE_TIMINGS.backup.restore));
    expect((await owner('GET', `/api/v1/backups/${ofStopped.id}`)).body.data.status).toBe('ready');
    expect((await owner('DELETE', `/api/v1/backups/${ofStopped.id}`)).status).toBe(200);
  });

  it('answers 404 for a backup of another project and for an unknown one', async () => {
    const emulator = await stillEmulator();
    const { owner } = await customer1(emulator);
    const all = await caller(emulator, emulator.ownerKey)('GET', '/api/v1/backups');
    const elsewhere = all.body.data.find(
      (b: { project_id: string }) => b.project_id === emulator.projects.default.id,
    );
    expect((await owner('DELETE', `/api/v1/backups/${elsewhere.id}/chain`)).status).toBe(404);
    expect(
      (await owner('GET', '/api/v1/backups/6d0c1e4c-7f55-4f36-a1a4-3c7fbb0c2a11')).status,
    ).toBe(404);
  });
});
