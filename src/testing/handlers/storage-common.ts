import type { VmRecord } from '../server/account.js';
import { notFound } from '../server/errors.js';
import { requireStatus } from '../server/lifecycle.js';
import type { HandlerContext } from './context.js';

/**
 * Checks the operation's permission on the project of a resource found by id (operations whose
 * `x-raff-permission-project` is `resource`).
 *
 * @internal
 */
export function requireResourceAccess(context: HandlerContext, projectId: string): void {
  const permission = context.operation.permission;
  if (permission !== undefined) context.access.requireProject(projectId, permission);
}

/**
 * The integer `{id}` of the path (volumes, snapshots, schedules).
 *
 * @internal
 */
export function intId(context: HandlerContext): number {
  return Number(context.params.id);
}

/**
 * Throws 404 for a resource that is missing or lives in another project than `projectId`.
 *
 * @internal
 */
export function found<T extends { readonly projectId: string }>(
  resource: T | undefined,
  what: string,
  projectId?: string,
): T {
  if (resource === undefined || (projectId !== undefined && resource.projectId !== projectId)) {
    throw notFound(
      projectId === undefined ? `${what} not found` : `${what} not found in project ${projectId}`,
    );
  }
  return resource;
}

/**
 * Throws 409 unless the VM is stopped (`passive`), as restoring a backup or snapshot onto it needs.
 *
 * @internal
 */
export function requirePassiveVm(vm: VmRecord, action: string): void {
  requireStatus(`VM ${vm.id}`, vm.status, ['passive'], action);
}
