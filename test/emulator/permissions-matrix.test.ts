// Every compute and network operation, tried with each System project role: a role that holds the
// operation's x-raff-permission gets past the check (any answer but 403), one that lacks it gets
// 403 naming the permission. Mutations aim at ids that do not exist, so an allowed call answers
// 404 and changes nothing; reads by id aim at real resources, whose project decides.
import { beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ROLES } from '../../src/offline/permission-catalog.js';
import { NOBODY, PASSWORD, UBUNTU } from '../support/compute.js';
import {
  call,
  createKey,
  startEmulator,
  systemRoleId,
  type TestEmulator,
} from '../support/emulator.js';
import { operations } from '../support/openapi.js';

const FAMILIES = new Set([
  'Virtual Machines',
  'VM Tags',
  'VM Notes',
  'VM Networks',
  'VPCs',
  'IPs',
  'Security Groups',
  'SSH Keys',
]);

const BODIES: Readonly<Record<string, unknown>> = {
  createVM: {
    name: 'm',
    template_id: UBUNTU,
    pricing_id: 1,
    region: 'us-east',
    password: PASSWORD,
  },
  deleteVMsBulk: { ids: [NOBODY] },
  renameVM: { name: 'm' },
  setVMConsolePolicy: { console_require_mfa: true },
  reinstallVM: { template_id: UBUNTU },
  resizeVM: { pricing_id: 2 },
  resizeVMDisk: { new_size: 500 },
  saveVMDiskAsImage: { name: 'img' },
  addVMTag: { name: 't' },
  updateVMTag: { name: 't' },
  appendVMNote: { content: 'c' },
  updateVMNote: { content: 'c' },
  upsertVMNote: { content: 'c' },
  createSSHKey: { name: 'k', public_key: 'ssh-ed25519 AAAA' },
  updateSSHKey: { name: 'k' },
  createVPC: { name: 'v', cidr: '10.77.0.0/24' },
  updateVPC: { name: 'v' },
  reserveIP: {},
  createSecurityGroup: { name: 'g' },
  updateSecurityGroup: { name: 'g' },
  attachVMToVPC: { vpc_id: NOBODY },
  attachVMIP: {},
  attachVMSecurityGroup: { security_group_id: NOBODY, nic_id: 0 },
};

const PROJECT_ROLES = SYSTEM_ROLES.filter((role) => role.scope === 'project');
const cases = operations.filter((op) => FAMILIES.has(op.model.tag));

let emulator: TestEmulator;
/** Real ids in customer1, for the reads that find their resource first. */
const real: Record<string, string> = {};

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, speed: 0 });
  const headers = { 'X-Project-ID': emulator.projects.customer1.id };
  const get = async (path: string) =>
    (await call(emulator, 'GET', path, { key: emulator.ownerKey, headers })).body.data;
  real.vm = (await get('/api/v1/vms'))[0].id;
  real.vpc = (await get('/api/v1/vpcs'))[0].id;
  real.ip = (await get('/api/v1/ips'))[0].id;
  real.group = (
    await call(emulator, 'POST', '/api/v1/security-groups', {
      key: emulator.ownerKey,
      headers,
      body: { name: 'matrix' },
    })
  ).body.data.id;
});

function pathFor(template: string, project: 'header' | 'path' | 'resource' | undefined): string {
  const readsReal = project === 'resource';
  const id = !readsReal
    ? NOBODY
    : template.startsWith('/api/v1/vms')
      ? real.vm
      : template.startsWith('/api/v1/vpcs')
        ? real.vpc
        : template.startsWith('/api/v1/ips')
          ? real.ip
          : real.group;
  return template
    .replace('{id}', id ?? NOBODY)
    .replace('{tagId}', NOBODY)
    .replace('{sg_id}', NOBODY)
    .replace('{nic_id}', '0')
    .replace('{type}', 'personal');
}

describe.each(PROJECT_ROLES.map((role) => [role.slug, role] as const))(
  'a key with the %s role on customer1',
  (slug, role) => {
    let secret: string;
    beforeAll(async () => {
      secret = (
        await createKey(emulator, {
          name: `matrix ${slug}`,
          projects: [emulator.projects.customer1.id],
          projectRole: systemRoleId(slug),
        })
      ).secret;
    });

    it.each(cases.map((op) => [op.operationId, op] as const))('%s', async (_id, op) => {
      const permission = op.model.permission ?? undefined;
      const response = await call(
        emulator,
        op.method.toUpperCase(),
        pathFor(op.pathTemplate, op.model.permissionProject ?? undefined),
        {
          key: secret,
          headers: { 'X-Project-ID': emulator.projects.customer1.id },
          body: BODIES[op.operationId],
        },
      );
      const allowed =
        permission === undefined || (role.permissions as readonly string[]).includes(permission);
      if (allowed) {
        expect(response.status, JSON.stringify(response.body)).not.toBe(403);
        expect(response.status).toBeLessThan(500);
      } else {
        expect(response.status).toBe(403);
        expect(response.body.message).toBe(`Missing permission ${permission}`);
      }
    });
  },
);

describe('the matrix itself', () => {
  it('covers every operation of the compute and network families', () => {
    expect(cases.length).toBe(53);
  });

  it('matches the brief: Viewer reads but cannot power, Operator cannot delete, Project Admin can', () => {
    const holds = (slug: string, permission: string) =>
      SYSTEM_ROLES.find((role) => role.slug === slug)?.permissions.some(
        (name) => name === permission,
      );
    expect([holds('viewer', 'vm.view'), holds('viewer', 'vm.power')]).toEqual([true, false]);
    expect([holds('operator', 'vm.power'), holds('operator', 'vm.delete')]).toEqual([true, false]);
    expect(holds('project-admin', 'vm.delete')).toBe(true);
  });
});
