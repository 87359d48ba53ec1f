import type { Access } from '../server/access.js';
import type { EmulatorState, KeyRecord } from '../server/account.js';
import { notFound } from '../server/errors.js';
import type { Operation } from '../server/operations.js';

/**
 * What a handler not yet moved to src/testing/domains sees: untyped parameters and body.
 *
 * @internal
 */
export interface HandlerContext {
  readonly state: EmulatorState;
  readonly key: KeyRecord;
  readonly access: Access;
  readonly operation: Operation;
  readonly params: Readonly<Record<string, string>>;
  /** Query parameters declared in openapi.json, coerced to their types. */
  readonly query: Readonly<Record<string, unknown>>;
  /** The validated JSON body, `undefined` when none was sent. */
  readonly body: unknown;
  readonly projectIds: readonly string[];
  /** The emulated time of the request, epoch milliseconds. */
  readonly now: number;
}

/**
 * A handler's answer; `status` defaults to the operation's documented 2xx.
 *
 * @internal
 */
export interface HandlerResult {
  readonly body: unknown;
  readonly status?: number;
}

/**
 * One operation's behaviour, untyped (until moved to src/testing/domains).
 *
 * @internal
 */
export type Handler = (context: HandlerContext) => HandlerResult;

/**
 * A list envelope with `limit`/`offset` applied: `{ success, data, total }`.
 *
 * @internal
 */
export function page<T>(
  context: Pick<HandlerContext, 'query' | 'operation'>,
  items: readonly T[],
): HandlerResult {
  const limit =
    typeof context.query.limit === 'number'
      ? context.query.limit
      : (context.operation.pageSize ?? 50);
  const offset = typeof context.query.offset === 'number' ? context.query.offset : 0;
  return {
    body: { success: true, data: items.slice(offset, offset + limit), total: items.length },
  };
}

/**
 * A single-object envelope: `{ success, data }`.
 *
 * @internal
 */
export function one(data: unknown, status?: number): HandlerResult {
  return status === undefined
    ? { body: { success: true, data } }
    : { body: { success: true, data }, status };
}

/**
 * A delete envelope: `{ success, message }`.
 *
 * @internal
 */
export function done(message: string): HandlerResult {
  return { body: { success: true, message } };
}

/**
 * The validated body as a record of fields.
 *
 * @internal
 */
export function fields(context: HandlerContext): Record<string, unknown> {
  return (context.body ?? {}) as Record<string, unknown>;
}

/**
 * The project a header-scoped mutation acts in (the pipeline already required the header).
 *
 * @internal
 */
export function headerProject(context: HandlerContext): string {
  const [projectId] = context.projectIds;
  if (projectId === undefined) throw new Error('X-Project-ID was not resolved');
  return projectId;
}

/**
 * An unpaged list envelope: `{ success, data }`.
 *
 * @internal
 */
export function all(data: readonly unknown[]): HandlerResult {
  return { body: { success: true, data } };
}

/**
 * A resource found by id for an operation whose permission project is `resource`: 404 when it is
 * missing or outside the `X-Project-ID` sent, then the operation's permission on its project.
 *
 * @internal
 */
export function scopedResource<T extends { readonly projectId: string }>(
  context: HandlerContext,
  resource: T | undefined,
  what: string,
): T {
  const [projectId] = context.projectIds;
  if (resource === undefined || (projectId !== undefined && resource.projectId !== projectId)) {
    throw notFound(`${what} not found`);
  }
  const permission = context.operation.permission;
  if (permission !== undefined) context.access.requireProject(resource.projectId, permission);
  return resource;
}

/**
 * A resource of the `X-Project-ID` project for a header-scoped mutation; 404 otherwise.
 *
 * @internal
 */
export function projectResource<T extends { readonly projectId: string }>(
  context: HandlerContext,
  resource: T | undefined,
  what: string,
): T {
  const projectId = headerProject(context);
  if (resource === undefined || resource.projectId !== projectId) {
    throw notFound(`${what} not found in project ${projectId}`);
  }
  return resource;
}
