// Usage figures of a database, made up but deterministic: the same database at the same emulated
// minute always shows the same sample, and the figures follow the plan (capacities), the data
// (storage), the setup (replication lag only with a standby or replicas) and the console's real
// statements (client traffic).
import type { components } from '../../../../generated/openapi.js';
import type { EmulatorState } from '../../server/account.js';
import { iso } from '../../server/iso-time.js';
import { findPlan, memoryBytes } from './catalog.js';
import { contentsOf, currentData } from './contents.js';
import type { DatabaseRecord } from './records.js';
import { usersOf } from './views.js';

type Schemas = components['schemas'];
type Figures = Omit<Schemas['DatabaseMetricsPoint'], 'recorded_at'>;

const MINUTE = 60_000;
const DAY = 86_400_000;
const GIB = 2 ** 30;
const MIB = 2 ** 20;

/** A number in [0, 1) from a seed and a step (FNV-1a): the same inputs, the same number. */
function noise(seed: string, step: number): number {
  let hash = 0x811c9dc5;
  for (const char of `${seed}:${step}`) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash / 2 ** 32;
}

/** The last minute the engine was up at or before `now`; `null` if it never ran. */
function lastUpMinute(db: DatabaseRecord, now: number): number | null {
  if (db.firstRunningAt === null) return null;
  const until = db.status === 'suspended' && db.suspendedAt !== null ? db.suspendedAt : now;
  return Math.floor(until / MINUTE) * MINUTE;
}

function figuresAt(state: EmulatorState, db: DatabaseRecord, at: number): Figures {
  const plan = findPlan(db.planId);
  const step = Math.floor(at / MINUTE);
  const n = (salt: string) => noise(`${db.id}:${salt}`, step);
  const cpu = (plan?.vcpu ?? 1) * 1000;
  const memory = plan === undefined ? GIB : memoryBytes(plan);
  const storage = db.storageGb * GIB;
  const dataBytes = JSON.stringify(currentData(contentsOf(state, db.id))).length * 64;
  const age = Math.max(0, at - (db.firstRunningAt ?? at)) / DAY;
  const maxConnections = plan?.max_connections || 100;
  const asleep = db.status === 'suspended';
  const replicated = db.haEnabled || db.replicaCount > 0;
  return {
    cpu_used_millicores: Math.round(cpu * (asleep ? 0.01 : 0.04 + 0.18 * n('cpu'))),
    cpu_capacity_millicores: cpu,
    mem_used_bytes: Math.round(memory * (0.3 + 0.25 * n('mem'))),
    mem_capacity_bytes: memory,
    storage_used_bytes: Math.min(
      Math.round(storage * 0.9),
      48 * MIB + dataBytes + Math.round(age * 4 * MIB),
    ),
    storage_capacity_bytes: storage,
    connections_active: asleep ? 0 : 2 + Math.floor(n('conn') * Math.min(10, maxConnections / 10)),
    connections_max: maxConnections,
    replication_lag_bytes: replicated ? Math.round(n('lag') * 64 * 1024) : 0,
    archive_lag_bytes: db.engine === 'postgres' ? Math.round(n('wal') * 16 * MIB) : 0,
  };
}

/**
 * The latest sample (a sample a minute; all zeros before the engine first ran).
 *
 * @internal
 */
export function latestMetrics(
  state: EmulatorState,
  db: DatabaseRecord,
  now: number,
): Schemas['DatabaseMetricsResponse'] {
  const at = lastUpMinute(db, now);
  if (at === null) {
    return {
      success: true,
      cpu_used_millicores: 0,
      cpu_capacity_millicores: 0,
      mem_used_bytes: 0,
      mem_capacity_bytes: 0,
      storage_used_bytes: 0,
      storage_capacity_bytes: 0,
      connections_active: 0,
      connections_max: 0,
      replication_lag_bytes: 0,
      archive_lag_bytes: 0,
      metrics_updated_at: '',
    };
  }
  return { success: true, ...figuresAt(state, db, at), metrics_updated_at: iso(at) };
}

/**
 * The bucket length for a window: about 288 points at most, whole minutes, at least one minute.
 *
 * @internal
 */
export function bucketSeconds(windowHours: number): number {
  return Math.max(60, Math.ceil((windowHours * 3600) / 288 / 60) * 60);
}

/** The starts of the buckets of the last `windowHours` in which the engine was up. */
function bucketStarts(db: DatabaseRecord, windowHours: number, now: number): number[] {
  const bucket = bucketSeconds(windowHours) * 1000;
  const last = lastUpMinute(db, now);
  if (last === null || db.firstRunningAt === null) return [];
  const first = Math.max(now - windowHours * 3_600_000, db.firstRunningAt);
  const starts: number[] = [];
  for (let at = Math.floor(first / bucket) * bucket; at <= last; at += bucket) starts.push(at);
  return starts;
}

/**
 * Usage over the last `windowHours`, oldest point first.
 *
 * @internal
 */
export function metricsHistory(
  state: EmulatorState,
  db: DatabaseRecord,
  windowHours: number,
  now: number,
): Schemas['DatabaseMetricsHistory'] {
  const points = bucketStarts(db, windowHours, now).map((at) => ({
    recorded_at: iso(at),
    ...figuresAt(state, db, at),
  }));
  return { success: true, points, bucket_seconds: bucketSeconds(windowHours) };
}

/** What an engine does not count per user: -1 in the traffic figures. */
const UNCOUNTED: Readonly<
  Record<DatabaseRecord['engine'], { errors: boolean; warnings: boolean }>
> = {
  postgres: { errors: true, warnings: false },
  mysql: { errors: true, warnings: true },
  valkey: { errors: false, warnings: false },
  clickhouse: { errors: true, warnings: false },
  kafka: { errors: false, warnings: false },
};

/**
 * Operations and errors per database user over the last `windowHours`, counted from the
 * statements the console ran (the console runs as the admin user).
 *
 * @internal
 */
export function clientTraffic(
  state: EmulatorState,
  db: DatabaseRecord,
  windowHours: number,
  now: number,
): Schemas['DatabaseClientTrafficList'] {
  const bucket = bucketSeconds(windowHours) * 1000;
  const starts = bucketStarts(db, windowHours, now);
  const counted = UNCOUNTED[db.engine];
  const runs = contentsOf(state, db.id).statements;
  const clients = usersOf(state, db)
    .filter((user) => user.kind !== 'system')
    .map((user) => {
      const mine = runs.filter((run) => run.user === user.name);
      const points = starts.map((at) => {
        const inBucket = mine.filter((run) => run.at >= at && run.at < at + bucket);
        const failed = inBucket.filter((run) => !run.ok).length;
        return {
          recorded_at: iso(at),
          ops: inBucket.length,
          errors: counted.errors ? failed : -1,
          warnings: counted.warnings ? 0 : -1,
        };
      });
      const total = (field: 'ops' | 'errors' | 'warnings') =>
        points.some((p) => p[field] < 0) ? -1 : points.reduce((sum, p) => sum + p[field], 0);
      return {
        user: user.name,
        total_ops: total('ops'),
        total_errors: counted.errors ? total('errors') : -1,
        total_warnings: counted.warnings ? total('warnings') : -1,
        points,
      };
    });
  return { success: true, clients, bucket_seconds: bucketSeconds(windowHours) };
}
