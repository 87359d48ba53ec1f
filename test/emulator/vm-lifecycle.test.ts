import { describe, expect, it } from 'vitest';
import { LIFECYCLE_TIMINGS } from '../../src/testing/domains/timings.js';
import { totalMs } from '../../src/testing/server/lifecycle.js';
import { NOBODY, ownerSession, PASSWORD, UBUNTU, VM_MS, WINDOWS } from '../support/compute.js';
import { call } from '../support/emulator.js';

describe('VM creation', () => {
  it('walks initiating → provisioning → booting → active on the clock, per the timing table', async () => {
    const { emulator, createVm, vmStatus } = await ownerSession();
    const id = await createVm({}, false);
    const seen: string[] = [await vmStatus(id)];
    for (const [, ms] of LIFECYCLE_TIMINGS.vm.create.phases) {
      emulator.clock.advance(ms - 1);
      expect(await vmStatus(id)).toBe(seen.at(-1));
      emulator.clock.advance(1);
      seen.push(await vmStatus(id));
    }
    expect(seen).toEqual(['initiating', 'provisioning', 'booting', 'active']);
  });

  it('gives a new VM a public address and a place in the project VPC, unless skipped', async () => {
    const { owner, createVm } = await ownerSession();
    const vm = (await owner('GET', `/api/v1/vms/${await createVm({ tags: ['a', 'b'] })}`)).body
      .data;
    expect(vm.public_ipv4_address).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(vm.private_ipv4_address).toMatch(/^10\.0\.0\.\d+$/);
    expect(vm.tags.map((tag: { name: string }) => tag.name)).toEqual(['a', 'b']);
    const privateOnly = await createVm({ skip_public_ip: true });
    const networks = await owner('GET', `/api/v1/vms/${privateOnly}/networks`);
    expect(networks.body.data.map((nic: { type: string }) => nic.type)).toEqual(['vpc']);
  });

  it('refuses an unknown template, a Windows image on a standard plan, and a Linux VM without login', async () => {
    const { owner } = await ownerSession();
    const base = { name: 'x', pricing_id: 3, region: 'us-east', password: PASSWORD };
    const unknown = await owner('POST', '/api/v1/vms', { ...base, template_id: NOBODY });
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toMatch(/template_id/);
    const windows = await owner('POST', '/api/v1/vms', { ...base, template_id: WINDOWS });
    expect(windows.body.message).toMatch(/premium/);
    const premium = await owner('POST', '/api/v1/vms', {
      ...base,
      template_id: WINDOWS,
      pricing_id: 9,
    });
    expect(premium.status).toBe(201);
    const { password: _, ...noLogin } = base;
    const linux = await owner('POST', '/api/v1/vms', { ...noLogin, template_id: UBUNTU });
    expect(linux.status).toBe(400);
    expect(linux.body.message).toMatch(/ssh_keys, a password/);
  });
});

describe('VM power actions', () => {
  const cases = [
    { action: 'stop', from: 'active', via: 'finalizing', to: 'passive', ms: VM_MS.stop },
    { action: 'start', from: 'passive', via: 'booting', to: 'active', ms: VM_MS.start },
    { action: 'reboot', from: 'active', via: 'booting', to: 'active', ms: VM_MS.reboot },
    { action: 'reboot-hard', from: 'active', via: 'booting', to: 'active', ms: VM_MS.hardReboot },
  ] as const;

  for (const { action, from, via, to, ms } of cases) {
    it(`${action}: ${from} → ${via} → ${to} after ${ms / 1000} s`, async () => {
      const { emulator, owner, createVm, vmStatus } = await ownerSession();
      const id = await createVm();
      if (from === 'passive') {
        await owner('POST', `/api/v1/vms/${id}/stop`);
        emulator.clock.advance(VM_MS.stop);
      }
      const accepted = await owner('POST', `/api/v1/vms/${id}/${action}`);
      expect(accepted.status).toBe(200);
      expect(accepted.body.success).toBe(true);
      expect(await vmStatus(id)).toBe(via);
      emulator.clock.advance(ms - 1);
      expect(await vmStatus(id)).toBe(via);
      emulator.clock.advance(1);
      expect(await vmStatus(id)).toBe(to);
    });
  }

  it('answers 409 with the documented messages when the status does not allow the action', async () => {
    const { emulator, owner, createVm } = await ownerSession();
    const building = await createVm({}, false);
    const busy = await owner('POST', `/api/v1/vms/${building}/stop`);
    expect(busy.status).toBe(409);
    expect(busy.body).toEqual({
      error: 'Conflict',
      message: 'VM is busy; current status: initiating',
    });
    emulator.clock.advance(VM_MS.create);
    const started = await owner('POST', `/api/v1/vms/${building}/start`);
    expect(started.body.message).toBe(
      'VM must be stopped (passive) to start; current status: active',
    );
    const resize = await owner('POST', `/api/v1/vms/${building}/resize`, { pricing_id: 4 });
    expect(resize.status).toBe(409);
    expect(resize.body.message).toBe(
      'VM must be stopped (passive) for this action; current status: active',
    );
    await owner('POST', `/api/v1/vms/${building}/stop`);
    emulator.clock.advance(VM_MS.stop);
    const reboot = await owner('POST', `/api/v1/vms/${building}/reboot`);
    expect(reboot.body.message).toBe(
      'VM must be running (active) for this action; current status: passive',
    );
  });

  it('answers 404 for a VM of another project and for none at all', async () => {
    const { emulator, owner, createVm } = await ownerSession();
    const id = await createVm();
    const other = await owner('POST', `/api/v1/vms/${NOBODY}/stop`);
    expect(other.status).toBe(404);
    const wrongProject = await fetch(`${emulator.url}/api/v1/vms/${id}/stop`, {
      method: 'POST',
      headers: { 'X-API-Key': emulator.ownerKey, 'X-Project-ID': emulator.projects.customer1.id },
    });
    expect(wrongProject.status).toBe(404);
  });
});

