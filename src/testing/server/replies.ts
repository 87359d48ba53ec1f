// The answers handlers build, typed so that each checks against the operation's 2xx schema, and
// the lookups most handlers start with.
import { notFound } from './errors.js';
import type { KeyedContext } from './handler.js';
import type { Operation } from './operations.js';

/**
 * A single-object envelope: `{ success, data }`.
 *
 * @internal
 */
export function one<T>(data: T): { readonly body: { success: true; data: T } } {
  return { body: { success: true, data } };
}

/**
 * A bare confirmation: `{ success, message }`.
 *
 * @internal
 */
export function done(message: string): { readonly body: { success: true; message: string } } {
  return { body: { success: true, message } };
}

/**
 * An unpaged list envelope: `{ success, data }`.
 *
 * @internal
 */
export function all<T>(data: readonly T[]): { readonly body: { success: true; data: T[] } } {
  return { body: { success: true, data: [...data] } };
}

/**
 * What {@link page} reads of a request: the operation (for its page size) and `limit`/`offset`.
 *
 * @internal
 */
export interface PageRequest {
  readonly operation: Operation;
  readonly query: { readonly limit?: number; readonly offset?: number };
}

/**
 * A page of a list envelope: `{ success, data, total }`, `limit` items from `offset`; without
 * `limit` the operation's page size (generated from openapi.json), 50 when it has none.
 *
 * @internal
 */
export function page<T>(
  request: PageRequest,
  items: readonly T[],
): { readonly body: { success: true; data: T[]; total: number } } {
  const limit = request.query.limit ?? request.operation.pageSize ?? 50;
  const offset = request.query.offset ?? 0;
  return {
    body: { success: true, data: items.slice(offset, offset + limit), total: items.length },
  };
}

/**
 * The project a header-scoped mutation acts in (the pipeline already required the header).
 *
 * @throws {Error} When called for an operation without a resolved project.
 * @internal
 */
export function headerProject(context: Pick<KeyedContext, 'projectIds'>): string {
  const [projectId] = context.projectIds;
  if (projectId === undefined) throw new Error('X-Project-ID was not resolved');
  return projectId;
}

/**
 * Checks the operation's permission on the project of a resource found by id (operations whose
 * `x-raff-permission-project` is `resource`); without a permission, that the key reaches the
 * project at all.
 *
 * @throws {HttpError} 403 when the key may not.
 * @internal
 */
export function requireResourceAccess(
  context: Pick<KeyedContext, 'access' | 'operation'>,
  projectId: string,
): void {
  const permission = context.operation.permission;
  if (permission === undefined) context.access.requireReach(projectId);
  else context.access.requireProject(projectId, permission);
}

/**
 * A resource found by id for an operation whose permission project is `resource`: 404 when it is
 * missing or outside the `X-Project-ID` sent, then the operation's permission on its project.
 *
 * @throws {HttpError} 404 or 403.
 * @internal
 */
export function scopedResource<T extends { readonly projectId: string }>(
  context: Pick<KeyedContext, 'access' | 'operation' | 'projectIds'>,
  resource: T | undefined,
  what: string,
): T {
  const [projectId] = context.projectIds;
  if (resource === undefined || (projectId !== undefined && resource.projectId !== projectId)) {
    throw notFound(`${what} not found`);
  }
  requireResourceAccess(context, resource.projectId);
  return resource;
}

/**
 * A resource of the `X-Project-ID` project for a header-scoped mutation; 404 otherwise.
 *
 * @throws {HttpError} 404.
 * @internal
 */
export function projectResource<T extends { readonly projectId: string }>(
  context: Pick<KeyedContext, 'projectIds'>,
  resource: T | undefined,
  what: string,
): T {
  const projectId = headerProject(context);
  if (resource === undefined || resource.projectId !== projectId) {
    throw notFound(`${what} not found in project ${projectId}`);
  }
  return resource;
}
