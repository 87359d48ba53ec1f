import { requireBilling } from '../../server/billing.js';
import { badRequest } from '../../server/errors.js';
import type { HandlerTable, KeyedContext } from '../../server/handler.js';
import {
  done,
  headerProject,
  one,
  page,
  projectResource,
  scopedResource,
} from '../../server/replies.js';
import { publicAddress } from './addressing.js';
import { type IpRecord, ips } from './records.js';
import { ipView } from './views.js';

/** A reserved IP of the project that no VM uses (400 otherwise), for release and change. */
function freeReservedIp(
  context: Pick<KeyedContext, 'state' | 'projectIds'> & {
    readonly params: { readonly id: string };
  },
  action: string,
): IpRecord {
  const ip = projectResource(context, ips.in(context.state).find(context.params.id), 'IP');
  if (!ip.reserved) {
    throw badRequest(`IP ${ip.address} is not reserved; detachVMIP returns it to the pool`);
  }
  if (ip.vmId !== null) {
    throw badRequest(
      `IP ${ip.address} is in use by VM ${ip.vmId}; detach it with detachVMIP before you ${action} it`,
    );
  }
  return ip;
}

/**
 * The IPs operations.
 *
 * @internal
 */
export const IP_HANDLERS = {
  listIPs: (context) => {
    const { reserved, status } = context.query;
    const found = ips
      .in(context.state)
      .inProjects(context.projectIds)
      .map((ip) => ipView(context.state, ip))
      .filter(
        (ip) =>
          (reserved === undefined || ip.reserved === reserved) &&
          (status === undefined || ip.status === status),
      );
    return page(context, found);
  },

  reserveIP: (context) => {
    const projectId = headerProject(context);
    const { state, now } = context;
    requireBilling(state);
    const type = context.body?.type === 'IPv6' ? 'IPv6' : 'IPv4';
    const ip = ips.in(state).create(now, (stamp) => ({
      ...stamp,
      projectId,
      address: publicAddress(state, type),
      type,
      reserved: true,
      vmId: null,
      nicId: null,
      createdBy: context.key.createdBy,
    }));
    return one(ipView(state, ip));
  },

  getIP: (context) =>
    one(
      ipView(
        context.state,
        scopedResource(context, ips.in(context.state).find(context.params.id), 'IP'),
      ),
    ),

  releaseIP: (context) => {
    ips.in(context.state).discard(freeReservedIp(context, 'release').id);
    return done('IP released');
  },

  changeIP: (context) => {
    const old = freeReservedIp(context, 'change');
    const store = ips.in(context.state);
    store.discard(old.id);
    const replacement = store.create(context.now, (stamp) => ({
      ...old,
      ...stamp,
      address: publicAddress(context.state, old.type),
    }));
    return {
      body: {
        success: true,
        old_ip: ipView(context.state, old),
        new_ip: ipView(context.state, replacement),
      },
    };
  },
} satisfies HandlerTable;
