// What a Kubernetes cluster hands out and reports in the emulator: kubeconfigs that expire and
// that a rotation revokes, the gateway (firewall, MetalLB, TCP forwards), nodes with live figures,
// metrics, stats, claim volumes, and the catalog (versions, node plans, public prices). These run
// through the emulator's request pipeline without a socket (kubernetes-lifecycle.test.ts goes over
// HTTP), which also lets a test ask whether a token it was handed would still be let in.
import { describe, expect, it } from 'vitest';
import { kubeconfigTokenState, tokenOf } from '../../src/testing/domains/kubernetes/kubeconfig.js';
import { K8S, pipelineAccount, SMALL_CLUSTER } from '../support/kubernetes.js';
import { DAY, MINUTE } from '../support/storage.js';

const CLUSTERS = '/api/v1/k8s/clusters';

describe('kubeconfigs', () => {
  it('issues a different cluster-admin kubeconfig each time, valid 7 days unless expires_in says otherwise', () => {
    const { state, clock, send, projects, seededCluster } = pipelineAccount();
    const id = seededCluster().cluster_id;
    const inCustomer1 = { project: projects.customer1 };
    const first = send('GET', `${CLUSTERS}/${id}/kubeconfig`, inCustomer1);
    expect(first.status).toBe(200);
    expect(first.body.api_endpoint).toBe(`https://${id}.k8s.raffusercloud.com:6443`);
    const kubeconfig: string = first.body.kubeconfig;
    expect(kubeconfig).toContain(`server: https://${id}.k8s.raffusercloud.com:6443`);
    expect(kubeconfig).toContain(`current-context: ${id}`);
    const token = tokenOf(kubeconfig) ?? '';
    expect(token).toMatch(new RegExp(`^k8s-${id}\\.[A-Za-z0-9_-]{43}$`));
    const second = send('GET', `${CLUSTERS}/${id}/kubeconfig?expires_in=600`, inCustomer1);
    const shortLived = tokenOf(second.body.kubeconfig) ?? '';
    expect(second.body.kubeconfig).not.toBe(kubeconfig);
    expect(shortLived).not.toBe(token);

    const now = () => clock.ms();
    expect(kubeconfigTokenState(state, id, token, now())).toBe('valid');
    expect(kubeconfigTokenState(state, id, shortLived, now())).toBe('valid');
    expect(kubeconfigTokenState(state, 'other1', token, now())).toBe('unknown');
    expect(kubeconfigTokenState(state, id, `${token}x`, now())).toBe('unknown');
    clock.advance(10 * MINUTE);
    expect(kubeconfigTokenState(state, id, shortLived, now())).toBe('expired');
    expect(kubeconfigTokenState(state, id, token, now())).toBe('valid');
    clock.advance(7 * DAY - 10 * MINUTE);
    expect(kubeconfigTokenState(state, id, token, now())).toBe('expired');

    for (const bad of ['599', '2592001', 'week']) {
      const refused = send('GET', `${CLUSTERS}/${id}/kubeconfig?expires_in=${bad}`, inCustomer1);
      expect(refused.status).toBe(400);
    }
    const longest = send('GET', `${CLUSTERS}/${id}/kubeconfig?expires_in=2592000`, inCustomer1);
    const month = tokenOf(longest.body.kubeconfig) ?? '';
    clock.advance(30 * DAY - 1);
    expect(kubeconfigTokenState(state, id, month, now())).toBe('valid');
  });

  it('revokes every kubeconfig issued so far on rotate, and issues working ones afterwards', () => {
    const { state, clock, send, projects, seededCluster } = pipelineAccount();
    const id = seededCluster().cluster_id;
    const inCustomer1 = { project: projects.customer1 };
    const issue = () =>
      tokenOf(send('GET', `${CLUSTERS}/${id}/kubeconfig`, inCustomer1).body.kubeconfig) ?? '';
    const before = [issue(), issue()];
    const rotated = send('POST', `${CLUSTERS}/${id}/kubeconfig/rotate`, inCustomer1);
    expect(rotated.body).toEqual({ success: true, message: 'Kubeconfig access rotated' });
    for (const token of before) {
      expect(kubeconfigTokenState(state, id, token, clock.ms())).toBe('revoked');
    }
    const after = issue();
    expect(before).not.toContain(after);
    expect(kubeconfigTokenState(state, id, after, clock.ms())).toBe('valid');
    const events = send('GET', `${CLUSTERS}/${id}/events?limit=1`, inCustomer1).body.events;
    expect(events[0]).toMatchObject({
      event_type: 'kubeconfig_rotated',
      message: 'Kubeconfig access rotated; 2 issued kubeconfigs revoked',
    });
    // A deleted cluster's tokens are gone with it.
    send('DELETE', `${CLUSTERS}/${id}`, inCustomer1);
    clock.advance(K8S.teardown);
    expect(send('GET', `${CLUSTERS}/${id}`, inCustomer1).status).toBe(404);
    expect(kubeconfigTokenState(state, id, after, clock.ms())).toBe('unknown');
  });

  it('issues none before the control plane runs', () => {
    const { clock, send, createCluster } = pipelineAccount();
    const cluster = createCluster(SMALL_CLUSTER, false);
    const early = send('GET', `${CLUSTERS}/${cluster.cluster_id}/kubeconfig`);
    expect([early.status, early.body.message]).toEqual([
      400,
      `Cluster ${cluster.cluster_id} is pending; a kubeconfig can be issued once it runs`,
    ]);
    clock.advance(K8S.build);
    expect(send('GET', `${CLUSTERS}/${cluster.cluster_id}/kubeconfig`).status).toBe(200);
  });
});

