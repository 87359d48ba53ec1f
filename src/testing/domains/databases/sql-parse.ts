// The SQL the emulator's database console understands, parsed: a small, strict subset (SELECT
// with WHERE / ORDER BY / LIMIT / OFFSET, INSERT, UPDATE, DELETE, CREATE TABLE, DROP TABLE) over
// the in-memory tables of a database. Anything else is refused with a message that says so,
// rather than answered wrongly. Hand-written: a SQL library would be a runtime dependency of
// `@raff/sdk/testing` for a few dozen lines of grammar.
import {
  type Condition,
  ConsoleError,
  type Expr,
  type Statement,
  type TableRef,
  type Token,
  tokenize,
} from './sql-syntax.js';

/** The functions a select may call (without arguments), and the bare words that act as such. */
const FUNCTIONS = new Set(['version', 'now', 'current_database', 'database', 'user']);
const BARE_FUNCTIONS = new Set(['current_user', 'current_timestamp']);

class Parser {
  #at = 0;
  constructor(readonly tokens: readonly Token[]) {}

  peek(offset = 0): Token | undefined {
    return this.tokens[this.#at + offset];
  }
  next(): Token {
    const token = this.tokens[this.#at++];
    if (token === undefined) throw new ConsoleError('syntax error at end of input');
    return token;
  }
  isWord(word: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token?.kind === 'word' && token.text.toUpperCase() === word;
  }
  acceptWord(word: string): boolean {
    if (!this.isWord(word)) return false;
    this.#at++;
    return true;
  }
  word(word: string): void {
    if (!this.acceptWord(word)) this.fail();
  }
  acceptOp(op: string): boolean {
    const token = this.peek();
    if (token?.kind !== 'op' || token.text !== op) return false;
    this.#at++;
    return true;
  }
  op(op: string): void {
    if (!this.acceptOp(op)) this.fail();
  }
  fail(): never {
    const token = this.peek();
    throw new ConsoleError(
      token === undefined
        ? 'syntax error at end of input'
        : `syntax error at or near "${token.kind === 'string' ? `'${token.text}'` : token.text}"`,
    );
  }
  /** An identifier: unquoted ones fold to lower case, as PostgreSQL folds them. */
  name(): string {
    const token = this.next();
    if (token.kind === 'ident') return token.text;
    if (token.kind === 'word') return token.text.toLowerCase();
    this.#at--;
    return this.fail();
  }
  table(): TableRef {
    const first = this.name();
    if (!this.acceptOp('.')) return { schema: undefined, name: first };
    return { schema: first, name: this.name() };
  }
  literal(): string | null {
    if (this.acceptWord('NULL')) return null;
    if (this.acceptWord('TRUE')) return 'true';
    if (this.acceptWord('FALSE')) return 'false';
    const negative = this.acceptOp('-');
    const token = this.next();
    if (token.kind === 'number') return negative ? `-${token.text}` : token.text;
    if (token.kind === 'string' && !negative) return token.text;
    this.#at--;
    return this.fail();
  }
  list<T>(item: () => T): T[] {
    const items = [item()];
    while (this.acceptOp(',')) items.push(item());
    return items;
  }
  integer(): number {
    const token = this.next();
    if (token.kind !== 'number' || token.text.includes('.')) {
      this.#at--;
      this.fail();
    }
    return Number(token.text);
  }
  where(): Condition[] {
    if (!this.acceptWord('WHERE')) return [];
    const conditions: Condition[] = [];
    do conditions.push(this.condition());
    while (this.acceptWord('AND'));
    if (this.isWord('OR'))
      throw new ConsoleError('the emulator console joins conditions with AND only');
    return conditions;
  }
  condition(): Condition {
    const column = this.name();
    if (this.acceptWord('IS')) {
      const not = this.acceptWord('NOT');
      this.word('NULL');
      return { column, op: not ? 'is not null' : 'is null', value: null };
    }
    if (this.acceptWord('LIKE')) return { column, op: 'like', value: this.literal() };
    const token = this.next();
    const ops = ['=', '<>', '<', '<=', '>', '>='] as const;
    const op = ops.find((candidate) => token.kind === 'op' && token.text === candidate);
    if (op === undefined) throw new ConsoleError(`syntax error at or near "${token.text}"`);
    return { column, op, value: this.literal() };
  }
  done(): boolean {
    this.acceptOp(';');
    return this.peek() === undefined;
  }
}

function selectItem(p: Parser): { expr: Expr | 'star'; alias?: string } {
  let expr: Expr | 'star';
  const token = p.peek();
  if (p.acceptOp('*')) expr = 'star';
  else if (p.isWord('COUNT') && p.peek(1)?.text === '(') {
    p.next();
    p.op('(');
    p.op('*');
    p.op(')');
    expr = { kind: 'count' };
  } else if (
    token?.kind === 'word' &&
    FUNCTIONS.has(token.text.toLowerCase()) &&
    p.peek(1)?.text === '('
  ) {
    p.next();
    p.op('(');
    p.op(')');
    expr = { kind: 'function', name: token.text.toLowerCase() };
  } else if (token?.kind === 'word' && BARE_FUNCTIONS.has(token.text.toLowerCase())) {
    p.next();
    expr = { kind: 'function', name: token.text.toLowerCase() };
  } else if (token?.kind === 'word' || token?.kind === 'ident') {
    if (token.kind === 'word' && ['NULL', 'TRUE', 'FALSE'].includes(token.text.toUpperCase())) {
      expr = { kind: 'literal', value: p.literal() };
    } else expr = { kind: 'column', name: p.name() };
  } else expr = { kind: 'literal', value: p.literal() };
  if (p.acceptWord('AS')) return { expr, alias: p.name() };
  return { expr };
}

function select(p: Parser): Statement {
  const items = p.list(() => selectItem(p));
  const from = p.acceptWord('FROM') ? p.table() : undefined;
  const where = p.where();
  let order: { column: string; desc: boolean } | undefined;
  if (p.acceptWord('ORDER')) {
    p.word('BY');
    const column = p.name();
    const desc = p.acceptWord('DESC');
    if (!desc) p.acceptWord('ASC');
    order = { column, desc };
  }
  const limit = p.acceptWord('LIMIT') ? p.integer() : undefined;
  const offset = p.acceptWord('OFFSET') ? p.integer() : 0;
  return { kind: 'select', items, from, where, order, limit, offset };
}

/** Skips one column definition's type and constraints, up to the next top-level `,` or `)`. */
function skipDefinition(p: Parser): void {
  let depth = 0;
  for (;;) {
    const token = p.peek();
    if (token === undefined) p.fail();
    if (depth === 0 && token.kind === 'op' && (token.text === ',' || token.text === ')')) return;
    if (token.kind === 'op' && token.text === '(') depth++;
    if (token.kind === 'op' && token.text === ')') depth--;
    p.next();
  }
}

function statement(p: Parser): Statement {
  if (p.acceptWord('SELECT')) return select(p);
  if (p.acceptWord('INSERT')) {
    p.word('INTO');
    const table = p.table();
    let columns: string[] | undefined;
    if (p.acceptOp('(')) {
      columns = p.list(() => p.name());
      p.op(')');
    }
    p.word('VALUES');
    const values = p.list(() => {
      p.op('(');
      const row = p.list(() => p.literal());
      p.op(')');
      return row;
    });
    return { kind: 'insert', table, columns, values };
  }
  if (p.acceptWord('UPDATE')) {
    const table = p.table();
    p.word('SET');
    const set = p.list((): [string, string | null] => {
      const column = p.name();
      p.op('=');
      return [column, p.literal()];
    });
    return { kind: 'update', table, set, where: p.where() };
  }
  if (p.acceptWord('DELETE')) {
    p.word('FROM');
    const table = p.table();
    return { kind: 'delete', table, where: p.where() };
  }
  if (p.acceptWord('CREATE')) {
    p.word('TABLE');
    const ifNotExists = p.acceptWord('IF');
    if (ifNotExists) {
      p.word('NOT');
      p.word('EXISTS');
    }
    const table = p.table();
    p.op('(');
    const columns = p.list(() => {
      const column = p.name();
      skipDefinition(p);
      return column;
    });
    p.op(')');
    return { kind: 'create', table, columns, ifNotExists };
  }
  if (p.acceptWord('DROP')) {
    p.word('TABLE');
    const ifExists = p.acceptWord('IF');
    if (ifExists) p.word('EXISTS');
    return { kind: 'drop', table: p.table(), ifExists };
  }
  throw new ConsoleError(
    `the emulator's console runs SELECT, INSERT, UPDATE, DELETE, CREATE TABLE and DROP TABLE; not ${p.peek()?.text ?? 'an empty statement'}`,
  );
}

/**
 * Parses one statement (a trailing `;` is allowed, a second statement is not).
 *
 * @throws {ConsoleError} With the engine-style reason.
 * @internal
 */
export function parseStatement(sql: string): Statement {
  const parser = new Parser(tokenize(sql));
  const parsed = statement(parser);
  if (!parser.done()) {
    if (parser.peek() !== undefined && parser.tokens.some((t) => t.text === ';')) {
      throw new ConsoleError('the console runs one statement at a time');
    }
    parser.fail();
  }
  return parsed;
}
