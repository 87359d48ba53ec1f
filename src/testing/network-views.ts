import type { components } from '../../generated/openapi.js';
import { numberToIpv4, vpcLayout, vpcLeases } from './networking.js';
import type { IpRecord, SecurityGroupRecord, VpcRecord } from './resource-records.js';
import type { EmulatorState } from './server/account.js';
import { iso } from './server/iso-time.js';

type Schemas = components['schemas'];

/**
 * A VPC; `used_ips` counts the interfaces in it right now.
 *
 * @internal
 */
export function vpcView(state: EmulatorState, vpc: VpcRecord): Schemas['VPC'] {
  const layout = vpcLayout(vpc);
  return {
    id: vpc.id,
    account_id: state.accountId,
    project_id: vpc.projectId,
    name: vpc.name,
    cidr: vpc.cidr,
    gateway: layout.gateway,
    dns: layout.dns,
    status: 'active',
    total_ips: layout.total,
    used_ips: vpcLeases(state, vpc.id).length,
    region: 'us-east',
    gateway_type: 'none',
    router_public_ip: '',
    router_status: '',
    created_at: iso(vpc.createdAt),
    updated_at: iso(vpc.updatedAt),
  };
}

/**
 * What getVPC answers: the VPC, its range and its leases.
 *
 * @internal
 */
export function vpcDetailView(state: EmulatorState, vpc: VpcRecord): Schemas['VPCDetail'] {
  const layout = vpcLayout(vpc);
  return {
    vpc: vpcView(state, vpc),
    ip_range_start: numberToIpv4(layout.first),
    ip_range_end: numberToIpv4(layout.last),
    leases: vpcLeases(state, vpc.id).map(([, nic]) => ({ ip: nic.ip, nic_id: nic.nicId })),
  };
}

/**
 * A public IP.
 *
 * @internal
 */
export function ipView(state: EmulatorState, ip: IpRecord): Schemas['IP'] {
  return {
    id: ip.id,
    account_id: state.accountId,
    project_id: ip.projectId,
    created_by: ip.createdBy,
    ip_address: ip.address,
    type: ip.type,
    status: ip.vmId === null ? 'free' : 'in-use',
    reserved: ip.reserved,
    region: 'us-east',
    created_at: iso(ip.createdAt),
    updated_at: iso(ip.updatedAt),
  };
}

/**
 * How many VM interfaces carry the security group.
 *
 * @internal
 */
export function securityGroupUse(state: EmulatorState, groupId: string): number {
  let count = 0;
  for (const vm of state.vms.values()) {
    for (const nic of vm.nics) if (nic.securityGroupId === groupId) count++;
  }
  return count;
}

/**
 * A security group.
 *
 * @internal
 */
export function securityGroupView(
  state: EmulatorState,
  group: SecurityGroupRecord,
): Schemas['SecurityGroup'] {
  return {
    id: group.id,
    name: group.name,
    ...(group.description === undefined ? {} : { description: group.description }),
    rules: group.rules.map((rule) => ({ ...rule })),
    vm_count: securityGroupUse(state, group.id),
    project_id: group.projectId,
    created_at: iso(group.createdAt),
    updated_at: iso(group.updatedAt),
  };
}

/**
 * The kinds of compute and network resources a project still holds (`VMs`, `VPCs`, `IPs`,
 * `security groups`, `images`), empty when none: a project holding any cannot be deleted.
 *
 * @internal
 */
export function computeHeldBy(state: EmulatorState, projectId: string): string[] {
  const kinds: [string, Iterable<{ readonly projectId: string }>][] = [
    ['VMs', state.vms.values()],
    ['VPCs', state.vpcs.values()],
    ['IPs', state.ips.values()],
    ['security groups', state.securityGroups.values()],
    ['images', state.images.values()],
  ];
  return kinds
    .filter(([, records]) => [...records].some((record) => record.projectId === projectId))
    .map(([kind]) => kind);
}
