// Kubernetes clusters in the emulator with a clock that moves only when advanced: the build,
// project scoping, Idempotency-Key and teardown through its HTTP API; create rules, node pools
// converging, upgrades and the HA control plane through the same request pipeline without a
// socket (pipelineAccount), which costs a fraction of the CPU.
import { describe, expect, it } from 'vitest';
import { call, createKey, systemRoleId } from '../support/emulator.js';
import {
  createCluster,
  K8S,
  owner,
  pipelineAccount,
  SMALL_CLUSTER,
  seededCluster,
} from '../support/kubernetes.js';
import { caller, DAY, HOUR, stillEmulator } from '../support/storage.js';

const CLUSTERS = '/api/v1/k8s/clusters';

type Node = { name: string; role: string; status: string };
const statuses = (nodes: Node[]) => Object.fromEntries(nodes.map((n) => [n.name, n.status]));

describe('building a cluster', () => {
  it('walks pending → deploying → running in ten minutes while its gateway, control plane and workers come up', async () => {
    const emulator = await stillEmulator();
    const project = emulator.projects.default.id;
    const api = owner(emulator);
    const created = await api('POST', CLUSTERS, SMALL_CLUSTER);
    expect(created.status).toBe(201);
    const cluster = created.body.cluster;
    expect(cluster).toMatchObject({
      name: 'shop-test',
      status: 'pending',
      ready: false,
      project_id: project,
      k8s_version: 'v1.34.4+rke2r1',
      k8s_version_id: 3,
      master_count: 1,
      worker_count: 0,
      ha_enabled: false,
      firewall_enabled: true,
      billing_type: 'payg',
      price_per_hour: 0.0556,
      price_per_month: 39.98,
      dns_domain: `${cluster.cluster_id}.k8s.raffusercloud.com`,
      api_endpoint: `https://${cluster.cluster_id}.k8s.raffusercloud.com:6443`,
    });
    expect(cluster.cluster_id).toMatch(/^[a-z][a-z0-9]{5}$/);
    expect(cluster.node_pools).toEqual([
      expect.objectContaining({
        name: 'general',
        node_count: 2,
        actual_node_count: 0,
        plan_id: 21,
        status: 'pending',
        nodes: [],
        cluster_id: cluster.id,
      }),
    ]);
    const id = cluster.cluster_id;
    const get = async () => (await api('GET', `${CLUSTERS}/${id}`)).body.cluster;
    const nodes = async () => (await api('GET', `${CLUSTERS}/${id}/nodes`)).body.nodes as Node[];

    emulator.clock.advance(K8S.pending);
    expect(await get()).toMatchObject({ status: 'deploying', ready: false });
    expect(statuses(await nodes())).toEqual({
      [`${id}-gw`]: 'provisioning',
      [`${id}-master-1`]: 'provisioning',
    });

    emulator.clock.advance(K8S.gatewayUp - K8S.pending);
    expect(statuses(await nodes())).toMatchObject({ [`${id}-gw`]: 'running' });

    emulator.clock.advance(K8S.controlPlaneUp - K8S.gatewayUp);
    const halfway = await get();
    expect(halfway).toMatchObject({ status: 'deploying', worker_count: 0 });
    expect(halfway.node_pools[0]).toMatchObject({ status: 'provisioning', actual_node_count: 0 });
    expect(statuses(await nodes())).toEqual({
      [`${id}-gw`]: 'running',
      [`${id}-master-1`]: 'running',
      'general-a1': 'provisioning',
      'general-a2': 'provisioning',
    });

    // The workers join one after the other: the first halfway through the rest of the build.
    emulator.clock.advance((K8S.build - K8S.controlPlaneUp) / 2);
    const joining = await get();
    expect(joining).toMatchObject({ status: 'deploying', ready: false, worker_count: 1 });
    expect(joining.node_pools[0].actual_node_count).toBe(1);

    emulator.clock.advance(
      K8S.build - K8S.controlPlaneUp - (K8S.build - K8S.controlPlaneUp) / 2 - 1,
    );
    expect((await get()).status).toBe('deploying');
    emulator.clock.advance(1);
    const running = await get();
    expect(running).toMatchObject({ status: 'running', ready: true, worker_count: 2 });
    expect(running.node_pools[0]).toMatchObject({ status: 'running', actual_node_count: 2 });
    expect(K8S.build).toBeGreaterThanOrEqual(8 * 60_000);
    expect(K8S.build).toBeLessThanOrEqual(12 * 60_000);

    const log = (await api('GET', `${CLUSTERS}/${id}/events`)).body.events;
    expect(log.map((e: { message: string; progress?: number }) => [e.message, e.progress])).toEqual(
      [
        ['Cluster is ready', 100],
        ['Control plane is up; workers are joining', 50],
        ['Creating the gateway and control plane', 20],
        ['Cluster creation accepted', 5],
      ],
    );
    const latest = await api('GET', `${CLUSTERS}/${id}/events?limit=1`);
    expect(latest.body.events).toEqual([log[0]]);
  });
});

