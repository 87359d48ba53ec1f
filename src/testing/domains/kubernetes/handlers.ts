import type { HandlerTable } from '../../server/handler.js';
import { CLUSTER_HANDLERS } from './cluster-handlers.js';
import { GATEWAY_HANDLERS } from './gateway-handlers.js';
import { INSIGHT_HANDLERS } from './insight-handlers.js';
import { POOL_HANDLERS } from './pool-handlers.js';

/**
 * The Kubernetes domain: versions, node plans and prices, clusters and their pools, kubeconfigs,
 * upgrades, what clusters report, and their gateways.
 *
 * @internal
 */
export const KUBERNETES_HANDLERS = {
  ...CLUSTER_HANDLERS,
  ...POOL_HANDLERS,
  ...INSIGHT_HANDLERS,
  ...GATEWAY_HANDLERS,
} satisfies HandlerTable;
