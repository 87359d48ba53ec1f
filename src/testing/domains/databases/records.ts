// Records of the managed-databases domain: databases, their engine users, backups and saved
// queries (what lives inside each database is in contents.ts). Timestamps are epoch milliseconds
// of the emulated clock.
import { randomBytes, randomInt } from 'node:crypto';
import type { components } from '../../../../generated/openapi.js';
import type { EmulatorState } from '../../server/account.js';
import { defineCollection, uuids } from '../../server/collection.js';

type Schemas = components['schemas'];

/**
 * An engine Raff runs.
 *
 * @internal
 */
export type Engine = Schemas['DatabaseEngine'];

/**
 * A database's lifecycle status.
 *
 * @internal
 */
export type DatabaseStatus = Schemas['Database']['status'];

/**
 * A managed database.
 *
 * @internal
 */
export interface DatabaseRecord {
  readonly id: string;
  /** The short id: the first label of its hostnames, accepted wherever the UUID is. */
  readonly shortId: string;
  readonly projectId: string;
  name: string;
  readonly engine: Engine;
  readonly engineVersion: string;
  status: DatabaseStatus;
  statusMessage: string;
  planId: number;
  storageGb: number;
  haEnabled: boolean;
  replicaCount: number;
  vpcId: string | null;
  publicAccess: boolean;
  /** The first port of its public pair, reserved when first opened and kept until delete; 0 before. */
  publicPort: number;
  /** Source networks of the public endpoint; empty = every source. */
  allowlist: string[];
  readonly isFree: boolean;
  suspendedAt: number | null;
  /** Settings overridden at creation (`engine_config`). */
  readonly engineConfig: Readonly<Record<string, string>>;
  /** When a client last used it (the console and browse count): a free one sleeps 7 days later. */
  lastActiveAt: number;
  /** When it first reached `running`; `null` before (no metrics, no backups yet). */
  firstRunningAt: number | null;
  readonly createdBy: string;
  readonly createdAt: number;
  updatedAt: number;
}

/**
 * The databases of an account.
 *
 * @internal
 */
export const databases = defineCollection<DatabaseRecord>({
  noun: 'Database',
  ids: uuids,
  holding: 'databases',
});

/**
 * A user inside a database's engine. Its id is `<database UUID>/<name>`.
 *
 * @internal
 */
export interface DatabaseUserRecord {
  readonly id: string;
  readonly databaseId: string;
  readonly name: string;
  readonly role: string;
  readonly kind: Schemas['DatabaseUser']['kind'];
  /** The current password; the emulator plays the server, so it keeps it to hand it out. */
  password: string;
  readonly createdAt: number;
}

/**
 * The engine users of an account's databases.
 *
 * @internal
 */
export const databaseUsers = defineCollection<DatabaseUserRecord>({
  noun: 'Database user',
  ids: uuids,
});

/**
 * One backup of a database.
 *
 * @internal
 */
export interface DatabaseBackupRecord {
  readonly id: string;
  readonly databaseId: string;
  readonly type: Schemas['DatabaseBackup']['backup_type'];
  status: Schemas['DatabaseBackup']['status'];
  sizeBytes: number;
  /** When it finished: the instant it is consistent with. */
  completedAt: number | null;
  /** When retention removes it; `null` for one that stays until the database goes. */
  readonly expiresAt: number | null;
  /** False once an in-place restore has moved the database past it. */
  restorable: boolean;
  readonly createdAt: number;
}

/**
 * The backups of an account's databases.
 *
 * @internal
 */
export const databaseBackups = defineCollection<DatabaseBackupRecord>({
  noun: 'Database backup',
  ids: uuids,
});

/**
 * A statement kept under a name. Its id is `<database UUID>/<name>`.
 *
 * @internal
 */
export interface SavedQueryRecord {
  readonly id: string;
  readonly databaseId: string;
  readonly name: string;
  statement: string;
  createdBy: string;
  readonly createdAt: number;
  updatedAt: number;
}

/**
 * The saved queries of an account's databases.
 *
 * @internal
 */
export const savedQueries = defineCollection<SavedQueryRecord>({
  noun: 'Saved query',
  ids: uuids,
});

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A fresh engine password: 32 letters and digits from the OS random source.
 *
 * @internal
 */
export function newPassword(): string {
  let password = '';
  for (let i = 0; i < 32; i++) password += ALPHANUMERIC[randomInt(ALPHANUMERIC.length)];
  return password;
}

/**
 * A fresh short id: 8 lowercase letters and digits, starting with a letter, unused in `state`.
 *
 * @internal
 */
export function newShortId(state: EmulatorState): string {
  for (;;) {
    const bytes = randomBytes(8);
    let id = String.fromCharCode(97 + ((bytes[0] ?? 0) % 26));
    for (let i = 1; i < 8; i++) id += ((bytes[i] ?? 0) % 36).toString(36);
    if (
      !databases
        .in(state)
        .values()
        .some((db) => db.shortId === id)
    )
      return id;
  }
}
