// Making a database: the record, its admin and system users, its empty data, its default
// extensions, and the public port pair it keeps from its first opening until it is deleted.
// createDatabase and a restore into a new database both start here.
import type { EmulatorState } from '../../server/account.js';
import { badRequest } from '../../server/errors.js';
import { contentsOf, type EngineData } from './contents.js';
import { startCreate } from './lifecycle.js';
import {
  type DatabaseRecord,
  databases,
  databaseUsers,
  type Engine,
  newPassword,
  newShortId,
} from './records.js';
import { ADMIN_USER } from './views.js';

/** Public ports are handed out in pairs (PostgreSQL: pooled, then direct) from this range. */
const PUBLIC_PORTS = { first: 25060, last: 26060 } as const;

/** The users an engine keeps for itself, beside the admin. */
const SYSTEM_USERS: Readonly<Record<Engine, readonly (readonly [string, string])[]>> = {
  postgres: [
    ['raff_replication', 'replication'],
    ['raff_monitor', 'pg_monitor'],
  ],
  mysql: [['raff_monitor', 'PROCESS, REPLICATION CLIENT']],
  valkey: [],
  clickhouse: [],
  kafka: [],
};

/**
 * What a fresh database of `engine` holds: an empty default schema (SQL engines), no keys
 * (Valkey), nothing the console reads (Kafka).
 *
 * @internal
 */
export function emptyData(engine: Engine): EngineData {
  switch (engine) {
    case 'postgres':
      return { kind: 'sql', schemas: { public: {} } };
    case 'mysql':
      return { kind: 'sql', schemas: { app: {} } };
    case 'clickhouse':
      return { kind: 'sql', schemas: { default: {} } };
    case 'valkey':
      return { kind: 'kv', keys: {} };
    case 'kafka':
      return { kind: 'none' };
  }
}

/**
 * Reserves a public port pair for the database unless it holds one: the lowest free pair of the
 * account's range.
 *
 * @throws {HttpError} 400 when the range is used up.
 * @internal
 */
export function reservePublicPort(state: EmulatorState, db: DatabaseRecord): void {
  if (db.publicPort !== 0) return;
  const held = new Set(
    databases
      .in(state)
      .values()
      .map((other) => other.publicPort),
  );
  for (let port = PUBLIC_PORTS.first; port < PUBLIC_PORTS.last; port += 2) {
    if (!held.has(port)) {
      db.publicPort = port;
      return;
    }
  }
  throw badRequest(
    'No public port is left for this account; close public access on another database',
  );
}

/**
 * What a new database is made of.
 *
 * @internal
 */
export type DatabaseSpec = Pick<
  DatabaseRecord,
  | 'projectId'
  | 'name'
  | 'engine'
  | 'engineVersion'
  | 'planId'
  | 'storageGb'
  | 'haEnabled'
  | 'replicaCount'
  | 'vpcId'
  | 'isFree'
  | 'engineConfig'
  | 'createdBy'
> & {
  readonly publicAccess: boolean;
  /** What it starts with: empty for a create, the restore point's data for a restore. */
  readonly data: EngineData;
  /** Extensions installed from the start (name → version). */
  readonly extensions: ReadonlyMap<string, string>;
  /** The admin password and scoped users to carry over (a restore); fresh ones otherwise. */
  readonly users?: readonly {
    readonly name: string;
    readonly role: string;
    readonly kind: 'admin' | 'scoped';
    readonly password: string;
  }[];
  /** Why the engine will not start, when it will not. */
  readonly failure: string | undefined;
};

/**
 * Makes a database in `pending` and starts provisioning it.
 *
 * @internal
 */
export function provisionDatabase(
  state: EmulatorState,
  spec: DatabaseSpec,
  now: number,
): DatabaseRecord {
  const { data, extensions, users, failure, publicAccess, ...fields } = spec;
  const db = databases.in(state).create(now, (stamp) => ({
    ...stamp,
    ...fields,
    shortId: newShortId(state),
    status: 'pending',
    statusMessage: '',
    publicAccess,
    publicPort: 0,
    allowlist: [],
    suspendedAt: null,
    lastActiveAt: now,
    firstRunningAt: null,
  }));
  if (publicAccess) reservePublicPort(state, db);
  const store = databaseUsers.in(state);
  const add = (name: string, role: string, kind: 'admin' | 'scoped' | 'system', password: string) =>
    store.insert({
      id: `${db.id}/${name}`,
      databaseId: db.id,
      name,
      role,
      kind,
      password,
      createdAt: now,
    });
  const carried = users ?? [
    { name: ADMIN_USER, role: 'owner', kind: 'admin', password: newPassword() },
  ];
  for (const user of carried.filter((u) => u.kind === 'admin'))
    add(user.name, user.role, user.kind, user.password);
  for (const [name, role] of SYSTEM_USERS[db.engine]) add(name, role, 'system', '');
  for (const user of carried.filter((u) => u.kind === 'scoped'))
    add(user.name, user.role, user.kind, user.password);
  const contents = contentsOf(state, db.id);
  contents.history.push({ at: now, data: structuredClone(data) });
  for (const [name, version] of extensions) contents.extensions.set(name, version);
  startCreate(state, db, now, failure);
  return db;
}