describe('the gateway', () => {
  it('assigns a security group of the project and resets to the platform baseline', () => {
    const { send, createCluster } = pipelineAccount();
    const groups = send('GET', '/api/v1/security-groups').body.data;
    const web = groups.find((g: { name: string }) => g.name === 'web');
    const cluster = createCluster();
    const path = `${CLUSTERS}/${cluster.cluster_id}/firewall`;
    expect(send('GET', path).body).toEqual({
      success: true,
      enabled: true,
      default_name: 'platform-baseline',
      available: [{ id: web.id, name: 'web', inbound_rules: 3, outbound_rules: 0 }],
    });
    const assigned = send('POST', path, { body: { security_group_id: web.id } });
    expect(assigned.body).toEqual({ success: true, message: 'Security group assigned' });
    expect(send('GET', path).body).toMatchObject({ assigned_sg_id: web.id, assigned_name: 'web' });
    const stranger = send('POST', path, {
      body: { security_group_id: '41d9e6b2-7c05-4a38-9f1e-0b6a2d8c5e73' },
    });
    expect(stranger.status).toBe(404);
    expect(send('DELETE', path).body).toEqual({
      success: true,
      message: 'Firewall reset to baseline',
    });
    expect(send('GET', path).body.assigned_sg_id).toBeUndefined();
  });

  it('sizes the MetalLB pool within its maximum, and only where MetalLB is on', () => {
    const { send, projects, seededCluster, createCluster } = pipelineAccount();
    const inCustomer1 = { project: projects.customer1 };
    const path = `${CLUSTERS}/${seededCluster().cluster_id}/metallb-pool`;
    const pool = send('GET', path, inCustomer1).body.pool;
    expect(pool).toMatchObject({ enabled: true, found: true, size: 16, max_size: 32 });
    const [first, last] = pool.addresses.split('-');
    expect(first).toMatch(/^10\.\d+\.0\.200$/);
    expect(last).toBe(first.replace(/\.200$/, '.215'));
    const resized = send('PUT', path, { ...inCustomer1, body: { size: 8 } });
    expect(resized.body.pool).toMatchObject({
      size: 8,
      addresses: `${first}-${first.replace(/\.200$/, '.207')}`,
    });
    expect(send('PUT', path, { ...inCustomer1, body: { size: 33 } }).status).toBe(400);
    expect(send('PUT', path, { ...inCustomer1, body: { size: 0 } }).status).toBe(400);

    const plain = createCluster();
    const off = send('GET', `${CLUSTERS}/${plain.cluster_id}/metallb-pool`);
    expect(off.body.pool).toEqual({ enabled: false, found: false });
    const refused = send('PUT', `${CLUSTERS}/${plain.cluster_id}/metallb-pool`, {
      body: { size: 4 },
    });
    expect([refused.status, refused.body.message]).toEqual([
      400,
      `MetalLB is not enabled on cluster ${plain.cluster_id}`,
    ]);
  });

  it('lists and closes TCP forwards', () => {
    const { send, projects, seededCluster } = pipelineAccount();
    const inCustomer1 = { project: projects.customer1 };
    const id = seededCluster().cluster_id;
    const path = `${CLUSTERS}/${id}/tcp-ports`;
    expect(send('GET', path, inCustomer1).body.forwards).toEqual([
      {
        index: 0,
        public_port: 15432,
        protocol: 'tcp',
        backend_ip: expect.stringMatching(/^10\.\d+\.0\.200$/),
        backend_port: 5432,
        endpoint: '192.0.2.240:15432',
      },
    ]);
    expect(send('DELETE', `${path}/15432`, inCustomer1).body).toEqual({
      success: true,
      message: 'TCP forward removed',
    });
    expect(send('GET', path, inCustomer1).body.forwards).toEqual([]);
    const again = send('DELETE', `${path}/15432`, inCustomer1);
    expect([again.status, again.body.message]).toEqual([
      404,
      `No TCP forward on port 15432 of cluster ${id}`,
    ]);
  });
});

