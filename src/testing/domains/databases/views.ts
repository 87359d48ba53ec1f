import type { components } from '../../../../generated/openapi.js';
import type { EmulatorState } from '../../server/account.js';
import { iso } from '../../server/iso-time.js';
import { databasePrice, ENGINES, findPlan } from './catalog.js';
import {
  type DatabaseBackupRecord,
  type DatabaseRecord,
  type DatabaseUserRecord,
  databaseBackups,
  databaseUsers,
  type SavedQueryRecord,
} from './records.js';

type Schemas = components['schemas'];

/** The admin user every database is made with. */
export const ADMIN_USER = 'raff_admin';

/**
 * The hostnames of a database: private (inside its VPC) and public (while public access is on).
 *
 * @internal
 */
export function hostnames(db: DatabaseRecord): {
  readonly private: string;
  readonly public: string;
} {
  return {
    private: `${db.shortId}.db.raffusercloud.com`,
    public: `${db.shortId}.public.db.raffusercloud.com`,
  };
}

/**
 * A database.
 *
 * @internal
 */
export function databaseView(db: DatabaseRecord): Schemas['Database'] {
  const plan = findPlan(db.planId);
  const price = plan === undefined ? { perMonth: 0, perHour: 0 } : databasePrice(plan, db);
  return {
    id: db.id,
    database_id: db.shortId,
    project_id: db.projectId,
    name: db.name,
    engine: db.engine,
    engine_version: db.engineVersion,
    status: db.status,
    status_message: db.statusMessage,
    region: 'us-east',
    plan_id: db.planId,
    storage_gb: db.storageGb,
    ha_enabled: db.haEnabled,
    replica_count: db.replicaCount,
    vpc_id: db.vpcId ?? '',
    public_access: db.publicAccess,
    connection_host: hostnames(db).private,
    connection_port: ENGINES[db.engine].privatePort,
    billing_type: 'payg',
    subscription_id: '',
    price_per_hour: price.perHour,
    monthly_price: price.perMonth,
    public_port: db.publicAccess ? db.publicPort : 0,
    public_dns_hostname: db.publicAccess ? hostnames(db).public : '',
    public_allowlist: [...db.allowlist],
    is_free: db.isFree,
    suspended_at: db.suspendedAt === null ? '' : iso(db.suspendedAt),
    created_at: iso(db.createdAt),
    updated_at: iso(db.updatedAt),
  };
}

/** A PEM-shaped stand-in for the CA that signs the databases' certificates (public, not a secret). */
const CA_CERT =
  '-----BEGIN CERTIFICATE-----\n' +
  'MIIBkTCCATegAwIBAgIURmFrZSBSYWZmIGVtdWxhdG9yIENBMAoGCCqGSM49BAMC\n' +
  'MBwxGjAYBgNVBAMMEVJhZmYgRW11bGF0b3IgQ0EwHhcNMjYwMTAxMDAwMDAwWhcN\n' +
  '-----END CERTIFICATE-----\n';

function uri(db: DatabaseRecord, host: string, port: number, password: string | undefined): string {
  const facts = ENGINES[db.engine];
  const user =
    password === undefined ? ADMIN_USER : `${ADMIN_USER}:${encodeURIComponent(password)}`;
  const base = `${facts.scheme}://${user}@${host}:${port}`;
  switch (db.engine) {
    case 'postgres':
      return `${base}/${facts.databaseName}?sslmode=require`;
    case 'mysql':
      return `${base}/${facts.databaseName}?ssl-mode=REQUIRED`;
    case 'valkey':
      return `${base}/${facts.databaseName}`;
    case 'clickhouse':
      return `${base}/${facts.databaseName}?secure=true`;
    case 'kafka':
      return `${base}?security.protocol=SASL_SSL`;
  }
}

