// The timed side of the Kubernetes domain, on the emulated clock: a cluster built in about ten
// minutes (pending → deploying → running, its gateway, control plane and workers joining on the
// way), pools that converge on their node count a node at a time, rolling upgrades, the HA
// control plane growing, teardown, and upgrades started in the maintenance window.
import { randomUUID } from 'node:crypto';
import type { EmulatorState } from '../../server/account.js';
import { type Timing, timing, totalMs, walk } from '../../server/lifecycle.js';
import { HA_PRICE, nodePlan } from './catalog.js';
import {
  type ClusterRecord,
  claimVolumes,
  clusters,
  events,
  kubeconfigs,
  type NodeRecord,
  nodes,
  type PoolRecord,
  pools,
} from './records.js';
import { autoTarget } from './versions.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The Kubernetes domain's timings, on the emulated clock. A new cluster is `pending` for a minute
 * and `deploying` for nine: its gateway is up a minute into `deploying`, its control plane four
 * minutes in ({@link CREATE_STEPS}), and its workers join one after another until it is
 * `running`, ten minutes after the create (Raff: 8–12 minutes).
 *
 * @internal
 */
export const KUBERNETES_TIMINGS = {
  k8sCluster: {
    create: timing('running', ['pending', 60_000], ['deploying', 540_000]),
    delete: timing(undefined, ['deleting', 180_000]),
  },
  /** Pools of a running cluster: a new one waits for its machines, then its nodes join. */
  k8sPool: {
    add: timing('provisioning', ['pending', 30_000]),
  },
  k8sNode: {
    /** A worker added by scaling or a new pool; each further one joins 30 s after the one before. */
    join: timing('running', ['provisioning', 90_000]),
    /** A worker removed by scaling down or deleting its pool, one at a time. */
    drain: timing(undefined, ['cordoned', 30_000], ['deleting', 30_000]),
    /** Each node of a rolling upgrade in turn, control plane first. */
    upgrade: timing('running', ['cordoned', 120_000]),
    /** The two masters an HA upgrade adds. */
    master: timing('running', ['provisioning', 300_000]),
  },
} as const satisfies Record<string, Record<string, Timing>>;

/**
 * When the steps of a build happen, counted from the start of `deploying`.
 *
 * @internal
 */
export const CREATE_STEPS = { gatewayUp: 60_000, controlPlaneUp: 240_000 } as const;

/** A later worker of the same batch joins (or is drained) this long after the one before. */
const JOIN_STAGGER = 30_000;

/** How long ahead Raff announces an automatic upgrade. */
export const AUTO_UPGRADE_NOTICE = 72 * HOUR;

/** How long a timing spends in one of its phases. */
function phaseMs<S extends string>(of: Timing<S>, status: S): number {
  return of.phases.find(([phase]) => phase === status)?.[1] ?? 0;
}

const keys = {
  status: (cluster: ClusterRecord) => `k8s:${cluster.id}`,
  nodes: (cluster: ClusterRecord) => `k8s:${cluster.id}:nodes`,
  maintenance: (cluster: ClusterRecord) => `k8s:${cluster.id}:maintenance`,
};

/**
 * Adds a line to the cluster's event log.
 *
 * @internal
 */
export function logEvent(
  state: EmulatorState,
  cluster: ClusterRecord,
  at: number,
  type: string,
  message: string,
  progress?: number,
): void {
  events.in(state).insert({
    id: randomUUID(),
    clusterId: cluster.id,
    type,
    message,
    progress,
    createdAt: at,
  });
}

/** Whether the cluster still exists and is not being torn down. */
function alive(state: EmulatorState, cluster: ClusterRecord): boolean {
  return clusters.in(state).find(cluster.id) === cluster && cluster.status !== 'deleting';
}

/**
 * The nodes of a cluster, or of one pool.
 *
 * @internal
 */
export function nodesOf(state: EmulatorState, cluster: ClusterRecord, pool?: PoolRecord) {
  return nodes
    .in(state)
    .where((n) => n.clusterId === cluster.id && (pool === undefined || n.poolId === pool.id));
}

