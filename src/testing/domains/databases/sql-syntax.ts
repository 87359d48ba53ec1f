// The words of the SQL the emulator's database console understands (sql-parse.ts reads them into
// statements): tokens, the statement shapes, and the refusal every console part throws.

/**
 * A statement the console refused, with the engine-style message the API answers with.
 *
 * @internal
 */
export class ConsoleError extends Error {
  override readonly name = 'ConsoleError';
}

/** A table named in a statement; `schema` left out means the database's default one. */
export interface TableRef {
  readonly schema: string | undefined;
  readonly name: string;
}

/** What a select item reads. */
export type Expr =
  | { readonly kind: 'column'; readonly name: string }
  | { readonly kind: 'literal'; readonly value: string | null }
  | { readonly kind: 'function'; readonly name: string }
  | { readonly kind: 'count' };

/** One condition of a WHERE; conditions are joined by AND. */
export interface Condition {
  readonly column: string;
  readonly op: '=' | '<>' | '<' | '<=' | '>' | '>=' | 'like' | 'is null' | 'is not null';
  readonly value: string | null;
}

/** A parsed statement. */
export type Statement =
  | {
      readonly kind: 'select';
      readonly items: readonly { readonly expr: Expr | 'star'; readonly alias?: string }[];
      readonly from: TableRef | undefined;
      readonly where: readonly Condition[];
      readonly order: { readonly column: string; readonly desc: boolean } | undefined;
      readonly limit: number | undefined;
      readonly offset: number;
    }
  | {
      readonly kind: 'insert';
      readonly table: TableRef;
      readonly columns: readonly string[] | undefined;
      readonly values: readonly (string | null)[][];
    }
  | {
      readonly kind: 'update';
      readonly table: TableRef;
      readonly set: readonly (readonly [string, string | null])[];
      readonly where: readonly Condition[];
    }
  | { readonly kind: 'delete'; readonly table: TableRef; readonly where: readonly Condition[] }
  | {
      readonly kind: 'create';
      readonly table: TableRef;
      readonly columns: readonly string[];
      readonly ifNotExists: boolean;
    }
  | { readonly kind: 'drop'; readonly table: TableRef; readonly ifExists: boolean };

/**
 * One token of a statement.
 *
 * @internal
 */
export interface Token {
  readonly kind: 'word' | 'ident' | 'number' | 'string' | 'op';
  readonly text: string;
}

const OPS = ['<=', '>=', '<>', '!=', '=', '<', '>', ',', '(', ')', '*', '.', ';', '-'];

/**
 * The tokens of a statement: words, quoted identifiers, numbers, strings and operators.
 *
 * @throws {ConsoleError} At a character no token starts with.
 * @internal
 */
export function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const rest = sql.slice(i);
    const space = /^(\s+|--[^\n]*)/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const string = /^'((?:[^']|'')*)'/.exec(rest);
    const quoted = /^"([^"]+)"|^`([^`]+)`/.exec(rest);
    const number = /^\d+(\.\d+)?/.exec(rest);
    const word = /^[A-Za-z_][A-Za-z0-9_$]*/.exec(rest);
    const op = OPS.find((candidate) => rest.startsWith(candidate));
    if (string) tokens.push({ kind: 'string', text: (string[1] ?? '').replaceAll("''", "'") });
    else if (quoted) tokens.push({ kind: 'ident', text: quoted[1] ?? quoted[2] ?? '' });
    else if (number) tokens.push({ kind: 'number', text: number[0] });
    else if (word) tokens.push({ kind: 'word', text: word[0] });
    else if (op !== undefined) tokens.push({ kind: 'op', text: op === '!=' ? '<>' : op });
    else throw new ConsoleError(`syntax error at or near "${rest.slice(0, 12)}"`);
    i += (string ?? quoted ?? number ?? word)?.[0].length ?? op?.length ?? 1;
  }
  return tokens;
}

/**
 * The first keyword of a statement, upper case (`SELECT`, `INSERT`, …); `''` for none.
 *
 * @internal
 */
export function leadingKeyword(sql: string): string {
  return /^\s*(?:--[^\n]*\s*)*([A-Za-z]+)/.exec(sql)?.[1]?.toUpperCase() ?? '';
}

/**
 * The statement with its literals replaced by `$1`, `$2`, … (as pg_stat_statements groups them).
 *
 * @internal
 */
export function normalize(sql: string): string {
  let n = 0;
  try {
    return tokenize(sql)
      .filter((token) => token.text !== ';' || token.kind !== 'op')
      .map((token) =>
        token.kind === 'string' || token.kind === 'number'
          ? `$${++n}`
          : token.kind === 'ident'
            ? `"${token.text}"`
            : token.text,
      )
      .join(' ')
      .replaceAll(' . ', '.')
      .replaceAll(' ,', ',')
      .replaceAll('( ', '(')
      .replaceAll(' )', ')');
  } catch {
    return sql.trim();
  }
}
