// What the generated resource layer adds beyond one request per method: waiters checked before
// they poll, an Idempotency-Key kept across retries, the public-access guard, path-safe ids, and
// methods made from the operation table (a hand-written method wins; every list takes params).
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import {
  APIResource,
  DatabasesCustom,
  RaffClient,
  RaffInternalServerError,
  RaffTimeoutError,
  RaffValidationError,
  RaffWaitFailedError,
} from '../../src/index.js';
import { operationTable } from '../../src/internal/operation-table.js';
import { API, KEY, PROJECT, testClient } from '../support/client.js';

const DB = 'k3v9q2xd';
const database = (status: string) => ({
  id: '0d7c6f7e-2b1a-4c3d-9e8f-7a6b5c4d3e2f',
  database_id: DB,
  name: 'orders',
  status,
});

describe('waitFor, before it polls', () => {
  it('refuses a status the resource does not have, naming the ones it has, and polls nothing', async () => {
    const error = await testClient()
      // @ts-expect-error 'runing' is not a database status
      .databases.waitFor(DB, 'runing')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffValidationError);
    expect((error as Error).message).toBe(
      'Invalid until for databases.waitFor: "runing" is not a status it can have; one of "pending", "deploying", "running", "warning", "resizing", "restoring", "suspended", "failed", "deleting", "deleted". Nothing was polled.',
    );
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('refuses an unknown status inside a list, naming its place', async () => {
    const error = await testClient()
      // @ts-expect-error 'lve' is not an App service status
      .apps.services.waitFor('svc-1', ['live', 'lve'])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffValidationError);
    expect((error as RaffValidationError).issues[0]?.path).toEqual(['until', 1]);
  });

  it.each([
    [{ interval: Number.NaN }, 'interval'],
    [{ interval: 'abc' }, 'interval'],
    [{ timeout: -1 }, 'timeout'],
    [{ timout: 1000 }, 'timout'],
    [{ totalTimeout: 1000 }, 'totalTimeout'],
    [{ signal: 'stop' }, 'signal'],
  ])('refuses options %o before any poll', async (options, field) => {
    const error = await testClient()
      .vms.waitFor(PROJECT, 'active', options as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffValidationError);
    expect(JSON.stringify((error as RaffValidationError).issues)).toContain(field);
  });

  it('suggests the option a typo meant', async () => {
    const error = await testClient()
      .vms.waitFor(PROJECT, 'active', { timout: 1000 } as never)
      .catch((e: unknown) => e);
    expect((error as Error).message).toContain('did you mean "timeout"?');
  });
});