/**
 * The pools of a cluster, oldest first.
 *
 * @internal
 */
export function poolsOf(state: EmulatorState, cluster: ClusterRecord): PoolRecord[] {
  return pools.in(state).where((p) => p.clusterId === cluster.id);
}

/**
 * Whether a node has joined the cluster (and not yet left it): what `actual_node_count` counts.
 *
 * @internal
 */
export function joined(node: NodeRecord): boolean {
  return node.status !== 'pending' && node.status !== 'provisioning';
}

/**
 * `ready`: the cluster runs and nothing in it is mid-change.
 *
 * @internal
 */
export function isReady(state: EmulatorState, cluster: ClusterRecord): boolean {
  return (
    (cluster.status === 'running' || cluster.status === 'warning') &&
    cluster.upgradingTo === null &&
    !cluster.haGrowing &&
    poolsOf(state, cluster).every((pool) => pool.status === 'running')
  );
}

function addNode(
  state: EmulatorState,
  cluster: ClusterRecord,
  spec: Pick<NodeRecord, 'poolId' | 'name' | 'role' | 'ip' | 'vcpu' | 'memoryGib' | 'hourly'>,
  now: number,
): NodeRecord {
  return nodes.in(state).create(now, (stamp) => ({
    ...stamp,
    ...spec,
    clusterId: cluster.id,
    status: 'provisioning',
    release: cluster.release,
  }));
}

/** Control-plane node `n` (1 to 3) of `cluster`, `provisioning`: 2 vCPU, 4 GiB, not billed. */
function addMaster(
  state: EmulatorState,
  cluster: ClusterRecord,
  n: number,
  now: number,
): NodeRecord {
  return addNode(
    state,
    cluster,
    {
      poolId: null,
      name: `${cluster.id}-master-${n}`,
      role: 'master',
      ip: `${cluster.subnet}.${9 + n}`,
      vcpu: 2,
      memoryGib: 4,
      hourly: 0,
    },
    now,
  );
}

function setNode(node: NodeRecord, status: NodeRecord['status'], at: number): void {
  node.status = status;
  node.updatedAt = at;
}

/** A new worker of `pool`, `provisioning`. */
function addWorker(
  state: EmulatorState,
  cluster: ClusterRecord,
  pool: PoolRecord,
  now: number,
): NodeRecord {
  const plan = nodePlan(pool.planId);
  const host = cluster.nextHost++;
  return addNode(
    state,
    cluster,
    {
      poolId: pool.id,
      name: `${pool.name}-a${pool.nextNode++}`,
      role: 'worker',
      ip: `${cluster.subnet}.${host}`,
      vcpu: plan?.vcpu ?? 2,
      memoryGib: plan?.memoryGib ?? 4,
      hourly: plan?.hourly ?? 0,
    },
    now,
  );
}

/**
 * Marks a pool `running` once every node it is meant to have has joined (and none is leaving),
 * and removes a pool being deleted once its last node is gone.
 */
function settlePool(state: EmulatorState, cluster: ClusterRecord, pool: PoolRecord, at: number) {
  if (pools.in(state).find(pool.id) !== pool) return;
  const members = nodesOf(state, cluster, pool);
  if (pool.status === 'deleting') {
    if (members.length > 0) return;
    pools.in(state).discard(pool.id);
    logEvent(state, cluster, at, 'pool_deleted', `Pool ${pool.name} was removed`);
    return;
  }
  if (pool.status === 'running' || pool.status === 'pending') return;
  const settled =
    members.length === pool.nodeCount && members.every((node) => node.status === 'running');
  if (!settled) return;
  const was = pool.status;
  pool.status = 'running';
  pool.statusMessage = undefined;
  pool.updatedAt = at;
  if (was === 'scaling') {
    logEvent(
      state,
      cluster,
      at,
      'scale_completed',
      `Pool ${pool.name} now has ${pool.nodeCount} nodes`,
    );
  } else if (pool.createdAt > cluster.createdAt) {
    // A pool added later (the build's own pools are reported by the build).
    logEvent(state, cluster, at, 'pool_ready', `Pool ${pool.name} is ready`);
  }
}

