// The database console (runDatabaseQuery) and browser (browseDatabase) on a database's
// in-memory data: SQL engines through sql-parse/sql-run, Valkey through kv. The console runs as
// the admin user, read-only unless `read_only: false`; both count as a client using the
// database (a free one's idle clock restarts).
import type { components } from '../../../../generated/openapi.js';
import type { EmulatorState } from '../../server/account.js';
import { badRequest } from '../../server/errors.js';
import { ENGINES } from './catalog.js';
import { append, contentsOf, currentData } from './contents.js';
import { versionString } from './engine-text.js';
import { commandWords, globRegex, KV_WRITES, liveKeys, runKv, ttlSeconds } from './kv.js';
import { logEvent, recordData, touch } from './lifecycle.js';
import type { DatabaseRecord } from './records.js';
import { parseStatement } from './sql-parse.js';
import type { ConsoleOutcome } from './sql-rows.js';
import { runSql } from './sql-run.js';
import { ConsoleError, leadingKeyword, normalize } from './sql-syntax.js';
import { ADMIN_USER } from './views.js';

type Schemas = components['schemas'];
type Row = Schemas['DatabaseRow'];

const SQL_WRITES = new Set([
  'INSERT',
  'UPDATE',
  'DELETE',
  'CREATE',
  'DROP',
  'ALTER',
  'TRUNCATE',
  'GRANT',
  'REVOKE',
  'COPY',
  'MERGE',
]);

/** Browse pages: the default and the most rows or entries per call. */
const BROWSE_LIMIT = { default: 50, max: 1000 } as const;

function readOnlyRefusal(db: DatabaseRecord, keyword: string): string {
  switch (db.engine) {
    case 'mysql':
      return 'Cannot execute statement in a READ ONLY transaction.';
    case 'clickhouse':
      return 'Cannot execute query in readonly mode';
    case 'valkey':
      return "READONLY You can't write against a read only replica.";
    default:
      return `cannot execute ${keyword} in a read-only transaction`;
  }
}

function noConsole(db: DatabaseRecord): never {
  throw badRequest(
    `${ENGINES[db.engine].displayName} has no console; connect with a client using getDatabaseConnection`,
  );
}

function row(values: readonly (string | null)[]): Row {
  return {
    cells: values.map((value) => value ?? ''),
    nulls: values.map((value) => value === null),
  };
}

function execute(
  db: DatabaseRecord,
  statement: string,
  readOnly: boolean,
  data: ReturnType<typeof currentData>,
  now: number,
): ConsoleOutcome {
  if (data.kind === 'kv') {
    const command = commandWords(statement)[0]?.toUpperCase() ?? '';
    if (readOnly && KV_WRITES.has(command)) throw new ConsoleError(readOnlyRefusal(db, command));
    return runKv(data, statement, now);
  }
  if (data.kind !== 'sql') return noConsole(db);
  const keyword = leadingKeyword(statement);
  if (readOnly && SQL_WRITES.has(keyword)) throw new ConsoleError(readOnlyRefusal(db, keyword));
  return runSql(data, parseStatement(statement), {
    version: versionString(db.engine, db.engineVersion),
    databaseName: ENGINES[db.engine].databaseName,
    // PostgreSQL's tables live in the `public` schema; MySQL and ClickHouse name it after the database.
    defaultSchema: db.engine === 'postgres' ? 'public' : ENGINES[db.engine].databaseName,
    user: ADMIN_USER,
    now,
  });
}

/**
 * Runs one statement on the console and records it (slow queries, client traffic, the log).
 *
 * @throws {HttpError} 400 with the engine's message for a statement it refuses.
 * @internal
 */
export function runConsole(
  state: EmulatorState,
  db: DatabaseRecord,
  request: Schemas['DatabaseQueryRequest'],
  now: number,
): Schemas['DatabaseQueryResponse'] {
  if (db.engine === 'kafka') noConsole(db);
  const contents = contentsOf(state, db.id);
  touch(state, db, now);
  const normalized = normalize(request.statement);
  let outcome: ConsoleOutcome;
  try {
    outcome = execute(
      db,
      request.statement,
      request.read_only !== false,
      currentData(contents),
      now,
    );
  } catch (error) {
    if (!(error instanceof ConsoleError)) throw error;
    append(contents, 'statements', {
      at: now,
      user: ADMIN_USER,
      normalized,
      ms: 0.1,
      rows: 0,
      ok: false,
    });
    logEvent(
      state,
      db,
      now,
      `${error.message}; statement: ${request.statement.slice(0, 200)}`,
      'ERROR',
    );
    throw badRequest(error.message);
  }
  if (outcome.data !== undefined) recordData(state, db, now, outcome.data);
  const ms = Math.round((0.2 + outcome.scanned * 0.01 + outcome.rows.length * 0.002) * 1000) / 1000;
  const rows = outcome.rowsAffected ?? outcome.rows.length;
  append(contents, 'statements', { at: now, user: ADMIN_USER, normalized, ms, rows, ok: true });
  const maxRows = request.max_rows ?? 1000;
  return {
    success: true,
    columns: outcome.columns,
    rows: outcome.rows.slice(0, maxRows).map(row),
    ...(outcome.rowsAffected === undefined ? {} : { rows_affected: outcome.rowsAffected }),
    command: outcome.command,
    notices: outcome.notices,
    truncated: outcome.rows.length > maxRows,
    duration_ms: ms,
  };
}