describe('waitFor, polling', () => {
  it('polls the get operation at the resource’s own interval until the status holds', async () => {
    const scope = nock(API)
      .get(`/api/v1/databases/${DB}`)
      .reply(200, { success: true, database: database('deploying') })
      .get(`/api/v1/databases/${DB}`)
      .reply(200, { success: true, database: database('running') });
    const started = performance.now();
    const ready = await testClient().databases.waitFor(DB, 'running', { interval: 20 });
    expect(ready.status).toBe('running');
    expect(performance.now() - started).toBeGreaterThanOrEqual(19);
    expect(scope.isDone()).toBe(true);
  });

  it('ends on a failure status of that resource with RaffWaitFailedError', async () => {
    nock(API)
      .get(`/api/v1/k8s/clusters/c1`)
      .matchHeader('x-project-id', PROJECT)
      .reply(200, { success: true, cluster: { cluster_id: 'c1', status: 'delete_failed' } });
    const error = await testClient({ projectId: PROJECT })
      .kubernetes.clusters.waitFor('c1', 'running')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffWaitFailedError);
    expect((error as RaffWaitFailedError).status).toBe('delete_failed');
    expect((error as Error).message).toBe(
      'K8sCluster c1 reached status delete_failed while waiting for running',
    );
  });

  it('runs out of time with RaffTimeoutError limit wait, the resource and its last state, and no made-up method or path', async () => {
    nock(API)
      .get(`/api/v1/databases/${DB}`)
      .times(20)
      .reply(200, { success: true, database: database('deploying') });
    const error = (await testClient()
      .databases.waitFor(DB, 'running', { interval: 50, timeout: 500 })
      .catch((e: unknown) => e)) as RaffTimeoutError;
    expect(error).toBeInstanceOf(RaffTimeoutError);
    expect(error.limit).toBe('wait');
    expect(error.method).toBeUndefined();
    expect(error.path).toBeUndefined();
    expect(error.resource).toBe(`Database ${DB}`);
    expect(error.operation).toBe('databases.waitFor');
    expect(error.last).toMatchObject({ status: 'deploying' });
    expect(error.message).toBe(
      `Database ${DB}: not running within 500 ms (last status: deploying)`,
    );
    nock.cleanAll();
  });

  it('scrubs a server status that carries the client’s key from the timeout message', async () => {
    nock(API)
      .get(`/api/v1/databases/${DB}`)
      .times(20)
      .reply(200, { success: true, database: database(`x${KEY}`) });
    const error = (await testClient()
      .databases.waitFor(DB, (db) => db.status === 'running', { interval: 50, timeout: 300 })
      .catch((e: unknown) => e)) as RaffTimeoutError;
    expect(error).toBeInstanceOf(RaffTimeoutError);
    expect(error.message).not.toContain(KEY.slice(5));
    expect(JSON.stringify(error.last)).not.toContain(KEY.slice(5));
    nock.cleanAll();
  });

  it('quotes a failure status with a line break as one escaped line (no forged log line)', async () => {
    nock(API)
      .get('/api/v1/k8s/clusters/c1')
      .reply(200, { success: true, cluster: { cluster_id: 'c1', status: 'failed' } });
    const error = (await testClient({ projectId: PROJECT })
      .kubernetes.clusters.waitFor('c1', (cluster) => cluster.status === 'running')
      .catch((e: unknown) => e)) as RaffWaitFailedError;
    expect(error.status).toBe('failed');
    const forged = 'running\nERROR admin logged in';
    nock(API)
      .get('/api/v1/k8s/clusters/c2')
      .times(20)
      .reply(200, { success: true, cluster: { cluster_id: 'c2', status: forged } });
    const timeout = (await testClient({ projectId: PROJECT })
      .kubernetes.clusters.waitFor('c2', () => false, { interval: 50, timeout: 300 })
      .catch((e: unknown) => e)) as RaffTimeoutError;
    expect(timeout.message).not.toContain('\n');
    expect(timeout.message).toContain('(last status: running\\nERROR admin logged in)');
    nock.cleanAll();
  });

  it('accepts any status where the schema lists none (backups)', async () => {
    nock(API)
      .get('/api/v1/backups/b1')
      .reply(200, { success: true, data: { id: 'b1', status: 'ready' } });
    await expect(testClient().backups.waitFor('b1', 'ready')).resolves.toMatchObject({
      status: 'ready',
    });
  });
});