describe('project scoping', () => {
  it('requires X-Project-ID on every cluster call, reads included, and hides other projects’ clusters', async () => {
    const emulator = await stillEmulator();
    const seeded = await seededCluster(emulator);
    const path = `${CLUSTERS}/${seeded.cluster_id}`;
    const noProject = caller(emulator, emulator.ownerKey);
    for (const sub of ['', '/nodes', '/kubeconfig', '/pools']) {
      const missing = await noProject('GET', `${path}${sub}`);
      expect([sub, missing.status, missing.body.message]).toEqual([
        sub,
        400,
        'X-Project-ID required',
      ]);
    }
    // The right cluster id under the wrong project: not found there, as any other id.
    const elsewhere = await owner(emulator)('GET', path);
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body.message).toBe(
      `Cluster ${seeded.cluster_id} not found in project ${emulator.projects.default.id}`,
    );
    expect((await owner(emulator)('DELETE', path)).status).toBe(404);
    // A key without a role on customer1 cannot name it at all.
    const viewer = await createKey(emulator, {
      projects: [emulator.projects.default.id],
      projectRole: systemRoleId('viewer'),
    });
    const outsider = caller(emulator, viewer.secret, emulator.projects.customer1.id);
    const refused = await outsider('GET', path);
    expect([refused.status, refused.body.message]).toEqual([
      403,
      `This API key has no access to project ${emulator.projects.customer1.id}`,
    ]);
    // Lists without the header span every project the key reaches.
    const all = await noProject('GET', CLUSTERS);
    expect(all.body).toMatchObject({ total: 1, clusters: [{ cluster_id: seeded.cluster_id }] });
    const mine = await caller(emulator, viewer.secret)('GET', CLUSTERS);
    expect(mine.body).toEqual({ success: true, clusters: [], total: 0 });
  });

  it('pages clusters newest first with a total', async () => {
    const emulator = await stillEmulator();
    const api = owner(emulator);
    for (const name of ['one', 'two', 'three']) {
      await createCluster(emulator, { ...SMALL_CLUSTER, name }, false);
      emulator.clock.advance(1_000);
    }
    const first = await api('GET', `${CLUSTERS}?limit=2`);
    expect(first.body.total).toBe(3);
    expect(first.body.clusters.map((c: { name: string }) => c.name)).toEqual(['three', 'two']);
    const rest = await api('GET', `${CLUSTERS}?limit=2&offset=2`);
    expect(rest.body.clusters.map((c: { name: string }) => c.name)).toEqual(['one']);
  });
});

