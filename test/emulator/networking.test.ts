import { describe, expect, it } from 'vitest';
import { SEED_SSH_PUBLIC_KEY } from '../../src/testing/domains/identity/seed.js';
import { NOBODY, ownerSession } from '../support/compute.js';
import { call, createKey, systemRoleId } from '../support/emulator.js';

describe('VPCs', () => {
  it('creates a VPC active and empty, refuses an overlapping or public block', async () => {
    const { owner } = await ownerSession();
    const created = await owner('POST', '/api/v1/vpcs', { name: 'backend', cidr: '10.20.0.0/24' });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({
      name: 'backend',
      cidr: '10.20.0.0/24',
      status: 'active',
      used_ips: 0,
      total_ips: 256,
    });
    const overlap = await owner('POST', '/api/v1/vpcs', { name: 'x', cidr: '10.20.0.128/25' });
    expect(overlap.status).toBe(400);
    expect(overlap.body.message).toMatch(/overlaps VPC backend/);
    const seeded = await owner('POST', '/api/v1/vpcs', { name: 'x', cidr: '10.0.0.0/16' });
    expect(seeded.body.message).toMatch(/overlaps VPC default/);
    const publicBlock = await owner('POST', '/api/v1/vpcs', { name: 'x', cidr: '8.8.8.0/24' });
    expect(publicBlock.body.message).toMatch(/private range/);
  });

  it('suggests free blocks of three sizes; createVPC accepts the suggestion', async () => {
    const { owner } = await ownerSession();
    const suggestions = await owner('GET', '/api/v1/vpcs/cidr-suggestions');
    expect(suggestions.body).toMatchObject({ success: true, existing_count: 2 });
    expect(suggestions.body).toMatchObject({ suggested: '10.0.1.0/24', suggested_ips: 253 });
    expect(suggestions.body.alternatives.map((a: { size: string }) => a.size)).toEqual([
      'small',
      'medium',
      'large',
    ]);
    const created = await owner('POST', '/api/v1/vpcs', { name: 'next', cidr: '10.0.1.0/24' });
    expect(created.status).toBe(201);
    const after = await owner('GET', '/api/v1/vpcs/cidr-suggestions');
    expect(after.body).toMatchObject({ suggested: '10.0.2.0/24', existing_count: 3 });
  });

  it('counts leases as VMs join and leave, and refuses to delete a VPC in use', async () => {
    const { owner, createVm } = await ownerSession();
    const vpc = (await owner('POST', '/api/v1/vpcs', { name: 'lab', cidr: '10.30.0.0/28' })).body
      .data;
    const vm = await createVm({ skip_vpc: true });
    const attached = await owner('POST', `/api/v1/vms/${vm}/vpc`, {
      vpc_id: vpc.id,
      ip: '10.30.0.9',
    });
    expect(attached.status).toBe(200);
    const detail = (await owner('GET', `/api/v1/vpcs/${vpc.id}`)).body.data;
    expect(detail).toMatchObject({
      ip_range_start: '10.30.0.2',
      ip_range_end: '10.30.0.14',
      leases: [{ ip: '10.30.0.9' }],
    });
    expect(detail.vpc.used_ips).toBe(1);
    expect((await owner('GET', `/api/v1/vms/${vm}`)).body.data.private_ipv4_address).toBe(
      '10.30.0.9',
    );
    const inUse = await owner('DELETE', `/api/v1/vpcs/${vpc.id}`);
    expect(inUse.status).toBe(400);
    const nic = detail.leases[0].nic_id;
    expect((await owner('DELETE', `/api/v1/vms/${vm}/vpc/${nic}`)).status).toBe(200);
    expect((await owner('GET', `/api/v1/vpcs/${vpc.id}`)).body.data.vpc.used_ips).toBe(0);
    expect((await owner('DELETE', `/api/v1/vpcs/${vpc.id}`)).status).toBe(200);
    expect((await owner('GET', `/api/v1/vpcs/${vpc.id}`)).status).toBe(404);
  });

  it('renames a VPC; getVPC with another project in X-Project-ID answers 404', async () => {
    const { emulator, owner } = await ownerSession();
    const [vpc] = (await owner('GET', '/api/v1/vpcs')).body.data;
    const renamed = await owner('PUT', `/api/v1/vpcs/${vpc.id}`, { name: 'main' });
    expect(renamed.body.data.name).toBe('main');
    const elsewhere = await call(emulator, 'GET', `/api/v1/vpcs/${vpc.id}`, {
      key: emulator.ownerKey,
      headers: { 'X-Project-ID': emulator.projects.customer1.id },
    });
    expect(elsewhere.status).toBe(404);
    const noHeader = await call(emulator, 'GET', `/api/v1/vpcs/${vpc.id}`, {
      key: emulator.ownerKey,
    });
    expect(noHeader.body.data.vpc.name).toBe('main');
  });
});

