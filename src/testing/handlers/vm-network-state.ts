import { randomUUID } from 'node:crypto';
import {
  addNic,
  checkNewVpcCidr,
  freeBlock,
  leaseVpcAddress,
  vpcLayout,
  vpcLeases,
} from '../networking.js';
import type { VmRecord, VpcRecord } from '../resource-records.js';
import type { EmulatorState } from '../server/account.js';
import { badRequest } from '../server/errors.js';
import type { HandlerContext } from './context.js';

/**
 * Creates a VPC record (the caller checked the block).
 *
 * @internal
 */
export function newVpc(
  state: EmulatorState,
  spec: { projectId: string; name: string; cidr: string; description?: string; now: number },
): VpcRecord {
  const vpc: VpcRecord = {
    id: randomUUID(),
    projectId: spec.projectId,
    name: spec.name,
    description: spec.description,
    cidr: spec.cidr,
    createdAt: spec.now,
    updatedAt: spec.now,
  };
  state.vpcs.set(vpc.id, vpc);
  return vpc;
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
 * Checks createVM's networking fields and says how the new VM joins a VPC: `vpc_id` (a VPC of
 * the project), `vpc_name` + `vpc_cidr` (a new VPC), or by default the project's first VPC (one
 * is made when there is none). `undefined` with `skip_vpc`. Throws 400 before anything changes.
 *
 * @internal
 */
export function joinVpcOnCreate(
  context: HandlerContext,
  projectId: string,
  body: Record<string, unknown>,
): ((vm: VmRecord) => void) | undefined {
  const { state, now } = context;
  if (body.skip_vpc === true) return undefined;
  if (typeof body.vpc_id === 'string') {
    const vpc = state.vpcs.get(body.vpc_id);
    if (vpc === undefined || vpc.projectId !== projectId) {
      throw badRequest(`VPC ${body.vpc_id} not found in project ${projectId}`);
    }
    return (vm) => joinVpc(state, vm, vpc);
  }
  if (typeof body.vpc_name === 'string' && typeof body.vpc_cidr === 'string') {
    const cidr = body.vpc_cidr;
    checkNewVpcCidr(state, cidr);
    const name = body.vpc_name;
    return (vm) => joinVpc(state, vm, newVpc(state, { projectId, name, cidr, now }));
  }
  const existing = [...state.vpcs.values()].find((vpc) => vpc.projectId === projectId);
  if (existing !== undefined) return (vm) => joinVpc(state, vm, existing);
  const cidr = freeBlock(state, 24);
  if (cidr === undefined) throw badRequest('No free private block is left for a new VPC');
  const project = state.projects.get(projectId);
  const name = `${project?.slug ?? 'project'}-vpc`;
  return (vm) => joinVpc(state, vm, newVpc(state, { projectId, name, cidr, now }));
}

/**
 * With `deleteVpc`, removes each VPC the (already removed) VM was in once no VM is left in it.
 *
 * @internal
 */
export function removeVmVpcs(state: EmulatorState, vm: VmRecord, deleteVpc: boolean): void {
  if (!deleteVpc) return;
  for (const nic of vm.nics) {
    if (nic.vpcId !== undefined && vpcLeases(state, nic.vpcId).length === 0) {
      state.vpcs.delete(nic.vpcId);
    }
  }
}