describe('an operation that takes an Idempotency-Key (kubernetes.clusters.create)', () => {
  const body = { name: 'prod', region: 'us-east', version_id: 'v1', node_pools: [] };

  it('sends one key per call, the same on its retries, and retries a 5xx like a read', async () => {
    const keys: string[] = [];
    nock(API)
      .post('/api/v1/k8s/clusters')
      .times(2)
      .reply(function () {
        keys.push(String(this.req.headers['idempotency-key']));
        return keys.length === 1
          ? [503, { error: 'Unavailable', message: 'try again' }]
          : [201, { success: true, cluster: { cluster_id: 'c9', status: 'pending' } }];
      });
    const raff = testClient({ projectId: PROJECT });
    const cluster = await raff.kubernetes.clusters.create(body as never, { timeout: 5_000 });
    expect(cluster).toMatchObject({ cluster_id: 'c9' });
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it('sends the caller’s own key when one is given', async () => {
    nock(API)
      .post('/api/v1/k8s/clusters')
      .matchHeader('idempotency-key', 'deploy-42')
      .reply(201, { success: true, cluster: { cluster_id: 'c9', status: 'pending' } });
    await expect(
      testClient({ projectId: PROJECT }).kubernetes.clusters.create(body as never, {
        idempotencyKey: 'deploy-42',
      }),
    ).resolves.toMatchObject({ cluster_id: 'c9' });
  });

  it('refuses an idempotencyKey on an operation that takes none, sending nothing', async () => {
    const error = await testClient({ projectId: PROJECT })
      .vms.create({} as never, { idempotencyKey: 'k' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffValidationError);
    expect((error as Error).message).toContain('vms.create takes no Idempotency-Key');
  });

  it('still does not retry a 5xx on a create without one', async () => {
    nock(API).post('/api/v1/vms').reply(503, { error: 'Unavailable', message: 'later' });
    await expect(testClient({ projectId: PROJECT }).vms.create({} as never)).rejects.toBeInstanceOf(
      RaffInternalServerError,
    );
  });
});

describe('databases.setPublicAccess', () => {
  it('refuses an empty allowlist without allowAllSources, sending nothing', async () => {
    const error = await testClient()
      .databases.setPublicAccess(DB, { enabled: true, allowlist: [] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffValidationError);
    expect((error as Error).message).toContain('opens the database to every address');
  });

  it('sends an empty allowlist when allowAllSources confirms it, and never sends the flag', async () => {
    nock(API)
      .post(`/api/v1/databases/${DB}/public-access`, { enabled: true, allowlist: [] })
      .reply(200, { success: true, database: database('running') });
    await expect(
      testClient().databases.setPublicAccess(DB, {
        enabled: true,
        allowlist: [],
        allowAllSources: true,
      }),
    ).resolves.toMatchObject({ status: 'running' });
  });

  it('leaves the stored allowlist alone when allowlist is left out', async () => {
    nock(API)
      .post(`/api/v1/databases/${DB}/public-access`, { enabled: false })
      .reply(200, { success: true, database: database('running') });
    await expect(
      testClient().databases.setPublicAccess(DB, { enabled: false }),
    ).resolves.toMatchObject({ database_id: DB });
  });
});

describe('path ids', () => {
  it.each(['fn-a1b2c3d4', 'orders.reporting', 'Ünïcode'])(
    'accepts %j and sends it percent-encoded',
    async (ref) => {
      nock(API)
        .get(`/api/v1/functions/${encodeURIComponent(ref)}`)
        .reply(200, { success: true, data: { function: { id: 'f', name: ref, status: 'live' } } });
      await expect(testClient().functions.get(ref)).resolves.toMatchObject({ name: ref });
    },
  );

  it.each(['', '.', '..', 'a/b', 'a?b', 'a#b', '50%', 'a\\b', 'a\nb', 'my function', '\ud800'])(
    'refuses %j before anything is sent',
    async (ref) => {
      await expect(testClient().functions.get(ref)).rejects.toBeInstanceOf(RaffValidationError);
    },
  );
});

describe('methods made from the operation table', () => {
  it('gives every namespace the methods of its operations, named as the table says', () => {
    const raff = new RaffClient({ apiKey: KEY });
    for (const sdk of Object.keys(operationTable())) {
      const names = sdk.split('.');
      const method = names.pop() as string;
      const owner = names.reduce(
        (at: Record<string, unknown>, key: string) => at[key] as never,
        raff as never,
      );
      expect(typeof owner[method], sdk).toBe('function');
      expect((owner[method] as { name: string }).name, sdk).toBe(method);
    }
  });

  it('keeps a hand-written method over the generated one', () => {
    const raff = new RaffClient({ apiKey: KEY });
    expect(Object.hasOwn(Object.getPrototypeOf(raff.databases), 'setPublicAccess')).toBe(false);
    expect(raff.databases.setPublicAccess).toBe(DatabasesCustom.prototype.setPublicAccess);
    expect(raff.databases).toBeInstanceOf(DatabasesCustom);
  });

  it('builds each namespace as an object named for its type, with its sub-namespaces', () => {
    const raff = new RaffClient({ apiKey: KEY });
    expect(raff.vms.tags).toBeInstanceOf(APIResource);
    expect(raff.vms.tags.constructor.name).toBe('VmTags');
    expect(raff.kubernetes.clusters.constructor.name).toBe('KubernetesClusters');
    expect(Object.keys(raff.vms)).toEqual(['networks', 'notes', 'tags']);
    // Two clients share the namespaces' methods, not their config.
    const other = new RaffClient({ apiKey: KEY, projectId: PROJECT });
    expect(Object.getPrototypeOf(other.vms)).toBe(Object.getPrototypeOf(raff.vms));
  });

  it('builds a namespace on first use, then keeps it as a fixed property', () => {
    const raff = new RaffClient({ apiKey: KEY });
    const unbuilt = Object.getOwnPropertyDescriptor(raff, 'databases');
    expect(unbuilt?.get).toBeTypeOf('function');
    expect(unbuilt?.enumerable).toBe(true);
    expect(Object.keys(raff)).toEqual(
      expect.arrayContaining(['apiKeys', 'databases', 'kubernetes', 'vms']),
    );
    const databases = raff.databases;
    expect(raff.databases).toBe(databases);
    expect(Object.getOwnPropertyDescriptor(raff, 'databases')).toEqual({
      value: databases,
      writable: false,
      enumerable: true,
      configurable: false,
    });
    // Neither a built namespace nor one still to be built can be replaced.
    expect(() => Object.assign(raff, { databases: {} })).toThrow(TypeError);
    expect(() => Object.assign(raff, { vms: {} })).toThrow(TypeError);
    expect(new RaffClient({ apiKey: KEY }).databases).not.toBe(databases);
  });

  it('gives every list a params slot: options always come third after the ids', async () => {
    nock(API)
      .get('/api/v1/ssh-keys')
      .matchHeader('x-api-key', KEY)
      .reply(200, { success: true, data: [] });
    // sshKeys.list takes no filter today; adding one later must not move the options.
    await expect(testClient().sshKeys.list({}, { maxRetries: 0 })).resolves.toEqual({
      data: [],
      total: 0,
    });
  });
});