describe('VM maintenance', () => {
  it('reinstalls and factory-resets from passive through provisioning and booting to active', async () => {
    const { emulator, owner, createVm, vmStatus } = await ownerSession();
    const id = await createVm();
    await owner('POST', `/api/v1/vms/${id}/stop`);
    emulator.clock.advance(VM_MS.stop);
    const debian = 'c41f8e27-5d9a-4b6c-8e3f-7a2d1b0c9e84';
    expect(
      (await owner('POST', `/api/v1/vms/${id}/reinstall`, { template_id: debian })).status,
    ).toBe(200);
    expect(await vmStatus(id)).toBe('provisioning');
    const busy = await owner('POST', `/api/v1/vms/${id}/factory-reset`);
    expect(busy.status).toBe(409);
    emulator.clock.advance(VM_MS.reinstall);
    const vm = (await owner('GET', `/api/v1/vms/${id}`)).body.data;
    expect(vm).toMatchObject({ status: 'active', template_id: debian, template_name: 'Debian' });
    expect((await owner('POST', `/api/v1/vms/${id}/factory-reset`)).status).toBe(200);
    expect(await vmStatus(id)).toBe('provisioning');
    emulator.clock.advance(VM_MS.factoryReset);
    expect(await vmStatus(id)).toBe('active');
  });

  it('resizes the plan and grows the disk of a stopped VM, which stays passive', async () => {
    const { emulator, owner, createVm, vmStatus } = await ownerSession();
    const id = await createVm();
    await owner('POST', `/api/v1/vms/${id}/stop`);
    emulator.clock.advance(VM_MS.stop);
    const resized = await owner('POST', `/api/v1/vms/${id}/resize`, { pricing_id: 5 });
    expect(resized.body).toEqual({ success: true, message: 'VM resized', id });
    const smaller = await owner('POST', `/api/v1/vms/${id}/disk/resize`, { new_size: 160 });
    expect(smaller.status).toBe(400);
    expect((await owner('POST', `/api/v1/vms/${id}/disk/resize`, { new_size: 250 })).status).toBe(
      200,
    );
    const vm = (await owner('GET', `/api/v1/vms/${id}`)).body.data;
    expect(vm).toMatchObject({
      cpu: 4,
      ram: 8,
      storage: 160,
      added_storage: 90,
      total_storage: 250,
    });
    expect(await vmStatus(id)).toBe('passive');
  });

  it('renames and resets the password in any status, without changing it', async () => {
    const { owner, createVm, vmStatus } = await ownerSession();
    const id = await createVm({}, false);
    expect((await owner('PATCH', `/api/v1/vms/${id}/rename`, { name: 'renamed' })).status).toBe(
      200,
    );
    expect((await owner('POST', `/api/v1/vms/${id}/reset-password`)).status).toBe(200);
    expect((await owner('GET', `/api/v1/vms/${id}`)).body.data.name).toBe('renamed');
    expect(await vmStatus(id)).toBe('initiating');
  });

  it('saves a disk as an image that createVM accepts as template_id', async () => {
    const { owner, createVm } = await ownerSession();
    const id = await createVm();
    const image = await owner('POST', `/api/v1/vms/${id}/save-image`, { name: 'golden' });
    expect(image.status).toBe(201);
    expect(image.body.data).toMatchObject({ name: 'golden', region: 'us-east' });
    const noDisk = await owner('POST', `/api/v1/vms/${id}/save-image`, { name: 'x', disk_id: 3 });
    expect(noDisk.status).toBe(404);
    const clone = await createVm({ template_id: image.body.data.id });
    expect((await owner('GET', `/api/v1/vms/${clone}`)).body.data.template_name).toBe('golden');
  });
});

