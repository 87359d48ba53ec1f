import { randomUUID } from 'node:crypto';
import { SYSTEM_ROLES } from '../offline/permission-catalog.js';
import { addNic, leaseVpcAddress, publicGateway, vpcLayout } from './networking.js';
import type { VmStatus } from './resource-records.js';
import { issueSecret } from './secrets.js';
import { seedNetworking } from './seed-networking.js';
import { type EmulatorState, emptyState, type KeyRecord, type VmRecord } from './state.js';
import { seedStorage } from './storage-seed.js';

const DAY = 86_400_000;

/** The ids of the System roles the seed refers to, by slug. */
function systemRoleId(slug: string): string {
  const role = SYSTEM_ROLES.find((candidate) => candidate.slug === slug);
  if (role === undefined) throw new Error(`System role ${slug} is missing from the snapshot`);
  return role.id;
}

/**
 * What {@link seedState} hands back besides the state: the Owner secret and the seeded projects.
 *
 * @internal
 */
export interface Seed {
  readonly state: EmulatorState;
  readonly ownerKey: string;
  readonly defaultProjectId: string;
  readonly customer1ProjectId: string;
}

/**
 * One account as a new Raff customer might have it a month in: the Owner, an Admin member and an
 * open invitation; the System roles; projects Default and customer1, each with a VPC and two VMs
 * (one `passive`), a reserved IP, a security group, an SSH key; backups, a snapshot and volumes
 * (storage-seed.ts); and the `Owner bootstrap` key.
 *
 * @internal
 */
export function seedState(now: number): Seed {
  const state = emptyState(randomUUID(), randomUUID(), now);
  const owner = state.ownerUserId;
  const signup = now - 30 * DAY;

  for (const role of SYSTEM_ROLES) {
    state.roles.set(role.id, {
      id: role.id,
      name: role.name,
      slug: role.slug,
      description: role.description,
      scope: role.scope,
      permissions: [...role.permissions],
      isSystem: true,
      createdBy: null,
      createdAt: signup,
      updatedAt: signup,
    });
  }

  const addProject = (name: string, isDefault: boolean, createdAt: number): string => {
    const id = randomUUID();
    state.projects.set(id, {
      id,
      name,
      slug: name.toLowerCase(),
      description: isDefault ? 'Default project' : `Workloads run for ${name}`,
      defaultRegion: 'us-east',
      isDefault,
      createdBy: owner,
      createdAt,
      updatedAt: createdAt,
    });
    return id;
  };
  const defaultProjectId = addProject('Default', true, signup);
  const customer1ProjectId = addProject('customer1', false, signup + 4 * DAY);

  const dana = randomUUID();
  const member = (
    userId: string | null,
    email: string,
    slug: string,
    status: 'active' | 'pending',
    at: number,
  ) => {
    const id = randomUUID();
    state.members.set(id, {
      id,
      userId,
      email,
      roleId: systemRoleId(slug),
      status,
      invitedBy: userId === owner ? null : owner,
      invitedAt: userId === owner ? null : at,
      acceptedAt: status === 'active' ? at : null,
      createdAt: at,
    });
  };
  member(owner, 'owner@example.com', 'owner', 'active', signup);
  member(dana, 'dana@example.com', 'member', 'active', signup + 4 * DAY);
  member(null, 'sam@example.com', 'member', 'pending', now - 2 * DAY);
  const danaGrant = randomUUID();
  state.grants.set(danaGrant, {
    id: danaGrant,
    projectId: customer1ProjectId,
    userId: dana,
    apiKeyId: null,
    email: 'dana@example.com',
    roleId: systemRoleId('project-admin'),
    status: 'active',
    invitedBy: owner,
    invitedAt: signup + 4 * DAY,
    acceptedAt: signup + 4 * DAY,
    createdAt: signup + 4 * DAY,
  });

  seedNetworking(state, { defaultProjectId, customer1ProjectId }, signup);
  const vm = (projectId: string, name: string, status: VmStatus, index: number) => {
    const id = randomUUID();
    const createdAt = signup + (5 + index) * DAY;
    const record: VmRecord = {
      id,
      projectId,
      name,
      status,
      createdAt,
      updatedAt: createdAt,
      pricingId: 3,
      templateId: '68a508e9-586d-437b-a703-903e6fbfd0f2',
      templateName: 'Ubuntu',
      templateVersion: '24.04x64',
      addedStorage: 0,
      backupType: index % 2 === 0 ? 'weekly' : null,
      tags: index === 0 ? [{ id: randomUUID(), name: 'web', priority: 0, createdAt }] : [],
      nics: [],
      nextNicId: 0,
      createdBy: owner,
    };
    state.vms.set(id, record);
    const address = `203.0.113.${10 + index}`;
    addNic(state, record, {
      type: 'public',
      ip: address,
      gateway: publicGateway(address),
      vpcId: undefined,
      ipId: undefined,
    });
    const vpc = [...state.vpcs.values()].find((candidate) => candidate.projectId === projectId);
    if (vpc !== undefined) {
      addNic(state, record, {
        type: 'vpc',
        ip: leaseVpcAddress(state, vpc),
        gateway: vpcLayout(vpc).gateway,
        vpcId: vpc.id,
        ipId: undefined,
      });
    }
    return id;
  };
  const webVmId = vm(defaultProjectId, 'web-01', 'active', 0);
  vm(defaultProjectId, 'db-01', 'active', 1);
  const apiVmId = vm(customer1ProjectId, 'api-01', 'active', 2);
  vm(customer1ProjectId, 'worker-01', 'passive', 3);
  seedStorage(state, { defaultProjectId, customer1ProjectId, webVmId, apiVmId }, now);

  const ownerKey: KeyRecord = {
    id: randomUUID(),
    name: 'Owner bootstrap',
    hash: Buffer.alloc(0),
    prefix: '',
    roleId: systemRoleId('owner'),
    rateLimitTier: 'standard',
    expiresAt: null,
    lifetimeMs: null,
    lastUsedAt: null,
    isActive: true,
    createdBy: owner,
    createdAt: signup,
  };
  state.keys.set(ownerKey.id, ownerKey);
  const secret = issueSecret(state, ownerKey);

  return { state, ownerKey: secret, defaultProjectId, customer1ProjectId };
}
