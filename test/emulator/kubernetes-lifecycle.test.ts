// Kubernetes clusters in the emulator, through its HTTP API with a clock that moves only when
// advanced: the build, node pools converging, upgrades, the HA control plane and teardown.
import { describe, expect, it } from 'vitest';
import { createKey, systemRoleId } from '../support/emulator.js';
import { createCluster, K8S, owner, SMALL_CLUSTER, seededCluster } from '../support/kubernetes.js';
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