describe('public IPs', () => {
  it('reserves a free IP, attaches it (in-use), refuses release, detaches (free) and releases', async () => {
    const { owner, createVm } = await ownerSession();
    const ip = (await owner('POST', '/api/v1/ips/reserve', {})).body.data;
    expect(ip).toMatchObject({ reserved: true, status: 'free', type: 'IPv4' });
    const vm = await createVm({ skip_public_ip: true });
    const attached = await owner('POST', `/api/v1/vms/${vm}/ip`, { ip_id: ip.id });
    expect(attached.body.data).toMatchObject({ vm_id: vm, ip_address: ip.ip_address });
    expect((await owner('GET', `/api/v1/ips/${ip.id}`)).body.data.status).toBe('in-use');
    expect((await owner('GET', `/api/v1/vms/${vm}`)).body.data.public_ipv4_address).toBe(
      ip.ip_address,
    );
    const refused = await owner('DELETE', `/api/v1/ips/${ip.id}/reserve`);
    expect(refused.status).toBe(400);
    const second = await owner('POST', `/api/v1/vms/${vm}/ip`, {});
    expect(second.body.message).toMatch(/already has a public IPv4/);
    await owner('DELETE', `/api/v1/vms/${vm}/ip/${attached.body.data.nic_id}`);
    expect((await owner('GET', `/api/v1/ips/${ip.id}`)).body.data.status).toBe('free');
    expect((await owner('DELETE', `/api/v1/ips/${ip.id}/reserve`)).status).toBe(200);
    expect((await owner('GET', `/api/v1/ips/${ip.id}`)).status).toBe(404);
  });

  it('allocates an address by type, listed unreserved while on the VM, gone once detached', async () => {
    const { owner, createVm } = await ownerSession();
    const vm = await createVm();
    const v6 = await owner('POST', `/api/v1/vms/${vm}/ip`, { type: 'IPv6' });
    expect(v6.status).toBe(200);
    const listed = await owner('GET', '/api/v1/ips?reserved=false');
    expect(listed.body.data).toEqual([
      expect.objectContaining({ type: 'IPv6', reserved: false, status: 'in-use' }),
    ]);
    expect((await owner('GET', `/api/v1/vms/${vm}`)).body.data.public_ipv6_address).toBe(
      v6.body.data.ip_address,
    );
    await owner('DELETE', `/api/v1/vms/${vm}/ip/${v6.body.data.nic_id}`);
    expect((await owner('GET', '/api/v1/ips?reserved=false')).body.total).toBe(0);
  });

  it('changes a free reserved IP for a new address and a new id', async () => {
    const { owner } = await ownerSession();
    const ip = (await owner('POST', '/api/v1/ips/reserve', {})).body.data;
    const changed = await owner('POST', `/api/v1/ips/${ip.id}/change`);
    expect(changed.body.old_ip.ip_address).toBe(ip.ip_address);
    expect(changed.body.new_ip.ip_address).not.toBe(ip.ip_address);
    expect(changed.body.new_ip).toMatchObject({ reserved: true, status: 'free' });
    expect((await owner('GET', `/api/v1/ips/${ip.id}`)).status).toBe(404);
    expect((await owner('GET', `/api/v1/ips/${changed.body.new_ip.id}`)).status).toBe(200);
  });

  it('refuses a reservation without billing standing or funds', async () => {
    const { emulator, owner } = await ownerSession();
    emulator.billing.set('banned');
    const banned = await owner('POST', '/api/v1/ips/reserve', {});
    expect(banned.status).toBe(403);
    expect(banned.body.reason).toBe('banned');
    emulator.billing.set('insufficient_funds');
    expect((await owner('POST', '/api/v1/ips/reserve', {})).status).toBe(402);
  });
});