describe('what a cluster reports', () => {
  it('lists every node with live figures once the cluster runs, and plausible metrics', () => {
    const { clock, send, createCluster } = pipelineAccount();
    const cluster = createCluster(SMALL_CLUSTER, false);
    const path = `${CLUSTERS}/${cluster.cluster_id}`;
    const unreachable = send('GET', `${path}/metrics`);
    expect([unreachable.status, unreachable.body]).toEqual([
      503,
      { error: 'Service Unavailable', message: 'Cluster is unreachable' },
    ]);
    clock.advance(K8S.build);
    const { nodes } = send('GET', `${path}/nodes`).body;
    expect(nodes.map((n: { role: string }) => n.role)).toEqual([
      'vnf',
      'master',
      'worker',
      'worker',
    ]);
    expect(nodes[0]).toMatchObject({ has_live_data: false, name: `${cluster.cluster_id}-gw` });
    for (const node of nodes.slice(1)) {
      expect(node).toMatchObject({
        has_live_data: true,
        ready: true,
        kubelet_version: 'v1.34.4+rke2r1',
        cpu_capacity_millicores: 2000,
        mem_capacity_bytes: 4 * 1024 ** 3,
      });
      expect(node.cpu_used_millicores).toBeGreaterThan(0);
      expect(node.cpu_used_millicores).toBeLessThan(node.cpu_capacity_millicores);
      expect(node.mem_used_bytes).toBeLessThan(node.mem_capacity_bytes);
    }
    const metrics = send('GET', `${path}/metrics`).body;
    expect(metrics).toMatchObject({
      success: true,
      cpu_capacity_millicores: 6000,
      nodes_ready: 3,
      nodes_total: 3,
      pod_capacity: 330,
      control_plane: { apiserver_5xx_24h: 0, nodes_not_ready: 0 },
    });
    expect(metrics.cpu_used_millicores).toBe(
      nodes
        .slice(1)
        .reduce(
          (sum: number, n: { cpu_used_millicores: number }) => sum + n.cpu_used_millicores,
          0,
        ),
    );
    expect(metrics.nodes.map((n: { roles: string }) => n.roles)).toEqual([
      'control-plane,etcd,master',
      'worker',
      'worker',
    ]);
  });

  it('reports stats per cluster of the project, has_data false until one runs', () => {
    const { send, createCluster } = pipelineAccount();
    const built = createCluster({ ...SMALL_CLUSTER, name: 'built' });
    const fresh = createCluster({ ...SMALL_CLUSTER, name: 'fresh' }, false);
    const all = send('GET', `${CLUSTERS}/stats`).body.stats;
    expect(all).toEqual([
      expect.objectContaining({
        cluster_id: built.cluster_id,
        has_data: true,
        nodes_ready: 3,
        nodes_total: 3,
      }),
      { cluster_id: fresh.cluster_id, has_data: false },
    ]);
    expect(all[0].pod_count).toBeGreaterThan(0);
    const picked = send('GET', `${CLUSTERS}/stats?ids=${fresh.cluster_id},nope`).body.stats;
    expect(picked).toEqual([{ cluster_id: fresh.cluster_id, has_data: false }]);
    expect(send('GET', `${CLUSTERS}/stats`, { project: null }).status).toBe(400);
  });

  it('lists the volumes behind the claims of the seeded cluster, priced per GB', () => {
    const { send, projects, seededCluster, createCluster } = pipelineAccount();
    const id = seededCluster().cluster_id;
    const { volumes } = send('GET', `${CLUSTERS}/${id}/volumes`, {
      project: projects.customer1,
    }).body;
    expect(volumes).toEqual([
      expect.objectContaining({
        name: `${id}-shop-orders-db-0`,
        size_gb: 20,
        status: 'attached',
        price_per_hour: 0.00274,
      }),
      expect.objectContaining({
        name: `${id}-shop-uploads`,
        size_gb: 50,
        status: 'available',
        price_per_hour: 0.00685,
      }),
    ]);
    expect(volumes[0].pv_name).toMatch(/^pvc-[0-9a-f-]{36}$/);
    const fresh = createCluster();
    expect(send('GET', `${CLUSTERS}/${fresh.cluster_id}/volumes`).body.volumes).toEqual([]);
  });
});

describe('the catalog', () => {
  it('lists versions and node plans with a key, and the same prices without one', () => {
    const { send } = pipelineAccount();
    const versions = send('GET', '/api/v1/k8s/versions', { project: null });
    expect(
      versions.body.versions.map((v: { id: number; is_default: boolean }) => [v.id, v.is_default]),
    ).toEqual([
      [4, false],
      [3, true],
      [2, false],
    ]);
    const plans = send('GET', '/api/v1/k8s/node-plans', { project: null });
    const prices = send('GET', '/api/v1/public/pricing/kubernetes', { project: null, key: null });
    expect(prices.status).toBe(200);
    expect(prices.body).toEqual(plans.body);
    expect(plans.body.ha_pricing).toEqual({ price_per_hour: 0.0417, price_per_month: 30 });
    expect(plans.body.plans.find((p: { id: number }) => p.id === 21)).toMatchObject({
      vcpu: 2,
      memory_gib: 4,
      ssd_gib: 25,
      node_class: 'shared',
      price_per_month: 19.99,
    });
    expect(send('GET', '/api/v1/k8s/versions', { project: null, key: null }).status).toBe(401);
  });
});
