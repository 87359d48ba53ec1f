import { describe, expect, it } from 'vitest';
import { LIFECYCLE_TIMINGS } from '../../src/testing/domains/timings.js';
import { totalMs } from '../../src/testing/server/lifecycle.js';
import { caller, SECOND, stillEmulator, vmIds } from '../support/storage.js';

const CREATE = LIFECYCLE_TIMINGS.volume.create;
const [[, PENDING_MS]] = CREATE.phases as unknown as [[string, number]];

describe('volume lifecycle', () => {
  it('creates a volume with 202 in pending that walks through creating to available', async () => {
    const emulator = await stillEmulator();
    const project = emulator.projects.default.id;
    const owner = caller(emulator, emulator.ownerKey, project);
    const created = await owner('POST', '/api/v1/volumes', {
      name: 'logs',
      size: 50,
      volume_type: 'nvme',
    });
    expect(created.status).toBe(202);
    expect(created.body.data).toMatchObject({
      name: 'logs',
      size: 50,
      status: 'pending',
      product_vm: '',
      project_id: project,
    });
    const path = `/api/v1/volumes/${created.body.data.id}`;

    emulator.clock.advance(PENDING_MS);
    expect((await owner('GET', path)).body.data.status).toBe('creating');
    emulator.clock.advance(totalMs(CREATE) - PENDING_MS - 1);
    expect((await owner('GET', path)).body.data.status).toBe('creating');
    emulator.clock.advance(1);
    expect((await owner('GET', path)).body.data.status).toBe('available');
  });

  it('attaches a volume created with vm_id once it is ready, and lists it by vm_id', async () => {
    const emulator = await stillEmulator();
    const project = emulator.projects.default.id;
    const owner = caller(emulator, emulator.ownerKey, project);
    const vms = await vmIds(emulator, project);
    const vmId = vms('web-01');
    const created = await owner('POST', '/api/v1/volumes', {
      name: 'db',
      size: 200,
      volume_type: 'nvme',
      filesystem_type: 'xfs',
      vm_id: vmId,
    });
    expect(created.body.data).toMatchObject({ status: 'pending', product_vm: '' });
    emulator.clock.advance(totalMs(CREATE));
    const listed = await owner('GET', `/api/v1/volumes?vm_id=${vmId}`);
    expect(listed.body.data).toEqual([
      expect.objectContaining({ id: created.body.data.id, status: 'attached', product_vm: vmId }),
    ]);
  });

  it('attaches, detaches and resizes (grow only), refusing what the status forbids', async () => {
    const emulator = await stillEmulator();
    const project = emulator.projects.default.id;
    const owner = caller(emulator, emulator.ownerKey, project);
    const vmId = (await vmIds(emulator, project))('db-01');
    const path = '/api/v1/volumes/312';

    const attached = await owner('POST', `${path}/attach`, { vm_id: vmId });
    expect(attached.status).toBe(200);
    expect(attached.body.data).toMatchObject({ status: 'attached', product_vm: vmId });
    expect((await owner('GET', `/api/v1/volumes?vm_id=${vmId}`)).body.total).toBe(1);
    expect((await owner('POST', `${path}/attach`, { vm_id: vmId })).status).toBe(409);
    expect((await owner('DELETE', path)).status).toBe(409);

    expect((await owner('PATCH', path, { new_size: 50 })).status).toBe(400);
    expect((await owner('PATCH', path, { new_size: 40 })).status).toBe(400);
    const grown = await owner('PATCH', path, { new_size: 150 });
    expect(grown.status).toBe(200);
    expect(grown.body).toMatchObject({ success: true, id: '312' });
    expect((await owner('GET', path)).body.data.size).toBe(150);

    const detached = await owner('POST', `${path}/detach`);
    expect(detached.body.data).toMatchObject({ status: 'available', product_vm: '' });
    expect((await owner('POST', `${path}/detach`)).status).toBe(409);
    expect((await owner('GET', `/api/v1/volumes?vm_id=${vmId}`)).body.total).toBe(0);
  });

  it('refuses attach, resize and delete while the volume is still being created', async () => {
    const emulator = await stillEmulator();
    const project = emulator.projects.default.id;
    const owner = caller(emulator, emulator.ownerKey, project);
    const vmId = (await vmIds(emulator, project))('web-01');
    const created = await owner('POST', '/api/v1/volumes', {
      name: 'new',
      size: 10,
      volume_type: 'nvme',
    });
    const path = `/api/v1/volumes/${created.body.data.id}`;
    for (const [method, suffix, body] of [
      ['POST', '/attach', { vm_id: vmId }],
      ['PATCH', '', { new_size: 20 }],
      ['DELETE', '', undefined],
    ] as const) {
      const refused = await owner(method, `${path}${suffix}`, body);
      expect(refused.status, `${method} ${suffix}`).toBe(409);
      expect(refused.body.message).toContain('pending');
    }
  });

  it('deletes a detached volume through deleting, then answers 404', async () => {
    const emulator = await stillEmulator();
    const owner = caller(emulator, emulator.ownerKey, emulator.projects.customer1.id);
    const deleted = await owner('DELETE', '/api/v1/volumes/311');
    expect(deleted.body).toEqual({ success: true, message: 'Volume is being deleted' });
    expect((await owner('GET', '/api/v1/volumes/311')).body.data.status).toBe('deleting');
    emulator.clock.advance(totalMs(LIFECYCLE_TIMINGS.volume.delete));
    expect((await owner('GET', '/api/v1/volumes/311')).status).toBe(404);
  });

  it('finds a volume only in its own project for mutations', async () => {
    const emulator = await stillEmulator();
    const owner = caller(emulator, emulator.ownerKey, emulator.projects.default.id);
    const wrong = await owner('DELETE', '/api/v1/volumes/311');
    expect(wrong.status).toBe(404);
    expect(wrong.body.message).toContain('not found in project');
  });

  it('detaches or deletes the volumes of a deleted VM per volume_action', async () => {
    const emulator = await stillEmulator();
    const project = emulator.projects.default.id;
    const owner = caller(emulator, emulator.ownerKey, project);
    const vms = await vmIds(emulator, project);
    const volume = async (name: string, vmId: string | undefined) => {
      const created = await owner('POST', '/api/v1/volumes', {
        name,
        size: 10,
        volume_type: 'nvme',
        ...(vmId === undefined ? {} : { vm_id: vmId }),
      });
      return created.body.data.id as number;
    };
    const kept = await volume('kept', vms('web-01'));
    const dropped = await volume('dropped', vms('db-01'));
    emulator.clock.advance(totalMs(CREATE));

    const webId = vms('web-01');
    const dbId = vms('db-01');
    expect(
      (await owner('DELETE', `/api/v1/vms/${webId}`, { volume_action: 'detach' })).status,
    ).toBe(200);
    expect((await owner('DELETE', `/api/v1/vms/${dbId}`, { volume_action: 'delete' })).status).toBe(
      200,
    );
    expect((await owner('GET', `/api/v1/volumes/${kept}`)).body.data).toMatchObject({
      status: 'available',
      product_vm: '',
    });
    expect((await owner('GET', `/api/v1/volumes/${dropped}`)).body.data.status).toBe('deleting');
    emulator.clock.advance(totalMs(LIFECYCLE_TIMINGS.volume.delete) + SECOND);
    expect((await owner('GET', `/api/v1/volumes/${dropped}`)).status).toBe(404);
  });

  it('refuses a project deletion while the project holds a volume', async () => {
    const emulator = await stillEmulator();
    const owner = caller(emulator, emulator.ownerKey);
    const project = await owner('POST', '/api/v1/projects', { name: 'scratch' });
    const projectId = project.body.data.id;
    const inProject = caller(emulator, emulator.ownerKey, projectId);
    const created = await inProject('POST', '/api/v1/volumes', {
      name: 'v',
      size: 5,
      volume_type: 'nvme',
    });
    const refused = await owner('DELETE', `/api/v1/projects/${projectId}`);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('volumes');

    emulator.clock.advance(totalMs(CREATE));
    await inProject('DELETE', `/api/v1/volumes/${created.body.data.id}`);
    emulator.clock.advance(totalMs(LIFECYCLE_TIMINGS.volume.delete));
    expect((await owner('DELETE', `/api/v1/projects/${projectId}`)).status).toBe(200);
  });
});
