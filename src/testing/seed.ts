import { randomUUID } from 'node:crypto';
import { seedOwnerKey, seedPeople, seedRoles } from './domains/identity/seed.js';
import { seedProjects } from './domains/projects/seed.js';
import { addNic, leaseVpcAddress, publicGateway, vpcLayout } from './networking.js';
import type { VmStatus } from './resource-records.js';
import { seedNetworking } from './seed-networking.js';
import { type EmulatorState, emptyState, type VmRecord } from './server/account.js';
import { seedStorage } from './storage-seed.js';

const DAY = 86_400_000;

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
  seedRoles(state, signup);
  const { defaultProjectId, customer1ProjectId } = seedProjects(state, signup);
  seedPeople(state, { customer1ProjectId }, signup, now);

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

  const secret = seedOwnerKey(state, signup);

  return { state, ownerKey: secret, defaultProjectId, customer1ProjectId };
}
