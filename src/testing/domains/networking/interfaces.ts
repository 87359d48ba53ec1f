// A VM's place on the networks: joining VPCs (on create or later), and what its interfaces
// leave behind when the VM goes (reserved IPs turn free, allocated ones go back to the pool,
// VPCs no VM uses any more go with `delete_vpc`).
import type { EmulatorState } from '../../server/account.js';
import { badRequest } from '../../server/errors.js';
import type { VmRecord } from '../compute/records.js';
import {
  addNic,
  checkNewVpcCidr,
  freeBlock,
  leaseVpcAddress,
  vpcLayout,
  vpcLeases,
} from './addressing.js';
import { ips, type VpcRecord, vpcs } from './records.js';

/**
 * Creates a VPC record (the caller checked the block).
 *
 * @internal
 */
export function newVpc(
  state: EmulatorState,
  spec: { projectId: string; name: string; cidr: string; description?: string; now: number },
): VpcRecord {
  return vpcs.in(state).create(spec.now, (stamp) => ({
    ...stamp,
    projectId: spec.projectId,
    name: spec.name,
    description: spec.description,
    cidr: spec.cidr,
  }));
}

/**
 * Adds a `vpc` interface to the VM in `vpc`, at `ip` or the lowest free address.
 *
 * @internal
 */
export function joinVpc(state: EmulatorState, vm: VmRecord, vpc: VpcRecord, ip?: string): void {
  addNic(state, vm, {
    type: 'vpc',
    ip: leaseVpcAddress(state, vpc, ip),
    gateway: vpcLayout(vpc).gateway,
    vpcId: vpc.id,
    ipId: undefined,
  });
}

/**
 * createVM's networking fields, as far as VPCs go.
 *
 * @internal
 */
export interface VpcChoice {
  readonly skip_vpc?: boolean;
  readonly vpc_id?: string;
  readonly vpc_name?: string;
  readonly vpc_cidr?: string;
}

/**
 * Checks createVM's networking fields and says how the new VM joins a VPC: `vpc_id` (a VPC of
 * the project), `vpc_name` + `vpc_cidr` (a new VPC), or by default the project's first VPC (one
 * is made when there is none). `undefined` with `skip_vpc`. Throws 400 before anything changes.
 *
 * @throws {HttpError} 400.
 * @internal
 */
export function joinVpcOnCreate(
  state: EmulatorState,
  projectId: string,
  choice: VpcChoice,
  now: number,
): ((vm: VmRecord) => void) | undefined {
  if (choice.skip_vpc === true) return undefined;
  if (choice.vpc_id !== undefined) {
    const vpc = vpcs.in(state).find(choice.vpc_id);
    if (vpc === undefined || vpc.projectId !== projectId) {
      throw badRequest(`VPC ${choice.vpc_id} not found in project ${projectId}`);
    }
    return (vm) => joinVpc(state, vm, vpc);
  }
  if (choice.vpc_name !== undefined && choice.vpc_cidr !== undefined) {
    const { vpc_name: name, vpc_cidr: cidr } = choice;
    checkNewVpcCidr(state, cidr);
    return (vm) => joinVpc(state, vm, newVpc(state, { projectId, name, cidr, now }));
  }
  const existing = vpcs.in(state).where((vpc) => vpc.projectId === projectId)[0];
  if (existing !== undefined) return (vm) => joinVpc(state, vm, existing);
  const cidr = freeBlock(state, 24);
  if (cidr === undefined) throw badRequest('No free private block is left for a new VPC');
  const project = state.projects.get(projectId);
  const name = `${project?.slug ?? 'project'}-vpc`;
  return (vm) => joinVpc(state, vm, newVpc(state, { projectId, name, cidr, now }));
}

/**
 * What a VM's interfaces leave behind once the VM is removed: reserved IPs turn `free`,
 * allocated ones go back to the pool, and with `deleteVpc` each VPC it was in goes once no VM is
 * left in it.
 *
 * @internal
 */
export function releaseVmNetworks(
  state: EmulatorState,
  vm: VmRecord,
  options: { readonly deleteVpc: boolean; readonly now: number },
): void {
  for (const nic of vm.nics) {
    if (options.deleteVpc && nic.vpcId !== undefined && vpcLeases(state, nic.vpcId).length === 0) {
      vpcs.in(state).discard(nic.vpcId);
    }
  }
  for (const nic of vm.nics) {
    const ip = ips.in(state).find(nic.ipId);
    if (ip === undefined) continue;
    if (ip.reserved) {
      ip.vmId = null;
      ip.nicId = null;
      ip.updatedAt = options.now;
    } else {
      ips.in(state).discard(ip.id);
    }
  }
}
