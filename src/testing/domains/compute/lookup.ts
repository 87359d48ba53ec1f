import type { EmulatorState } from '../../server/account.js';
import type { KeyedContext } from '../../server/handler.js';
import { headerProject, requireResourceAccess } from '../../server/replies.js';
import { type VmRecord, vms } from './records.js';

/**
 * What a lookup of the path's VM reads of a request.
 *
 * @internal
 */
export type VmPathContext = Pick<KeyedContext, 'state' | 'projectIds' | 'access' | 'operation'> & {
  readonly params: { readonly id: string };
};

/**
 * The VM `id`, which must live in `projectId` when one is given (404 otherwise).
 *
 * @throws {HttpError} 404.
 * @internal
 */
export function findVm(state: EmulatorState, id: string, projectId?: string): VmRecord {
  return vms.in(state).get(id, projectId);
}

/**
 * The VM of the path in the project of `X-Project-ID` (mutations).
 *
 * @throws {HttpError} 404.
 * @internal
 */
export function pathVm(context: Omit<VmPathContext, 'access' | 'operation'>): VmRecord {
  return findVm(context.state, context.params.id, headerProject(context));
}

/**
 * The VM of the path, found by id alone, after checking the operation's permission on its
 * project (operations whose permission project is `resource`).
 *
 * @throws {HttpError} 404 or 403.
 * @internal
 */
export function resourceVm(context: VmPathContext): VmRecord {
  const vm = findVm(context.state, context.params.id);
  requireResourceAccess(context, vm.projectId);
  return vm;
}
