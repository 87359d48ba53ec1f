import { randomUUID } from 'node:crypto';
import type { EmulatorState } from '../../server/account.js';
import type { SeededProjects } from '../projects/seed.js';
import { nodePlan, versionLine } from './catalog.js';
import { METALLB_POOL } from './create.js';
import { newCaData } from './kubeconfig.js';
import { logEvent } from './lifecycle.js';
import { claimVolumes, clusters, kubernetesAccount, nodes, pools } from './records.js';

const DAY = 86_400_000;
const MINUTE = 60_000;

/**
 * Seeds the Kubernetes domain, all settled: cluster `shop-prod` in customer1, running
 * `v1.34.2+rke2r1` (a patch behind, so listK8sClusterUpgrades offers a patch and the next minor),
 * single master, pool `general` of two K8s Small workers, Traefik and MetalLB on, a TCP forward on
 * port 15432 and two claim volumes.
 *
 * @internal
 */
export function seedKubernetes(state: EmulatorState, projects: SeededProjects, now: number): void {
  const built = now - 12 * DAY;
  const ready = built + 10 * MINUTE;
  const line = versionLine(3);
  const plan = nodePlan(21);
  if (line === undefined || plan === undefined) throw new Error('seed: catalog changed');
  const subnet = `10.${100 + kubernetesAccount(state).nextSubnet++}.0`;
  const cluster = clusters.in(state).create(built, (stamp) => ({
    ...stamp,
    updatedAt: ready,
    uuid: randomUUID(),
    projectId: projects.customer1ProjectId,
    name: 'shop-prod',
    status: 'running',
    statusMessage: undefined,
    versionId: line.id,
    release: 'v1.34.2+rke2r1',
    haEnabled: false,
    firewallEnabled: true,
    firewallGroupId: null,
    traefikEnabled: true,
    metallbEnabled: true,
    metallbSize: METALLB_POOL.size,
    subnet,
    vpcId: randomUUID(),
    publicIp: '192.0.2.240',
    clusterCidr: '10.42.0.0/16',
    serviceCidr: '10.43.0.0/16',
    forwards: [{ publicPort: 15432, backendIp: `${subnet}.200`, backendPort: 5432 }],
    upgradeMode: 'manual',
    maintenanceDay: null,
    maintenanceStart: null,
    modeSetAt: built,
    upgradingTo: null,
    haGrowing: false,
    nextHost: 23,
    caData: newCaData(),
  }));
  const pool = pools.in(state).create(built, (stamp) => ({
    ...stamp,
    updatedAt: ready,
    clusterId: cluster.id,
    name: 'general',
    nodeCount: 2,
    planId: plan.id,
    minNodes: 2,
    maxNodes: 2,
    autoscale: false,
    labels: '{"tier":"general"}',
    taints: '[]',
    status: 'running',
    statusMessage: undefined,
    nextNode: 3,
  }));
  const node = (spec: {
    name: string;
    role: 'vnf' | 'master' | 'worker';
    host: number;
    poolId?: string;
  }) =>
    nodes.in(state).create(built + MINUTE, (stamp) => ({
      ...stamp,
      updatedAt: ready,
      clusterId: cluster.id,
      poolId: spec.poolId ?? null,
      name: spec.name,
      role: spec.role,
      status: 'running',
      ip: `${subnet}.${spec.host}`,
      vcpu: spec.role === 'worker' ? plan.vcpu : spec.role === 'vnf' ? 1 : 2,
      memoryGib: spec.role === 'worker' ? plan.memoryGib : spec.role === 'vnf' ? 1 : 4,
      hourly: spec.role === 'worker' ? plan.hourly : 0,
      release: cluster.release,
    }));
  node({ name: `${cluster.id}-gw`, role: 'vnf', host: 254 });
  node({ name: `${cluster.id}-master-1`, role: 'master', host: 10 });
  node({ name: 'general-a1', role: 'worker', host: 21, poolId: pool.id });
  node({ name: 'general-a2', role: 'worker', host: 22, poolId: pool.id });

  logEvent(state, cluster, built, 'provisioning', 'Cluster creation accepted', 5);
  logEvent(
    state,
    cluster,
    built + 4 * MINUTE,
    'provisioning',
    'Control plane is up; workers are joining',
    50,
  );
  logEvent(state, cluster, ready, 'provisioning', 'Cluster is ready', 100);

  const volume = (name: string, sizeGb: number, at: number, nodeIp: string | undefined) =>
    claimVolumes.in(state).create(at, (stamp) => ({
      id: stamp.id,
      createdAt: stamp.createdAt,
      clusterId: cluster.id,
      name: `${cluster.id}-${name}`,
      pvName: `pvc-${randomUUID()}`,
      sizeGb,
      nodeIp,
    }));
  volume('shop-orders-db-0', 20, built + DAY, `${subnet}.21`);
  volume('shop-uploads', 50, built + 2 * DAY, undefined);
}
