import { HttpError } from '../../server/errors.js';
import type { HandlerTable } from '../../server/handler.js';
import { headerProject } from '../../server/replies.js';
import { pathCluster } from './lookup.js';
import { claimVolumes, clusters, events } from './records.js';
import {
  claimVolumeView,
  clusterNodeViews,
  eventView,
  metricsView,
  reachable,
  statsView,
} from './views.js';

/**
 * What a cluster reports: its nodes with live figures, its event log, the volumes behind its
 * claims, its usage and control-plane health, and usage across clusters.
 *
 * @internal
 */
export const INSIGHT_HANDLERS = {
  getK8sClusterStats: (context) => {
    const projectId = headerProject(context);
    const wanted = context.query.ids
      ?.split(',')
      .map((id) => id.trim())
      .filter((id) => id !== '');
    const found = clusters
      .in(context.state)
      .where(
        (cluster) =>
          cluster.projectId === projectId && (wanted === undefined || wanted.includes(cluster.id)),
      );
    return {
      body: {
        success: true,
        stats: found.map((cluster) => statsView(context.state, cluster, context.now)),
      },
    };
  },

  listK8sClusterNodes: (context) => {
    const cluster = pathCluster(context);
    return {
      body: { success: true, nodes: clusterNodeViews(context.state, cluster, context.now) },
    };
  },

  listK8sClusterEvents: (context) => {
    const cluster = pathCluster(context);
    const limit = context.query.limit ?? 50;
    const newestFirst = events
      .in(context.state)
      .where((event) => event.clusterId === cluster.id)
      .reverse()
      .slice(0, limit);
    return { body: { success: true, events: newestFirst.map(eventView) } };
  },

  listK8sClusterVolumes: (context) => {
    const cluster = pathCluster(context);
    const volumes = claimVolumes
      .in(context.state)
      .where((volume) => volume.clusterId === cluster.id);
    return { body: { success: true, volumes: volumes.map(claimVolumeView) } };
  },

  getK8sClusterMetrics: (context) => {
    const cluster = pathCluster(context);
    if (!reachable(cluster)) throw new HttpError(503, 'Cluster is unreachable');
    return { body: metricsView(context.state, cluster, context.now) };
  },
} satisfies HandlerTable;