describe('creating with an Idempotency-Key', () => {
  it('answers a repeat with the first cluster, a different body with 409, and forgets the key after 24 hours', async () => {
    const emulator = await stillEmulator();
    const send = (body: unknown, key: string, project = emulator.projects.default.id) =>
      call(emulator, 'POST', CLUSTERS, {
        key: emulator.ownerKey,
        headers: { 'X-Project-ID': project, 'Idempotency-Key': key },
        body,
      });
    const first = await send(SMALL_CLUSTER, 'create-shop-1');
    expect(first.status).toBe(201);
    emulator.clock.advance(K8S.pending);
    // Same key, same body (fields in another order): the same cluster as it is now.
    const again = await send(
      { node_pools: SMALL_CLUSTER.node_pools, name: SMALL_CLUSTER.name },
      'create-shop-1',
    );
    expect(again.status).toBe(201);
    expect(again.body.cluster).toMatchObject({ id: first.body.cluster.id, status: 'deploying' });
    const other = await send({ ...SMALL_CLUSTER, name: 'shop-other' }, 'create-shop-1');
    expect([other.status, other.body.message]).toEqual([
      409,
      'This Idempotency-Key was already used for a different request; send a new key for a new cluster',
    ]);
    const otherProject = await send(SMALL_CLUSTER, 'create-shop-1', emulator.projects.customer1.id);
    expect(otherProject.status).toBe(409);
    emulator.clock.advance(24 * HOUR);
    const later = await send(SMALL_CLUSTER, 'create-shop-1');
    expect(later.status).toBe(201);
    expect(later.body.cluster.id).not.toBe(first.body.cluster.id);
    const listed = await owner(emulator)('GET', CLUSTERS);
    expect(listed.body.total).toBe(2);
  });

  it('refuses the key of a cluster that has since been deleted', async () => {
    const emulator = await stillEmulator();
    const headers = { 'X-Project-ID': emulator.projects.default.id, 'Idempotency-Key': 'k-1' };
    const send = () =>
      call(emulator, 'POST', CLUSTERS, { key: emulator.ownerKey, headers, body: SMALL_CLUSTER });
    const first = await send();
    await owner(emulator)('DELETE', `${CLUSTERS}/${first.body.cluster.cluster_id}`);
    emulator.clock.advance(K8S.teardown);
    const again = await send();
    expect(again.status).toBe(409);
    expect(again.body.message).toContain(`created cluster ${first.body.cluster.cluster_id}`);
  });
});

describe('create validation', () => {
  it('refuses with 400 what Raff refuses, naming the field', async () => {
    const account = pipelineAccount();
    const api = account.caller();
    const pool = SMALL_CLUSTER.node_pools[0];
    const cases: [unknown, string][] = [
      [
        { ...SMALL_CLUSTER, node_pools: [{ ...pool, node_count: 1 }] },
        'These node pools would leave the cluster 1 worker; a cluster keeps at least 2',
      ],
      [
        { ...SMALL_CLUSTER, node_pools: [{ ...pool, plan_id: 3 }] },
        'node_pools[0].plan_id 3 is not a Kubernetes node plan; see listK8sNodePlans',
      ],
      [
        { ...SMALL_CLUSTER, node_pools: [pool, pool] },
        'node_pools[1].name: two pools are named general',
      ],
      [
        { ...SMALL_CLUSTER, k8s_version_id: 9 },
        'k8s_version_id 9 is not on offer; see listK8sVersions',
      ],
      [
        { ...SMALL_CLUSTER, storage_node_disk_gb: 100 },
        'storage_node_disk_gb: dedicated storage nodes were removed; persistent volumes use the raff-block storage class',
      ],
      [
        {
          ...SMALL_CLUSTER,
          node_pools: [{ ...pool, autoscale_enabled: true, min_nodes: 3, max_nodes: 5 }],
        },
        'node_pools[0].node_count 2 is outside the autoscaling range 3–5',
      ],
      [
        { ...SMALL_CLUSTER, node_pools: [{ ...pool, labels: 'tier=web' }] },
        'node_pools[0].labels must be a JSON object written as a string, e.g. {"tier":"web"}',
      ],
    ];
    for (const [body, message] of cases) {
      const refused = await api('POST', CLUSTERS, body);
      expect([refused.status, refused.body.message]).toEqual([400, message]);
    }
    // The schema's own rules come first: storage nodes, names, the pool minimum.
    const schema = await api('POST', CLUSTERS, { ...SMALL_CLUSTER, storage_node_count: 1 });
    expect(schema.status).toBe(400);
    expect((await api('GET', CLUSTERS)).body.total).toBe(0);
  });

  it('checks the firewall group against the project and billing before building', async () => {
    const account = pipelineAccount();
    const groups = await account.caller()('GET', '/api/v1/security-groups');
    const web = groups.body.data.find((g: { name: string }) => g.name === 'web');
    const elsewhere = await account.caller(account.projects.customer1)('POST', CLUSTERS, {
      ...SMALL_CLUSTER,
      firewall_security_group_id: web.id,
    });
    expect([elsewhere.status, elsewhere.body.message]).toEqual([
      400,
      `firewall_security_group_id: security group ${web.id} not found in project ${account.projects.customer1}`,
    ]);
    const guarded = account.createCluster({
      ...SMALL_CLUSTER,
      firewall_security_group_id: web.id,
    });
    const firewall = await account.caller()('GET', `${CLUSTERS}/${guarded.cluster_id}/firewall`);
    expect(firewall.body).toMatchObject({
      enabled: true,
      assigned_sg_id: web.id,
      assigned_name: 'web',
    });
    account.state.billing = 'insufficient_funds';
    expect((await account.caller()('POST', CLUSTERS, SMALL_CLUSTER)).status).toBe(402);
    account.state.billing = 'failed';
    const failed = await account.caller()('POST', CLUSTERS, SMALL_CLUSTER);
    expect([failed.status, failed.body.reason]).toEqual([403, 'failed']);
  });
});

