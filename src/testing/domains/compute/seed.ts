import { randomUUID } from 'node:crypto';
import type { EmulatorState } from '../../server/account.js';
import { addNic, leaseVpcAddress, publicGateway, vpcLayout } from '../networking/addressing.js';
import { vpcs } from '../networking/records.js';
import type { SeededProjects } from '../projects/seed.js';
import { type VmStatus, vms } from './records.js';

const DAY = 86_400_000;

/**
 * The seeded VMs the storage seed refers to.
 *
 * @internal
 */
export interface SeededVms {
  /** `web-01` in Default. */
  readonly webVmId: string;
  /** `api-01` in customer1. */
  readonly apiVmId: string;
}

/**
 * Seeds two VMs per project on Ubuntu 24.04 (plan 3), each with a public address and an
 * interface in its project's VPC: `web-01` (tagged `web`) and `db-01` in Default, `api-01` and
 * `worker-01` (`passive`) in customer1.
 *
 * @internal
 */
export function seedVms(state: EmulatorState, projects: SeededProjects, signup: number): SeededVms {
  const vm = (projectId: string, name: string, status: VmStatus, index: number) => {
    const createdAt = signup + (5 + index) * DAY;
    const record = vms.in(state).create(createdAt, (stamp) => ({
      ...stamp,
      projectId,
      name,
      status,
      pricingId: 3,
      templateId: '68a508e9-586d-437b-a703-903e6fbfd0f2',
      templateName: 'Ubuntu',
      templateVersion: '24.04x64',
      addedStorage: 0,
      backupType: index % 2 === 0 ? 'weekly' : null,
      tags: index === 0 ? [{ id: randomUUID(), name: 'web', priority: 0, createdAt }] : [],
      nics: [],
      nextNicId: 0,
      createdBy: state.ownerUserId,
    }));
    const address = `203.0.113.${10 + index}`;
    addNic(state, record, {
      type: 'public',
      ip: address,
      gateway: publicGateway(address),
      vpcId: undefined,
      ipId: undefined,
    });
    const vpc = vpcs.in(state).where((candidate) => candidate.projectId === projectId)[0];
    if (vpc !== undefined) {
      addNic(state, record, {
        type: 'vpc',
        ip: leaseVpcAddress(state, vpc),
        gateway: vpcLayout(vpc).gateway,
        vpcId: vpc.id,
        ipId: undefined,
      });
    }
    return record.id;
  };
  const webVmId = vm(projects.defaultProjectId, 'web-01', 'active', 0);
  vm(projects.defaultProjectId, 'db-01', 'active', 1);
  const apiVmId = vm(projects.customer1ProjectId, 'api-01', 'active', 2);
  vm(projects.customer1ProjectId, 'worker-01', 'passive', 3);
  return { webVmId, apiVmId };
}
