// Helpers of the Kubernetes emulator tests: the timings they wait for, a create body, and a
// caller that sends X-Project-ID on every call (Kubernetes needs it on reads too).
import { expect } from 'vitest';
import { CREATE_STEPS } from '../../src/testing/domains/kubernetes/lifecycle.js';
import { LIFECYCLE_TIMINGS } from '../../src/testing/domains/timings.js';
import { totalMs } from '../../src/testing/server/lifecycle.js';
import type { TestEmulator } from './emulator.js';
import { caller } from './storage.js';

const phase = (timing: { phases: readonly (readonly [string, number])[] }, status: string) =>
  timing.phases.find(([name]) => name === status)?.[1] ?? Number.NaN;

/** How long each Kubernetes transition takes (emulated ms), from the emulator's own table. */
export const K8S = {
  pending: phase(LIFECYCLE_TIMINGS.k8sCluster.create, 'pending'),
  build: totalMs(LIFECYCLE_TIMINGS.k8sCluster.create),
  gatewayUp: phase(LIFECYCLE_TIMINGS.k8sCluster.create, 'pending') + CREATE_STEPS.gatewayUp,
  controlPlaneUp:
    phase(LIFECYCLE_TIMINGS.k8sCluster.create, 'pending') + CREATE_STEPS.controlPlaneUp,
  teardown: totalMs(LIFECYCLE_TIMINGS.k8sCluster.delete),
  poolPending: phase(LIFECYCLE_TIMINGS.k8sPool.add, 'pending'),
  join: totalMs(LIFECYCLE_TIMINGS.k8sNode.join),
  drainStep: totalMs(LIFECYCLE_TIMINGS.k8sNode.drain),
  cordon: phase(LIFECYCLE_TIMINGS.k8sNode.drain, 'cordoned'),
  upgradeStep: totalMs(LIFECYCLE_TIMINGS.k8sNode.upgrade),
  haMasters: totalMs(LIFECYCLE_TIMINGS.k8sNode.master),
  stagger: 30_000,
} as const;

/** The smallest valid cluster: one pool of two K8s Small workers. */
export const SMALL_CLUSTER = {
  name: 'shop-test',
  node_pools: [{ name: 'general', node_count: 2, plan_id: 21 }],
} as const;

/** A caller bound to the Owner key and a project. */
export function owner(emulator: TestEmulator, projectId = emulator.projects.default.id) {
  return caller(emulator, emulator.ownerKey, projectId);
}

/** Creates a cluster (201) and, unless `build` is false, lets it finish building. */
export async function createCluster(
  emulator: TestEmulator,
  body: unknown = SMALL_CLUSTER,
  build = true,
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON fields.
): Promise<any> {
  const created = await owner(emulator)('POST', '/api/v1/k8s/clusters', body);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  if (build) emulator.clock.advance(K8S.build);
  return created.body.cluster;
}

/** The seeded running cluster of customer1 (`shop-prod`). */
// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON fields.
export async function seededCluster(emulator: TestEmulator): Promise<any> {
  const listed = await owner(emulator, emulator.projects.customer1.id)(
    'GET',
    '/api/v1/k8s/clusters',
  );
  expect(listed.status).toBe(200);
  const cluster = listed.body.clusters.find((c: { name: string }) => c.name === 'shop-prod');
  expect(cluster).toBeDefined();
  return cluster;
}
