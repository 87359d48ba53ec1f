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
 * Parses `input` with a zod schema and turns any failure into a {@link RaffValidationError}
 * whose issues carry paths and messages but never the offending values.
 */
export function parseInput<T extends z.ZodMiniType>(
  schema: T | (() => T),
  input: unknown,
  what: string,
): z.output<T> {
  const resolved = typeof schema === 'function' ? (schema as () => T)() : schema;
  const result = resolved.safeParse(input, { reportInput: false });
  if (result.success) return result.data;
  const issues: RaffValidationIssue[] = result.error.issues.map((issue) => ({
    path: issue.path.filter((key): key is string | number => typeof key !== 'symbol'),
    code: issue.code,
    message: issue.message,
  }));
  throw new RaffValidationError(`Invalid ${what}: ${describeIssues(issues)}`, issues);
}

/** `a.b: message; c: message` — the one-line summary used in validation error messages. */
export function describeIssues(issues: readonly RaffValidationIssue[]): string {
  return issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ` : '') + issue.message)
    .join('; ');
}