/** The public port a client uses: PostgreSQL's standard direct port, else the database's own. */
function publicPortFor(db: DatabaseRecord): number {
  if (db.engine === 'postgres') return 5432;
  if (db.engine === 'clickhouse') return 9440;
  return db.publicPort;
}

/**
 * How to connect to a database; the admin password (alone and in the URIs) only when `reveal`.
 * The private endpoint is empty while the database is in no VPC, the public one while public
 * access is off.
 *
 * @internal
 */
export function connectionView(
  db: DatabaseRecord,
  admin: DatabaseUserRecord,
  reveal: boolean,
): Schemas['DatabaseConnectionResponse'] {
  const password = reveal ? admin.password : undefined;
  const names = hostnames(db);
  const privatePort = ENGINES[db.engine].privatePort;
  const inVpc = db.vpcId !== null;
  const open = db.publicAccess;
  return {
    success: true,
    host: inVpc ? names.private : '',
    port: inVpc ? privatePort : 0,
    username: ADMIN_USER,
    password: password ?? '',
    database_name: ENGINES[db.engine].databaseName,
    connection_uri: inVpc ? uri(db, names.private, privatePort, password) : '',
    ca_cert: CA_CERT,
    public_host: open ? names.public : '',
    public_port: open ? publicPortFor(db) : 0,
    public_connection_uri: open ? uri(db, names.public, publicPortFor(db), password) : '',
  };
}

/**
 * The earliest instant a point-in-time restore reaches: the oldest restorable completed backup
 * (PostgreSQL only; `null` when there is none).
 *
 * @internal
 */
export function restoreWindowStart(state: EmulatorState, db: DatabaseRecord): number | null {
  if (db.engine !== 'postgres') return null;
  let earliest: number | null = null;
  for (const backup of databaseBackups.in(state).where((b) => b.databaseId === db.id)) {
    if (backup.restorable && backup.completedAt !== null) {
      earliest = earliest === null ? backup.completedAt : Math.min(earliest, backup.completedAt);
    }
  }
  return earliest;
}

/**
 * A database backup; `windowStart` is the database's {@link restoreWindowStart}.
 *
 * @internal
 */
export function backupView(
  db: DatabaseRecord,
  backup: DatabaseBackupRecord,
  windowStart: number | null,
): Schemas['DatabaseBackup'] {
  const at = (ms: number | null) => (ms === null ? '' : iso(ms));
  return {
    id: backup.id,
    database_id: db.id,
    backup_type: backup.type,
    status: backup.status,
    size_bytes: backup.sizeBytes,
    s3_path: `s3://raff-db-backups/${db.shortId}/${backup.type}/${backup.id}`,
    backup_timestamp: at(backup.completedAt),
    created_at: iso(backup.createdAt),
    completed_at: at(backup.completedAt),
    expires_at: at(backup.expiresAt),
    restorable: backup.restorable && backup.status === 'completed',
    restore_window_start: at(windowStart),
  };
}

/**
 * An engine user.
 *
 * @internal
 */
export function userView(db: DatabaseRecord, user: DatabaseUserRecord): Schemas['DatabaseUser'] {
  return {
    name: user.name,
    role: user.role,
    // SQL engines scope users to the database; Valkey and Kafka users reach every key or topic.
    scope: db.engine === 'valkey' || db.engine === 'kafka' ? '*' : ENGINES[db.engine].databaseName,
    kind: user.kind,
  };
}

/**
 * The users of a database, admin first.
 *
 * @internal
 */
export function usersOf(state: EmulatorState, db: DatabaseRecord): DatabaseUserRecord[] {
  return databaseUsers.in(state).where((user) => user.databaseId === db.id);
}

/**
 * A saved query.
 *
 * @internal
 */
export function savedQueryView(query: SavedQueryRecord): Schemas['DatabaseSavedQuery'] {
  return {
    name: query.name,
    statement: query.statement,
    created_by: query.createdBy,
    updated_at: iso(query.updatedAt),
  };
}
