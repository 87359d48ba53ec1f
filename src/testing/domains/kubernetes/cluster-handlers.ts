import { requireBilling } from '../../server/billing.js';
import { badRequest, conflict } from '../../server/errors.js';
import type { HandlerTable } from '../../server/handler.js';
import { done, headerProject, page } from '../../server/replies.js';
import { nodePlansBody, VERSION_LINES, versionView } from './catalog.js';
import { buildCluster, checkCreate } from './create.js';
import { fingerprint, rememberCreate, replayedCreate } from './idempotency.js';
import {
  apiEndpoint,
  DEFAULT_KUBECONFIG_SECONDS,
  issueKubeconfig,
  revokeKubeconfigs,
} from './kubeconfig.js';
import {
  logEvent,
  registerMaintenance,
  startClusterCreate,
  startClusterDelete,
  startHaUpgrade,
  startUpgrade,
} from './lifecycle.js';
import {
  pathCluster,
  requireNotDeleting,
  requireSettledCluster,
  requireUpgradable,
} from './lookup.js';
import { clusters } from './records.js';
import { autoTarget, checkUpgradeTarget, targetView, upgradeTargets } from './versions.js';
import { clusterView, reachable } from './views.js';

/**
 * The catalog of the Kubernetes service and the cluster operations: create, read, rename,
 * delete, kubeconfigs, the HA control plane, version upgrades and the maintenance window.
 *
 * @internal
 */
export const CLUSTER_HANDLERS = {
  listKubernetesPricing: () => ({ body: nodePlansBody() }),

  listK8sVersions: () => ({ body: { success: true, versions: VERSION_LINES.map(versionView) } }),

  listK8sNodePlans: () => ({ body: nodePlansBody() }),

  listK8sClusters: (context) => {
    const found = clusters
      .in(context.state)
      .inProjects(context.projectIds)
      .sort((a, b) => b.createdAt - a.createdAt)
      .map((cluster) => clusterView(context.state, cluster));
    const { body } = page(context, found);
    return { body: { success: true, clusters: body.data, total: body.total } };
  },

  createK8sCluster: (context) => {
    const { state, body, now } = context;
    const projectId = headerProject(context);
    const key = context.headers['Idempotency-Key'];
    const print = fingerprint(projectId, body);
    if (key !== undefined) {
      const earlier = replayedCreate(state, key, print, now);
      if (earlier !== undefined) {
        return { body: { success: true, cluster: clusterView(state, earlier) } };
      }
    }
    requireBilling(state);
    checkCreate(state, projectId, body);
    const cluster = buildCluster(state, projectId, body, now);
    startClusterCreate(state, cluster, now);
    if (key !== undefined) rememberCreate(state, key, print, cluster, now);
    return { body: { success: true, cluster: clusterView(state, cluster) } };
  },

  getK8sCluster: (context) => ({
    body: { success: true, cluster: clusterView(context.state, pathCluster(context)) },
  }),

  renameK8sCluster: (context) => {
    const cluster = pathCluster(context);
    requireNotDeleting(cluster, 'rename it');
    cluster.name = context.body.name;
    cluster.updatedAt = context.now;
    return { body: { success: true, cluster: clusterView(context.state, cluster) } };
  },

  deleteK8sCluster: (context) => {
    const cluster = pathCluster(context);
    // A repeated delete (a retry) finds the teardown under way and leaves it be.
    if (cluster.status === 'deleting') return done('Cluster deletion is already under way');
    startClusterDelete(context.state, cluster, context.now);
    return done('Cluster deletion started');
  },

  getK8sKubeconfig: (context) => {
    const cluster = pathCluster(context);
    if (!reachable(cluster)) {
      throw badRequest(
        `Cluster ${cluster.id} is ${cluster.status}; a kubeconfig can be issued once it runs`,
      );
    }
    const seconds = context.query.expires_in ?? DEFAULT_KUBECONFIG_SECONDS;
    return {
      body: {
        success: true,
        kubeconfig: issueKubeconfig(context.state, cluster, seconds, context.now),
        api_endpoint: apiEndpoint(cluster),
      },
    };
  },

  rotateK8sKubeconfigAccess: (context) => {
    const cluster = pathCluster(context);
    requireNotDeleting(cluster, 'rotate its kubeconfigs');
    const revoked = revokeKubeconfigs(context.state, cluster, context.now);
    logEvent(
      context.state,
      cluster,
      context.now,
      'kubeconfig_rotated',
      `Kubeconfig access rotated; ${revoked} issued kubeconfig${revoked === 1 ? '' : 's'} revoked`,
    );
    return done('Kubeconfig access rotated');
  },

  upgradeK8sClusterHA: (context) => {
    const cluster = pathCluster(context);
    if (cluster.haEnabled) throw conflict('Cluster already has an HA control plane');
    requireSettledCluster(cluster, 'upgrade the control plane');
    startHaUpgrade(context.state, cluster, context.now);
    return done('HA upgrade started');
  },

  listK8sClusterUpgrades: (context) => {
    const cluster = pathCluster(context);
    const scheduled = autoTarget(cluster);
    const upgrading = cluster.upgradingTo;
    return {
      body: {
        success: true,
        current_version: cluster.release,
        upgrade_status:
          upgrading !== null ? 'upgrading' : scheduled !== undefined ? 'scheduled' : 'idle',
        ...(upgrading !== null
          ? { target_version: upgrading.release }
          : scheduled !== undefined
            ? { target_version: scheduled.patch }
            : {}),
        upgrade_mode: cluster.upgradeMode,
        ...(cluster.maintenanceDay === null ? {} : { maintenance_day: cluster.maintenanceDay }),
        ...(cluster.maintenanceStart === null
          ? {}
          : { maintenance_start: cluster.maintenanceStart }),
        available: upgradeTargets(cluster).map((line) => targetView(cluster, line)),
      },
    };
  },

  upgradeK8sClusterVersion: (context) => {
    const cluster = pathCluster(context);
    const line = checkUpgradeTarget(cluster, context.body.version_id);
    requireUpgradable(context, cluster, context.body.confirm_single_master === true);
    startUpgrade(context.state, cluster, { versionId: line.id, release: line.patch }, context.now);
    return done('Upgrade started');
  },

  updateK8sClusterMaintenance: (context) => {
    const cluster = pathCluster(context);
    requireNotDeleting(cluster, 'change its maintenance settings');
    const { upgrade_mode: mode, maintenance_day: day, maintenance_start: start } = context.body;
    const nextDay = day ?? cluster.maintenanceDay;
    const nextStart = start ?? cluster.maintenanceStart;
    if (mode !== 'manual' && (nextDay === null || nextStart === null)) {
      throw badRequest(
        `upgrade_mode ${mode} needs a maintenance window: send maintenance_day and maintenance_start`,
      );
    }
    if (mode !== cluster.upgradeMode) cluster.modeSetAt = context.now;
    cluster.upgradeMode = mode;
    cluster.maintenanceDay = nextDay;
    cluster.maintenanceStart = nextStart;
    cluster.updatedAt = context.now;
    if (cluster.status === 'running' || cluster.status === 'warning') {
      registerMaintenance(context.state, cluster, context.now);
    }
    return done('Maintenance settings updated');
  },
} satisfies HandlerTable;
