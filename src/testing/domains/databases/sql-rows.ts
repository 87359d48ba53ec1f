// What the console's SQL runs on and gives back, and the row-level rules it follows: NULLs,
// comparisons (as numbers when both sides are numbers), LIKE, and finding tables and columns.
import type { EngineData, Table } from './contents.js';
import { type Condition, ConsoleError, type TableRef } from './sql-syntax.js';

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

/**
 * A row of a table: text values, `null` for NULL.
 *
 * @internal
 */
export type Row = (string | null)[];

function numeric(value: string): boolean {
  return value.trim() !== '' && Number.isFinite(Number(value));
}

/**
 * Compares as numbers when both sides are numbers, else as text.
 *
 * @internal
 */
export function compare(a: string, b: string): number {
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

/**
 * The table a statement names, in the default schema when it names none.
 *
 * @throws {ConsoleError} When there is no such table.
 * @internal
 */
export function findTable(data: SqlData, ref: TableRef, scope: ConsoleScope): Table {
  const table = data.schemas[ref.schema ?? scope.defaultSchema]?.[ref.name];
  if (table === undefined) throw new ConsoleError(`relation "${tableName(ref)}" does not exist`);
  return table;
}

/**
 * Where a column is in a table's rows.
 *
 * @throws {ConsoleError} When the table has no such column.
 * @internal
 */
export function columnIndex(table: Table, column: string): number {
  const index = table.columns.indexOf(column);
  if (index < 0) throw new ConsoleError(`column "${column}" does not exist`);
  return index;
}

/**
 * A test for the rows a WHERE keeps (its conditions joined by AND).
 *
 * @throws {ConsoleError} For a condition on a column the table lacks.
 * @internal
 */
export function matcher(table: Table, where: readonly Condition[]): (row: Row) => boolean {
  const checks = where.map((condition) => ({
    condition,
    at: columnIndex(table, condition.column),
  }));
  return (row) => checks.every(({ condition, at }) => holds(condition, row[at] ?? null));
}
