import type * as z from 'zod/mini';
import { RaffValidationError, type RaffValidationIssue } from '../core/errors.js';

/**
 * A schema built on first use: constructing zod schemas at import time would be paid by every
 * cold start, even one that never validates that input.
 */
export function lazy<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}

/**
 * The problems zod finds in `input`, as issues with paths and messages but never the offending
 * values (`reportInput: false`); `prefix` is prepended to each path.
 */
export function zodIssues(
  schema: z.ZodMiniType,
  input: unknown,
  prefix: readonly (string | number)[] = [],
): RaffValidationIssue[] {
  const result = schema.safeParse(input, { reportInput: false });
  return (result.error?.issues ?? []).map((issue) => ({
    path: [
      ...prefix,
      ...issue.path.filter((key): key is string | number => typeof key !== 'symbol'),
    ],
    code: issue.code,
    message: issue.message,
  }));
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
  throw validationError(what, zodIssues(resolved, input));
}
