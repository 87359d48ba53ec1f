// Database backups on the emulated clock: each runs for 30 seconds; one is taken when a database
// first comes up, one every night at 02:00 UTC while it is up, and retention removes the nightly
// ones once they expire.
import type { EmulatorState } from '../../server/account.js';
import { walk } from '../../server/lifecycle.js';
import { contentsOf, currentData, type EngineData } from './contents.js';
import {
  type DatabaseBackupRecord,
  type DatabaseRecord,
  databaseBackups,
  databases,
} from './records.js';
import { DATABASE_RULES, DATABASE_TIMINGS, lifecycleKey, READY } from './timings.js';

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
    key: lifecycleKey.backup(backup.id),
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

const DAY = 86_400_000;

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
      key: lifecycleKey.nightly(db.id),
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

/**
 * Removes a backup and its queued transition.
 *
 * @internal
 */
export function removeBackup(state: EmulatorState, backup: DatabaseBackupRecord): void {
  databaseBackups.in(state).discard(backup.id);
  state.lifecycle.cancel(lifecycleKey.backup(backup.id));
}