describe('node pools', () => {
  it('scales a pool up and down, actual_node_count converging a node at a time', async () => {
    const account = pipelineAccount();
    const api = account.caller();
    const cluster = account.createCluster();
    const id = cluster.cluster_id;
    const poolId = cluster.node_pools[0].id;
    const pool = async () => (await api('GET', `${CLUSTERS}/${id}/pools`)).body.node_pools[0];

    const up = await api('POST', `${CLUSTERS}/${id}/pools/${poolId}/scale`, { node_count: 4 });
    expect(up.body).toEqual({ success: true, message: 'Scaling started', new_node_count: 4 });
    expect(await pool()).toMatchObject({ node_count: 4, actual_node_count: 2, status: 'scaling' });
    const busy = await api('POST', `${CLUSTERS}/${id}/pools/${poolId}/scale`, { node_count: 3 });
    expect([busy.status, busy.body.message]).toEqual([
      409,
      'Node pool is busy; current status: scaling',
    ]);
    expect((await api('GET', `${CLUSTERS}/${id}`)).body.cluster).toMatchObject({
      status: 'running',
      ready: false,
      price_per_hour: 0.1112,
    });
    account.clock.advance(K8S.join);
    expect(await pool()).toMatchObject({ actual_node_count: 3, status: 'scaling' });
    account.clock.advance(K8S.stagger);
    expect(await pool()).toMatchObject({ actual_node_count: 4, status: 'running' });
    expect((await api('GET', `${CLUSTERS}/${id}`)).body.cluster).toMatchObject({
      ready: true,
      worker_count: 4,
    });

    await api('POST', `${CLUSTERS}/${id}/pools/${poolId}/scale`, { node_count: 2 });
    let current = await pool();
    // The newest nodes drain first, one at a time.
    expect(current).toMatchObject({ status: 'scaling', actual_node_count: 4 });
    expect(statuses(current.nodes)).toEqual({
      'general-a1': 'running',
      'general-a2': 'running',
      'general-a3': 'running',
      'general-a4': 'cordoned',
    });
    account.clock.advance(K8S.drainStep);
    current = await pool();
    expect(current.actual_node_count).toBe(3);
    expect(statuses(current.nodes)).toMatchObject({ 'general-a3': 'cordoned' });
    account.clock.advance(K8S.drainStep);
    expect(await pool()).toMatchObject({ status: 'running', actual_node_count: 2, node_count: 2 });
    const log = (await api('GET', `${CLUSTERS}/${id}/events?limit=1`)).body.events;
    expect(log[0]).toMatchObject({
      event_type: 'scale_completed',
      message: 'Pool general now has 2 nodes',
    });
  });

  it('keeps at least one node per pool and two workers per cluster', async () => {
    const account = pipelineAccount();
    const api = account.caller();
    const cluster = account.createCluster();
    const id = cluster.cluster_id;
    const poolId = cluster.node_pools[0].id;
    const one = await api('POST', `${CLUSTERS}/${id}/pools/${poolId}/scale`, { node_count: 1 });
    expect([one.status, one.body.message]).toEqual([
      400,
      'Scaling general to 1 would leave the cluster 1 worker; a cluster keeps at least 2',
    ]);
    const zero = await api('POST', `${CLUSTERS}/${id}/pools/${poolId}/scale`, { node_count: 0 });
    expect(zero.status).toBe(400);
    const last = await api('DELETE', `${CLUSTERS}/${id}/pools/${poolId}`);
    expect([last.status, last.body.message]).toEqual([
      400,
      "Pool general is the cluster's last node pool; it cannot be deleted",
    ]);
    // With a second pool of one node, the first may not go (one worker left), the second may.
    const added = await api('POST', `${CLUSTERS}/${id}/pools`, {
      name: 'batch',
      node_count: 1,
      plan_id: 34,
    });
    expect(added.status).toBe(201);
    account.clock.advance(K8S.poolPending + K8S.join);
    const first = await api('DELETE', `${CLUSTERS}/${id}/pools/${poolId}`);
    expect([first.status, first.body.message]).toEqual([
      400,
      'Deleting pool general would leave the cluster 1 worker; a cluster keeps at least 2',
    ]);
    const second = await api('DELETE', `${CLUSTERS}/${id}/pools/${added.body.node_pool.id}`);
    expect(second.body).toEqual({ success: true, message: 'Node pool deletion started' });
  });

  it('adds a pool on another plan, updates its settings and deletes it node by node', async () => {
    const account = pipelineAccount();
    const api = account.caller();
    const cluster = account.createCluster();
    const id = cluster.cluster_id;
    const added = await api('POST', `${CLUSTERS}/${id}/pools`, {
      name: 'batch',
      node_count: 2,
      plan_id: 34,
      labels: '{"workload":"batch"}',
      taints: '[{"key":"batch","value":"true","effect":"NoSchedule"}]',
    });
    expect(added.status).toBe(201);
    const poolId = added.body.node_pool.id;
    expect(added.body.node_pool).toMatchObject({
      name: 'batch',
      status: 'pending',
      plan_id: 34,
      node_count: 2,
      actual_node_count: 0,
      min_nodes: 2,
      max_nodes: 2,
      autoscale_enabled: false,
      nodes: [],
    });
    const duplicate = await api('POST', `${CLUSTERS}/${id}/pools`, {
      name: 'batch',
      node_count: 1,
    });
    expect([duplicate.status, duplicate.body.message]).toEqual([
      409,
      `A node pool named batch already exists in cluster ${id}`,
    ]);
    account.clock.advance(K8S.poolPending);
    const building = (await api('GET', `${CLUSTERS}/${id}/pools`)).body.node_pools[1];
    expect(building).toMatchObject({ status: 'provisioning', cpu: 4, ram: 8 });
    account.clock.advance(K8S.join + K8S.stagger);
    const ready = (await api('GET', `${CLUSTERS}/${id}`)).body.cluster;
    expect(ready).toMatchObject({ ready: true, worker_count: 4, price_per_month: 169.96 });

    // Without plan_id a new pool takes the first pool's plan.
    const plain = await api('POST', `${CLUSTERS}/${id}/pools`, { name: 'spare', node_count: 1 });
    expect(plain.body.node_pool.plan_id).toBe(21);

    const updated = await api('PATCH', `${CLUSTERS}/${id}/pools/${poolId}`, {
      autoscale_enabled: true,
      min_nodes: 3,
      max_nodes: 6,
    });
    expect(updated.status).toBe(200);
    // The autoscaler brings the pool inside its new range.
    expect(updated.body.node_pool).toMatchObject({
      autoscale_enabled: true,
      min_nodes: 3,
      max_nodes: 6,
      node_count: 3,
      status: 'scaling',
      labels: '{"workload":"batch"}',
    });
    const badTaints = await api('PATCH', `${CLUSTERS}/${id}/pools/${poolId}`, {
      taints: '[{"key":"x"}]',
    });
    expect(badTaints.status).toBe(400);
    const badBounds = await api('PATCH', `${CLUSTERS}/${id}/pools/${poolId}`, {
      min_nodes: 5,
      max_nodes: 4,
    });
    expect(badBounds.status).toBe(400);
    account.clock.advance(K8S.join);

    const deleted = await api('DELETE', `${CLUSTERS}/${id}/pools/${poolId}`);
    expect(deleted.body.message).toBe('Node pool deletion started');
    const draining = (await api('GET', `${CLUSTERS}/${id}/pools`)).body.node_pools[1];
    expect(draining).toMatchObject({ status: 'deleting', actual_node_count: 3 });
    account.clock.advance(3 * K8S.drainStep);
    const left = (await api('GET', `${CLUSTERS}/${id}/pools`)).body.node_pools;
    expect(left.map((p: { name: string }) => p.name)).toEqual(['general', 'spare']);
    const gone = await api('PATCH', `${CLUSTERS}/${id}/pools/${poolId}`, { labels: '{}' });
    expect(gone.status).toBe(404);
  });

  it('refuses pool changes while the cluster is still being built', async () => {
    const account = pipelineAccount();
    const api = account.caller();
    const cluster = account.createCluster(SMALL_CLUSTER, false);
    const add = await api('POST', `${CLUSTERS}/${cluster.cluster_id}/pools`, {
      name: 'x',
      node_count: 1,
    });
    expect([add.status, add.body.message]).toEqual([
      409,
      'Cannot add a node pool while the cluster is pending; wait until it runs',
    ]);
  });
});

