// The timed side of managed databases: provisioning, scaling, in-place restores, resuming and
// deleting walk a database through its transient statuses on the emulated clock; a free database
// that no client used for 7 days is suspended; backups run for 30 seconds, one at first start and
// one every night at 02:00 UTC, and retention removes the nightly ones.
import type { EmulatorState } from '../../server/account.js';
import { type Timing, timing, walk } from '../../server/lifecycle.js';
import { shutdownMessage, startupMessages } from './engine-text.js';
import {
  contentsOf,
  currentData,
  type DatabaseBackupRecord,
  type DatabaseRecord,
  databaseBackups,
  databases,
  databaseUsers,
  dropContents,
  type EngineData,
  type EngineEvent,
  savedQueries,
} from './records.js';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The managed-database timings, on the emulated clock. Raff's changelog says a free PostgreSQL or
 * MySQL database is usually running within 10 seconds and a resumed one within about a minute;
 * raff-go polls every 2 seconds.
 *
 * @internal
 */
export const DATABASE_TIMINGS = {
  database: {
    /** A paid plan: 4 minutes in all. */
    create: timing('running', ['pending', 15 * SECOND], ['deploying', 225 * SECOND]),
    /** A free plan: 8 seconds in all. */
    createFree: timing('running', ['pending', 2 * SECOND], ['deploying', 6 * SECOND]),
    /** A create whose engine cannot start (a memory setting above the plan's memory). */
    createFailed: timing('failed', ['pending', 15 * SECOND], ['deploying', 45 * SECOND]),
    scale: timing('running', ['resizing', 90 * SECOND]),
    restoreInPlace: timing('running', ['restoring', 120 * SECOND]),
    resume: timing('running', ['deploying', 60 * SECOND]),
    delete: timing(undefined, ['deleting', 15 * SECOND]),
  },
  databaseBackup: {
    create: timing('completed', ['running', 30 * SECOND]),
  },
} as const satisfies Record<string, Record<string, Timing>>;

/**
 * Time rules of databases that are not transitions.
 *
 * @internal
 */
export const DATABASE_RULES = {
  /** A free database with no client for this long is suspended. */
  idleSuspendMs: 7 * DAY,
  /** Nightly backups start at this time of day, UTC. */
  nightlyBackupAtMs: 2 * HOUR,
  /** How long a nightly backup is kept: paid plans, free plans. */
  retentionMs: { paid: 7 * DAY, free: 3 * DAY },
} as const;

/**
 * The statuses in which a database's engine is up and takes changes.
 *
 * @internal
 */
export const READY: readonly DatabaseRecord['status'][] = ['running', 'warning'];

const key = {
  database: (id: string) => `database:${id}`,
  idle: (id: string) => `database-idle:${id}`,
  nightly: (id: string) => `database-nightly:${id}`,
  backup: (id: string) => `database-backup:${id}`,
};

/**
 * Adds a line to the database's engine log.
 *
 * @internal
 */
export function logEvent(
  state: EmulatorState,
  db: DatabaseRecord,
  at: number,
  message: string,
  level: EngineEvent['level'] = 'LOG',
): void {
  const events = contentsOf(state, db.id).events;
  events.push({ at, level, message });
  // An engine log is a tail, not an archive.
  if (events.length > 2_000) events.splice(0, events.length - 2_000);
}

/**
 * Records the data's new state (after a write or a restore).
 *
 * @internal
 */
export function recordData(
  state: EmulatorState,
  db: DatabaseRecord,
  at: number,
  data: EngineData,
): void {
  contentsOf(state, db.id).history.push({ at, data });
}

function sizeOf(data: EngineData): number {
  return 8 * 2 ** 20 + JSON.stringify(data).length * 16;
}

/**
 * Starts a backup of `db` at `at`: `running` for 30 seconds, then `completed` with its size.
 * Nightly (`base`) backups expire after the plan's retention; on-demand ones stay until the
 * database goes.
 *
 * @internal
 */
export function startBackup(
  state: EmulatorState,
  db: DatabaseRecord,
  type: DatabaseBackupRecord['type'],
  at: number,
): DatabaseBackupRecord {
  const store = databaseBackups.in(state);
  const retention = db.isFree ? DATABASE_RULES.retentionMs.free : DATABASE_RULES.retentionMs.paid;
  const backup = store.insert({
    id: store.nextId(),
    databaseId: db.id,
    type,
    status: 'running',
    sizeBytes: 0,
    completedAt: null,
    expiresAt: type === 'base' ? at + retention : null,
    restorable: true,
    createdAt: at,
  });
  walk(state.lifecycle, {
    key: key.backup(backup.id),
    now: at,
    timing: DATABASE_TIMINGS.databaseBackup.create,
    set: (status, when) => {
      backup.status = status;
      if (status === 'completed') {
        backup.completedAt = when;
        backup.sizeBytes = sizeOf(currentData(contentsOf(state, db.id)));
      }
    },
  });
  return backup;
}

function nextNightly(after: number): number {
  const today = Math.floor(after / DAY) * DAY + DATABASE_RULES.nightlyBackupAtMs;
  return today > after ? today : today + DAY;
}

/**
 * Registers the nightly backup of `db`, from `from` on: a `base` backup at 02:00 UTC while the
 * database is up, and removal of the backups past their expiry.
 *
 * @internal
 */
export function registerNightly(state: EmulatorState, db: DatabaseRecord, from: number): void {
  state.lifecycle.every(
    {
      key: key.nightly(db.id),
      next: nextNightly,
      run: (at) => {
        if (databases.in(state).find(db.id) === undefined) return;
        const expired = databaseBackups
          .in(state)
          .where((b) => b.databaseId === db.id && b.expiresAt !== null && b.expiresAt <= at);
        for (const backup of expired) removeBackup(state, backup);
        if (READY.includes(db.status)) startBackup(state, db, 'base', at);
      },
    },
    from,
  );
}

