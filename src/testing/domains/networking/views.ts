import type { components } from '../../../../generated/openapi.js';
import type { EmulatorState } from '../../server/account.js';
import { iso } from '../../server/iso-time.js';
import { type NicRecord, vms } from '../compute/records.js';
import { numberToIpv4, vpcLayout, vpcLeases } from './addressing.js';
import type { IpRecord, SecurityGroupRecord, VpcRecord } from './records.js';
import { vpcs } from './records.js';

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
  for (const vm of vms.in(state).values()) {
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
 * One interface of a VM.
 *
 * @internal
 */
export function nicView(state: EmulatorState, nic: NicRecord): Schemas['VMNetwork'] {
  const vpc = vpcs.in(state).find(nic.vpcId);
  return {
    nic_id: nic.nicId,
    network_name: vpc?.name ?? '',
    ip: nic.ip,
    mac: nic.mac,
    gateway: nic.gateway,
    type: nic.type,
    ...(nic.securityGroupId === undefined ? {} : { security_group_id: nic.securityGroupId }),
  };
}