describe('version upgrades', () => {
  it('offers a newer patch and the next minor, and refuses a downgrade or a skipped minor', async () => {
    const account = pipelineAccount();
    const seeded = account.seededCluster();
    const api = account.caller(account.projects.customer1);
    const path = `${CLUSTERS}/${seeded.cluster_id}`;
    expect((await api('GET', `${path}/upgrades`)).body).toEqual({
      success: true,
      current_version: 'v1.34.2+rke2r1',
      upgrade_status: 'idle',
      upgrade_mode: 'manual',
      available: [
        {
          version_id: 3,
          version: 'v1.34+rke2r1',
          rke2_version: 'v1.34.4+rke2r1',
          is_minor: false,
          is_default: true,
        },
        {
          version_id: 4,
          version: 'v1.35+rke2r1',
          rke2_version: 'v1.35.1+rke2r1',
          is_minor: true,
          is_default: false,
        },
      ],
    });
    const down = await api('POST', `${path}/upgrade`, {
      version_id: 2,
      confirm_single_master: true,
    });
    expect([down.status, down.body.message]).toEqual([
      400,
      'Cannot downgrade from v1.34.2+rke2r1 to Kubernetes 1.33',
    ]);
    const unknown = await api('POST', `${path}/upgrade`, { version_id: 7 });
    expect(unknown.status).toBe(400);

    const old = account.createCluster({ ...SMALL_CLUSTER, k8s_version_id: 2 });
    const skip = await account.caller()('POST', `${CLUSTERS}/${old.cluster_id}/upgrade`, {
      version_id: 4,
      confirm_single_master: true,
    });
    expect([skip.status, skip.body.message]).toEqual([
      400,
      'Kubernetes moves one minor at a time: upgrade v1.33.6+rke2r1 to 1.34 first',
    ]);
    const same = await account.caller()('POST', `${CLUSTERS}/${old.cluster_id}/upgrade`, {
      version_id: 2,
    });
    expect(same.body.message).toBe(
      'Cluster already runs v1.33.6+rke2r1, the newest release of 1.33',
    );
  });

  it('rolls an upgrade node by node, control plane first, to upgrading and back to idle', async () => {
    const account = pipelineAccount();
    const seeded = account.seededCluster();
    const id = seeded.cluster_id;
    const api = account.caller(account.projects.customer1);
    const path = `${CLUSTERS}/${id}`;
    const unconfirmed = await api('POST', `${path}/upgrade`, { version_id: 4 });
    expect([unconfirmed.status, unconfirmed.body.message]).toEqual([
      412,
      'Upgrading a single-master cluster needs confirm_single_master: true',
    ]);
    const started = await api('POST', `${path}/upgrade`, {
      version_id: 4,
      confirm_single_master: true,
    });
    expect(started.body).toEqual({ success: true, message: 'Upgrade started' });
    const upgrades = async () => (await api('GET', `${path}/upgrades`)).body;
    expect(await upgrades()).toMatchObject({
      upgrade_status: 'upgrading',
      target_version: 'v1.35.1+rke2r1',
      current_version: 'v1.34.2+rke2r1',
    });
    expect((await api('GET', path)).body.cluster).toMatchObject({
      status: 'running',
      ready: false,
    });
    const twice = await api('POST', `${path}/upgrade`, {
      version_id: 4,
      confirm_single_master: true,
    });
    expect([twice.status, twice.body.message]).toEqual([
      412,
      'An upgrade to v1.35.1+rke2r1 is already under way',
    ]);
    const scale = await api('POST', `${path}/pools/${seeded.node_pools[0].id}/scale`, {
      node_count: 3,
    });
    expect(scale.status).toBe(409);

    const nodes = async () =>
      (await api('GET', `${path}/nodes`)).body.nodes as (Node & { kubelet_version?: string })[];
    expect(statuses(await nodes())).toMatchObject({
      [`${id}-master-1`]: 'cordoned',
      'general-a1': 'running',
    });
    account.clock.advance(K8S.upgradeStep);
    const afterMaster = await nodes();
    expect(afterMaster.find((n) => n.role === 'master')).toMatchObject({
      status: 'running',
      kubelet_version: 'v1.35.1+rke2r1',
    });
    expect(statuses(afterMaster)).toMatchObject({
      'general-a1': 'cordoned',
      'general-a2': 'running',
    });
    account.clock.advance(2 * K8S.upgradeStep);
    expect(await upgrades()).toMatchObject({
      upgrade_status: 'idle',
      current_version: 'v1.35.1+rke2r1',
      available: [],
    });
    expect((await api('GET', path)).body.cluster).toMatchObject({
      k8s_version: 'v1.35.1+rke2r1',
      k8s_version_id: 4,
      ready: true,
    });
    const log = (await api('GET', `${path}/events?limit=1`)).body.events[0];
    expect(log).toMatchObject({ event_type: 'upgrade_completed', progress: 100 });
  });

  it('schedules patch upgrades in the maintenance window, announced 72 hours ahead', async () => {
    const account = pipelineAccount(); // Monday 4 May 2026, 00:00 UTC
    const seeded = account.seededCluster();
    const api = account.caller(account.projects.customer1);
    const path = `${CLUSTERS}/${seeded.cluster_id}`;
    const windowless = await api('PATCH', `${path}/maintenance`, { upgrade_mode: 'auto_patch' });
    expect(windowless.status).toBe(400);
    // Tuesdays from 02:00 UTC: the first window at least 72 hours away is Tuesday 12 May.
    const set = await api('PATCH', `${path}/maintenance`, {
      upgrade_mode: 'auto_patch',
      maintenance_day: 2,
      maintenance_start: 2,
    });
    expect(set.body).toEqual({ success: true, message: 'Maintenance settings updated' });
    expect((await api('GET', `${path}/upgrades`)).body).toMatchObject({
      upgrade_status: 'scheduled',
      target_version: 'v1.34.4+rke2r1',
      upgrade_mode: 'auto_patch',
      maintenance_day: 2,
      maintenance_start: 2,
    });
    account.clock.advance(DAY + 2 * HOUR); // Tuesday 5 May, 02:00: too soon after the notice
    expect((await api('GET', `${path}/upgrades`)).body.upgrade_status).toBe('scheduled');
    account.clock.advance(7 * DAY); // Tuesday 12 May, 02:00
    expect((await api('GET', `${path}/upgrades`)).body).toMatchObject({
      upgrade_status: 'upgrading',
      target_version: 'v1.34.4+rke2r1',
    });
    account.clock.advance(3 * K8S.upgradeStep);
    // auto_patch never moves to the next minor on its own.
    expect((await api('GET', `${path}/upgrades`)).body).toMatchObject({
      upgrade_status: 'idle',
      current_version: 'v1.34.4+rke2r1',
    });
    const manual = await api('PATCH', `${path}/maintenance`, { upgrade_mode: 'manual' });
    expect(manual.status).toBe(200);
    expect((await api('GET', `${path}/upgrades`)).body).toMatchObject({
      upgrade_mode: 'manual',
      maintenance_day: 2,
      maintenance_start: 2,
    });
  });
});

