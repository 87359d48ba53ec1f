// SELECT on the console's in-memory tables.
import {
  type ConsoleOutcome,
  type ConsoleScope,
  columnIndex,
  compare,
  findTable,
  matcher,
  type Row,
  type SqlData,
} from './sql-rows.js';
import { ConsoleError, type Expr, type Statement } from './sql-syntax.js';

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

/**
 * Runs a SELECT: with a table, its matching rows in order and within LIMIT / OFFSET (or their
 * count); without one, a single row of constants and functions.
 *
 * @throws {ConsoleError} For a missing table or column.
 * @internal
 */
export function runSelect(
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
