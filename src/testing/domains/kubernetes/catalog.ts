// What the managed Kubernetes service offers: the versions a cluster can run, the worker node
// plans and the HA and storage prices. The figures follow Raff's September 2026 price list closely
// enough for tests; they are not a quote.
import type { components } from '../../../../generated/openapi.js';

type Schemas = components['schemas'];

/**
 * One Kubernetes minor line the platform offers, with its newest patch release.
 *
 * @internal
 */
export interface VersionLine {
  /** The `k8s_version_id` / `version_id`. */
  readonly id: number;
  /** The minor, e.g. 34 for 1.34. */
  readonly minor: number;
  /** The line's name, e.g. `v1.34+rke2r1`. */
  readonly version: string;
  /** The newest patch release of the line, e.g. `v1.34.4+rke2r1`: what a new cluster gets. */
  readonly patch: string;
  readonly isDefault: boolean;
}

/**
 * The lines on offer, newest first; new clusters without `k8s_version_id` get the default.
 *
 * @internal
 */
export const VERSION_LINES: readonly VersionLine[] = [
  { id: 4, minor: 35, version: 'v1.35+rke2r1', patch: 'v1.35.1+rke2r1', isDefault: false },
  { id: 3, minor: 34, version: 'v1.34+rke2r1', patch: 'v1.34.4+rke2r1', isDefault: true },
  { id: 2, minor: 33, version: 'v1.33+rke2r1', patch: 'v1.33.6+rke2r1', isDefault: false },
];

/**
 * The line with this id, if offered.
 *
 * @internal
 */
export function versionLine(id: number): VersionLine | undefined {
  return VERSION_LINES.find((line) => line.id === id);
}

/**
 * The default line.
 *
 * @internal
 */
export function defaultLine(): VersionLine {
  const line = VERSION_LINES.find((candidate) => candidate.isDefault) ?? VERSION_LINES[0];
  if (line === undefined) throw new Error('no Kubernetes version on offer');
  return line;
}

/**
 * The patch number of a release string (`v1.34.2+rke2r1` → 2).
 *
 * @internal
 */
export function patchOf(release: string): number {
  return Number(/^v\d+\.\d+\.(\d+)/.exec(release)?.[1] ?? 0);
}

/**
 * A version as listK8sVersions shows it.
 *
 * @internal
 */
export function versionView(line: VersionLine): Schemas['K8sVersion'] {
  return {
    id: line.id,
    version: line.version,
    display_name: `Kubernetes 1.${line.minor}`,
    is_default: line.isDefault,
  };
}

/**
 * A worker node plan: vCPUs, GiB of memory, class, USD per hour and per month.
 *
 * @internal
 */
export interface NodePlan {
  readonly id: number;
  readonly name: string;
  readonly vcpu: number;
  readonly memoryGib: number;
  readonly nodeClass: 'shared' | 'cpu_optimized';
  readonly hourly: number;
  readonly monthly: number;
}

/**
 * The worker node plans, by id.
 *
 * @internal
 */
export const NODE_PLANS: readonly NodePlan[] = [
  {
    id: 21,
    name: 'K8s Small',
    vcpu: 2,
    memoryGib: 4,
    nodeClass: 'shared',
    hourly: 0.0278,
    monthly: 19.99,
  },
  {
    id: 22,
    name: 'K8s Medium',
    vcpu: 4,
    memoryGib: 8,
    nodeClass: 'shared',
    hourly: 0.0556,
    monthly: 39.99,
  },
  {
    id: 23,
    name: 'K8s Large',
    vcpu: 8,
    memoryGib: 16,
    nodeClass: 'shared',
    hourly: 0.1111,
    monthly: 79.99,
  },
  {
    id: 34,
    name: 'K8s Compute 4',
    vcpu: 4,
    memoryGib: 8,
    nodeClass: 'cpu_optimized',
    hourly: 0.0903,
    monthly: 64.99,
  },
  {
    id: 35,
    name: 'K8s Compute 8',
    vcpu: 8,
    memoryGib: 16,
    nodeClass: 'cpu_optimized',
    hourly: 0.1806,
    monthly: 129.99,
  },
];

/** Every node's root disk, GiB. */
export const NODE_DISK_GIB = 25;

/**
 * The HA control plane's flat fee (the standard control plane costs nothing).
 *
 * @internal
 */
export const HA_PRICE = { hourly: 0.0417, monthly: 30 } as const;

/**
 * What a persistent volume on the `raff-block` storage class costs, and the sizes a claim may ask.
 *
 * @internal
 */
export const PVC_PRICE = {
  perGbMonth: 0.1,
  perGbHour: 0.000137,
  minGb: 10,
  maxGb: 10_240,
} as const;

/**
 * The plan with this id, if any.
 *
 * @internal
 */
export function nodePlan(id: number): NodePlan | undefined {
  return NODE_PLANS.find((plan) => plan.id === id);
}

/**
 * The answer of listK8sNodePlans and of the public listKubernetesPricing.
 *
 * @internal
 */
export function nodePlansBody(): Schemas['K8sNodePlansResponse'] {
  return {
    success: true,
    plans: NODE_PLANS.map((plan) => ({
      id: plan.id,
      name: plan.name,
      vcpu: plan.vcpu,
      memory_gib: plan.memoryGib,
      ssd_gib: NODE_DISK_GIB,
      node_class: plan.nodeClass,
      transfer_gib: 0,
      price_per_hour: plan.hourly,
      price_per_month: plan.monthly,
      total_price: plan.monthly,
      yearly_price: 0,
      twenty_four_month_price: 0,
      region: 'us-east',
    })),
    ha_pricing: { price_per_hour: HA_PRICE.hourly, price_per_month: HA_PRICE.monthly },
    storage_pricing: {
      per_gb_month: PVC_PRICE.perGbMonth,
      per_gb_hour: PVC_PRICE.perGbHour,
      min_gb: PVC_PRICE.minGb,
      max_gb: PVC_PRICE.maxGb,
      default_gb: PVC_PRICE.minGb,
    },
  };
}