describe('the HA control plane', () => {
  it('grows to three masters, not ready until they run, and refuses a second time with 409', async () => {
    const account = pipelineAccount();
    const api = account.caller();
    const cluster = account.createCluster();
    const path = `${CLUSTERS}/${cluster.cluster_id}`;
    const started = await api('POST', `${path}/ha`);
    expect(started.body).toEqual({ success: true, message: 'HA upgrade started' });
    expect((await api('GET', path)).body.cluster).toMatchObject({
      ha_enabled: true,
      master_count: 3,
      ready: false,
      price_per_hour: 0.0973,
      price_per_month: 69.98,
    });
    account.clock.advance(K8S.haMasters);
    expect((await api('GET', path)).body.cluster).toMatchObject({ ready: true, master_count: 3 });
    const masters = (await api('GET', `${path}/nodes`)).body.nodes.filter(
      (n: Node) => n.role === 'master',
    );
    expect(masters.map((n: Node) => n.status)).toEqual(['running', 'running', 'running']);
    const again = await api('POST', `${path}/ha`);
    expect([again.status, again.body.message]).toEqual([
      409,
      'Cluster already has an HA control plane',
    ]);
    // An HA cluster upgrades without the single-master confirmation.
    const upgrade = await api('POST', `${path}/upgrade`, { version_id: 4 });
    expect(upgrade.status).toBe(200);
  });
});

