import type { EmulatorState } from '../../server/account.js';
import { vpcs } from '../networking/records.js';
import type { SeededProjects } from '../projects/seed.js';
import { registerNightly } from './backup-lifecycle.js';
import { contentsOf, type EngineData } from './contents.js';
import { startupMessages } from './engine-text.js';
import { DEFAULT_EXTENSIONS } from './extensions.js';
import { logEvent } from './lifecycle.js';
import {
  databaseBackups,
  databases,
  databaseUsers,
  newPassword,
  newShortId,
  savedQueries,
} from './records.js';
import { DATABASE_RULES } from './timings.js';
import { ADMIN_USER } from './views.js';

const DAY = 86_400_000;

/** A shop's two tables: five customers and eight orders. */
function ordersData(signup: number): EngineData {
  const day = (n: number) => new Date(signup + n * DAY).toISOString().slice(0, 10);
  const customers = [
    ['1', 'Ada Byron', 'ada@example.com', day(2)],
    ['2', 'Grace Hopper', 'grace@example.com', day(3)],
    ['3', 'Alan Turing', 'alan@example.com', day(5)],
    ['4', 'Katherine Johnson', 'katherine@example.com', day(8)],
    ['5', 'Edsger Dijkstra', null, day(13)],
  ];
  const orders = [
    ['101', '1', '42.50', 'shipped', day(4)],
    ['102', '2', '19.99', 'shipped', day(6)],
    ['103', '1', '7.25', 'delivered', day(9)],
    ['104', '3', '120.00', 'shipped', day(10)],
    ['105', '4', '64.10', 'pending', day(14)],
    ['106', '2', '5.00', 'cancelled', day(15)],
    ['107', '5', '88.80', 'pending', day(18)],
    ['108', '3', '14.30', 'pending', day(19)],
  ];
  return {
    kind: 'sql',
    schemas: {
      public: {
        customers: { columns: ['id', 'name', 'email', 'created_at'], rows: customers },
        orders: { columns: ['id', 'customer_id', 'total', 'status', 'created_at'], rows: orders },
      },
    },
  };
}

/**
 * Seeds the managed-databases domain: `orders-pg`, a running PostgreSQL 17 on plan 12 in
 * Default's VPC, with tables `public.customers` and `public.orders`, a read-only user
 * `reporting`, a week of nightly backups, the saved query `pending-orders` and
 * pg_stat_statements installed.
 *
 * @internal
 */
export function seedDatabases(state: EmulatorState, projects: SeededProjects, now: number): void {
  const created = now - 20 * DAY;
  const running = created + 4 * 60_000;
  const vpc = vpcs
    .in(state)
    .values()
    .find((v) => v.projectId === projects.defaultProjectId);
  const db = databases.in(state).create(created, (stamp) => ({
    ...stamp,
    shortId: newShortId(state),
    projectId: projects.defaultProjectId,
    name: 'orders-pg',
    engine: 'postgres',
    engineVersion: '17',
    status: 'running',
    statusMessage: '',
    planId: 12,
    storageGb: 60,
    haEnabled: false,
    replicaCount: 0,
    vpcId: vpc?.id ?? null,
    publicAccess: false,
    publicPort: 0,
    allowlist: [],
    isFree: false,
    suspendedAt: null,
    engineConfig: {},
    lastActiveAt: now,
    firstRunningAt: running,
    createdBy: state.ownerUserId,
  }));
  const users = databaseUsers.in(state);
  const user = (
    name: string,
    role: string,
    kind: 'admin' | 'scoped' | 'system',
    password: string,
  ) =>
    users.insert({
      id: `${db.id}/${name}`,
      databaseId: db.id,
      name,
      role,
      kind,
      password,
      createdAt: created,
    });
  user(ADMIN_USER, 'owner', 'admin', newPassword());
  user('raff_replication', 'replication', 'system', '');
  user('raff_monitor', 'pg_monitor', 'system', '');
  user('reporting', 'readonly', 'scoped', newPassword());

  const contents = contentsOf(state, db.id);
  contents.history.push({ at: created, data: ordersData(created) });
  for (const [name, version] of DEFAULT_EXTENSIONS) contents.extensions.set(name, version);
  for (const message of startupMessages('postgres', '17')) logEvent(state, db, running, message);

  // The nights of the last week, each backup done 30 seconds after 02:00 UTC.
  const lastNight = Math.floor(now / DAY) * DAY + DATABASE_RULES.nightlyBackupAtMs;
  for (let night = 7; night >= 1; night--) {
    const at = (lastNight > now ? lastNight - DAY : lastNight) - (night - 1) * DAY;
    const store = databaseBackups.in(state);
    store.insert({
      id: store.nextId(),
      databaseId: db.id,
      type: 'base',
      status: 'completed',
      sizeBytes: 9_437_184 + night * 4096,
      completedAt: at + 30_000,
      expiresAt: at + DATABASE_RULES.retentionMs.paid,
      restorable: true,
      createdAt: at,
    });
  }
  registerNightly(state, db, now);

  savedQueries.in(state).insert({
    id: `${db.id}/pending-orders`,
    databaseId: db.id,
    name: 'pending-orders',
    statement: "SELECT id, customer_id, total FROM orders WHERE status = 'pending' ORDER BY id",
    createdBy: state.ownerUserId,
    createdAt: now - 2 * DAY,
    updatedAt: now - 2 * DAY,
  });
}
