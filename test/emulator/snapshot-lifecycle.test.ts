import { describe, expect, it } from 'vitest';
import { LIFECYCLE_TIMINGS } from '../../src/testing/domains/timings.js';
import { totalMs } from '../../src/testing/server/lifecycle.js';
import { caller, stillEmulator, vmIds } from '../support/storage.js';

const TAKE_MS = totalMs(LIFECYCLE_TIMINGS.snapshot.create);

async function customer1(emulator: Awaited<ReturnType<typeof stillEmulator>>) {
  const project = emulator.projects.customer1.id;
  return {
    owner: caller(emulator, emulator.ownerKey, project),
    vms: await vmIds(emulator, project),
  };
}

describe('snapshot lifecycle', () => {
  it('takes a VM snapshot that reports its size once taken, and renames it', async () => {
    const emulator = await stillEmulator();
    const { owner, vms } = await customer1(emulator);
    const created = await owner('POST', '/api/v1/snapshots', {
      resource_type: 'vm',
      resource_id: vms('worker-01'),
      name: 'before',
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({
      type: 'vm',
      name: 'before',
      size: '0',
      target_size: '80',
      status: '',
      product_vm: vms('worker-01'),
    });
    const path = `/api/v1/snapshots/${created.body.data.id}`;
    emulator.clock.advance(TAKE_MS);
    expect((await owner('GET', path)).body.data.size).toBe('80');

    const renamed = await owner('PATCH', `${path}/rename`, { name: 'before-php-8.4' });
    expect(renamed.body.data.name).toBe('before-php-8.4');
    expect((await owner('GET', path)).body.data.name).toBe('before-php-8.4');
  });

  it('restores only onto a passive VM; the restored snapshot turns active and cannot be deleted', async () => {
    const emulator = await stillEmulator();
    const { owner, vms } = await customer1(emulator);
    const take = async (vm: string, name: string) => {
      const created = await owner('POST', '/api/v1/snapshots', {
        resource_type: 'vm',
        resource_id: vms(vm),
        name,
      });
      return created.body.data.id as number;
    };
    const running = await take('api-01', 'running');
    const first = await take('worker-01', 'first');
    const second = await take('worker-01', 'second');

    const early = await owner('POST', `/api/v1/snapshots/${first}/restore`);
    expect(early.status).toBe(409);
    expect(early.body.message).toContain('still being taken');
    emulator.clock.advance(TAKE_MS);

    const refused = await owner('POST', `/api/v1/snapshots/${running}/restore`);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('it must be passive');

    const restored = await owner('POST', `/api/v1/snapshots/${first}/restore`);
    expect(restored.body).toEqual({ success: true, message: 'Snapshot restore started' });
    expect((await owner('GET', `/api/v1/snapshots/${first}`)).body.data.status).toBe('active');
    const protectedDelete = await owner('DELETE', `/api/v1/snapshots/${first}`);
    expect(protectedDelete.status).toBe(409);
    expect(protectedDelete.body.message).toContain('active');

    await owner('POST', `/api/v1/snapshots/${second}/restore`);
    const statuses = await owner('GET', `/api/v1/snapshots?vm_id=${vms('worker-01')}`);
    expect(
      statuses.body.data.map((s: { name: string; status: string }) => [s.name, s.status]),
    ).toEqual([
      ['first', ''],
      ['second', 'active'],
    ]);
    expect((await owner('DELETE', `/api/v1/snapshots/${first}`)).status).toBe(200);
    expect((await owner('GET', `/api/v1/snapshots/${first}`)).status).toBe(404);
  });

  it('restores a VM snapshot once the VM has been stopped', async () => {
    const emulator = await stillEmulator();
    const { owner, vms } = await customer1(emulator);
    const vmId = vms('api-01');
    const created = await owner('POST', '/api/v1/snapshots', {
      resource_type: 'vm',
      resource_id: vmId,
      name: 'pre-stop',
    });
    emulator.clock.advance(TAKE_MS);
    expect((await owner('POST', `/api/v1/vms/${vmId}/stop`)).status).toBe(200);
    const stopping = await owner('POST', `/api/v1/snapshots/${created.body.data.id}/restore`);
    expect(stopping.status).toBe(409);
    emulator.clock.advance(totalMs(LIFECYCLE_TIMINGS.vm.stop));
    const restored = await owner('POST', `/api/v1/snapshots/${created.body.data.id}/restore`);
    expect(restored.status).toBe(200);
  });

  it('snapshots a volume and restores it while the volume is settled', async () => {
    const emulator = await stillEmulator();
    const { owner } = await customer1(emulator);
    const created = await owner('POST', '/api/v1/snapshots', {
      resource_type: 'volume',
      volume_id: 311,
      name: 'nightly',
    });
    expect(created.body.data).toMatchObject({
      type: 'volume',
      product_vm: null,
      target_size: '100',
    });
    emulator.clock.advance(TAKE_MS);
    const restored = await owner('POST', `/api/v1/snapshots/${created.body.data.id}/restore`);
    expect(restored.status).toBe(200);
    const listed = await owner('GET', '/api/v1/snapshots?volume_id=311');
    expect(listed.body.data).toEqual([
      expect.objectContaining({ name: 'nightly', status: 'active' }),
    ]);
  });

  it('refuses a snapshot of a volume that is still being created', async () => {
    const emulator = await stillEmulator();
    const { owner } = await customer1(emulator);
    const volume = await owner('POST', '/api/v1/volumes', {
      name: 'fresh',
      size: 10,
      volume_type: 'nvme',
    });
    const refused = await owner('POST', '/api/v1/snapshots', {
      resource_type: 'volume',
      volume_id: volume.body.data.id,
      name: 'too early',
    });
    expect(refused.status).toBe(409);
  });

  it('checks getSnapshot against the project of the snapshot it finds', async () => {
    const emulator = await stillEmulator();
    const { owner } = await customer1(emulator);
    const listed = await owner('GET', '/api/v1/snapshots');
    const seeded = listed.body.data[0];
    expect(seeded).toMatchObject({ name: 'pre-upgrade', status: '' });
    expect((await owner('GET', `/api/v1/snapshots/${seeded.id}`)).status).toBe(200);
    expect((await owner('GET', '/api/v1/snapshots/999999')).status).toBe(404);
  });
});
