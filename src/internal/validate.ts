import type * as z from 'zod/mini';
import { RaffValidationError, type RaffValidationIssue } from '../shared/errors.js';
import { redactText } from '../shared/redact.js';

/**
 * A schema built on first use: constructing zod schemas at import time would be paid by every
 * cold start, even one that never validates that input.
 */
export function lazy<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}

// What the issue maps below read of zod's issues and schemas; zod/mini exports no such types.
interface RawIssue {
  readonly code: string;
  readonly path?: readonly PropertyKey[];
  readonly message?: string;
  readonly input?: unknown;
  readonly expected?: string;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
  readonly errors?: readonly (readonly RawIssue[])[];
  /** What was wrong with a record's key (`invalid_key`), already in words. */
  readonly issues?: readonly RawIssue[];
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly origin?: string;
  readonly format?: string;
  readonly divisor?: number | bigint;
  readonly inst?: unknown;
}
interface SchemaDef {
  readonly type: string;
  readonly shape?: Readonly<Record<string, unknown>>;
  readonly innerType?: unknown;
  readonly element?: unknown;
  readonly valueType?: unknown;
  readonly in?: unknown;
}

/**
 * What a value is, for messages that must never show the value itself (it could be a secret):
 * `string`, `number`, `NaN`, `boolean`, `null`, `undefined`, `array`, `Date`, `function`, `object`…
 */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'invalid Date' : 'Date';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}

const EXPECTED: Readonly<Record<string, string>> = { date: 'Date', nonoptional: 'a value' };
const expectedName = (expected: string | undefined) =>
  (expected && EXPECTED[expected]) ?? expected ?? 'another type';

function defOf(schema: unknown): SchemaDef | undefined {
  return (schema as { _zod?: { def?: SchemaDef } } | undefined)?._zod?.def;
}

/** The schema at `path` inside `schema`, through optional, default, pipe and the like. */
function schemaAt(schema: unknown, path: readonly PropertyKey[]): SchemaDef | undefined {
  let def = defOf(schema);
  for (let i = 0; ; i++) {
    while (def?.innerType !== undefined || def?.type === 'pipe') {
      def = defOf(def.type === 'pipe' ? def.in : def.innerType);
    }
    if (i === path.length || def === undefined) return def;
    const key = path[i];
    if (def.type === 'object' && typeof key === 'string') {
      def = Object.hasOwn(def.shape ?? {}, key) ? defOf(def.shape?.[key]) : undefined;
    } else if (def.type === 'array') def = defOf(def.element);
    else if (def.type === 'record') def = defOf(def.valueType);
    else return undefined;
  }
}

/** Whether the value had the wrong type (rather than a wrong value of the right type). */
function wrongType(issue: RawIssue, schema: unknown): boolean {
  const received = typeName(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      return true;
    case 'invalid_value':
      return !(issue.values ?? []).some((value) => typeName(value) === received);
    case 'invalid_union':
      // Every alternative rejected the value as a whole for its type.
      return (issue.errors ?? []).every((alternative) =>
        alternative.some((inner) => (inner.path ?? []).length === 0 && wrongType(inner, schema)),
      );
    case 'custom':
      // z.custom() is a type check of its own; a refinement runs only on a value of the right type.
      return schemaAt(schema, issue.path ?? [])?.type === 'custom';
    default:
      return false;
  }
}

/** The types an alternative of a union expected, e.g. `string or object`. */
function unionExpected(issue: RawIssue): string {
  const names = new Set<string>();
  for (const alternative of issue.errors ?? []) {
    for (const inner of alternative) {
      if ((inner.path ?? []).length > 0) continue;
      if (inner.code === 'invalid_type') names.add(expectedName(inner.expected));
      for (const value of inner.values ?? []) names.add(typeName(value));
    }
  }
  return names.size > 0 ? [...names].join(' or ') : 'one of the allowed shapes';
}

const quote = (name: string) => JSON.stringify(redactText(name).slice(0, 64));

// Optimal string alignment distance (a swap of two neighbours counts once), for did-you-mean.
function distance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      const up = rows[i - 1];
      const row = rows[i] as number[];
      if (up === undefined) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(best);
    }
  }
  return rows[a.length]?.[b.length] ?? Number.POSITIVE_INFINITY;
}

/** The valid name `key` was most likely meant to be, if any is close. */
export function closest(key: string, valid: readonly string[]): string | undefined {
  if (key.length > 64) return undefined;
  const folded = key.toLowerCase();
  const sameLetters = valid.find((name) => name.toLowerCase() === folded);
  if (sameLetters !== undefined) return sameLetters;
  let best: string | undefined;
  let bestDistance = Math.min(2, Math.floor(key.length / 3));
  for (const name of valid) {
    const d = distance(folded, name.toLowerCase());
    if (d <= bestDistance) {
      best = name;
      bestDistance = d - 1;
    }
  }
  if (best !== undefined || folded.length < 4) return best;
  // `retries` for maxRetries, `timeoutMs` for timeout.
  return valid.find((name) => {
    const other = name.toLowerCase();
    return other.length >= 4 && (other.includes(folded) || folded.includes(other));
  });
}