/**
 * Starts `count` new workers of `pool` at `start`: each is `provisioning` until it joins, the
 * first `KUBERNETES_TIMINGS.k8sNode.join` after `start`, each later one 30 s after the one before.
 */
function joinWorkers(
  state: EmulatorState,
  cluster: ClusterRecord,
  pool: PoolRecord,
  count: number,
  start: number,
  spread?: number,
): void {
  const joinMs = totalMs(KUBERNETES_TIMINGS.k8sNode.join);
  for (let i = 0; i < count; i++) {
    const node = addWorker(state, cluster, pool, start);
    const at =
      spread === undefined ? start + joinMs + i * JOIN_STAGGER : start + (spread * (i + 1)) / count;
    state.lifecycle.schedule(
      at,
      (when) => {
        if (node.status !== 'provisioning' || !alive(state, cluster)) return;
        setNode(node, 'running', when);
        settlePool(state, cluster, pool, when);
      },
      keys.nodes(cluster),
    );
  }
}

/**
 * Drains `leaving` one at a time from `start`: each is `cordoned`, then `deleting`, then gone.
 */
function drainWorkers(
  state: EmulatorState,
  cluster: ClusterRecord,
  pool: PoolRecord,
  leaving: readonly NodeRecord[],
  start: number,
): void {
  const cordonMs = phaseMs(KUBERNETES_TIMINGS.k8sNode.drain, 'cordoned');
  const deleteMs = phaseMs(KUBERNETES_TIMINGS.k8sNode.drain, 'deleting');
  leaving.forEach((node, i) => {
    const from = start + i * (cordonMs + deleteMs);
    const step = (at: number, apply: (when: number) => void) =>
      state.lifecycle.schedule(
        at,
        (when) => {
          if (nodes.in(state).find(node.id) !== node || cluster.status === 'deleting') return;
          apply(when);
        },
        keys.nodes(cluster),
      );
    // A node still being built is simply dropped; a joined one is drained first.
    if (node.status === 'provisioning' || node.status === 'pending')
      setNode(node, 'deleting', start);
    else step(from, (when) => setNode(node, 'cordoned', when));
    step(from + cordonMs, (when) => setNode(node, 'deleting', when));
    step(from + cordonMs + deleteMs, (when) => {
      nodes.in(state).discard(node.id);
      settlePool(state, cluster, pool, when);
    });
  });
}

/**
 * Moves a pool towards its `nodeCount`: new workers join, or the newest ones are drained; the
 * pool is `scaling` (or keeps `provisioning`) until it gets there.
 *
 * @internal
 */
export function convergePool(
  state: EmulatorState,
  cluster: ClusterRecord,
  pool: PoolRecord,
  now: number,
): void {
  const staying = nodesOf(state, cluster, pool).filter((node) => node.status !== 'deleting');
  const missing = pool.nodeCount - staying.length;
  if (missing === 0) return;
  if (pool.status === 'running') pool.status = 'scaling';
  pool.statusMessage =
    missing > 0
      ? `Adding ${missing} node${missing === 1 ? '' : 's'}`
      : `Draining ${-missing} node${missing === -1 ? '' : 's'}`;
  pool.updatedAt = now;
  if (missing > 0) {
    joinWorkers(state, cluster, pool, missing, now);
    return;
  }
  const newestFirst = [...staying].sort(
    (a, b) => b.createdAt - a.createdAt || (a.name < b.name ? 1 : -1),
  );
  drainWorkers(state, cluster, pool, newestFirst.slice(0, -missing), now);
}

/**
 * Builds a new cluster: `pending` (its network and gateway machine being made), then `deploying`
 * (gateway up, control plane up, workers joining), then `running`.
 *
 * @internal
 */
