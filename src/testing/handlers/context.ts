import type { Access } from '../access.js';
import { notFound } from '../errors.js';
import type { Operation } from '../spec.js';
import type { EmulatorState, KeyRecord } from '../state.js';

/**
 * Everything a handler sees: the request, already authenticated, validated and checked against
 * the operation's permission (except `resource` permissions, which need the resource first).
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
  /**
   * For operations scoped by `X-Project-ID`: the header's project, or (a list without the
   * header) every project where the key holds the operation's permission.
   */
  readonly projectIds: readonly string[];
  /** The emulated time of the request, epoch milliseconds. */
  readonly now: number;
}

/**
 * What a keyless (public) operation's handler sees: no key, no project.
 *
 * @internal
 */
export type PublicContext = Pick<HandlerContext, 'state' | 'operation' | 'query' | 'now'>;

/**
 * A keyless operation's behaviour.
 *
 * @internal
 */
export type PublicHandler = (context: PublicContext) => HandlerResult;

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
 * One operation's behaviour.
 *
 * @internal
 */
export type Handler = (context: HandlerContext) => HandlerResult;

// openapi.json documents 20 for projects, VMs and IPs and 50 elsewhere; Limit is shared.
const DEFAULT_LIMITS: Readonly<Record<string, number>> = {
  listProjects: 20,
  listVMs: 20,
  listIPs: 20,
};

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
      : (DEFAULT_LIMITS[context.operation.operationId] ?? 50);
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