describe('security groups', () => {
  it('creates from a template plus rules, counts interfaces, refuses delete while attached', async () => {
    const { owner, createVm } = await ownerSession();
    const templates = await owner('GET', '/api/v1/security-groups/templates');
    expect(templates.body.data.map((t: { id: string }) => t.id)).toContain('ssh');
    const group = (
      await owner('POST', '/api/v1/security-groups', {
        name: 'db',
        template_id: 'ssh',
        rules: [{ protocol: 'TCP', rule_type: 'INBOUND', range: '5432', ip: '10.0.0.0', size: 24 }],
      })
    ).body.data;
    expect(group.rules.map((r: { range: string }) => r.range)).toEqual(['22', '5432']);
    expect(group.vm_count).toBe(0);
    const vm = await createVm();
    const [nic] = (await owner('GET', `/api/v1/vms/${vm}/networks?type=public`)).body.data;
    await owner('POST', `/api/v1/vms/${vm}/security-groups`, {
      security_group_id: group.id,
      nic_id: nic.nic_id,
    });
    expect((await owner('GET', `/api/v1/security-groups/${group.id}`)).body.data.vm_count).toBe(1);
    const networks = (await owner('GET', `/api/v1/vms/${vm}/networks`)).body.data;
    expect(
      networks.find((n: { nic_id: number }) => n.nic_id === nic.nic_id).security_group_id,
    ).toBe(group.id);
    expect((await owner('DELETE', `/api/v1/security-groups/${group.id}`)).status).toBe(400);
    const detach = `/api/v1/vms/${vm}/security-groups/${group.id}/${nic.nic_id}`;
    expect((await owner('DELETE', detach)).status).toBe(200);
    expect((await owner('DELETE', detach)).status).toBe(404);
    expect((await owner('DELETE', `/api/v1/security-groups/${group.id}`)).status).toBe(200);
  });

  it('replaces the whole rule set on update, and refuses an unknown template', async () => {
    const { owner } = await ownerSession();
    const [group] = (await owner('GET', '/api/v1/security-groups')).body.data;
    const updated = await owner('PUT', `/api/v1/security-groups/${group.id}`, {
      rules: [{ protocol: 'ICMP', rule_type: 'INBOUND' }],
    });
    expect(updated.body.data.rules).toEqual([{ protocol: 'ICMP', rule_type: 'INBOUND' }]);
    const unknown = await owner('POST', '/api/v1/security-groups', {
      name: 'x',
      template_id: 'nope',
    });
    expect(unknown.status).toBe(400);
  });
});

describe('SSH keys', () => {
  it('saves, renames and deletes keys for any valid key, reading the type from the key', async () => {
    const { emulator } = await ownerSession();
    const viewer = await createKey(emulator, {
      projects: [emulator.projects.customer1.id],
      projectRole: systemRoleId('viewer'),
    });
    const as = (method: string, path: string, body?: unknown) =>
      call(emulator, method, path, { key: viewer.secret, body });
    const listed = await as('GET', '/api/v1/ssh-keys');
    expect(listed.body.data).toEqual([
      expect.objectContaining({ key_type: 'ssh-ed25519', public_key: SEED_SSH_PUBLIC_KEY }),
    ]);
    const duplicate = await as('POST', '/api/v1/ssh-keys', {
      name: 'again',
      public_key: SEED_SSH_PUBLIC_KEY,
    });
    expect(duplicate.status).toBe(400);
    const rsaBody = Buffer.concat([
      Buffer.from([0, 0, 0, 7]),
      Buffer.from('ssh-rsa'),
      Buffer.alloc(16, 1),
    ]).toString('base64');
    const created = await as('POST', '/api/v1/ssh-keys', {
      name: 'ci',
      public_key: `ssh-rsa ${rsaBody} ci@runner`,
    });
    expect(created.status).toBe(201);
    expect(created.body.data.key_type).toBe('ssh-rsa');
    const mismatched = await as('POST', '/api/v1/ssh-keys', {
      name: 'bad',
      public_key: `ssh-ed25519 ${rsaBody}`,
    });
    expect(mismatched.status).toBe(400);
    const id = created.body.data.id;
    expect((await as('PUT', `/api/v1/ssh-keys/${id}`, { name: 'ci-2' })).body.data.name).toBe(
      'ci-2',
    );
    expect((await as('DELETE', `/api/v1/ssh-keys/${id}`)).body.data.name).toBe('ci-2');
    expect((await as('GET', `/api/v1/ssh-keys/${id}`)).status).toBe(404);
    expect((await as('GET', `/api/v1/ssh-keys/${NOBODY}`)).status).toBe(404);
  });
});
