// Records of the Kubernetes domain as openapi.json's schemas show them, with the live figures
// (usage, readiness) a running cluster reports. Usage moves a little with the emulated clock so
// that repeated reads look alive, but it is a pure function of the clock: tests can rely on it.
import type { components } from '../../../../generated/openapi.js';
import type { EmulatorState } from '../../server/account.js';
import { iso } from '../../server/iso-time.js';
import { NODE_DISK_GIB, PVC_PRICE } from './catalog.js';
import { apiEndpoint } from './kubeconfig.js';
import { clusterPrice, isReady, joined, nodesOf, poolsOf } from './lifecycle.js';
import type {
  ClaimVolumeRecord,
  ClusterRecord,
  EventRecord,
  NodeRecord,
  PoolRecord,
} from './records.js';

type Schemas = components['schemas'];

const GIB = 1024 ** 3;
const MINUTE = 60_000;

/**
 * A node as part of a pool or cluster.
 *
 * @internal
 */
export function nodeView(cluster: ClusterRecord, node: NodeRecord): Schemas['K8sNode'] {
  return {
    id: node.id,
    ...(node.poolId === null ? {} : { pool_id: node.poolId }),
    cluster_id: cluster.uuid,
    name: node.name,
    role: node.role,
    status: node.status,
    cpu: node.vcpu,
    ram: node.memoryGib,
    disk: NODE_DISK_GIB,
    ip_address: node.ip,
    price_per_hour: node.hourly,
    created_at: iso(node.createdAt),
    updated_at: iso(node.updatedAt),
  };
}

/**
 * A pool with its nodes.
 *
 * @internal
 */
export function poolView(
  state: EmulatorState,
  cluster: ClusterRecord,
  pool: PoolRecord,
): Schemas['K8sNodePool'] {
  const members = nodesOf(state, cluster, pool);
  const first = members[0];
  return {
    id: pool.id,
    cluster_id: cluster.uuid,
    name: pool.name,
    node_count: pool.nodeCount,
    actual_node_count: members.filter(joined).length,
    min_nodes: pool.minNodes,
    max_nodes: pool.maxNodes,
    autoscale_enabled: pool.autoscale,
    labels: pool.labels,
    taints: pool.taints,
    plan_id: pool.planId,
    cpu: first?.vcpu ?? 0,
    ram: first?.memoryGib ?? 0,
    disk: NODE_DISK_GIB,
    status: pool.status,
    ...(pool.statusMessage === undefined ? {} : { status_message: pool.statusMessage }),
    nodes: members.map((node) => nodeView(cluster, node)),
    created_at: iso(pool.createdAt),
    updated_at: iso(pool.updatedAt),
  };
}

/**
 * A cluster with its pools and their nodes.
 *
 * @internal
 */
export function clusterView(state: EmulatorState, cluster: ClusterRecord): Schemas['K8sCluster'] {
  const all = nodesOf(state, cluster);
  const price = clusterPrice(state, cluster);
  return {
    id: cluster.uuid,
    cluster_id: cluster.id,
    name: cluster.name,
    status: cluster.status,
    ...(cluster.statusMessage === undefined ? {} : { status_message: cluster.statusMessage }),
    ready: isReady(state, cluster),
    dns_domain: `${cluster.id}.k8s.raffusercloud.com`,
    api_endpoint: apiEndpoint(cluster),
    k8s_version: cluster.release,
    k8s_version_id: cluster.versionId,
    region: 'us-east',
    master_count: cluster.haEnabled ? 3 : 1,
    worker_count: all.filter((node) => node.role === 'worker' && joined(node)).length,
    ha_enabled: cluster.haEnabled,
    firewall_enabled: cluster.firewallEnabled,
    longhorn_enabled: false,
    traefik_enabled: cluster.traefikEnabled,
    metallb_enabled: cluster.metallbEnabled,
    billing_type: 'payg',
    project_id: cluster.projectId,
    price_per_hour: price.hourly,
    price_per_month: price.monthly,
    vpc_id: cluster.vpcId,
    private_vip: `${cluster.subnet}.254`,
    node_pools: poolsOf(state, cluster).map((pool) => poolView(state, cluster, pool)),
    created_at: iso(cluster.createdAt),
    updated_at: iso(cluster.updatedAt),
  };
}

/**
 * Whether the cluster's API answers (live figures, kubeconfigs): from `running` on.
 *
 * @internal
 */
export function reachable(cluster: ClusterRecord): boolean {
  return cluster.status === 'running' || cluster.status === 'warning';
}

/** A share between 0 and 1 that drifts with the clock: `base` ± 4 points, per node. */
function drift(base: number, now: number, seed: number): number {
  const minute = Math.floor(now / MINUTE);
  return base + 0.04 * Math.sin(minute / 7 + seed);
}

/** What a node reports through the cluster's API, or undefined when it reports nothing. */
function liveFigures(cluster: ClusterRecord, node: NodeRecord, index: number, now: number) {
  if (!reachable(cluster) || node.role === 'vnf' || !joined(node) || node.status === 'deleting') {
    return undefined;
  }
  const cpuCapacity = node.vcpu * 1000;
  const memCapacity = node.memoryGib * GIB;
  const base = node.role === 'master' ? 0.2 : 0.24;
  return {
    ready: node.status === 'running',
    cpuUsed: Math.round(cpuCapacity * drift(base, now, index)),
    cpuCapacity,
    memUsed: Math.round((memCapacity * drift(base + 0.14, now, index + 3)) / 4096) * 4096,
    memCapacity,
  };
}