function removeBackup(state: EmulatorState, backup: DatabaseBackupRecord): void {
  databaseBackups.in(state).discard(backup.id);
  state.lifecycle.cancel(key.backup(backup.id));
}

/**
 * Restarts the idle timer of a free database: a client used it at `db.lastActiveAt`, so it is
 * suspended 7 days later unless used again.
 *
 * @internal
 */
export function armIdleTimer(state: EmulatorState, db: DatabaseRecord): void {
  if (!db.isFree) return;
  const idle = key.idle(db.id);
  state.lifecycle.cancelEvents(idle);
  state.lifecycle.schedule(
    db.lastActiveAt + DATABASE_RULES.idleSuspendMs,
    (at) => {
      if (databases.in(state).find(db.id) === undefined || db.status !== 'running') return;
      db.status = 'suspended';
      db.suspendedAt = at;
      db.updatedAt = at;
      logEvent(state, db, at, `${shutdownMessage(db.engine)} (no client for 7 days)`);
    },
    idle,
  );
}

/**
 * Marks that a client used the database at `now` (the console and browse count).
 *
 * @internal
 */
export function touch(state: EmulatorState, db: DatabaseRecord, now: number): void {
  db.lastActiveAt = now;
  armIdleTimer(state, db);
}

function cameUp(state: EmulatorState, db: DatabaseRecord, at: number): void {
  for (const message of startupMessages(db.engine, db.engineVersion))
    logEvent(state, db, at, message);
  db.lastActiveAt = at;
  armIdleTimer(state, db);
  if (db.firstRunningAt === null) {
    db.firstRunningAt = at;
    registerNightly(state, db, at);
    startBackup(state, db, 'base', at);
  }
}

function walkDatabase(
  state: EmulatorState,
  db: DatabaseRecord,
  now: number,
  plan: Timing<DatabaseRecord['status']>,
  onStatus?: (status: DatabaseRecord['status'], at: number) => void,
): void {
  walk(state.lifecycle, {
    key: key.database(db.id),
    now,
    timing: plan,
    set: (status, at) => {
      db.status = status;
      db.updatedAt = at;
      onStatus?.(status, at);
      if (status === 'running') cameUp(state, db, at);
    },
  });
}

/**
 * Provisions a new database: `pending` → `deploying` → `running` (8 s on a free plan, 4 min on a
 * paid one), or → `failed` with `failure` as its status message.
 *
 * @internal
 */
export function startCreate(
  state: EmulatorState,
  db: DatabaseRecord,
  now: number,
  failure: string | undefined,
): void {
  const plans = DATABASE_TIMINGS.database;
  const plan =
    failure !== undefined ? plans.createFailed : db.isFree ? plans.createFree : plans.create;
  walkDatabase(state, db, now, plan, (status, at) => {
    if (status !== 'failed' || failure === undefined) return;
    db.statusMessage = failure;
    logEvent(state, db, at, failure, 'ERROR');
  });
}

/**
 * Applies a scale: `resizing` for 90 seconds, then `running` again.
 *
 * @internal
 */
export function startScale(state: EmulatorState, db: DatabaseRecord, now: number): void {
  logEvent(state, db, now, shutdownMessage(db.engine));
  walkDatabase(state, db, now, DATABASE_TIMINGS.database.scale);
}

/**
 * Overwrites the database with `data`: `restoring` for 2 minutes, then `running` on the restored
 * data. Backups taken until now stop being restorable, and a new base backup starts.
 *
 * @internal
 */
export function startInPlaceRestore(
  state: EmulatorState,
  db: DatabaseRecord,
  now: number,
  data: EngineData,
): void {
  for (const backup of databaseBackups.in(state).where((b) => b.databaseId === db.id)) {
    backup.restorable = false;
  }
  logEvent(state, db, now, shutdownMessage(db.engine));
  walkDatabase(state, db, now, DATABASE_TIMINGS.database.restoreInPlace, (status, at) => {
    if (status !== 'running') return;
    recordData(state, db, at, structuredClone(data));
    startBackup(state, db, 'base', at);
  });
}

/**
 * Wakes a suspended free database: `deploying` for a minute, then `running`.
 *
 * @internal
 */
export function startResume(state: EmulatorState, db: DatabaseRecord, now: number): void {
  db.suspendedAt = null;
  walkDatabase(state, db, now, DATABASE_TIMINGS.database.resume);
}

/**
 * Deletes a database: `deleting` for 15 seconds, then gone (404) with its users, backups, saved
 * queries and data; its public ports are free again.
 *
 * @internal
 */
export function startDelete(state: EmulatorState, db: DatabaseRecord, now: number): void {
  state.lifecycle.cancel(key.idle(db.id));
  state.lifecycle.cancel(key.nightly(db.id));
  walk(state.lifecycle, {
    key: key.database(db.id),
    now,
    timing: DATABASE_TIMINGS.database.delete,
    set: (status, at) => {
      db.status = status;
      db.updatedAt = at;
    },
    done: () => removeDatabase(state, db),
  });
}

function removeDatabase(state: EmulatorState, db: DatabaseRecord): void {
  databases.in(state).discard(db.id);
  const mine = <R extends { databaseId: string }>(record: R) => record.databaseId === db.id;
  for (const user of databaseUsers.in(state).where(mine)) databaseUsers.in(state).discard(user.id);
  for (const query of savedQueries.in(state).where(mine)) savedQueries.in(state).discard(query.id);
  for (const backup of databaseBackups.in(state).where(mine)) removeBackup(state, backup);
  dropContents(state, db.id);
}