export function startClusterCreate(state: EmulatorState, cluster: ClusterRecord, now: number) {
  const pendingMs = phaseMs(KUBERNETES_TIMINGS.k8sCluster.create, 'pending');
  const deployingMs = phaseMs(KUBERNETES_TIMINGS.k8sCluster.create, 'deploying');
  logEvent(state, cluster, now, 'provisioning', 'Cluster creation accepted', 5);
  walk(state.lifecycle, {
    key: keys.status(cluster),
    now,
    timing: KUBERNETES_TIMINGS.k8sCluster.create,
    set: (status, at) => {
      cluster.status = status;
      cluster.updatedAt = at;
      if (status === 'running') {
        logEvent(state, cluster, at, 'provisioning', 'Cluster is ready', 100);
        registerMaintenance(state, cluster, at);
      }
    },
  });
  const deploying = now + pendingMs;
  const nodeKey = keys.nodes(cluster);
  state.lifecycle.schedule(
    deploying,
    (at) => {
      if (!alive(state, cluster)) return;
      logEvent(state, cluster, at, 'provisioning', 'Creating the gateway and control plane', 20);
      const gateway = addNode(
        state,
        cluster,
        {
          poolId: null,
          name: `${cluster.id}-gw`,
          role: 'vnf',
          ip: `${cluster.subnet}.254`,
          vcpu: 1,
          memoryGib: 1,
          hourly: 0,
        },
        at,
      );
      const masters = [1, ...(cluster.haEnabled ? [2, 3] : [])].map((n) =>
        addMaster(state, cluster, n, at),
      );
      state.lifecycle.schedule(
        at + CREATE_STEPS.gatewayUp,
        (when) => {
          if (alive(state, cluster)) setNode(gateway, 'running', when);
        },
        nodeKey,
      );
      state.lifecycle.schedule(
        at + CREATE_STEPS.controlPlaneUp,
        (when) => {
          if (!alive(state, cluster)) return;
          for (const master of masters) setNode(master, 'running', when);
          logEvent(
            state,
            cluster,
            when,
            'provisioning',
            'Control plane is up; workers are joining',
            50,
          );
          const workers = poolsOf(state, cluster);
          const total = workers.reduce((sum, pool) => sum + pool.nodeCount, 0);
          // Workers join one after another until the cluster is running.
          const window = deployingMs - CREATE_STEPS.controlPlaneUp;
          let joinedBefore = 0;
          for (const pool of workers) {
            pool.status = 'provisioning';
            pool.updatedAt = when;
            const share = (window * pool.nodeCount) / total;
            joinWorkers(
              state,
              cluster,
              pool,
              pool.nodeCount,
              when + (window * joinedBefore) / total,
              share,
            );
            joinedBefore += pool.nodeCount;
          }
        },
        nodeKey,
      );
    },
    nodeKey,
  );
}

/**
 * Adds a pool to a running cluster: `pending` while its machines are ordered, then
 * `provisioning` while its nodes join, then `running`.
 *
 * @internal
 */
export function startPoolAdd(
  state: EmulatorState,
  cluster: ClusterRecord,
  pool: PoolRecord,
  now: number,
): void {
  const pendingMs = phaseMs(KUBERNETES_TIMINGS.k8sPool.add, 'pending');
  logEvent(
    state,
    cluster,
    now,
    'pool_added',
    `Pool ${pool.name} is being created with ${pool.nodeCount} nodes`,
  );
  state.lifecycle.schedule(
    now + pendingMs,
    (at) => {
      if (!alive(state, cluster) || pool.status !== 'pending') return;
      pool.status = 'provisioning';
      pool.updatedAt = at;
      joinWorkers(state, cluster, pool, pool.nodeCount, at);
    },
    keys.nodes(cluster),
  );
}

/**
 * Deletes a pool: its nodes are drained one at a time, then the pool goes.
 *
 * @internal
 */
export function startPoolDelete(
  state: EmulatorState,
  cluster: ClusterRecord,
  pool: PoolRecord,
  now: number,
): void {
  pool.status = 'deleting';
  pool.statusMessage = 'Draining nodes';
  pool.updatedAt = now;
  const members = nodesOf(state, cluster, pool).filter((node) => node.status !== 'deleting');
  logEvent(state, cluster, now, 'pool_deleting', `Pool ${pool.name} is being drained and removed`);
  if (members.length === 0) {
    settlePool(state, cluster, pool, now);
    return;
  }
  drainWorkers(state, cluster, pool, members, now);
}

