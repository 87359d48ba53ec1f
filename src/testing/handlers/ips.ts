import { randomUUID } from 'node:crypto';
import { ipView } from '../network-views.js';
import { publicAddress } from '../networking.js';
import type { IpRecord } from '../resource-records.js';
import { requireBilling } from '../server/billing.js';
import { badRequest } from '../server/errors.js';
import {
  done,
  fields,
  type Handler,
  type HandlerContext,
  headerProject,
  one,
  page,
  projectResource,
  scopedResource,
} from './context.js';

const listIPs: Handler = (context) => {
  const projects = new Set(context.projectIds);
  const { reserved, status } = context.query;
  const ips = [...context.state.ips.values()]
    .filter((ip) => projects.has(ip.projectId))
    .map((ip) => ipView(context.state, ip))
    .filter(
      (ip) =>
        (reserved === undefined || ip.reserved === reserved) &&
        (status === undefined || ip.status === status),
    );
  return page(context, ips);
};

const reserveIP: Handler = (context) => {
  const projectId = headerProject(context);
  requireBilling(context.state);
  const type = fields(context).type === 'IPv6' ? 'IPv6' : 'IPv4';
  const ip: IpRecord = {
    id: randomUUID(),
    projectId,
    address: publicAddress(context.state, type),
    type,
    reserved: true,
    vmId: null,
    nicId: null,
    createdBy: context.key.createdBy,
    createdAt: context.now,
    updatedAt: context.now,
  };
  context.state.ips.set(ip.id, ip);
  return one(ipView(context.state, ip));
};

const getIP: Handler = (context) =>
  one(
    ipView(
      context.state,
      scopedResource(context, context.state.ips.get(context.params.id ?? ''), 'IP'),
    ),
  );

/** A reserved IP of the project that no VM uses (400 otherwise), for release and change. */
function freeReservedIp(context: HandlerContext, action: string): IpRecord {
  const ip = projectResource(context, context.state.ips.get(context.params.id ?? ''), 'IP');
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

const releaseIP: Handler = (context) => {
  const ip = freeReservedIp(context, 'release');
  context.state.ips.delete(ip.id);
  return done('IP released');
};

const changeIP: Handler = (context) => {
  const old = freeReservedIp(context, 'change');
  const replacement: IpRecord = {
    ...old,
    id: randomUUID(),
    address: publicAddress(context.state, old.type),
    createdAt: context.now,
    updatedAt: context.now,
  };
  context.state.ips.delete(old.id);
  context.state.ips.set(replacement.id, replacement);
  return {
    body: {
      success: true,
      old_ip: ipView(context.state, old),
      new_ip: ipView(context.state, replacement),
    },
  };
};

/**
 * The IPs operations.
 *
 * @internal
 */
export const IP_HANDLERS: Readonly<Record<string, Handler>> = {
  listIPs,
  reserveIP,
  getIP,
  releaseIP,
  changeIP,
};
