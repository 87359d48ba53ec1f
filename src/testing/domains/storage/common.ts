import type { CollectionDefinition } from '../../server/collection.js';
import type { KeyedContext } from '../../server/handler.js';
import { requireStatus } from '../../server/lifecycle.js';
import { requireResourceAccess } from '../../server/replies.js';
import type { VmRecord } from '../compute/records.js';

/**
 * A resource by id from the path, then the operation's permission on its project (the storage
 * get-by-id operations, whose permission project is `resource`).
 *
 * @throws {HttpError} 404 or 403.
 * @internal
 */
export function resourceById<
  R extends {
    readonly id: string | number;
    readonly createdAt: number;
    readonly projectId: string;
  },
>(
  context: Pick<KeyedContext, 'state' | 'access' | 'operation'>,
  collection: CollectionDefinition<R>,
  id: R['id'],
): R {
  const record = collection.in(context.state).get(id);
  requireResourceAccess(context, record.projectId);
  return record;
}

/**
 * Throws 409 unless the VM is stopped (`passive`), as restoring a backup or snapshot onto it needs.
 *
 * @internal
 */
export function requirePassiveVm(vm: VmRecord, action: string): void {
  requireStatus(`VM ${vm.id}`, vm.status, ['passive'], action);
}
