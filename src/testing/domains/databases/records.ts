// Records of the managed-databases domain: databases, their engine users, backups and saved
// queries, and what lives inside each engine (tables or keys, installed extensions, the console's
// statement log, the engine log). Timestamps are epoch milliseconds of the emulated clock.
import { randomBytes, randomInt } from 'node:crypto';
import type { components } from '../../../../generated/openapi.js';
import type { EmulatorState } from '../../server/account.js';
import { defineCollection, uuids } from '../../server/collection.js';
import { defineStore } from '../../server/store.js';

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

/**
 * A table of a SQL engine: column names, and rows of text values (`null` for NULL).
 *
 * @internal
 */
export interface Table {
  readonly columns: string[];
  readonly rows: (string | null)[][];
}

/**
 * A Valkey key.
 *
 * @internal
 */
export type KeyValue =
  | { readonly type: 'string'; value: string; expiresAt: number | null }
  | { readonly type: 'hash'; value: Record<string, string>; expiresAt: number | null };

/**
 * What a database holds: schemas of tables (SQL engines) or keys (Valkey); Kafka holds neither
 * here.
 *
 * @internal
 */
export type EngineData =
  | { readonly kind: 'sql'; readonly schemas: Record<string, Record<string, Table>> }
  | { readonly kind: 'kv'; readonly keys: Record<string, KeyValue> }
  | { readonly kind: 'none' };

/**
 * One statement run on the console, for slow queries and client traffic.
 *
 * @internal
 */
export interface StatementRun {
  readonly at: number;
  readonly user: string;
  /** With its literals replaced by `$1`, `$2`, … as pg_stat_statements shows it. */
  readonly normalized: string;
  readonly ms: number;
  readonly rows: number;
  readonly ok: boolean;
}

/**
 * One line of the engine's log, before formatting.
 *
 * @internal
 */
export interface EngineEvent {
  readonly at: number;
  readonly level: 'LOG' | 'WARNING' | 'ERROR';
  readonly message: string;
}

/**
 * The inside of one database.
 *
 * @internal
 */
export interface DatabaseContents {
  /** Every state the data has been in, oldest first: restores pick one by time. */
  readonly history: { readonly at: number; readonly data: EngineData }[];
  /** Installed PostgreSQL extensions: name → version. */
  readonly extensions: Map<string, string>;
  readonly statements: StatementRun[];
  readonly events: EngineEvent[];
}

const ofContents = defineStore(() => new Map<string, DatabaseContents>());

/**
 * The inside of database `databaseId` (created empty on first use).
 *
 * @internal
 */
export function contentsOf(state: EmulatorState, databaseId: string): DatabaseContents {
  const all = ofContents(state);
  let contents = all.get(databaseId);
  if (contents === undefined) {
    contents = { history: [], extensions: new Map(), statements: [], events: [] };
    all.set(databaseId, contents);
  }
  return contents;
}

/**
 * Forgets the inside of a deleted database.
 *
 * @internal
 */
export function dropContents(state: EmulatorState, databaseId: string): void {
  ofContents(state).delete(databaseId);
}

/**
 * The current data of a database (empty until it has any).
 *
 * @internal
 */
export function currentData(contents: DatabaseContents): EngineData {
  return contents.history.at(-1)?.data ?? { kind: 'none' };
}

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
