// What Raff sells as managed databases: the engines and their versions, the plans, and what high
// availability, read replicas and extra storage add. The emulator's own figures, in the shape and
// the rules of Raff's catalog (prices in USD; hourly = monthly / 730).
import type { components } from '../../../../generated/openapi.js';
import type { Engine } from './records.js';

type Schemas = components['schemas'];

/**
 * What the emulator knows of one engine.
 *
 * @internal
 */
export interface EngineFacts {
  readonly displayName: string;
  /** Newest first: a create without `engine_version` gets the first. */
  readonly versions: readonly string[];
  /** Port of the private endpoint (PostgreSQL: the pooled one). */
  readonly privatePort: number;
  /** The database a client lands in; empty where the engine has none (Kafka). */
  readonly databaseName: string;
  /** URI scheme of its connection strings. */
  readonly scheme: string;
  /** Whether it takes read replicas. */
  readonly replicas: boolean;
  readonly storage: { readonly minGb: number; readonly maxGb: number };
}

/**
 * The engines, by name.
 *
 * @internal
 */
export const ENGINES: Readonly<Record<Engine, EngineFacts>> = {
  postgres: {
    displayName: 'PostgreSQL',
    versions: ['17', '16', '15'],
    privatePort: 6432,
    databaseName: 'app',
    scheme: 'postgresql',
    replicas: true,
    storage: { minGb: 10, maxGb: 4000 },
  },
  mysql: {
    displayName: 'MySQL',
    versions: ['8.4', '8.0'],
    privatePort: 3306,
    databaseName: 'app',
    scheme: 'mysql',
    replicas: false,
    storage: { minGb: 10, maxGb: 4000 },
  },
  valkey: {
    displayName: 'Valkey',
    versions: ['8', '7.2'],
    privatePort: 6379,
    databaseName: '0',
    scheme: 'rediss',
    replicas: false,
    storage: { minGb: 1, maxGb: 500 },
  },
  clickhouse: {
    displayName: 'ClickHouse',
    versions: ['25.3', '24.8'],
    privatePort: 9440,
    databaseName: 'default',
    scheme: 'clickhouse',
    replicas: false,
    storage: { minGb: 50, maxGb: 8000 },
  },
  kafka: {
    displayName: 'Apache Kafka',
    versions: ['3.9', '3.8'],
    privatePort: 9093,
    databaseName: '',
    scheme: 'kafka',
    replicas: false,
    storage: { minGb: 50, maxGb: 8000 },
  },
};

/**
 * Every engine name, in catalog order.
 *
 * @internal
 */
export const ENGINE_NAMES = Object.keys(ENGINES) as Engine[];

/** High availability adds this share of the plan price (Raff: 70 %). */
const HA_MULTIPLIER = 0.7;
/** Storage beyond a plan's allotment, per GB and month (Raff's September 2026 price). */
const EXTRA_STORAGE_PER_GB_MONTH = 0.15;
const HOURS_PER_MONTH = 730;

type PlanRow = readonly [
  id: number,
  engine: Engine,
  name: string,
  vcpu: number,
  memoryMib: number,
  storageGib: number,
  perMonth: number,
  maxConnections: number,
];

// Free plans are one per account, with fixed storage and no HA or replicas.
const PLAN_ROWS: readonly PlanRow[] = [
  [1, 'postgres', 'Free', 1, 512, 1, 0, 20],
  [11, 'postgres', '1 vCPU / 2 GB', 1, 2048, 30, 15, 100],
  [12, 'postgres', '2 vCPU / 4 GB', 2, 4096, 60, 30, 200],
  [13, 'postgres', '4 vCPU / 8 GB', 4, 8192, 120, 60, 400],
  [14, 'postgres', '8 vCPU / 16 GB', 8, 16384, 240, 120, 800],
  [2, 'mysql', 'Free', 1, 512, 1, 0, 20],
  [21, 'mysql', '1 vCPU / 2 GB', 1, 2048, 40, 20, 150],
  [22, 'mysql', '2 vCPU / 4 GB', 2, 4096, 80, 40, 300],
  [31, 'valkey', '1 vCPU / 1 GB', 1, 1024, 2, 15, 1000],
  [32, 'valkey', '2 vCPU / 4 GB', 2, 4096, 8, 40, 4000],
  [41, 'clickhouse', '2 vCPU / 4 GB', 2, 4096, 100, 50, 0],
  [42, 'clickhouse', '4 vCPU / 8 GB', 4, 8192, 200, 100, 0],
  [51, 'kafka', '2 vCPU / 4 GB', 2, 4096, 100, 60, 0],
  [52, 'kafka', '4 vCPU / 8 GB', 4, 8192, 200, 120, 0],
];

