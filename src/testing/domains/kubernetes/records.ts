// Records of the Kubernetes domain: clusters (by their short id, the `cluster_id` of every path),
// their worker pools and nodes, events and the volumes behind their persistent volume claims,
// the kubeconfigs issued for them (as hashes) and the Idempotency-Keys of cluster creates.
// Timestamps are epoch milliseconds of the emulated clock.
import { randomInt } from 'node:crypto';
import { defineCollection, uuids } from '../../server/collection.js';
import { defineStore } from '../../server/store.js';

/**
 * A cluster's status, as K8sCluster.status (`deleted` is never stored: the record goes).
 *
 * @internal
 */
export type ClusterStatus =
  | 'pending'
  | 'deploying'
  | 'running'
  | 'warning'
  | 'failed'
  | 'deleting'
  | 'delete_failed';

/**
 * A layer-4 forward on the cluster's public gateway.
 *
 * @internal
 */
export interface TcpForward {
  readonly publicPort: number;
  readonly backendIp: string;
  readonly backendPort: number;
}

/**
 * A managed Kubernetes cluster.
 *
 * @internal
 */
export interface ClusterRecord {
  /** The short id (`cluster_id`): the first label of its hostnames. */
  readonly id: string;
  /** The internal UUID (`id` in answers, `cluster_id` of its pools and nodes). */
  readonly uuid: string;
  readonly projectId: string;
  name: string;
  status: ClusterStatus;
  statusMessage: string | undefined;
  /** The version line (`k8s_version_id`) and the exact release it runs. */
  versionId: number;
  release: string;
  haEnabled: boolean;
  firewallEnabled: boolean;
  /** A security group of the project in front of the gateway, instead of the baseline. */
  firewallGroupId: string | null;
  readonly traefikEnabled: boolean;
  readonly metallbEnabled: boolean;
  metallbSize: number;
  /** The third octet's network: nodes live in `<subnet>.0/24`, e.g. `10.104.0`. */
  readonly subnet: string;
  readonly vpcId: string;
  /** The gateway's public address (TCP forwards' endpoints). */
  readonly publicIp: string;
  readonly clusterCidr: string;
  readonly serviceCidr: string;
  forwards: TcpForward[];
  upgradeMode: 'manual' | 'auto_patch' | 'auto_minor';
  maintenanceDay: number | null;
  maintenanceStart: number | null;
  /** When the upgrade mode was last set: auto upgrades are announced 72 hours ahead. */
  modeSetAt: number;
  /** The release a rolling upgrade is moving to, while one runs. */
  upgradingTo: { readonly versionId: number; readonly release: string } | null;
  /** Whether the control plane is still growing to three masters. */
  haGrowing: boolean;
  /** The next worker address (last octet). */
  nextHost: number;
  /** The certificate authority its kubeconfigs carry (base64 of a PEM block). */
  readonly caData: string;
  readonly createdAt: number;
  updatedAt: number;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ALPHANUMERIC = `${LETTERS}0123456789`;

/** A new short id: a letter and five letters or digits (`h4x9pm`), one in 1.6 billion. */
function shortId(): string {
  let id = LETTERS.charAt(randomInt(LETTERS.length));
  for (let i = 0; i < 5; i++) id += ALPHANUMERIC.charAt(randomInt(ALPHANUMERIC.length));
  return id;
}

/**
 * The clusters of an account, by short id.
 *
 * @internal
 */
export const clusters = defineCollection<ClusterRecord>({
  noun: 'Cluster',
  ids: () => shortId,
  holding: 'Kubernetes clusters',
});

/**
 * A pool's status, as K8sNodePool.status.
 *
 * @internal
 */
export type PoolStatus = 'pending' | 'provisioning' | 'running' | 'scaling' | 'failed' | 'deleting';

/**
 * A worker pool of a cluster.
 *
 * @internal
 */
export interface PoolRecord {
  readonly id: string;
  /** The cluster's short id. */
  readonly clusterId: string;
  readonly name: string;
  /** The node count the pool is meant to have. */
  nodeCount: number;
  readonly planId: number;
  minNodes: number;
  maxNodes: number;
  autoscale: boolean;
  labels: string;
  taints: string;
  status: PoolStatus;
  statusMessage: string | undefined;
  /** Names the next node (`general-a3`). */
  nextNode: number;
  readonly createdAt: number;
  updatedAt: number;
}

/**
 * The worker pools of an account.
 *
 * @internal
 */
export const pools = defineCollection<PoolRecord>({ noun: 'Node pool', ids: uuids });

/**
 * A node's status, as K8sNode.status.
 *
 * @internal
 */
export type NodeStatus =
  | 'pending'
  | 'provisioning'
  | 'running'
  | 'not_ready'
  | 'cordoned'
  | 'failed'
  | 'deleting';

/**
 * A machine of a cluster: its gateway (`vnf`), a control-plane node or a worker.
 *
 * @internal
 */
export interface NodeRecord {
  readonly id: string;
  readonly clusterId: string;
  /** Workers only. */
  readonly poolId: string | null;
  readonly name: string;
  readonly role: 'vnf' | 'master' | 'worker';
  status: NodeStatus;
  readonly ip: string;
  readonly vcpu: number;
  readonly memoryGib: number;
  readonly hourly: number;
  /** The release its kubelet runs. */
  release: string;
  readonly createdAt: number;
  updatedAt: number;
}

/**
 * The nodes of an account.
 *
 * @internal
 */
export const nodes = defineCollection<NodeRecord>({ noun: 'Node', ids: uuids });

/**
 * One line of a cluster's lifecycle log.
 *
 * @internal
 */
export interface EventRecord {
  readonly id: string;
  readonly clusterId: string;
  readonly type: string;
  readonly message: string;
  readonly progress: number | undefined;
  readonly createdAt: number;
}

/**
 * The cluster events of an account, oldest first.
 *
 * @internal
 */
export const events = defineCollection<EventRecord>({ noun: 'Event', ids: uuids });

/**
 * A volume made for a persistent volume claim on the `raff-block` storage class.
 *
 * @internal
 */
export interface ClaimVolumeRecord {
  readonly id: number;
  readonly clusterId: string;
  readonly name: string;
  readonly pvName: string;
  readonly sizeGb: number;
  readonly nodeIp: string | undefined;
  readonly createdAt: number;
}

/**
 * The claim volumes of an account; ids count up from 4127 (they share nothing with volumes/).
 *
 * @internal
 */
export const claimVolumes = defineCollection<ClaimVolumeRecord>({
  noun: 'Volume',
  ids: () => {
    let next = 4127;
    return () => next++;
  },
});

/**
 * A kubeconfig issued by getK8sKubeconfig, known only by the SHA-256 of its token.
 *
 * @internal
 */
export interface IssuedKubeconfig {
  readonly clusterId: string;
  readonly issuedAt: number;
  readonly expiresAt: number;
  /** Set by rotateK8sKubeconfigAccess. */
  revokedAt: number | null;
}

/**
 * Issued kubeconfigs by the hex SHA-256 of their token.
 *
 * @internal
 */
export const kubeconfigs = defineStore(() => new Map<string, IssuedKubeconfig>());

/**
 * A cluster create remembered under its `Idempotency-Key`.
 *
 * @internal
 */
export interface IdempotentCreate {
  /** The project and the body, canonical JSON: what a repeat must match. */
  readonly fingerprint: string;
  readonly clusterId: string;
  readonly at: number;
}

/**
 * Cluster creates by Idempotency-Key, and the counter behind the clusters' private networks.
 *
 * @internal
 */
export const kubernetesAccount = defineStore(() => ({
  creates: new Map<string, IdempotentCreate>(),
  nextSubnet: 0,
}));
