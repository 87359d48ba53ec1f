import type { Access } from '../access.js';
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

// openapi.json documents 20 for projects and VMs and 50 elsewhere; the Limit parameter is shared.
const DEFAULT_LIMITS: Readonly<Record<string, number>> = { listProjects: 20, listVMs: 20 };

/**
 * A list envelope with `limit`/`offset` applied: `{ success, data, total }`.
 *
 * @internal
 */
export function page<T>(context: HandlerContext, items: readonly T[]): HandlerResult {
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