function unknownKeys(issue: RawIssue, noun: string): string {
  const keys = issue.keys ?? [];
  const valid = Object.keys(defOf(issue.inst)?.shape ?? {});
  const hints = keys.flatMap((key) => {
    const near = closest(key, valid);
    if (near === undefined) return [];
    return keys.length === 1
      ? [`did you mean "${near}"?`]
      : [`${quote(key)}: did you mean "${near}"?`];
  });
  const shown = valid.length > 24 ? `${valid.slice(0, 24).join(', ')}, …` : valid.join(', ');
  if (valid.length > 0) hints.push(`valid ${noun}s: ${shown}`);
  const names = keys.map(quote).join(', ');
  return `unknown ${noun}${keys.length === 1 ? '' : 's'} ${names}${hints.length > 0 ? ` (${hints.join(' ')})` : ''}`;
}

const received = (issue: RawIssue) => typeName(issue.input);
// `received undefined` reads as a riddle: a missing field is called missing.
const given = (issue: RawIssue) =>
  issue.input === undefined ? 'missing' : `received ${received(issue)}`;

/** Words for an issue whose schema gave no message of its own; never the value itself. */
function describe(issue: RawIssue, noun: string): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `is required (expected ${expectedName(issue.expected)})`
        : `expected ${expectedName(issue.expected)}, received ${received(issue)}`;
    case 'invalid_value': {
      const values = (issue.values ?? []).map((value) => String(value)).join(', ');
      const type = (issue.values ?? []).some((value) => typeName(value) === received(issue));
      return `expected one of ${values}${type ? '' : `, ${given(issue)}`}`;
    }
    case 'invalid_union':
      return `expected ${unionExpected(issue)}, ${given(issue)}`;
    case 'unrecognized_keys':
      return unknownKeys(issue, (issue.path ?? []).length === 0 ? noun : 'field');
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const word = issue.code === 'too_small' ? 'at least' : 'at most';
      const unit =
        issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
      return `must be ${word} ${String(bound)}${unit}`;
    }
    case 'invalid_format':
      return `must be a valid ${issue.format ?? 'value'}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'invalid_key': {
      // The key's own schema says what is wrong with it (e.g. a header name the client sets).
      const why = (issue.issues ?? []).map((inner) => inner.message).filter(Boolean);
      return why.length > 0 ? why.join('; ') : 'has a key that is not allowed';
    }
    case 'invalid_element':
      return 'has an element that is not allowed';
    default:
      return 'is not valid';
  }
}

/** The noun for unknown top-level keys, from what is being validated (`client options` …). */
function nounFor(what: string): string {
  if (/options?$/.test(what)) return 'option';
  if (/params?$/.test(what)) return 'parameter';
  return 'field';
}

function toIssues(
  schema: z.ZodMiniType,
  input: unknown,
  prefix: readonly (string | number)[],
  noun: string,
): RaffValidationIssue[] {
  const described = new Set<string>();
  const result = schema.safeParse(input, {
    // Each issue's input is read below for its type only; it is never copied into an issue.
    reportInput: true,
    error: (issue) => {
      const message = describe(issue as unknown as RawIssue, noun);
      described.add(message);
      return message;
    },
  });
  return (result.error?.issues ?? []).map((zodIssue) => {
    const issue = zodIssue as unknown as RawIssue;
    let message = zodIssue.message;
    // A schema's own message stays; it is told what type came instead when that was the problem.
    if (!described.has(message) && wrongType(issue, schema)) {
      message = `${message} (${given(issue)})`;
    }
    return {
      path: [
        ...prefix,
        ...zodIssue.path.filter((key): key is string | number => typeof key !== 'symbol'),
      ],
      code: zodIssue.code,
      message,
    };
  });
}

/**
 * The problems zod finds in `input`, as issues with paths and messages that say what was
 * expected and what type came instead, but never the offending values; unknown keys are listed
 * by name with the valid ones (and a did-you-mean). `prefix` is prepended to each path; `what`
 * (e.g. `client options`) picks the word for unknown keys.
 */
export function zodIssues(
  schema: z.ZodMiniType,
  input: unknown,
  prefix: readonly (string | number)[] = [],
  what = '',
): RaffValidationIssue[] {
  return toIssues(schema, input, prefix, nounFor(what));
}

/** The error for invalid `what`: `Invalid <what>: a.b: message; c: message`. */
export function validationError(
  what: string,
  issues: readonly RaffValidationIssue[],
): RaffValidationError {
  const summary = issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ` : '') + issue.message)
    .join('; ');
  return new RaffValidationError(`Invalid ${what}: ${summary}`, issues);
}

/**
 * Parses `input` with a zod schema (or a {@link lazy} one) and turns any failure into a
 * {@link RaffValidationError}.
 */
export function parseInput<T extends z.ZodMiniType>(
  schema: T | (() => T),
  input: unknown,
  what: string,
): z.output<T> {
  const resolved = typeof schema === 'function' ? (schema as () => T)() : schema;
  const result = resolved.safeParse(input, { reportInput: false });
  if (result.success) return result.data;
  throw validationError(what, zodIssues(resolved, input, [], what));
}
