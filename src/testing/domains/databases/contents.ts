// What lives inside each database: its data (tables or keys) and every earlier state of it, its
// installed extensions, the console's statement log and the engine's log. Kept per emulated
// account, keyed by the database's UUID.
import type { EmulatorState } from '../../server/account.js';
import { defineStore } from '../../server/store.js';

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

/** How many entries each of a database's logs keeps: the oldest go first. */
const KEEP = { history: 1_000, statements: 5_000, events: 2_000 } as const;

/**
 * Appends to one of a database's logs (its data history, the console's statements, the engine
 * log), dropping the oldest entries past what that log keeps.
 *
 * @internal
 */
export function append<K extends keyof typeof KEEP>(
  contents: DatabaseContents,
  log: K,
  entry: DatabaseContents[K][number],
): void {
  const list = contents[log] as DatabaseContents[K][number][];
  list.push(entry);
  if (list.length > KEEP[log]) list.splice(0, list.length - KEEP[log]);
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