/**
 * Every node of the cluster with its live readiness and usage where the cluster answers.
 *
 * @internal
 */
export function clusterNodeViews(
  state: EmulatorState,
  cluster: ClusterRecord,
  now: number,
): Schemas['K8sClusterNode'][] {
  return nodesOf(state, cluster).map((node, index) => {
    const live = liveFigures(cluster, node, index, now);
    const base = nodeView(cluster, node);
    if (live === undefined) return { ...base, has_live_data: false };
    return {
      ...base,
      has_live_data: true,
      live_name: node.name,
      ready: live.ready,
      kubelet_version: node.release,
      os_image: 'Ubuntu 24.04.3 LTS',
      cpu_used_millicores: live.cpuUsed,
      cpu_capacity_millicores: live.cpuCapacity,
      mem_used_bytes: live.memUsed,
      mem_capacity_bytes: live.memCapacity,
    };
  });
}

/** The cluster-wide totals of the live figures. */
function totals(state: EmulatorState, cluster: ClusterRecord, now: number) {
  const all = nodesOf(state, cluster);
  const reported = all.flatMap((node, index) => {
    const live = liveFigures(cluster, node, index, now);
    return live === undefined ? [] : [{ node, live }];
  });
  const workers = reported.filter(({ node }) => node.role === 'worker').length;
  const sum = (pick: (live: NonNullable<ReturnType<typeof liveFigures>>) => number) =>
    reported.reduce((total, { live }) => total + pick(live), 0);
  return {
    reported,
    cpu_used_millicores: sum((live) => live.cpuUsed),
    cpu_capacity_millicores: sum((live) => live.cpuCapacity),
    mem_used_bytes: sum((live) => live.memUsed),
    mem_capacity_bytes: sum((live) => live.memCapacity),
    // System pods (DNS, CNI, ingress, metrics) plus a handful of workloads per worker.
    pod_count: reported.length === 0 ? 0 : 11 + 8 * workers,
    pod_capacity: 110 * reported.length,
    nodes_ready: reported.filter(({ live }) => live.ready).length,
    nodes_total: all.filter((node) => node.role !== 'vnf').length,
  };
}

/**
 * getK8sClusterMetrics: usage now, per node, and control-plane health over 24 hours.
 *
 * @internal
 */
export function metricsView(
  state: EmulatorState,
  cluster: ClusterRecord,
  now: number,
): Schemas['K8sClusterMetrics'] {
  const { reported, ...figures } = totals(state, cluster, now);
  const sampled = Math.floor(now / MINUTE) * MINUTE;
  const etcd = Math.round(drift(0.06, now, 1) * 1000) / 10;
  return {
    success: true,
    ...figures,
    nodes: reported.map(({ node, live }) => ({
      name: node.name,
      internal_ip: node.ip,
      roles: node.role === 'master' ? 'control-plane,etcd,master' : 'worker',
      ready: live.ready,
      cpu_used_millicores: live.cpuUsed,
      cpu_capacity_millicores: live.cpuCapacity,
      mem_used_bytes: live.memUsed,
      mem_capacity_bytes: live.memCapacity,
    })),
    control_plane: {
      sampled_at: iso(sampled),
      etcd_p99_ms: etcd,
      etcd_p99_ms_max_24h: Math.round(etcd * 19) / 10,
      apiserver_5xx_24h: 0,
      restarts_apiserver_24h: 0,
      restarts_etcd_24h: 0,
      restarts_scheduler_24h: 0,
      restarts_controller_24h: 0,
      restarts_cilium_op_24h: 0,
      leader_changes_24h: 0,
      not_ready_minutes_24h: 0,
      nodes_not_ready: figures.nodes_total - figures.nodes_ready,
    },
  };
}

/**
 * One cluster's line of getK8sClusterStats; `has_data` false until it runs.
 *
 * @internal
 */
export function statsView(
  state: EmulatorState,
  cluster: ClusterRecord,
  now: number,
): Schemas['K8sClusterStats'] {
  if (!reachable(cluster)) return { cluster_id: cluster.id, has_data: false };
  const { reported, pod_capacity, ...figures } = totals(state, cluster, now);
  return {
    cluster_id: cluster.id,
    has_data: reported.length > 0,
    ...figures,
    metrics_updated_at: iso(Math.floor(now / MINUTE) * MINUTE),
  };
}

/**
 * An event.
 *
 * @internal
 */
export function eventView(event: EventRecord): Schemas['K8sClusterEvent'] {
  return {
    id: event.id,
    event_type: event.type,
    message: event.message,
    ...(event.progress === undefined ? {} : { progress: event.progress }),
    created_at: iso(event.createdAt),
  };
}

/**
 * A claim volume.
 *
 * @internal
 */
export function claimVolumeView(volume: ClaimVolumeRecord): Schemas['K8sClusterVolume'] {
  return {
    volume_id: volume.id,
    name: volume.name,
    pv_name: volume.pvName,
    size_gb: volume.sizeGb,
    status: volume.nodeIp === undefined ? 'available' : 'attached',
    ...(volume.nodeIp === undefined ? {} : { node_ip: volume.nodeIp }),
    price_per_hour: Math.round(volume.sizeGb * PVC_PRICE.perGbHour * 100_000) / 100_000,
    created_at: iso(volume.createdAt),
  };
}