/**
 * A rolling upgrade: the control plane's nodes one by one, then each worker drained and upgraded;
 * the cluster runs the new release when the last node is done.
 *
 * @internal
 */
export function startUpgrade(
  state: EmulatorState,
  cluster: ClusterRecord,
  target: { readonly versionId: number; readonly release: string },
  now: number,
): void {
  cluster.upgradingTo = target;
  cluster.updatedAt = now;
  const stepMs = phaseMs(KUBERNETES_TIMINGS.k8sNode.upgrade, 'cordoned');
  const order = [
    ...nodesOf(state, cluster).filter((node) => node.role === 'master'),
    ...poolsOf(state, cluster).flatMap((pool) => nodesOf(state, cluster, pool)),
  ];
  logEvent(
    state,
    cluster,
    now,
    'upgrade_started',
    `Upgrading from ${cluster.release} to ${target.release}`,
    0,
  );
  const nodeKey = keys.nodes(cluster);
  order.forEach((node, i) => {
    state.lifecycle.schedule(
      now + i * stepMs,
      (at) => {
        if (alive(state, cluster) && nodes.in(state).find(node.id) === node)
          setNode(node, 'cordoned', at);
      },
      nodeKey,
    );
    state.lifecycle.schedule(
      now + (i + 1) * stepMs,
      (at) => {
        if (!alive(state, cluster) || nodes.in(state).find(node.id) !== node) return;
        node.release = target.release;
        setNode(node, 'running', at);
        const progress = Math.round((100 * (i + 1)) / order.length);
        logEvent(
          state,
          cluster,
          at,
          'upgrade_progress',
          `Node ${node.name} runs ${target.release}`,
          progress,
        );
      },
      nodeKey,
    );
  });
  state.lifecycle.schedule(
    now + Math.max(order.length, 1) * stepMs,
    (at) => {
      if (!alive(state, cluster)) return;
      cluster.release = target.release;
      cluster.versionId = target.versionId;
      cluster.upgradingTo = null;
      cluster.updatedAt = at;
      logEvent(state, cluster, at, 'upgrade_completed', `Cluster runs ${target.release}`, 100);
    },
    nodeKey,
  );
}

/**
 * Grows the control plane to three masters: HA from now on, ready once both new ones run.
 *
 * @internal
 */
export function startHaUpgrade(state: EmulatorState, cluster: ClusterRecord, now: number): void {
  cluster.haEnabled = true;
  cluster.haGrowing = true;
  cluster.updatedAt = now;
  logEvent(state, cluster, now, 'ha_upgrade', 'Adding two control-plane nodes');
  const added = [2, 3].map((n) => addMaster(state, cluster, n, now));
  state.lifecycle.schedule(
    now + totalMs(KUBERNETES_TIMINGS.k8sNode.master),
    (at) => {
      if (!alive(state, cluster)) return;
      for (const master of added) setNode(master, 'running', at);
      cluster.haGrowing = false;
      cluster.updatedAt = at;
      logEvent(state, cluster, at, 'ha_upgrade', 'Control plane is highly available');
    },
    keys.nodes(cluster),
  );
}

/**
 * Removes a cluster and everything in it at once: pools, nodes, events, claim volumes, issued
 * kubeconfigs and queued transitions.
 *
 * @internal
 */
export function destroyCluster(state: EmulatorState, cluster: ClusterRecord): void {
  for (const key of Object.values(keys)) state.lifecycle.cancel(key(cluster));
  clusters.in(state).discard(cluster.id);
  for (const pool of poolsOf(state, cluster)) pools.in(state).discard(pool.id);
  for (const node of nodesOf(state, cluster)) nodes.in(state).discard(node.id);
  for (const event of events.in(state).where((e) => e.clusterId === cluster.id)) {
    events.in(state).discard(event.id);
  }
  for (const volume of claimVolumes.in(state).where((v) => v.clusterId === cluster.id)) {
    claimVolumes.in(state).discard(volume.id);
  }
  const issued = kubeconfigs(state);
  for (const [hash, kubeconfig] of issued)
    if (kubeconfig.clusterId === cluster.id) issued.delete(hash);
}

