// Runs a parsed statement on a database's in-memory tables: deterministic answers to reads, and
// writes that return the new state of the data (the caller keeps it in the database's history,
// so restores can go back to any earlier state).
import {
  type ConsoleOutcome,
  type ConsoleScope,
  columnIndex,
  findTable,
  matcher,
  type Row,
  type SqlData,
} from './sql-rows.js';
import { runSelect } from './sql-select.js';
import { ConsoleError, type Statement } from './sql-syntax.js';

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
