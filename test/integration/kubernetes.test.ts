// raff.kubernetes against the emulator, with a clock that moves only when a test (or a poll)
// moves it: a cluster created, waited for, used and deleted through the SDK; its waiter's failure
// statuses; pools converging; the Idempotency-Key the SDK sends on create; and its kubeconfigs,
// credentials that never leak into logs, errors, inspect, spreads, clones or JSON.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  RaffAPIError,
  RaffBadRequestError,
  RaffClient,
  RaffConflictError,
  RaffInternalServerError,
  RaffNotFoundError,
  RaffValidationError,
  RaffWaitFailedError,
} from '../../src/index.js';
import { tokenOf } from '../../src/testing/domains/kubernetes/kubeconfig.js';
import { captureLogs } from '../support/client.js';
import { K8S } from '../support/kubernetes.js';
import { sdkSession } from '../support/sdk-session.js';
import { expectNoSecret } from '../support/secrets.js';

const POLL = { interval: 5 } as const;
const SMALL = { name: 'shop-test', node_pools: [{ name: 'general', node_count: 2, plan_id: 21 }] };

/** The statuses the emulator answered a cluster's GETs with, repeats collapsed. */
function clusterStatuses(
  exchanges: { method: string; path: string; status: number; responseBody: unknown }[],
  path: string,
) {
  const seen: string[] = [];
  for (const exchange of exchanges) {
    if (exchange.method !== 'GET' || exchange.path !== path) continue;
    const body = exchange.responseBody as { cluster?: { status?: string } };
    const status = exchange.status === 404 ? '(404)' : String(body.cluster?.status);
    if (seen.at(-1) !== status) seen.push(status);
  }
  return seen;
}

