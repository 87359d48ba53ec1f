import { randomUUID } from 'node:crypto';
import { nicView } from '../compute-views.js';
import { addNic, publicAddress, publicGateway } from '../networking.js';
import type { IpRecord, NicRecord, VmRecord } from '../resource-records.js';
import { requireBilling } from '../server/billing.js';
import { badRequest, notFound } from '../server/errors.js';
import { all, done, fields, type Handler, type HandlerContext } from './context.js';
import { joinVpc } from './vm-network-state.js';
import { pathVm, resourceVm } from './vms.js';

function findNic(context: HandlerContext, vm: VmRecord, types: readonly NicRecord['type'][]) {
  const nicId = Number(context.params.nic_id);
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

function findGroup(context: HandlerContext, id: string, projectId: string) {
  const group = context.state.securityGroups.get(id);
  if (group === undefined || group.projectId !== projectId) {
    throw notFound(`Security group ${id} not found in project ${projectId}`);
  }
  return group;
}

const listVMNetworks: Handler = (context) => {
  const vm = resourceVm(context);
  const type = context.query.type;
  return all(
    vm.nics
      .filter((nic) => type === undefined || nic.type === type)
      .map((nic) => nicView(context.state, nic)),
  );
};

const attachVMToVPC: Handler = (context) => {
  const vm = pathVm(context);
  const body = fields(context);
  const vpc = context.state.vpcs.get(body.vpc_id as string);
  if (vpc === undefined || vpc.projectId !== vm.projectId) {
    throw notFound(`VPC ${String(body.vpc_id)} not found in project ${vm.projectId}`);
  }
  if (vm.nics.some((nic) => nic.vpcId === vpc.id)) {
    throw badRequest(`VM ${vm.id} is already in VPC ${vpc.name}`);
  }
  joinVpc(context.state, vm, vpc, body.ip as string | undefined);
  vm.updatedAt = context.now;
  return done('VM attached to VPC');
};

const detachVMFromVPC: Handler = (context) => {
  const vm = pathVm(context);
  removeNic(vm, findNic(context, vm, ['vpc']), context.now);
  return done('VM detached from VPC');
};

/** The reserved, free IP of `ip_id` in the VM's project (404 / 400 otherwise). */
function reservedIpFor(context: HandlerContext, vm: VmRecord, id: string): IpRecord {
  const ip = context.state.ips.get(id);
  if (ip === undefined || ip.projectId !== vm.projectId) {
    throw notFound(`IP ${id} not found in project ${vm.projectId}`);
  }
  if (!ip.reserved) throw badRequest(`IP ${ip.address} is not a reserved IP`);
  if (ip.vmId !== null) throw badRequest(`IP ${ip.address} is in use by VM ${ip.vmId}`);
  return ip;
}

const attachVMIP: Handler = (context) => {
  const vm = pathVm(context);
  const body = fields(context);
  const { state, now } = context;
  const groups = (body.security_groups as string[] | undefined) ?? [];
  if (groups.length > 1) throw badRequest('An interface carries one security group');
  const group = groups[0] === undefined ? undefined : findGroup(context, groups[0], vm.projectId);
  let ip: IpRecord;
  if (typeof body.ip_id === 'string') {
    ip = reservedIpFor(context, vm, body.ip_id);
  } else {
    requireBilling(state);
    const type = body.type === 'IPv6' ? 'IPv6' : 'IPv4';
    ip = {
      id: randomUUID(),
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
  state.ips.set(ip.id, ip);
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
};

const detachVMIP: Handler = (context) => {
  const vm = pathVm(context);
  const nic = findNic(context, vm, ['public', 'ipv6']);
  const ip = nic.ipId === undefined ? undefined : context.state.ips.get(nic.ipId);
  if (ip?.reserved === true) {
    ip.vmId = null;
    ip.nicId = null;
    ip.updatedAt = context.now;
  } else if (ip !== undefined) {
    context.state.ips.delete(ip.id);
  }
  removeNic(vm, nic, context.now);
  return done('IP detached');
};

const attachVMSecurityGroup: Handler = (context) => {
  const vm = pathVm(context);
  const body = fields(context);
  const group = findGroup(context, body.security_group_id as string, vm.projectId);
  const nic = vm.nics.find((candidate) => candidate.nicId === body.nic_id);
  if (nic === undefined) throw notFound(`VM ${vm.id} has no interface ${String(body.nic_id)}`);
  nic.securityGroupId = group.id;
  vm.updatedAt = context.now;
  return done('Security group attached');
};

const detachVMSecurityGroup: Handler = (context) => {
  const vm = pathVm(context);
  const nic = findNic(context, vm, ['public', 'vpc', 'ipv6']);
  if (nic.securityGroupId !== context.params.sg_id) {
    throw notFound(`Security group ${context.params.sg_id} is not on interface ${nic.nicId}`);
  }
  nic.securityGroupId = undefined;
  vm.updatedAt = context.now;
  return done('Security group detached');
};

/**
 * The VM Networks operations: interfaces, VPC membership, public IPs, security groups.
 *
 * @internal
 */
export const VM_NETWORK_HANDLERS: Readonly<Record<string, Handler>> = {
  listVMNetworks,
  attachVMToVPC,
  detachVMFromVPC,
  attachVMIP,
  detachVMIP,
  attachVMSecurityGroup,
  detachVMSecurityGroup,
};
