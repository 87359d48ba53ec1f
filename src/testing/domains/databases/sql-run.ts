// Runs a parsed statement (sql-parse.ts) on a database's in-memory tables: deterministic answers
// to reads, and writes that return the new state of the data (the caller keeps it in the
// database's history, so restores can go back to any earlier state).

import type { EngineData, Table } from './records.js';
import {
  type Condition,
  ConsoleError,
  type Expr,
  type Statement,
  type TableRef,
} from './sql-parse.js';

/**
 * The data of a SQL engine.
 *
 * @internal
 */
export type SqlData = Extract<EngineData, { kind: 'sql' }>;

/**
 * Who runs a statement, where and when.
 *
 * @internal
 */
export interface ConsoleScope {
  /** The engine's version string, as `version()` returns it. */
  readonly version: string;
  readonly databaseName: string;
  /** Where an unqualified table name points (`public` on PostgreSQL). */
  readonly defaultSchema: string;
  readonly user: string;
  /** Emulated epoch ms. */
  readonly now: number;
}

/**
 * What a statement gave back; `data` is the new state after a write.
 *
 * @internal
 */
export interface ConsoleOutcome {
  readonly columns: string[];
  readonly rows: (string | null)[][];
  readonly command: string;
  readonly rowsAffected?: number;
  readonly notices: string[];
  /** Rows the engine had to look at: what the emulated run time grows with. */
  readonly scanned: number;
  readonly data?: EngineData;
}

type Row = (string | null)[];

function numeric(value: string): boolean {
  return value.trim() !== '' && Number.isFinite(Number(value));
}

/** Compares as numbers when both sides are numbers, else as text. */
function compare(a: string, b: string): number {
  if (numeric(a) && numeric(b)) return Number(a) - Number(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

function likeRegex(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\?*]/g, '\\$&')
    .replaceAll('%', '.*')
    .replaceAll('_', '.');
  return new RegExp(`^${body}$`, 's');
}

function holds(condition: Condition, value: string | null): boolean {
  if (condition.op === 'is null') return value === null;
  if (condition.op === 'is not null') return value !== null;
  if (value === null || condition.value === null) return false;
  if (condition.op === 'like') return likeRegex(condition.value).test(value);
  const order = compare(value, condition.value);
  switch (condition.op) {
    case '=':
      return order === 0;
    case '<>':
      return order !== 0;
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
  }
}

function tableName(ref: TableRef): string {
  return ref.schema === undefined ? ref.name : `${ref.schema}.${ref.name}`;
}

function findTable(data: SqlData, ref: TableRef, scope: ConsoleScope): Table {
  const table = data.schemas[ref.schema ?? scope.defaultSchema]?.[ref.name];
  if (table === undefined) throw new ConsoleError(`relation "${tableName(ref)}" does not exist`);
  return table;
}

function columnIndex(table: Table, column: string): number {
  const index = table.columns.indexOf(column);
  if (index < 0) throw new ConsoleError(`column "${column}" does not exist`);
  return index;
}

function matcher(table: Table, where: readonly Condition[]): (row: Row) => boolean {
  const checks = where.map((condition) => ({
    condition,
    at: columnIndex(table, condition.column),
  }));
  return (row) => checks.every(({ condition, at }) => holds(condition, row[at] ?? null));
}

function functionValue(name: string, scope: ConsoleScope): string {
  switch (name) {
    case 'version':
      return scope.version;
    case 'now':
    case 'current_timestamp':
      return new Date(scope.now).toISOString().replace('T', ' ').replace('Z', '+00');
    case 'current_database':
    case 'database':
      return scope.databaseName;
    default:
      return scope.user;
  }
}

function label(item: { expr: Expr | 'star'; alias?: string }): string {
  if (item.alias !== undefined) return item.alias;
  const expr = item.expr;
  if (expr === 'star') return '*';
  if (expr.kind === 'column' || expr.kind === 'function') return expr.name;
  return expr.kind === 'count' ? 'count' : '?column?';
}

