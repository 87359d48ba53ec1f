// createK8sCluster's checks and the records it makes: the cluster, its pools (their nodes come
// as the build goes, see lifecycle.ts) and its private network.
import { randomUUID } from 'node:crypto';
import type { components } from '../../../../generated/openapi.js';
import type { EmulatorState } from '../../server/account.js';
import { badRequest } from '../../server/errors.js';
import { publicAddress } from '../networking/addressing.js';
import { securityGroups } from '../networking/records.js';
import { defaultLine, versionLine } from './catalog.js';
import { newCaData } from './kubeconfig.js';
import { MAX_POOL_NODES, poolSettings, requireMinimumWorkers } from './pool-rules.js';
import { type ClusterRecord, clusters, kubernetesAccount, pools } from './records.js';

type CreateBody = components['schemas']['CreateK8sClusterRequest'];

/** MetalLB's address pool: its size on a new cluster, and the largest it may be made. */
export const METALLB_POOL = { size: 16, max: 32 } as const;

/** A security group of the project for the gateway; 400 naming the field when there is none. */
function projectGroup(state: EmulatorState, projectId: string, id: string, field: string) {
  const group = securityGroups.in(state).find(id.toLowerCase());
  if (group === undefined || group.projectId !== projectId) {
    throw badRequest(`${field}: security group ${id} not found in project ${projectId}`);
  }
  return group;
}

/**
 * Checks a create body beyond its schema: the version, each pool's plan and bounds, unique pool
 * names, at least two workers, no storage nodes, and a firewall group of the project.
 *
 * @throws {HttpError} 400.
 * @internal
 */
export function checkCreate(state: EmulatorState, projectId: string, body: CreateBody): void {
  if (body.k8s_version_id !== undefined && versionLine(body.k8s_version_id) === undefined) {
    throw badRequest(`k8s_version_id ${body.k8s_version_id} is not on offer; see listK8sVersions`);
  }
  if ((body.storage_node_disk_gb ?? 0) !== 0) {
    throw badRequest(
      'storage_node_disk_gb: dedicated storage nodes were removed; persistent volumes use the raff-block storage class',
    );
  }
  const names = new Set<string>();
  body.node_pools.forEach((pool, index) => {
    const where = `node_pools[${index}].`;
    if (names.has(pool.name)) throw badRequest(`${where}name: two pools are named ${pool.name}`);
    names.add(pool.name);
    if (pool.node_count > MAX_POOL_NODES) {
      throw badRequest(`${where}node_count must be at most ${MAX_POOL_NODES}`);
    }
    poolSettings(pool, where);
  });
  requireMinimumWorkers(
    body.node_pools.reduce((sum, pool) => sum + pool.node_count, 0),
    'These node pools',
  );
  if (body.firewall_security_group_id !== undefined) {
    if (body.firewall_enabled === false) {
      throw badRequest('firewall_security_group_id needs firewall_enabled (the default)');
    }
    projectGroup(state, projectId, body.firewall_security_group_id, 'firewall_security_group_id');
  }
}

/**
 * Makes the records of a new cluster, `pending`, with its pools `pending` and no nodes yet.
 *
 * @internal
 */
export function buildCluster(
  state: EmulatorState,
  projectId: string,
  body: CreateBody,
  now: number,
): ClusterRecord {
  const line = versionLine(body.k8s_version_id ?? defaultLine().id) ?? defaultLine();
  const account = kubernetesAccount(state);
  const network = account.nextSubnet++;
  const cluster = clusters.in(state).create(now, (stamp) => ({
    ...stamp,
    uuid: randomUUID(),
    projectId,
    name: body.name,
    status: 'pending',
    statusMessage: undefined,
    versionId: line.id,
    release: line.patch,
    haEnabled: body.ha_enabled ?? false,
    firewallEnabled: body.firewall_enabled ?? true,
    firewallGroupId: body.firewall_security_group_id?.toLowerCase() ?? null,
    traefikEnabled: body.traefik_enabled ?? false,
    metallbEnabled: body.metallb_enabled ?? false,
    metallbSize: METALLB_POOL.size,
    subnet: `10.${100 + (network % 150)}.0`,
    vpcId: randomUUID(),
    publicIp: publicAddress(state, 'IPv4'),
    clusterCidr: body.cluster_cidr ?? '10.42.0.0/16',
    serviceCidr: body.service_cidr ?? '10.43.0.0/16',
    forwards: [],
    upgradeMode: 'manual',
    maintenanceDay: null,
    maintenanceStart: null,
    modeSetAt: now,
    upgradingTo: null,
    haGrowing: false,
    nextHost: 21,
    caData: newCaData(),
  }));
  for (const input of body.node_pools) {
    const settings = poolSettings(input, '');
    pools.in(state).create(now, (stamp) => ({
      ...stamp,
      clusterId: cluster.id,
      name: input.name,
      nodeCount: input.node_count,
      ...settings,
      status: 'pending',
      statusMessage: undefined,
      nextNode: 1,
    }));
  }
  return cluster;
}