/** `limit` items from the browse cursor on, and the cursor of the next page. */
function page<T>(
  items: readonly T[],
  request: Schemas['DatabaseBrowseRequest'],
): { items: T[]; next: string } {
  const limit = Math.min(request.limit ?? BROWSE_LIMIT.default, BROWSE_LIMIT.max);
  const cursor = request.cursor ?? '';
  if (cursor !== '' && !/^\d{1,9}$/.test(cursor)) {
    throw badRequest('cursor is not one this database gave out; send next_cursor back as it came');
  }
  const offset = Number(cursor || 0);
  const next = offset + limit < items.length ? String(offset + limit) : '';
  return { items: items.slice(offset, offset + limit), next };
}

/**
 * Reads one level of a database (schemas, tables, rows; or keys and one key's value).
 *
 * @throws {HttpError} 400 for a level that does not exist or a request that does not fit the engine.
 * @internal
 */
export function browse(
  state: EmulatorState,
  db: DatabaseRecord,
  request: Schemas['DatabaseBrowseRequest'],
  now: number,
): Schemas['DatabaseBrowseResponse'] {
  const data = currentData(contentsOf(state, db.id));
  const path = request.path ?? [];
  if (data.kind === 'none') noConsole(db);
  touch(state, db, now);
  if (data.kind === 'kv') {
    const keys = liveKeys(data, now);
    const [key] = path;
    if (key === undefined) {
      const glob = globRegex(request.match ?? '*');
      const found = page(
        keys.filter(([name]) => glob.test(name)),
        request,
      );
      const nodes = found.items.map(([name, entry]) => {
        const ttl = ttlSeconds(entry, now);
        return { name, kind: entry.type, detail: ttl < 0 ? 'no expiry' : `expires in ${ttl}s` };
      });
      return { success: true, kind: 'nodes', nodes, next_cursor: found.next };
    }
    const entry = keys.find(([name]) => name === key)?.[1];
    if (entry === undefined) throw badRequest(`key "${key}" does not exist`);
    const values = entry.type === 'string' ? [[entry.value]] : Object.entries(entry.value);
    const found = page(values, request);
    return {
      success: true,
      kind: 'rows',
      columns: entry.type === 'string' ? ['value'] : ['field', 'value'],
      rows: found.items.map(row),
      next_cursor: found.next,
      meta: { type: entry.type, ttl: String(ttlSeconds(entry, now)) },
    };
  }
  if (request.match !== undefined) throw badRequest('match is for Valkey keys only');
  const [schemaName, tableName] = path;
  if (schemaName === undefined) {
    const found = page(Object.keys(data.schemas).sort(), request);
    const nodes = found.items.map((name) => ({
      name,
      kind: 'schema',
      detail: `${Object.keys(data.schemas[name] ?? {}).length} tables`,
    }));
    return { success: true, kind: 'nodes', nodes, next_cursor: found.next };
  }
  const schema = data.schemas[schemaName];
  if (schema === undefined) throw badRequest(`schema "${schemaName}" does not exist`);
  if (tableName === undefined) {
    const found = page(Object.keys(schema).sort(), request);
    const nodes = found.items.map((name) => ({
      name,
      kind: 'table',
      detail: `${schema[name]?.rows.length ?? 0} rows`,
    }));
    return { success: true, kind: 'nodes', nodes, next_cursor: found.next };
  }
  const table = schema[tableName];
  if (table === undefined) throw badRequest(`relation "${schemaName}.${tableName}" does not exist`);
  const found = page(table.rows, request);
  return {
    success: true,
    kind: 'rows',
    columns: [...table.columns],
    rows: found.items.map(row),
    next_cursor: found.next,
  };
}