describe('raff.kubernetes against the emulator', () => {
  it('creates a cluster, waits for it to run, uses it and deletes it', async () => {
    const { raff, emulator, advancePerPoll, polls, projectId } = await sdkSession();
    const cluster = await raff.kubernetes.clusters.create(SMALL);
    expect(cluster).toMatchObject({ status: 'pending', ready: false, project_id: projectId });
    const path = `/api/v1/k8s/clusters/${cluster.cluster_id}`;

    advancePerPoll(60_000);
    const running = await raff.kubernetes.clusters.waitFor(cluster.cluster_id, 'running', POLL);
    expect(running).toMatchObject({ status: 'running', ready: true, worker_count: 2 });
    // One poll a minute over a ten-minute build (the first at once): pending, deploying, running.
    expect(polls(path)).toHaveLength(K8S.build / 60_000 + 1);
    expect(clusterStatuses(emulator.exchanges, path)).toEqual(['pending', 'deploying', 'running']);
    // Every cluster call sends the project, reads included.
    expect(polls(path).every((e) => e.requestHeaders['x-project-id'] === projectId)).toBe(true);
    advancePerPoll(0);

    const { data, total } = await raff.kubernetes.clusters.list();
    expect([total, data.map((c) => c.cluster_id)]).toEqual([1, [cluster.cluster_id]]);
    const { data: pools } = await raff.kubernetes.pools.list(cluster.cluster_id);
    expect(pools.map((p) => [p.name, p.actual_node_count])).toEqual([['general', 2]]);
    const nodes = await raff.kubernetes.clusters.nodes(cluster.cluster_id);
    expect(nodes.filter((n) => n.role === 'worker')).toHaveLength(2);
    const renamed = await raff.kubernetes.clusters.rename(cluster.cluster_id, {
      name: 'shop-live',
    });
    expect(renamed.name).toBe('shop-live');

    await raff.kubernetes.clusters.delete(cluster.cluster_id);
    advancePerPoll(K8S.teardown / 3);
    await expect(
      raff.kubernetes.clusters.waitFor(cluster.cluster_id, 'deleted', POLL),
    ).resolves.toBeUndefined();
    expect(clusterStatuses(emulator.exchanges, path).slice(-2)).toEqual(['deleting', '(404)']);
    await expect(raff.kubernetes.clusters.get(cluster.cluster_id)).rejects.toBeInstanceOf(
      RaffNotFoundError,
    );
  });

  it('waits for ready with a predicate while a pool scales, actual_node_count converging', async () => {
    const { raff, emulator, advancePerPoll } = await sdkSession();
    const cluster = await raff.kubernetes.clusters.create(SMALL);
    emulator.clock.advance(K8S.build);
    const [pool] = (await raff.kubernetes.pools.list(cluster.cluster_id)).data;
    if (pool === undefined) throw new Error('the cluster has a pool');
    const scaled = await raff.kubernetes.pools.scale(cluster.cluster_id, pool.id, {
      node_count: 4,
    });
    expect(scaled).toEqual({ message: 'Scaling started', new_node_count: 4 });
    advancePerPoll(K8S.stagger);
    const counts: number[] = [];
    const ready = await raff.kubernetes.clusters.waitFor(
      cluster.cluster_id,
      (c) => {
        counts.push(c.node_pools?.[0]?.actual_node_count ?? -1);
        return c.ready;
      },
      POLL,
    );
    expect(ready).toMatchObject({ status: 'running', worker_count: 4 });
    // Two nodes already there, the third joins after 90 s, the fourth 30 s later.
    expect(counts).toEqual([2, 2, 2, 3, 4]);
  });

  it.each([
    ['failed', 'Build failed: no capacity for plan 21'],
    ['delete_failed', 'Teardown stopped: a volume is still attached'],
  ])(
    'rejects the waiter with RaffWaitFailedError when the cluster reaches %s',
    async (status, why) => {
      const { raff, emulator, polls } = await sdkSession();
      const cluster = await raff.kubernetes.clusters.create(SMALL);
      const path = `/api/v1/k8s/clusters/${cluster.cluster_id}`;
      const stuck = { ...cluster, status, status_message: why };
      emulator.faults.inject({
        method: 'GET',
        path,
        status: 200,
        body: { success: true, cluster: stuck },
      });
      const error = await raff.kubernetes.clusters
        .waitFor(cluster.cluster_id, 'running', POLL)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RaffWaitFailedError);
      expect(error).toMatchObject({ status, resource: stuck });
      expect((error as Error).message).toContain(
        `reached status ${status} while waiting for running`,
      );
      expect(polls(path)).toHaveLength(1);
    },
  );

  it('sends one Idempotency-Key per create, the same on its retry, so a lost answer makes one cluster', async () => {
    const { raff, emulator } = await sdkSession();
    // The first attempt is answered too late for the client, which retries; the emulator still
    // creates the cluster for it afterwards, and the retry's key finds the same one.
    emulator.faults.inject({ method: 'POST', path: '/api/v1/k8s/clusters', delayMs: 300 });
    const cluster = await raff.kubernetes.clusters.create(SMALL, { timeout: 100 });
    const posts = () =>
      emulator.exchanges.filter((e) => e.method === 'POST' && e.path === '/api/v1/k8s/clusters');
    await expect.poll(() => posts().length, { timeout: 2_000 }).toBe(2);
    const [late, retry] = posts();
    if (late === undefined || retry === undefined) throw new Error('two attempts');
    const key = retry.requestHeaders['idempotency-key'];
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(late.requestHeaders['idempotency-key']).toBe(key);
    expect([retry.status, late.status]).toEqual([201, 201]);
    expect((late.responseBody as { cluster: { id: string } }).cluster.id).toBe(cluster.id);
    expect((await raff.kubernetes.clusters.list()).total).toBe(1);
    // A second call is a second create, with a key of its own.
    await raff.kubernetes.clusters.create({ ...SMALL, name: 'shop-second' });
    expect(posts()[2]?.requestHeaders['idempotency-key']).not.toBe(key);
    expect((await raff.kubernetes.clusters.list()).total).toBe(2);
  });

  it('keeps kubeconfigs readable but out of debug logs, errors, inspect, spreads, clones and JSON', async () => {
    const { emulator, projectId } = await sdkSession();
    const { lines, logger } = captureLogs();
    const raff = new RaffClient({
      apiKey: emulator.ownerKey,
      baseUrl: emulator.url,
      projectId,
      logLevel: 'debug',
      logger,
    });
    const cluster = await raff.kubernetes.clusters.create(SMALL);
    emulator.clock.advance(K8S.build);
    const issued = await raff.kubernetes.clusters.kubeconfig(cluster.cluster_id, {
      expires_in: 3600,
    });
    const kubeconfig = issued.kubeconfig;
    const token = tokenOf(kubeconfig) ?? '';
    expect(token).not.toBe('');
    expect(issued.api_endpoint).toBe(cluster.api_endpoint);
    const second = await raff.kubernetes.clusters.kubeconfig(cluster.cluster_id);
    expect(tokenOf(second.kubeconfig)).not.toBe(token);

    // A server that echoes the kubeconfig back in an error.
    emulator.faults.inject({
      method: 'GET',
      path: '/api/v1/k8s/versions',
      status: 500,
      body: { error: 'Internal Server Error', message: `could not parse ${kubeconfig}` },
    });
    const error = await raff.kubernetes.versions({ maxRetries: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffAPIError);

    const views = [
      { ...issued },
      structuredClone(issued),
      JSON.stringify(issued),
      inspect(issued, { depth: Number.POSITIVE_INFINITY }),
      Object.keys(issued),
    ];
    // The token is the credential; the rest of a kubeconfig (server, names, CA) is public, so the
    // kubeconfig as a whole must be absent, and any 16 characters of its token.
    expectNoSecret(token, { error, logs: lines, others: views });
    const texts = [...views.map((view) => inspect(view)), JSON.stringify(views), ...lines];
    texts.push(String(error), inspect(error, { depth: Number.POSITIVE_INFINITY }));
    for (const text of texts) expect(text).not.toContain(kubeconfig.trim());
    expect(inspect(issued)).toContain("kubeconfig: '[redacted]'");
    expect(lines.some((line) => line.includes('/k8s/clusters/{cluster_id}/kubeconfig'))).toBe(true);
    // Still there for whoever asks for it by name.
    expect(issued.kubeconfig).toContain(`token: ${token}`);
  });

  it('maps the area’s refusals to typed errors, and needs a project before sending anything', async () => {
    const { raff, emulator } = await sdkSession();
    const seededProject = emulator.projects.customer1.id;
    const { data } = await raff.kubernetes.clusters.list({}, { projectId: seededProject });
    const seeded = data[0];
    if (seeded === undefined) throw new Error('the emulator seeds a cluster in customer1');
    const inCustomer1 = { projectId: seededProject };
    // Found only in its own project.
    await expect(raff.kubernetes.clusters.get(seeded.cluster_id)).rejects.toBeInstanceOf(
      RaffNotFoundError,
    );
    const unconfirmed = await raff.kubernetes.clusters
      .upgrade(seeded.cluster_id, { version_id: 4 }, inCustomer1)
      .catch((e: unknown) => e);
    expect(unconfirmed).toBeInstanceOf(RaffAPIError);
    expect(unconfirmed).toMatchObject({ status: 412 });
    const pools = await raff.kubernetes.pools.list(seeded.cluster_id, {}, inCustomer1);
    const general = pools.data[0];
    if (general === undefined) throw new Error('the seeded cluster has a pool');
    await expect(
      raff.kubernetes.pools.delete(seeded.cluster_id, general.id, inCustomer1),
    ).rejects.toBeInstanceOf(RaffBadRequestError);
    await raff.kubernetes.clusters.upgradeHa(seeded.cluster_id, inCustomer1);
    await expect(
      raff.kubernetes.clusters.upgradeHa(seeded.cluster_id, inCustomer1),
    ).rejects.toBeInstanceOf(RaffConflictError);

    const fresh = await raff.kubernetes.clusters.create(SMALL);
    await expect(
      raff.kubernetes.clusters.metrics(fresh.cluster_id, { maxRetries: 0 }),
    ).rejects.toBeInstanceOf(RaffInternalServerError);
    const before = emulator.exchanges.length;
    const keyless = new RaffClient({ apiKey: emulator.ownerKey, baseUrl: emulator.url });
    await expect(keyless.kubernetes.clusters.get(fresh.cluster_id)).rejects.toBeInstanceOf(
      RaffValidationError,
    );
    expect(emulator.exchanges.length).toBe(before);
  });
});