function runSelect(
  data: SqlData,
  statement: Extract<Statement, { kind: 'select' }>,
  scope: ConsoleScope,
): ConsoleOutcome {
  const constant = (expr: Expr): string | null =>
    expr.kind === 'literal'
      ? expr.value
      : functionValue(expr.kind === 'function' ? expr.name : '', scope);
  if (statement.from === undefined) {
    const row = statement.items.map(({ expr }) => {
      if (expr === 'star') throw new ConsoleError('SELECT * with no tables specified is not valid');
      if (expr.kind === 'column') throw new ConsoleError(`column "${expr.name}" does not exist`);
      return expr.kind === 'count' ? '1' : constant(expr);
    });
    return {
      columns: statement.items.map(label),
      rows: [row],
      command: 'SELECT 1',
      notices: [],
      scanned: 0,
    };
  }
  const table = findTable(data, statement.from, scope);
  let rows = table.rows.filter(matcher(table, statement.where));
  const counting = statement.items.some(({ expr }) => expr !== 'star' && expr.kind === 'count');
  if (counting) {
    const row = statement.items.map(({ expr }) => {
      if (expr === 'star' || expr.kind === 'column') {
        const name = expr === 'star' ? '*' : expr.name;
        throw new ConsoleError(
          `column "${name}" must appear in the GROUP BY clause or be used in an aggregate function`,
        );
      }
      return expr.kind === 'count' ? String(rows.length) : constant(expr);
    });
    return {
      columns: statement.items.map(label),
      rows: [row],
      command: 'SELECT 1',
      notices: [],
      scanned: table.rows.length,
    };
  }
  const order = statement.order;
  if (order !== undefined) {
    const at = columnIndex(table, order.column);
    rows = [...rows].sort((a, b) => {
      const x = a[at] ?? null;
      const y = b[at] ?? null;
      // NULLs sort last going up and first going down, as in PostgreSQL.
      const base = x === null ? (y === null ? 0 : 1) : y === null ? -1 : compare(x, y);
      return order.desc ? -base : base;
    });
  }
  rows = rows.slice(
    statement.offset,
    statement.limit === undefined ? undefined : statement.offset + statement.limit,
  );
  const columns: string[] = [];
  const pick: ((row: Row) => string | null)[] = [];
  for (const item of statement.items) {
    const expr = item.expr;
    if (expr === 'star') {
      table.columns.forEach((column, index) => {
        columns.push(column);
        pick.push((row) => row[index] ?? null);
      });
    } else if (expr.kind === 'column') {
      const index = columnIndex(table, expr.name);
      columns.push(label(item));
      pick.push((row) => row[index] ?? null);
    } else {
      const value = constant(expr);
      columns.push(label(item));
      pick.push(() => value);
    }
  }
  return {
    columns,
    rows: rows.map((row) => pick.map((get) => get(row))),
    command: `SELECT ${rows.length}`,
    notices: [],
    scanned: table.rows.length,
  };
}

function written(
  data: SqlData,
  change: (copy: SqlData) => Omit<ConsoleOutcome, 'data' | 'columns' | 'rows'>,
): ConsoleOutcome {
  const copy = structuredClone(data);
  return { columns: [], rows: [], ...change(copy), data: copy };
}

/**
 * Runs one parsed statement on `data`.
 *
 * @throws {ConsoleError} With the engine-style reason (missing table or column, …).
 * @internal
 */
export function runSql(data: SqlData, statement: Statement, scope: ConsoleScope): ConsoleOutcome {
  switch (statement.kind) {
    case 'select':
      return runSelect(data, statement, scope);
    case 'insert':
      return written(data, (copy) => {
        const table = findTable(copy, statement.table, scope);
        const targets = (statement.columns ?? table.columns).map((c) => columnIndex(table, c));
        for (const values of statement.values) {
          if (values.length !== targets.length) {
            const more =
              values.length > targets.length
                ? 'expressions than target columns'
                : 'target columns than expressions';
            throw new ConsoleError(`INSERT has more ${more}`);
          }
          const row: Row = table.columns.map(() => null);
          targets.forEach((at, i) => {
            row[at] = values[i] ?? null;
          });
          table.rows.push(row);
        }
        const n = statement.values.length;
        return { command: `INSERT 0 ${n}`, rowsAffected: n, notices: [], scanned: 0 };
      });
    case 'update':
      return written(data, (copy) => {
        const table = findTable(copy, statement.table, scope);
        const sets = statement.set.map(
          ([column, value]) => [columnIndex(table, column), value] as const,
        );
        const matches = table.rows.filter(matcher(table, statement.where));
        for (const row of matches) for (const [at, value] of sets) row[at] = value;
        const n = matches.length;
        return { command: `UPDATE ${n}`, rowsAffected: n, notices: [], scanned: table.rows.length };
      });
    case 'delete':
      return written(data, (copy) => {
        const table = findTable(copy, statement.table, scope);
        const keep = matcher(table, statement.where);
        const before = table.rows.length;
        const kept = table.rows.filter((row) => !keep(row));
        table.rows.splice(0, before, ...kept);
        const n = before - kept.length;
        return { command: `DELETE ${n}`, rowsAffected: n, notices: [], scanned: before };
      });
    case 'create':
      return written(data, (copy) => {
        const schemaName = statement.table.schema ?? scope.defaultSchema;
        const schema = copy.schemas[schemaName];
        if (schema === undefined) throw new ConsoleError(`schema "${schemaName}" does not exist`);
        const name = statement.table.name;
        if (schema[name] !== undefined) {
          if (!statement.ifNotExists) throw new ConsoleError(`relation "${name}" already exists`);
          return {
            command: 'CREATE TABLE',
            notices: [`relation "${name}" already exists, skipping`],
            scanned: 0,
          };
        }
        const duplicate = statement.columns.find((c, i) => statement.columns.indexOf(c) !== i);
        if (duplicate !== undefined)
          throw new ConsoleError(`column "${duplicate}" specified more than once`);
        schema[name] = { columns: [...statement.columns], rows: [] };
        return { command: 'CREATE TABLE', notices: [], scanned: 0 };
      });
    case 'drop':
      return written(data, (copy) => {
        const schema = copy.schemas[statement.table.schema ?? scope.defaultSchema];
        const name = statement.table.name;
        if (schema?.[name] === undefined) {
          if (!statement.ifExists) throw new ConsoleError(`table "${name}" does not exist`);
          return {
            command: 'DROP TABLE',
            notices: [`table "${name}" does not exist, skipping`],
            scanned: 0,
          };
        }
        delete schema[name];
        return { command: 'DROP TABLE', notices: [], scanned: 0 };
      });
  }
}
