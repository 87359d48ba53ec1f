import { vpcDetailView, vpcView } from '../network-views.js';
import { checkNewVpcCidr, freeBlock, vpcLeases } from '../networking.js';
import { requireBilling } from '../server/billing.js';
import { badRequest } from '../server/errors.js';
import {
  all,
  done,
  fields,
  type Handler,
  headerProject,
  one,
  projectResource,
  scopedResource,
} from './context.js';
import { newVpc } from './vm-network-state.js';

const listVPCs: Handler = (context) => {
  const projects = new Set(context.projectIds);
  return all(
    [...context.state.vpcs.values()]
      .filter((vpc) => projects.has(vpc.projectId))
      .map((vpc) => vpcView(context.state, vpc)),
  );
};

const createVPC: Handler = (context) => {
  const projectId = headerProject(context);
  requireBilling(context.state);
  const body = fields(context);
  const cidr = body.cidr as string;
  checkNewVpcCidr(context.state, cidr);
  const vpc = newVpc(context.state, {
    projectId,
    name: body.name as string,
    cidr,
    now: context.now,
  });
  return one(vpcView(context.state, vpc));
};

const SIZES = [
  ['small', 26],
  ['medium', 24],
  ['large', 20],
] as const;

const usable = (prefix: number): number => 2 ** (32 - prefix) - 3;

const listVPCCIDRSuggestions: Handler = (context) => {
  const { state } = context;
  const alternatives = SIZES.flatMap(([size, prefix]) => {
    const cidr = freeBlock(state, prefix);
    return cidr === undefined ? [] : [{ cidr, available_ips: usable(prefix), size }];
  });
  const suggested = freeBlock(state, 24);
  return {
    body: {
      success: true,
      ...(suggested === undefined ? {} : { suggested, suggested_ips: usable(24) }),
      alternatives,
      existing_count: state.vpcs.size,
    },
  };
};

const getVPC: Handler = (context) => {
  const vpc = scopedResource(context, context.state.vpcs.get(context.params.id ?? ''), 'VPC');
  return one(vpcDetailView(context.state, vpc));
};

const updateVPC: Handler = (context) => {
  const vpc = projectResource(context, context.state.vpcs.get(context.params.id ?? ''), 'VPC');
  const body = fields(context);
  if (typeof body.name === 'string') vpc.name = body.name;
  if (typeof body.description === 'string') vpc.description = body.description;
  vpc.updatedAt = context.now;
  return one(vpcView(context.state, vpc));
};

const deleteVPC: Handler = (context) => {
  const vpc = projectResource(context, context.state.vpcs.get(context.params.id ?? ''), 'VPC');
  const leases = vpcLeases(context.state, vpc.id);
  if (leases.length > 0) {
    const vms = [...new Set(leases.map(([vm]) => vm.name))].join(', ');
    throw badRequest(
      `VPC ${vpc.name} still has ${leases.length} interface(s) (${vms}); detach them with detachVMFromVPC first`,
    );
  }
  context.state.vpcs.delete(vpc.id);
  return done('VPC deleted');
};

/**
 * The VPCs operations.
 *
 * @internal
 */
export const VPC_HANDLERS: Readonly<Record<string, Handler>> = {
  listVPCs,
  createVPC,
  listVPCCIDRSuggestions,
  getVPC,
  updateVPC,
  deleteVPC,
};
