import type { EmulatorState } from '../../server/account.js';
import { requireBilling } from '../../server/billing.js';
import { badRequest, notFound } from '../../server/errors.js';
import type { HandlerTable } from '../../server/handler.js';
import { all, done } from '../../server/replies.js';
import { pathVm, resourceVm } from '../compute/lookup.js';
import type { NicRecord, VmRecord } from '../compute/records.js';
import { addNic, publicAddress, publicGateway } from './addressing.js';
import { joinVpc } from './interfaces.js';
import { type IpRecord, ips, securityGroups, vpcs } from './records.js';
import { nicView } from './views.js';

function findNic(vm: VmRecord, nicId: number, types: readonly NicRecord['type'][]): NicRecord {
  const nic = vm.nics.find((candidate) => candidate.nicId === nicId);
  if (nic === undefined || !types.includes(nic.type)) {
    throw notFound(`VM ${vm.id} has no ${types.join(' or ')} interface ${nicId}`);
  }
  return nic;
}

function removeNic(vm: VmRecord, nic: NicRecord, now: number): void {
  vm.nics.splice(vm.nics.indexOf(nic), 1);
  vm.updatedAt = now;
}

function findGroup(state: EmulatorState, id: string, projectId: string) {
  const group = securityGroups.in(state).find(id);
  if (group === undefined || group.projectId !== projectId) {
    throw notFound(`Security group ${id} not found in project ${projectId}`);
  }
  return group;
}

/** The reserved, free IP of `ip_id` in the VM's project (404 / 400 otherwise). */
function reservedIpFor(state: EmulatorState, vm: VmRecord, id: string): IpRecord {
  const ip = ips.in(state).find(id);
  if (ip === undefined || ip.projectId !== vm.projectId) {
    throw notFound(`IP ${id} not found in project ${vm.projectId}`);
  }
  if (!ip.reserved) throw badRequest(`IP ${ip.address} is not a reserved IP`);
  if (ip.vmId !== null) throw badRequest(`IP ${ip.address} is in use by VM ${ip.vmId}`);
  return ip;
}

/**
 * The VM Networks operations: interfaces, VPC membership, public IPs, security groups.
 *
 * @internal
 */
export const VM_NETWORK_HANDLERS = {
  listVMNetworks: (context) => {
    const vm = resourceVm(context);
    const { type } = context.query;
    return all(
      vm.nics
        .filter((nic) => type === undefined || nic.type === type)
        .map((nic) => nicView(context.state, nic)),
    );
  },

  attachVMToVPC: (context) => {
    const vm = pathVm(context);
    const { body } = context;
    const vpc = vpcs.in(context.state).find(body.vpc_id);
    if (vpc === undefined || vpc.projectId !== vm.projectId) {
      throw notFound(`VPC ${body.vpc_id} not found in project ${vm.projectId}`);
    }
    if (vm.nics.some((nic) => nic.vpcId === vpc.id)) {
      throw badRequest(`VM ${vm.id} is already in VPC ${vpc.name}`);
    }
    joinVpc(context.state, vm, vpc, body.ip);
    vm.updatedAt = context.now;
    return done('VM attached to VPC');
  },

  detachVMFromVPC: (context) => {
    const vm = pathVm(context);
    removeNic(vm, findNic(vm, context.params.nic_id, ['vpc']), context.now);
    return done('VM detached from VPC');
  },

  attachVMIP: (context) => {
    const vm = pathVm(context);
    const { state, now } = context;
    const body = context.body ?? {};
    const groups = body.security_groups ?? [];
    if (groups.length > 1) throw badRequest('An interface carries one security group');
    const group = groups[0] === undefined ? undefined : findGroup(state, groups[0], vm.projectId);
    let ip: IpRecord;
    if (body.ip_id !== undefined) {
      ip = reservedIpFor(state, vm, body.ip_id);
    } else {
      requireBilling(state);
      const type = body.type === 'IPv6' ? 'IPv6' : 'IPv4';
      ip = {
        id: ips.in(state).nextId(),
        projectId: vm.projectId,
        address: publicAddress(state, type),
        type,
        reserved: false,
        vmId: null,
        nicId: null,
        createdBy: context.key.createdBy,
        createdAt: now,
        updatedAt: now,
      };
    }
    const nicType = ip.type === 'IPv6' ? 'ipv6' : 'public';
    const current = vm.nics.find((nic) => nic.type === nicType);
    if (current !== undefined) {
      throw badRequest(
        `VM ${vm.id} already has a public ${ip.type} address (${current.ip}, nic ${current.nicId}); detach it first`,
      );
    }
    const nic = addNic(state, vm, {
      type: nicType,
      ip: ip.address,
      gateway: publicGateway(ip.address),
      vpcId: undefined,
      ipId: ip.id,
      ...(group === undefined ? {} : { securityGroupId: group.id }),
    });
    ips.in(state).insert(ip);
    ip.vmId = vm.id;
    ip.nicId = nic.nicId;
    ip.updatedAt = now;
    vm.updatedAt = now;
    return {
      body: {
        success: true,
        message: 'IP attached',
        data: { vm_id: vm.id, ip_address: ip.address, nic_id: nic.nicId, mac: nic.mac },
      },
    };
  },

  detachVMIP: (context) => {
    const vm = pathVm(context);
    const nic = findNic(vm, context.params.nic_id, ['public', 'ipv6']);
    const ip = ips.in(context.state).find(nic.ipId);
    if (ip?.reserved === true) {
      ip.vmId = null;
      ip.nicId = null;
      ip.updatedAt = context.now;
    } else if (ip !== undefined) {
      ips.in(context.state).discard(ip.id);
    }
    removeNic(vm, nic, context.now);
    return done('IP detached');
  },

  attachVMSecurityGroup: (context) => {
    const vm = pathVm(context);
    const { body } = context;
    const group = findGroup(context.state, body.security_group_id, vm.projectId);
    const nic = vm.nics.find((candidate) => candidate.nicId === body.nic_id);
    if (nic === undefined) throw notFound(`VM ${vm.id} has no interface ${body.nic_id}`);
    nic.securityGroupId = group.id;
    vm.updatedAt = context.now;
    return done('Security group attached');
  },

  detachVMSecurityGroup: (context) => {
    const vm = pathVm(context);
    const nic = findNic(vm, context.params.nic_id, ['public', 'vpc', 'ipv6']);
    if (nic.securityGroupId !== context.params.sg_id) {
      throw notFound(`Security group ${context.params.sg_id} is not on interface ${nic.nicId}`);
    }
    nic.securityGroupId = undefined;
    vm.updatedAt = context.now;
    return done('Security group detached');
  },
} satisfies HandlerTable;
