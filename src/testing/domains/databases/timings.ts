// How long managed databases take to change, on the emulated clock, and the time rules that are
// not transitions (idle suspension, nightly backups, retention). domains/timings.ts gathers
// DATABASE_TIMINGS with the other domains' tables.
import { type Timing, timing } from '../../server/lifecycle.js';
import type { DatabaseRecord } from './records.js';

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

/**
 * The lifecycle keys of a database and of a backup: queued transitions are cancelled by them.
 *
 * @internal
 */
export const lifecycleKey = {
  database: (id: string) => `database:${id}`,
  idle: (id: string) => `database-idle:${id}`,
  nightly: (id: string) => `database-nightly:${id}`,
  backup: (id: string) => `database-backup:${id}`,
};
