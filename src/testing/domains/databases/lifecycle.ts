// The timed side of managed databases: provisioning, scaling, in-place restores, resuming and
// deleting walk a database through its transient statuses on the emulated clock (timings.ts), a
// free database that no client used for 7 days is suspended, and the engine log records it all.
import type { EmulatorState } from '../../server/account.js';
import { type Timing, walk } from '../../server/lifecycle.js';
import { registerNightly, removeBackup, startBackup } from './backup-lifecycle.js';
import { append, contentsOf, dropContents, type EngineData, type EngineEvent } from './contents.js';
import { shutdownMessage, startupMessages } from './engine-text.js';
import {
  type DatabaseRecord,
  databaseBackups,
  databases,
  databaseUsers,
  savedQueries,
} from './records.js';
import { DATABASE_RULES, DATABASE_TIMINGS, lifecycleKey } from './timings.js';

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
  append(contentsOf(state, db.id), 'events', { at, level, message });
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
  append(contentsOf(state, db.id), 'history', { at, data });
}

/**
 * Restarts the idle timer of a free database: a client used it at `db.lastActiveAt`, so it is
 * suspended 7 days later unless used again.
 *
 * @internal
 */
export function armIdleTimer(state: EmulatorState, db: DatabaseRecord): void {
  if (!db.isFree) return;
  const idle = lifecycleKey.idle(db.id);
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
    key: lifecycleKey.database(db.id),
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
  state.lifecycle.cancel(lifecycleKey.idle(db.id));
  state.lifecycle.cancel(lifecycleKey.nightly(db.id));
  walk(state.lifecycle, {
    key: lifecycleKey.database(db.id),
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
