// The rules a worker pool's settings follow beyond what openapi.json's schemas say: a plan that
// exists, autoscaling bounds that hold the node count, labels and taints written as JSON, and at
// least two workers across the cluster.
import { badRequest } from '../../server/errors.js';
import { nodePlan } from './catalog.js';

/** Most nodes in one pool. */
export const MAX_POOL_NODES = 20;

/** Fewest workers a cluster keeps across its pools. */
export const MIN_CLUSTER_WORKERS = 2;

/**
 * A pool's settings as a create or add body gives them.
 *
 * @internal
 */
export interface PoolInput {
  readonly name: string;
  readonly node_count: number;
  readonly plan_id?: number | undefined;
  readonly min_nodes?: number | undefined;
  readonly max_nodes?: number | undefined;
  readonly autoscale_enabled?: boolean | undefined;
  readonly labels?: string | undefined;
  readonly taints?: string | undefined;
}

/**
 * The settings a new pool gets.
 *
 * @internal
 */
export interface PoolSettings {
  readonly planId: number;
  readonly minNodes: number;
  readonly maxNodes: number;
  readonly autoscale: boolean;
  readonly labels: string;
  readonly taints: string;
}

const TAINT_EFFECTS = new Set(['NoSchedule', 'PreferNoSchedule', 'NoExecute']);

/**
 * Checks `labels`: a JSON object of strings written as a string.
 *
 * @throws {HttpError} 400.
 * @internal
 */
export function checkLabels(labels: string, where: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(labels);
  } catch {
    throw badRequest(
      `${where}labels must be a JSON object written as a string, e.g. {"tier":"web"}`,
    );
  }
  const valid =
    typeof parsed === 'object' &&
    parsed !== null &&
    !Array.isArray(parsed) &&
    Object.values(parsed).every((value) => typeof value === 'string');
  if (!valid) throw badRequest(`${where}labels must be a JSON object of strings`);
  return labels;
}

/**
 * Checks `taints`: a JSON array of `{ key, value?, effect }` written as a string.
 *
 * @throws {HttpError} 400.
 * @internal
 */
export function checkTaints(taints: string, where: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(taints);
  } catch {
    throw badRequest(`${where}taints must be a JSON array written as a string`);
  }
  const valid =
    Array.isArray(parsed) &&
    parsed.every(
      (taint: unknown) =>
        typeof taint === 'object' &&
        taint !== null &&
        typeof (taint as { key?: unknown }).key === 'string' &&
        TAINT_EFFECTS.has(String((taint as { effect?: unknown }).effect)),
    );
  if (!valid) {
    throw badRequest(
      `${where}taints must be a JSON array of { key, value, effect } with effect NoSchedule, PreferNoSchedule or NoExecute`,
    );
  }
  return taints;
}

/**
 * Checks autoscaling bounds: 1 ≤ min ≤ node count ≤ max ≤ 20 while autoscaling is on.
 *
 * @throws {HttpError} 400.
 * @internal
 */
export function checkBounds(
  where: string,
  nodeCount: number,
  minNodes: number,
  maxNodes: number,
  autoscale: boolean,
): void {
  if (minNodes < 1 || maxNodes > MAX_POOL_NODES || minNodes > maxNodes) {
    throw badRequest(
      `${where}min_nodes and max_nodes must satisfy 1 ≤ min_nodes ≤ max_nodes ≤ ${MAX_POOL_NODES} (got ${minNodes} and ${maxNodes})`,
    );
  }
  if (autoscale && (nodeCount < minNodes || nodeCount > maxNodes)) {
    throw badRequest(
      `${where}node_count ${nodeCount} is outside the autoscaling range ${minNodes}–${maxNodes}`,
    );
  }
}

/**
 * The settings of a new pool from its input; `fallbackPlan` when it names none.
 *
 * @throws {HttpError} 400 for an unknown plan, bounds that do not hold, or labels or taints that
 * are not JSON of the right shape.
 * @internal
 */
export function poolSettings(input: PoolInput, where: string, fallbackPlan?: number): PoolSettings {
  const planId = input.plan_id ?? fallbackPlan;
  if (planId === undefined) throw badRequest(`${where}plan_id is required`);
  if (nodePlan(planId) === undefined) {
    throw badRequest(
      `${where}plan_id ${planId} is not a Kubernetes node plan; see listK8sNodePlans`,
    );
  }
  const autoscale = input.autoscale_enabled ?? false;
  const minNodes = input.min_nodes ?? input.node_count;
  const maxNodes = input.max_nodes ?? (autoscale ? MAX_POOL_NODES : input.node_count);
  checkBounds(where, input.node_count, minNodes, maxNodes, autoscale);
  return {
    planId,
    minNodes,
    maxNodes,
    autoscale,
    labels: checkLabels(input.labels ?? '{}', where),
    taints: checkTaints(input.taints ?? '[]', where),
  };
}

/**
 * Refuses a change that would leave the cluster fewer than two workers.
 *
 * @throws {HttpError} 400.
 * @internal
 */
export function requireMinimumWorkers(total: number, action: string): void {
  if (total < MIN_CLUSTER_WORKERS) {
    throw badRequest(
      `${action} would leave the cluster ${total} worker${total === 1 ? '' : 's'}; a cluster keeps at least ${MIN_CLUSTER_WORKERS}`,
    );
  }
}