const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;

/**
 * A plan as the catalog shows it.
 *
 * @internal
 */
export type Plan = Schemas['DatabasePricingPlan'];

function planOfRow([id, engine, name, vcpu, mib, storage, perMonth, connections]: PlanRow): Plan {
  const whole = mib >= 1024 && mib % 1024 === 0;
  return {
    id,
    engine,
    name,
    vcpu,
    memory_gib: whole ? mib / 1024 : 0,
    storage_gib: storage,
    price_per_hour: round6(perMonth / HOURS_PER_MONTH),
    price_per_month: perMonth,
    region: 'us-east',
    is_free_tier: perMonth === 0,
    memory_mib: whole ? 0 : mib,
    max_connections: connections,
  };
}

/**
 * Every plan, in catalog order.
 *
 * @internal
 */
export const PLANS: readonly Plan[] = PLAN_ROWS.map(planOfRow);

/**
 * The plan with this id, if any.
 *
 * @internal
 */
export function findPlan(id: number): Plan | undefined {
  return PLANS.find((plan) => plan.id === id);
}

/**
 * A plan's memory in bytes.
 *
 * @internal
 */
export function memoryBytes(plan: Plan): number {
  return plan.memory_mib ? plan.memory_mib * 2 ** 20 : plan.memory_gib * 2 ** 30;
}

/**
 * The engines as listDatabaseEngines answers them: every one can be created.
 *
 * @internal
 */
export function engineCatalog(): Schemas['DatabaseEngineInfo'][] {
  return ENGINE_NAMES.map((engine) => ({
    engine,
    display_name: ENGINES[engine].displayName,
    available: true,
    versions: [...ENGINES[engine].versions],
  }));
}

/**
 * The plan catalog, for every engine or one (listDatabasePlans, listDatabasePricing).
 *
 * @internal
 */
export function planCatalog(engine: Engine | undefined): Schemas['DatabasePlanCatalog'] {
  const engines = engine === undefined ? ENGINE_NAMES : [engine];
  const cheapest = (e: Engine) =>
    Math.min(
      ...PLANS.filter((p) => p.engine === e && !p.is_free_tier).map((p) => p.price_per_month),
    );
  return {
    success: true,
    plans: PLANS.filter((plan) => engines.includes(plan.engine)),
    ha_pricing: engines.map((e) => ({ engine: e, price_multiplier: HA_MULTIPLIER })),
    replica_pricing: engines
      .filter((e) => ENGINES[e].replicas)
      .map((e) => ({ engine: e, price_multiplier: 1, price_per_month: cheapest(e) })),
    storage_pricing: engines.map((e) => ({
      engine: e,
      price_per_gb_month: EXTRA_STORAGE_PER_GB_MONTH,
      min_gb: ENGINES[e].storage.minGb,
      max_gb: ENGINES[e].storage.maxGb,
    })),
  };
}

/**
 * What a database costs per month and per hour: its plan, times `1 + 0.7` with high
 * availability, plus each replica at the plan's price, plus storage beyond the allotment.
 *
 * @internal
 */
export function databasePrice(
  plan: Plan,
  spec: { readonly haEnabled: boolean; readonly replicaCount: number; readonly storageGb: number },
): { readonly perMonth: number; readonly perHour: number } {
  const extraGb = Math.max(0, spec.storageGb - plan.storage_gib);
  const perMonth =
    plan.price_per_month * (1 + (spec.haEnabled ? HA_MULTIPLIER : 0)) +
    plan.price_per_month * spec.replicaCount +
    extraGb * EXTRA_STORAGE_PER_GB_MONTH;
  return { perMonth: round6(perMonth), perHour: round6(perMonth / HOURS_PER_MONTH) };
}