/**
 * Tears a cluster down: `deleting` (nodes and pools too), then gone with its claim volumes.
 *
 * @internal
 */
export function startClusterDelete(state: EmulatorState, cluster: ClusterRecord, now: number) {
  state.lifecycle.cancel(keys.nodes(cluster));
  state.lifecycle.cancel(keys.maintenance(cluster));
  cluster.statusMessage = undefined;
  cluster.upgradingTo = null;
  cluster.haGrowing = false;
  for (const pool of poolsOf(state, cluster)) {
    pool.status = 'deleting';
    pool.updatedAt = now;
  }
  for (const node of nodesOf(state, cluster)) setNode(node, 'deleting', now);
  logEvent(state, cluster, now, 'deleting', 'Cluster teardown started');
  walk(state.lifecycle, {
    key: keys.status(cluster),
    now,
    timing: KUBERNETES_TIMINGS.k8sCluster.delete,
    set: (status, at) => {
      cluster.status = status;
      cluster.updatedAt = at;
    },
    done: () => destroyCluster(state, cluster),
  });
}

/**
 * The first start of the weekly maintenance window strictly after `after`, or `undefined` when
 * the cluster has none.
 *
 * @internal
 */
export function nextWindow(cluster: ClusterRecord, after: number): number | undefined {
  if (cluster.maintenanceDay === null || cluster.maintenanceStart === null) return undefined;
  const day = new Date(after);
  const midnight = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
  const offset = (cluster.maintenanceDay - day.getUTCDay() + 7) % 7;
  let at = midnight + offset * DAY + cluster.maintenanceStart * HOUR;
  while (at <= after) at += 7 * DAY;
  return at;
}

/**
 * (Re-)registers the cluster's automatic upgrades: in `auto_patch` or `auto_minor` mode, each
 * maintenance window that opens at least 72 hours after the mode was chosen starts a rolling
 * upgrade to the release {@link autoTarget} picks, if the cluster is ready then; in `manual` mode
 * nothing runs.
 *
 * @internal
 */
export function registerMaintenance(state: EmulatorState, cluster: ClusterRecord, from: number) {
  const key = keys.maintenance(cluster);
  if (cluster.upgradeMode === 'manual' || cluster.maintenanceDay === null) {
    state.lifecycle.cancel(key);
    return;
  }
  state.lifecycle.every(
    {
      key,
      next: (after) =>
        nextWindow(cluster, Math.max(after, cluster.modeSetAt + AUTO_UPGRADE_NOTICE - 1)),
      run: (at) => {
        const target = autoTarget(cluster);
        if (target === undefined || !alive(state, cluster) || !isReady(state, cluster)) return;
        logEvent(
          state,
          cluster,
          at,
          'auto_upgrade',
          `Maintenance window: upgrading to ${target.patch}`,
        );
        startUpgrade(state, cluster, { versionId: target.id, release: target.patch }, at);
      },
    },
    from,
  );
}

/**
 * The price of a cluster: its workers' plans at their intended counts, plus the HA fee.
 *
 * @internal
 */
export function clusterPrice(state: EmulatorState, cluster: ClusterRecord) {
  let hourly = cluster.haEnabled ? HA_PRICE.hourly : 0;
  let monthly = cluster.haEnabled ? HA_PRICE.monthly : 0;
  for (const pool of poolsOf(state, cluster)) {
    const plan = nodePlan(pool.planId);
    hourly += (plan?.hourly ?? 0) * pool.nodeCount;
    monthly += (plan?.monthly ?? 0) * pool.nodeCount;
  }
  return { hourly: Math.round(hourly * 10_000) / 10_000, monthly: Math.round(monthly * 100) / 100 };
}