describe('VM deletion', () => {
  it('keeps the extra volume with volume_action detach, deletes it with delete', async () => {
    const { emulator, owner, createVm } = await ownerSession();
    const kept = await createVm({ extra_storage: 20, name: 'kept' });
    const gone = await createVm({ extra_storage: 30, name: 'gone' });
    emulator.clock.advance(totalMs(LIFECYCLE_TIMINGS.volume.create));
    const volumes = async () =>
      (await owner('GET', '/api/v1/volumes')).body.data.filter((v: { size: number }) =>
        [20, 30].includes(v.size),
      );
    expect((await volumes()).map((v: { status: string }) => v.status)).toEqual([
      'attached',
      'attached',
    ]);
    await owner('DELETE', `/api/v1/vms/${kept}`, { volume_action: 'detach' });
    await owner('DELETE', `/api/v1/vms/${gone}`, { volume_action: 'delete' });
    emulator.clock.advance(totalMs(LIFECYCLE_TIMINGS.volume.delete));
    const left = await volumes();
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ size: 20, status: 'available', product_vm: '' });
  });

  it('deletes in bulk, reporting each id, and frees reserved IPs the VMs carried', async () => {
    const { owner, createVm } = await ownerSession();
    const a = await createVm({ skip_public_ip: true });
    const b = await createVm();
    const ip = (await owner('POST', '/api/v1/ips/reserve', {})).body.data;
    await owner('POST', `/api/v1/vms/${a}/ip`, { ip_id: ip.id });
    const bulk = await owner('DELETE', '/api/v1/vms/bulk', { ids: [a, b, NOBODY] });
    expect(bulk.status).toBe(200);
    expect(bulk.body).toMatchObject({
      success: true,
      total_count: 3,
      success_count: 2,
      failed_count: 1,
    });
    expect(bulk.body.results[2]).toMatchObject({ id: NOBODY, success: false });
    expect((await owner('GET', `/api/v1/ips/${ip.id}`)).body.data.status).toBe('free');
    expect((await owner('GET', `/api/v1/vms/${a}`)).status).toBe(404);
  });

  it('removes the VM’s own VPC with delete_vpc unless another VM still uses it', async () => {
    const { owner, createVm } = await ownerSession();
    const vpcFor = async (name: string) =>
      (await owner('GET', '/api/v1/vpcs')).body.data.find((v: { name: string }) => v.name === name);
    const first = await createVm({ vpc_name: 'solo', vpc_cidr: '10.50.0.0/24' });
    const vpc = await vpcFor('solo');
    const second = await createVm({ vpc_id: vpc.id });
    await owner('DELETE', `/api/v1/vms/${first}`);
    expect(await vpcFor('solo')).toBeDefined();
    await owner('DELETE', `/api/v1/vms/${second}`);
    expect(await vpcFor('solo')).toBeUndefined();
  });
});

describe('projects that hold resources', () => {
  it('refuses to delete a project with a VM or a VPC (409), then deletes it empty', async () => {
    const { emulator } = await ownerSession();
    const key = emulator.ownerKey;
    const project = (
      await call(emulator, 'POST', '/api/v1/projects', { key, body: { name: 'tmp' } })
    ).body.data.id;
    const headers = { 'X-Project-ID': project };
    const vm = await call(emulator, 'POST', '/api/v1/vms', {
      key,
      headers,
      body: {
        name: 'v',
        template_id: UBUNTU,
        pricing_id: 1,
        region: 'us-east',
        password: PASSWORD,
      },
    });
    const refused = await call(emulator, 'DELETE', `/api/v1/projects/${project}`, { key });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/^Project still contains active resources \(VMs, VPCs\)/);
    await call(emulator, 'DELETE', `/api/v1/vms/${vm.body.data.id}`, {
      key,
      headers,
      body: { delete_vpc: false },
    });
    const vpcLeft = await call(emulator, 'DELETE', `/api/v1/projects/${project}`, { key });
    expect(vpcLeft.body.message).toMatch(/\(VPCs\)/);
    const vpcs = await call(emulator, 'GET', '/api/v1/vpcs', { key, headers });
    await call(emulator, 'DELETE', `/api/v1/vpcs/${vpcs.body.data[0].id}`, { key, headers });
    expect((await call(emulator, 'DELETE', `/api/v1/projects/${project}`, { key })).status).toBe(
      200,
    );
  });
});
