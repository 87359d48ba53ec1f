import { describe, expect, it } from 'vitest';
import { call, startEmulator } from '../support/emulator.js';

const TEMPLATE = '68a508e9-586d-437b-a703-903e6fbfd0f2';
const PASSWORD = 'Correct-Horse-42';

describe('VM routes', () => {
  it('lists VMs of one project with X-Project-ID, and of every project without it', async () => {
    const emulator = await startEmulator();
    const key = emulator.ownerKey;
    const one = await call(emulator, 'GET', '/api/v1/vms', {
      key,
      headers: { 'X-Project-ID': emulator.projects.customer1.id },
    });
    expect(one.body).toMatchObject({ success: true, total: 2 });
    expect(
      one.body.data.every(
        (vm: { project_id: string }) => vm.project_id === emulator.projects.customer1.id,
      ),
    ).toBe(true);
    const all = await call(emulator, 'GET', '/api/v1/vms', { key });
    expect(all.body.total).toBe(4);
    const passive = await call(emulator, 'GET', '/api/v1/vms?status=passive', { key });
    expect(passive.body.data.map((vm: { name: string }) => vm.name)).toEqual(['worker-01']);
  });

  it('creates a VM with 201 that walks from initiating to active as the clock runs', async () => {
    const emulator = await startEmulator();
    const key = emulator.ownerKey;
    const created = await call(emulator, 'POST', '/api/v1/vms', {
      key,
      headers: { 'X-Project-ID': emulator.projects.default.id },
      body: {
        name: 'api-staging-01',
        template_id: TEMPLATE,
        pricing_id: 3,
        region: 'us-east',
        password: PASSWORD,
        tags: ['api'],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({
      name: 'api-staging-01',
      status: 'initiating',
      project_id: emulator.projects.default.id,
      cpu: 2,
      ram: 4,
    });
    const path = `/api/v1/vms/${created.body.data.id}`;
    emulator.clock.advance(15_000);
    expect((await call(emulator, 'GET', path, { key })).body.data.status).toBe('provisioning');
    emulator.clock.advance(60_000);
    expect((await call(emulator, 'GET', path, { key })).body.data.status).toBe('active');
  });

  it('deletes a VM only through the project it lives in', async () => {
    const emulator = await startEmulator();
    const key = emulator.ownerKey;
    const vms = await call(emulator, 'GET', '/api/v1/vms', {
      key,
      headers: { 'X-Project-ID': emulator.projects.default.id },
    });
    const vm = vms.body.data[0];
    const wrong = await call(emulator, 'DELETE', `/api/v1/vms/${vm.id}`, {
      key,
      headers: { 'X-Project-ID': emulator.projects.customer1.id },
    });
    expect(wrong.status).toBe(404);
    const deleted = await call(emulator, 'DELETE', `/api/v1/vms/${vm.id}`, {
      key,
      headers: { 'X-Project-ID': emulator.projects.default.id },
      body: { volume_action: 'detach' },
    });
    expect(deleted.body).toEqual({ success: true, message: 'VM deleted' });
    expect((await call(emulator, 'GET', `/api/v1/vms/${vm.id}`, { key })).status).toBe(404);
  });
});

describe('backup and snapshot routes', () => {
  it('queues a backup with 202 in pending, ready a minute later', async () => {
    const emulator = await startEmulator();
    const key = emulator.ownerKey;
    const project = { 'X-Project-ID': emulator.projects.customer1.id };
    const vms = await call(emulator, 'GET', '/api/v1/vms', { key, headers: project });
    const vmId = vms.body.data[0].id;
    const created = await call(emulator, 'POST', '/api/v1/backups', {
      key,
      headers: project,
      body: { vm_id: vmId, name: 'pre-upgrade' },
    });
    expect(created.status).toBe(202);
    expect(created.body.data).toMatchObject({
      name: 'pre-upgrade',
      status: 'pending',
      product_vm: vmId,
    });

    emulator.clock.advance(61_000);
    const listed = await call(emulator, 'GET', `/api/v1/backups?vm_id=${vmId}`, {
      key,
      headers: project,
    });
    expect(listed.body.total).toBe(2);
    expect(listed.body.data.map((b: { status: string }) => b.status)).toEqual(['ready', 'ready']);
  });

  it('refuses a backup of a VM from another project with 404', async () => {
    const emulator = await startEmulator();
    const key = emulator.ownerKey;
    const vms = await call(emulator, 'GET', '/api/v1/vms', {
      key,
      headers: { 'X-Project-ID': emulator.projects.default.id },
    });
    const created = await call(emulator, 'POST', '/api/v1/backups', {
      key,
      headers: { 'X-Project-ID': emulator.projects.customer1.id },
      body: { vm_id: vms.body.data[0].id },
    });
    expect(created.status).toBe(404);
  });

  it('takes VM and volume snapshots with 201 and filters them by type', async () => {
    const emulator = await startEmulator();
    const key = emulator.ownerKey;
    const project = { 'X-Project-ID': emulator.projects.customer1.id };
    const vms = await call(emulator, 'GET', '/api/v1/vms', { key, headers: project });
    const vmSnap = await call(emulator, 'POST', '/api/v1/snapshots', {
      key,
      headers: project,
      body: { resource_type: 'vm', resource_id: vms.body.data[0].id, name: 'before' },
    });
    expect(vmSnap.status).toBe(201);
    expect(vmSnap.body.data).toMatchObject({ type: 'vm', name: 'before' });
    const volSnap = await call(emulator, 'POST', '/api/v1/snapshots', {
      key,
      headers: project,
      body: { resource_type: 'volume', volume_id: 311, name: 'data' },
    });
    expect(volSnap.status).toBe(201);
    const volumes = await call(emulator, 'GET', '/api/v1/snapshots?type=volume', { key });
    expect(volumes.body.data.map((s: { name: string }) => s.name)).toEqual(['data']);
    const missing = await call(emulator, 'POST', '/api/v1/snapshots', {
      key,
      headers: project,
      body: { resource_type: 'volume', volume_id: 312, name: 'other project' },
    });
    expect(missing.status).toBe(404);
  });
});

describe('billing standing', () => {
  it('refuses billed creates with 403 and a reason, or 402 without funds', async () => {
    const emulator = await startEmulator();
    const key = emulator.ownerKey;
    const headers = { 'X-Project-ID': emulator.projects.default.id };
    const body = {
      name: 'vm',
      template_id: TEMPLATE,
      pricing_id: 1,
      region: 'us-east',
      password: PASSWORD,
    };
    emulator.billing.set('failed');
    const failed = await call(emulator, 'POST', '/api/v1/vms', { key, headers, body });
    expect(failed.status).toBe(403);
    expect(failed.body).toEqual({
      error: 'Forbidden',
      message: expect.any(String),
      reason: 'failed',
    });
    emulator.billing.set('insufficient_funds');
    const broke = await call(emulator, 'POST', '/api/v1/vms', { key, headers, body });
    expect(broke.status).toBe(402);
    emulator.billing.set('ok');
    expect((await call(emulator, 'POST', '/api/v1/vms', { key, headers, body })).status).toBe(201);
  });
});
