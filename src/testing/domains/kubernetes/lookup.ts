// Finding a cluster or pool from a request, and the state checks the cluster operations share.
import { badRequest, conflict, HttpError, notFound } from '../../server/errors.js';
import type { KeyedContext } from '../../server/handler.js';
import { headerProject } from '../../server/replies.js';
import { isReady } from './lifecycle.js';
import { type ClusterRecord, clusters, type PoolRecord, pools } from './records.js';

/**
 * The cluster of the path in the `X-Project-ID` project (the pipeline has checked that the key
 * reaches it): a cluster of another project is a 404, as one that does not exist.
 *
 * @throws {HttpError} 404.
 * @internal
 */
export function pathCluster(
  context: Pick<KeyedContext, 'state' | 'projectIds'> & { readonly params: { cluster_id: string } },
): ClusterRecord {
  return clusters.in(context.state).get(context.params.cluster_id, headerProject(context));
}

/**
 * A pool of the cluster.
 *
 * @throws {HttpError} 404.
 * @internal
 */
export function pathPool(
  context: Pick<KeyedContext, 'state'> & { readonly params: { pool_id: string } },
  cluster: ClusterRecord,
): PoolRecord {
  const pool = pools.in(context.state).find(context.params.pool_id.toLowerCase());
  if (pool === undefined || pool.clusterId !== cluster.id) {
    throw notFound(`Node pool ${context.params.pool_id} not found in cluster ${cluster.id}`);
  }
  return pool;
}

/**
 * Refuses a change to a cluster that is being torn down or whose teardown failed.
 *
 * @throws {HttpError} 400.
 * @internal
 */
export function requireNotDeleting(cluster: ClusterRecord, action: string): void {
  if (cluster.status === 'deleting' || cluster.status === 'delete_failed') {
    throw badRequest(`Cannot ${action}: cluster ${cluster.id} is ${cluster.status}`);
  }
}

/**
 * Refuses what needs a running cluster with nothing else under way (pool changes, HA):
 * 409, as Raff answers for a cluster or pool busy with another change.
 *
 * @throws {HttpError} 409.
 * @internal
 */
export function requireSettledCluster(cluster: ClusterRecord, action: string): void {
  if (cluster.status !== 'running' && cluster.status !== 'warning') {
    throw conflict(`Cannot ${action} while the cluster is ${cluster.status}; wait until it runs`);
  }
  if (cluster.upgradingTo !== null) {
    throw conflict(
      `Cannot ${action} while the cluster is upgrading to ${cluster.upgradingTo.release}`,
    );
  }
  if (cluster.haGrowing) {
    throw conflict(`Cannot ${action} while the control plane is growing to three masters`);
  }
}

/**
 * Refuses a change to a pool that is still busy with another (the pool must be `running`).
 *
 * @throws {HttpError} 409.
 * @internal
 */
export function requireIdlePool(pool: PoolRecord): void {
  if (pool.status !== 'running') {
    throw conflict(`Node pool is busy; current status: ${pool.status}`);
  }
}

/**
 * The pre-flight checks of a rolling upgrade: 412 while the cluster is not ready for one.
 *
 * @throws {HttpError} 412.
 * @internal
 */
export function requireUpgradable(
  context: Pick<KeyedContext, 'state'>,
  cluster: ClusterRecord,
  confirmed: boolean,
): void {
  const failed = (message: string) => new HttpError(412, message);
  if (cluster.status !== 'running' && cluster.status !== 'warning') {
    throw failed(`Cluster must be running to upgrade; current status: ${cluster.status}`);
  }
  if (cluster.upgradingTo !== null) {
    throw failed(`An upgrade to ${cluster.upgradingTo.release} is already under way`);
  }
  if (!isReady(context.state, cluster)) {
    const busy = [...pools.in(context.state).values()].find(
      (pool) => pool.clusterId === cluster.id && pool.status !== 'running',
    );
    throw failed(
      busy === undefined
        ? 'The control plane is busy with another change; try again when the cluster is ready'
        : `Node pool ${busy.name} is busy; try again when it is running`,
    );
  }
  if (!cluster.haEnabled && !confirmed) {
    throw failed('Upgrading a single-master cluster needs confirm_single_master: true');
  }
}
