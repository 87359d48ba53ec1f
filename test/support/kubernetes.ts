// Helpers of the Kubernetes emulator tests: the timings they wait for, a create body, a caller
// that sends X-Project-ID on every call (Kubernetes needs it on reads too), and a seeded account
// behind the request pipeline without a socket.
import { expect } from 'vitest';
import { HANDLERS } from '../../src/testing/domains/index.js';
import { CREATE_STEPS } from '../../src/testing/domains/kubernetes/lifecycle.js';
import { LIFECYCLE_TIMINGS } from '../../src/testing/domains/timings.js';
import type { EmulatorExchange } from '../../src/testing/index.js';
import { seedState } from '../../src/testing/seed.js';
import { ManualClock } from '../../src/testing/server/clock.js';
import { totalMs } from '../../src/testing/server/lifecycle.js';
import { matchRoute } from '../../src/testing/server/operations.js';
import { respond } from '../../src/testing/server/pipeline.js';
import { contractViolations, type TestEmulator } from './emulator.js';
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

/** One answer of {@link pipelineAccount}'s `send`. */
// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON fields.
export type PipelineReply = { status: number; body: any };

/**
 * A seeded account behind the emulator's request pipeline, without a server or a socket: the same
 * checks and handlers as over HTTP (and the same contract check on every answer), at a fraction of
 * the cost, plus the account's state for what HTTP cannot show (e.g. whether a kubeconfig's token
 * would still be let in). Its clock stands still at `now` unless advanced.
 */
export function pipelineAccount(now = Date.UTC(2026, 4, 4)) {
  const seed = seedState(now);
  const clock = new ManualClock(now, 0);
  const deps = { state: seed.state, clock, limiter: undefined, handlers: HANDLERS };
  let sent = 0;
  /** Sends a request; `key: null` sends none, `project: null` no X-Project-ID. */
  const send = (
    method: string,
    path: string,
    options: { project?: string | null; key?: string | null; body?: unknown } = {},
  ): PipelineReply => {
    const url = new URL(path, 'http://127.0.0.1');
    const key = options.key === undefined ? seed.ownerKey : options.key;
    const project = options.project === undefined ? seed.defaultProjectId : options.project;
    const headers: Record<string, string> = {};
    if (key !== null) headers['x-api-key'] = key;
    if (project !== null) headers['x-project-id'] = project;
    const match = matchRoute(url.pathname);
    const response = respond(
      deps,
      {
        method,
        pathname: url.pathname,
        searchParams: url.searchParams,
        headers,
        match,
        body: { value: options.body },
      },
      `r${sent++}`,
    );
    const exchange: EmulatorExchange = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      template: match?.route.template,
      status: response.status,
      requestHeaders: headers,
      requestBody: options.body,
      responseHeaders: Object.fromEntries(
        Object.entries(response.headers).map(([name, value]) => [name.toLowerCase(), value]),
      ),
      responseBody: response.body,
      injected: false,
    };
    expect(contractViolations(exchange), 'the answer validates against openapi.json').toEqual([]);
    return { status: response.status, body: response.body };
  };
  return {
    state: seed.state,
    clock,
    ownerKey: seed.ownerKey,
    projects: { default: seed.defaultProjectId, customer1: seed.customer1ProjectId },
    send,
    /** A caller with the Owner key in a project (Default unless named), as {@link owner}'s. */
    caller(project: string = seed.defaultProjectId) {
      return (method: string, path: string, body?: unknown): PipelineReply =>
        send(method, path, { project, body });
    },
    /** Creates a cluster in Default (201) and, unless `build` is false, lets it finish building. */
    // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON fields.
    createCluster(body: unknown = SMALL_CLUSTER, build = true): any {
      const created = send('POST', '/api/v1/k8s/clusters', { body });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      if (build) clock.advance(K8S.build);
      return created.body.cluster;
    },
    /** The seeded running cluster of customer1 (`shop-prod`). */
    // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON fields.
    seededCluster(): any {
      const listed = send('GET', '/api/v1/k8s/clusters', { project: seed.customer1ProjectId });
      return listed.body.clusters.find((c: { name: string }) => c.name === 'shop-prod');
    },
  };
}