describe('deleting a cluster', () => {
  it('walks to deleting, then answers 404; a repeated delete is accepted', async () => {
    const emulator = await stillEmulator();
    const api = owner(emulator);
    const cluster = await createCluster(emulator);
    const path = `${CLUSTERS}/${cluster.cluster_id}`;
    expect((await api('DELETE', path)).body).toEqual({
      success: true,
      message: 'Cluster deletion started',
    });
    const deleting = (await api('GET', path)).body.cluster;
    expect(deleting).toMatchObject({ status: 'deleting', ready: false });
    expect(deleting.node_pools[0].status).toBe('deleting');
    expect(deleting.node_pools[0].nodes.map((n: Node) => n.status)).toEqual([
      'deleting',
      'deleting',
    ]);
    expect((await api('DELETE', path)).body.message).toBe('Cluster deletion is already under way');
    const rename = await api('PATCH', path, { name: 'renamed' });
    expect([rename.status, rename.body.message]).toEqual([
      400,
      `Cannot rename it: cluster ${cluster.cluster_id} is deleting`,
    ]);
    emulator.clock.advance(K8S.teardown - 1);
    expect((await api('GET', path)).status).toBe(200);
    emulator.clock.advance(1);
    const gone = await api('GET', path);
    expect([gone.status, gone.body.message]).toEqual([
      404,
      `Cluster ${cluster.cluster_id} not found in project ${emulator.projects.default.id}`,
    ]);
    expect((await api('GET', CLUSTERS)).body.total).toBe(0);
  });

  it('can delete a cluster that is still being built, and blocks deleting its project until it is gone', async () => {
    const emulator = await stillEmulator();
    const created = await call(emulator, 'POST', '/api/v1/projects', {
      key: emulator.ownerKey,
      body: { name: 'k8s-only' },
    });
    const project = created.body.data.id;
    const api = owner(emulator, project);
    const cluster = (await api('POST', CLUSTERS, SMALL_CLUSTER)).body.cluster;
    const remove = () =>
      call(emulator, 'DELETE', `/api/v1/projects/${project}`, { key: emulator.ownerKey });
    const refused = await remove();
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('Kubernetes clusters');
    emulator.clock.advance(K8S.pending);
    await api('DELETE', `${CLUSTERS}/${cluster.cluster_id}`);
    // Nothing of the build happens any more.
    emulator.clock.advance(K8S.teardown);
    expect((await api('GET', `${CLUSTERS}/${cluster.cluster_id}`)).status).toBe(404);
    expect((await remove()).status).toBe(200);
  });
});

describe('an HA cluster from the start', () => {
  it('builds three masters with the control plane and charges the HA fee from the create', () => {
    const account = pipelineAccount();
    const cluster = account.createCluster({ ...SMALL_CLUSTER, ha_enabled: true }, false);
    expect(cluster).toMatchObject({ ha_enabled: true, master_count: 3, price_per_hour: 0.0973 });
    account.clock.advance(K8S.pending);
    const api = account.caller();
    const nodes = api('GET', `${CLUSTERS}/${cluster.cluster_id}/nodes`).body.nodes as Node[];
    expect(nodes.filter((n) => n.role === 'master').map((n) => n.status)).toEqual([
      'provisioning',
      'provisioning',
      'provisioning',
    ]);
    account.clock.advance(K8S.build - K8S.pending);
    expect(api('GET', `${CLUSTERS}/${cluster.cluster_id}`).body.cluster).toMatchObject({
      status: 'running',
      ready: true,
    });
    const again = api('POST', `${CLUSTERS}/${cluster.cluster_id}/ha`);
    expect(again.status).toBe(409);
  });
});
