import { requireBilling } from '../../server/billing.js';
import { badRequest } from '../../server/errors.js';
import type { HandlerTable } from '../../server/handler.js';
import {
  all,
  done,
  headerProject,
  one,
  projectResource,
  scopedResource,
} from '../../server/replies.js';
import { checkNewVpcCidr, freeBlock, vpcLeases } from './addressing.js';
import { newVpc } from './interfaces.js';
import { vpcs } from './records.js';
import { vpcDetailView, vpcView } from './views.js';

const SIZES = [
  ['small', 26],
  ['medium', 24],
  ['large', 20],
] as const;

const usable = (prefix: number): number => 2 ** (32 - prefix) - 3;

/**
 * The VPCs operations.
 *
 * @internal
 */
export const VPC_HANDLERS = {
  listVPCs: ({ state, projectIds }) => {
    return all(
      vpcs
        .in(state)
        .inProjects(projectIds)
        .map((vpc) => vpcView(state, vpc)),
    );
  },

  createVPC: (context) => {
    const projectId = headerProject(context);
    const { state, body, now } = context;
    requireBilling(state);
    checkNewVpcCidr(state, body.cidr);
    return one(vpcView(state, newVpc(state, { projectId, name: body.name, cidr: body.cidr, now })));
  },

  listVPCCIDRSuggestions: ({ state }) => {
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
        existing_count: vpcs.in(state).size,
      },
    };
  },

  getVPC: (context) => {
    const vpc = scopedResource(context, vpcs.in(context.state).find(context.params.id), 'VPC');
    return one(vpcDetailView(context.state, vpc));
  },

  updateVPC: (context) => {
    const vpc = projectResource(context, vpcs.in(context.state).find(context.params.id), 'VPC');
    if (context.body.name !== undefined) vpc.name = context.body.name;
    if (context.body.description !== undefined) vpc.description = context.body.description;
    vpc.updatedAt = context.now;
    return one(vpcView(context.state, vpc));
  },

  deleteVPC: (context) => {
    const vpc = projectResource(context, vpcs.in(context.state).find(context.params.id), 'VPC');
    const leases = vpcLeases(context.state, vpc.id);
    if (leases.length > 0) {
      const names = [...new Set(leases.map(([vm]) => vm.name))].join(', ');
      throw badRequest(
        `VPC ${vpc.name} still has ${leases.length} interface(s) (${names}); detach them with detachVMFromVPC first`,
      );
    }
    vpcs.in(context.state).discard(vpc.id);
    return done('VPC deleted');
  },
} satisfies HandlerTable;
