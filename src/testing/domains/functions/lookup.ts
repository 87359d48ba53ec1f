// How a function named in the path is found (UUID, `fn-…` short id, slug or name: all four work),
// the lock on Functions before an account's first top-up, and the 404s of the domain.
import { randomBytes } from 'node:crypto';
import type { EmulatorState } from '../../server/account.js';
import { forbidden, notFound } from '../../server/errors.js';
import type { KeyedContext } from '../../server/handler.js';
import { type FunctionRecord, functions } from './records.js';

/**
 * The message Raff's 403 carries while Functions are locked.
 *
 * @internal
 */
export const LOCKED_MESSAGE =
  'Functions are locked until the account has been topped up with at least $5';

/**
 * Throws the 403 Raff answers until the account's first top-up of at least $5.
 *
 * @internal
 */
export function requireFunctionsUnlocked(state: EmulatorState, message = LOCKED_MESSAGE): void {
  if (!state.toppedUp) throw forbidden(message);
}

/**
 * The function a path names by id, short id, slug or name, in a project the key reaches; 404
 * otherwise (a function in a project the key cannot reach is not one it can see).
 *
 * @throws {HttpError} 404.
 * @internal
 */
export function findFunction(
  context: Pick<KeyedContext, 'state' | 'access'>,
  ref: string,
): FunctionRecord {
  const all = functions.in(context.state);
  const fn =
    all.find(ref) ??
    all.values().find((f) => f.shortId === ref || f.slug === ref || f.name === ref);
  if (fn === undefined || context.access.projectPermissions(fn.projectId) === undefined) {
    throw notFound(`Function ${ref} not found`);
  }
  return fn;
}

/**
 * The functions of every project the key reaches, oldest first.
 *
 * @internal
 */
export function visibleFunctions(
  context: Pick<KeyedContext, 'state' | 'access'>,
): FunctionRecord[] {
  const reached = new Set(context.access.projectsReached());
  return functions.in(context.state).where((fn) => reached.has(fn.projectId));
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * `n` random lowercase letters and digits.
 *
 * @internal
 */
export function randomTag(n: number): string {
  return [...randomBytes(n)].map((b) => ALPHABET[b % ALPHABET.length]).join('');
}

/**
 * A new short id, `fn-` and eight characters.
 *
 * @internal
 */
export function newShortId(state: EmulatorState): string {
  for (;;) {
    const id = `fn-${randomTag(8)}`;
    if (
      !functions
        .in(state)
        .values()
        .some((fn) => fn.shortId === id)
    )
      return id;
  }
}

/**
 * A URL label: `base` (the requested slug or the name) made DNS-safe, plus a random suffix.
 *
 * @internal
 */
export function newSlug(base: string): string {
  const label =
    base
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'fn';
  return `${label}-${randomTag(6)}`;
}
