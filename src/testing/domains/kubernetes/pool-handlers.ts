import type { EmulatorState } from '../../server/account.js';
import { badRequest, conflict } from '../../server/errors.js';
import type { HandlerTable } from '../../server/handler.js';
import { done } from '../../server/replies.js';
import { convergePool, logEvent, poolsOf, startPoolAdd, startPoolDelete } from './lifecycle.js';
import {
  pathCluster,
  pathPool,
  requireIdlePool,
  requireNotDeleting,
  requireSettledCluster,
} from './lookup.js';
import {
  checkBounds,
  checkLabels,
  checkTaints,
  poolSettings,
  requireMinimumWorkers,
} from './pool-rules.js';
import { type ClusterRecord, type PoolRecord, pools } from './records.js';
import { poolView } from './views.js';

/** Workers the cluster is meant to have once `pool` counts `count` (pools being deleted: none). */
function workersWith(
  state: EmulatorState,
  cluster: ClusterRecord,
  pool: PoolRecord | undefined,
  count: number,
) {
  return poolsOf(state, cluster)
    .filter((other) => other !== pool && other.status !== 'deleting')
    .reduce((sum, other) => sum + other.nodeCount, count);
}

/**
 * Node pools: list, add, update autoscaling/labels/taints, scale and delete. Adding, scaling and
 * deleting run in the background (lifecycle.ts); the answers come at once.
 *
 * @internal
 */
export const POOL_HANDLERS = {
  listK8sNodePools: (context) => {
    const cluster = pathCluster(context);
    return {
      body: {
        success: true,
        node_pools: poolsOf(context.state, cluster).map((pool) =>
          poolView(context.state, cluster, pool),
        ),
      },
    };
  },

  addK8sNodePool: (context) => {
    const { state, body, now } = context;
    const cluster = pathCluster(context);
    requireSettledCluster(cluster, 'add a node pool');
    const existing = poolsOf(state, cluster);
    if (existing.some((pool) => pool.name === body.name)) {
      throw conflict(`A node pool named ${body.name} already exists in cluster ${cluster.id}`);
    }
    const settings = poolSettings(body, '', existing[0]?.planId);
    const pool = pools.in(state).create(now, (stamp) => ({
      ...stamp,
      clusterId: cluster.id,
      name: body.name,
      nodeCount: body.node_count,
      ...settings,
      status: 'pending',
      statusMessage: undefined,
      nextNode: 1,
    }));
    startPoolAdd(state, cluster, pool, now);
    return { body: { success: true, node_pool: poolView(state, cluster, pool) } };
  },

  updateK8sNodePool: (context) => {
    const { state, body, now } = context;
    const cluster = pathCluster(context);
    requireNotDeleting(cluster, 'change a node pool');
    const pool = pathPool(context, cluster);
    if (pool.status === 'deleting') throw badRequest(`Node pool ${pool.name} is being deleted`);
    const autoscale = body.autoscale_enabled ?? pool.autoscale;
    const minNodes = body.min_nodes ?? pool.minNodes;
    const maxNodes = body.max_nodes ?? pool.maxNodes;
    // The autoscaler brings the count inside new bounds; the bounds themselves must hold.
    checkBounds(
      '',
      Math.min(Math.max(pool.nodeCount, minNodes), maxNodes),
      minNodes,
      maxNodes,
      autoscale,
    );
    const labels = body.labels === undefined ? pool.labels : checkLabels(body.labels, '');
    const taints = body.taints === undefined ? pool.taints : checkTaints(body.taints, '');
    Object.assign(pool, { autoscale, minNodes, maxNodes, labels, taints, updatedAt: now });
    if (autoscale) {
      const wanted = Math.min(Math.max(pool.nodeCount, minNodes), maxNodes);
      if (wanted !== pool.nodeCount && pool.status === 'running' && cluster.status === 'running') {
        pool.nodeCount = wanted;
        logEvent(
          state,
          cluster,
          now,
          'autoscale',
          `Autoscaler moves pool ${pool.name} to ${wanted} nodes`,
        );
        convergePool(state, cluster, pool, now);
      }
    }
    return { body: { success: true, node_pool: poolView(state, cluster, pool) } };
  },

  scaleK8sNodePool: (context) => {
    const { state, now } = context;
    const cluster = pathCluster(context);
    const pool = pathPool(context, cluster);
    requireSettledCluster(cluster, 'scale a node pool');
    requireIdlePool(pool);
    const count = context.body.node_count;
    requireMinimumWorkers(
      workersWith(state, cluster, pool, count),
      `Scaling ${pool.name} to ${count}`,
    );
    if (pool.autoscale && (count < pool.minNodes || count > pool.maxNodes)) {
      throw badRequest(
        `node_count ${count} is outside pool ${pool.name}'s autoscaling range ${pool.minNodes}–${pool.maxNodes}`,
      );
    }
    if (count === pool.nodeCount) {
      return {
        body: { success: true, message: 'Pool already has that many nodes', new_node_count: count },
      };
    }
    logEvent(
      state,
      cluster,
      now,
      'scale_started',
      `Scaling pool ${pool.name} from ${pool.nodeCount} to ${count} nodes`,
    );
    pool.nodeCount = count;
    convergePool(state, cluster, pool, now);
    return { body: { success: true, message: 'Scaling started', new_node_count: count } };
  },

  deleteK8sNodePool: (context) => {
    const { state, now } = context;
    const cluster = pathCluster(context);
    requireNotDeleting(cluster, 'delete a node pool');
    const pool = pathPool(context, cluster);
    if (pool.status === 'deleting') return done('Node pool deletion is already under way');
    const others = poolsOf(state, cluster).filter(
      (other) => other !== pool && other.status !== 'deleting',
    );
    if (others.length === 0) {
      throw badRequest(`Pool ${pool.name} is the cluster's last node pool; it cannot be deleted`);
    }
    requireMinimumWorkers(workersWith(state, cluster, pool, 0), `Deleting pool ${pool.name}`);
    startPoolDelete(state, cluster, pool, now);
    return done('Node pool deletion started');
  },
} satisfies HandlerTable;
