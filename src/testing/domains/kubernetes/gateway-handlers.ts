import { badRequest, notFound } from '../../server/errors.js';
import type { HandlerTable } from '../../server/handler.js';
import { done } from '../../server/replies.js';
import { securityGroups } from '../networking/records.js';
import { METALLB_POOL } from './create.js';
import { logEvent } from './lifecycle.js';
import { pathCluster, requireNotDeleting } from './lookup.js';
import type { ClusterRecord } from './records.js';
import { reachable } from './views.js';

/** The name Raff gives the firewall a cluster's gateway has when no group of yours is assigned. */
const BASELINE = 'platform-baseline';

/** MetalLB's pool as getK8sMetalLBPool shows it: the first addresses from `.200` of the VPC. */
function metallbView(cluster: ClusterRecord) {
  if (!cluster.metallbEnabled) return { enabled: false, found: false };
  if (!reachable(cluster)) return { enabled: true, found: false };
  const last = 200 + cluster.metallbSize - 1;
  return {
    enabled: true,
    found: true,
    addresses: `${cluster.subnet}.200-${cluster.subnet}.${last}`,
    size: cluster.metallbSize,
    max_size: METALLB_POOL.max,
  };
}

/**
 * The cluster's public gateway: its firewall (a security group of the project, or the platform
 * baseline), MetalLB's private address pool, and the TCP forwards open on it.
 *
 * @internal
 */
export const GATEWAY_HANDLERS = {
  getK8sClusterFirewall: (context) => {
    const cluster = pathCluster(context);
    const groups = securityGroups
      .in(context.state)
      .where((group) => group.projectId === cluster.projectId);
    const assigned = groups.find((group) => group.id === cluster.firewallGroupId);
    return {
      body: {
        success: true,
        enabled: cluster.firewallEnabled,
        default_name: BASELINE,
        ...(assigned === undefined
          ? {}
          : { assigned_sg_id: assigned.id, assigned_name: assigned.name }),
        available: groups.map((group) => ({
          id: group.id,
          name: group.name,
          inbound_rules: group.rules.filter((rule) => rule.rule_type === 'INBOUND').length,
          outbound_rules: group.rules.filter((rule) => rule.rule_type === 'OUTBOUND').length,
        })),
      },
    };
  },

  assignK8sClusterFirewall: (context) => {
    const cluster = pathCluster(context);
    requireNotDeleting(cluster, 'change its firewall');
    const id = context.body.security_group_id.toLowerCase();
    const group = securityGroups.in(context.state).find(id);
    if (group === undefined || group.projectId !== cluster.projectId) {
      throw notFound(`Security group ${id} not found in project ${cluster.projectId}`);
    }
    cluster.firewallEnabled = true;
    cluster.firewallGroupId = group.id;
    cluster.updatedAt = context.now;
    logEvent(
      context.state,
      cluster,
      context.now,
      'firewall',
      `Security group ${group.name} guards the gateway`,
    );
    return done('Security group assigned');
  },

  resetK8sClusterFirewall: (context) => {
    const cluster = pathCluster(context);
    requireNotDeleting(cluster, 'change its firewall');
    if (cluster.firewallGroupId !== null) {
      cluster.firewallGroupId = null;
      cluster.updatedAt = context.now;
      logEvent(
        context.state,
        cluster,
        context.now,
        'firewall',
        'Firewall reset to the platform baseline',
      );
    }
    return done('Firewall reset to baseline');
  },

  getK8sMetalLBPool: (context) => ({
    body: { success: true, pool: metallbView(pathCluster(context)) },
  }),

  updateK8sMetalLBPool: (context) => {
    const cluster = pathCluster(context);
    requireNotDeleting(cluster, 'resize its MetalLB pool');
    if (!cluster.metallbEnabled) {
      throw badRequest(`MetalLB is not enabled on cluster ${cluster.id}`);
    }
    const { size } = context.body;
    if (!Number.isInteger(size) || size < 1 || size > METALLB_POOL.max) {
      throw badRequest(`size must be between 1 and ${METALLB_POOL.max} addresses`);
    }
    cluster.metallbSize = size;
    cluster.updatedAt = context.now;
    return { body: { success: true, pool: metallbView(cluster) } };
  },

  listK8sTcpPorts: (context) => {
    const cluster = pathCluster(context);
    return {
      body: {
        success: true,
        forwards: cluster.forwards.map((forward, index) => ({
          index,
          public_port: forward.publicPort,
          protocol: 'tcp',
          backend_ip: forward.backendIp,
          backend_port: forward.backendPort,
          endpoint: `${cluster.publicIp}:${forward.publicPort}`,
        })),
      },
    };
  },

  deleteK8sTcpPort: (context) => {
    const cluster = pathCluster(context);
    requireNotDeleting(cluster, 'close a TCP forward');
    const port = context.params.port;
    const kept = cluster.forwards.filter((forward) => forward.publicPort !== port);
    if (kept.length === cluster.forwards.length) {
      throw notFound(`No TCP forward on port ${port} of cluster ${cluster.id}`);
    }
    cluster.forwards = kept;
    cluster.updatedAt = context.now;
    return done('TCP forward removed');
  },
} satisfies HandlerTable;
