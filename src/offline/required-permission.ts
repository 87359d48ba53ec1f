import type { SdkMethod } from '../../generated/operations.js';
import { operationTable } from '../internal/operation-table.js';
import { closest } from '../internal/validate.js';
import { RaffValidationError } from '../shared/errors.js';
import type { PermissionName, PermissionScope } from './permission-catalog.js';

/** What calling one SDK method takes, as far as Raff's docs say. */
export interface RequiredPermission {
  /**
   * The permission Raff checks, e.g. `vm.create`; `null` where Raff documents none for this
   * operation (Managed Databases, Kubernetes, Apps and Functions so far): then the key only needs
   * to reach the project.
   */
  readonly permission: PermissionName | null;
  /** `account` for `account.*` permissions, `project` when the call acts inside a project. */
  readonly scope: PermissionScope;
  /**
   * Where the project comes from: the `X-Project-ID` header, the path (`/projects/{id}/…`), or
   * the resource the call names (its project, found by its id); `null` at account scope.
   */
  readonly project: 'header' | 'path' | 'resource' | null;
}

/**
 * Offline: the permission an SDK method needs, from the operation table (Raff's
 * `x-raff-permission`, as our openapi.json records it). `null` when any valid key may call it
 * (`permissions.list`, SSH keys) or no key at all (`regions.list`, the public catalog).
 *
 * @param method - The SDK method, as `raff.<namespace>.<method>` names it: `'vms.create'`,
 * `'projects.members.add'`, `'kubernetes.clusters.get'`.
 * @throws {RaffValidationError} for a name that is not an SDK method (with the closest one).
 * @example
 * ```ts
 * import { requiredPermission } from '@raff/sdk';
 * requiredPermission('vms.create'); // { permission: 'vm.create', scope: 'project', project: 'header' }
 * requiredPermission('apiKeys.delete'); // { permission: 'account.apikeys.revoke', scope: 'account', project: null }
 * requiredPermission('regions.list'); // null: public
 * ```
 */
export function requiredPermission(method: SdkMethod): RequiredPermission | null {
  return permissionOf(method, 'requiredPermission');
}

/**
 * {@link requiredPermission} for a caller whose name its error should carry (`can`).
 *
 * @internal
 */
export function permissionOf(method: SdkMethod, caller: string): RequiredPermission | null {
  const table = operationTable();
  const operation =
    typeof method === 'string' && Object.hasOwn(table, method) ? table[method] : undefined;
  if (operation === undefined) throw unknownMethod(method, Object.keys(table), caller);
  if (operation.public) return null;
  const { permission, permissionProject } = operation;
  if (permission !== undefined) {
    const account = permission.startsWith('account.');
    return {
      permission: permission as PermissionName,
      scope: account ? 'account' : 'project',
      project: account ? null : (permissionProject ?? 'header'),
    };
  }
  if (operation.project !== undefined) {
    return { permission: null, scope: 'project', project: 'header' };
  }
  // No permission documented and no header: inside a project when it names a resource of a
  // collection that works per project (`/databases/{database_id}/…` under `/databases`).
  return insideProjectResource(operation.path)
    ? { permission: null, scope: 'project', project: 'resource' }
    : null;
}

let scopedCollections: Set<string> | undefined;

/** Whether `path` goes through an id of a collection whose operations take `X-Project-ID`. */
function insideProjectResource(path: string): boolean {
  scopedCollections ??= new Set(
    Object.values(operationTable())
      .filter((operation) => operation.project !== undefined)
      .map((operation) => operation.path),
  );
  const segments = path.split('/');
  return segments.some(
    (segment, at) =>
      segment.startsWith('{') && scopedCollections?.has(segments.slice(0, at).join('/')) === true,
  );
}

function unknownMethod(
  method: unknown,
  known: readonly string[],
  caller: string,
): RaffValidationError {
  const given = typeof method === 'string' ? `"${method.slice(0, 80)}"` : typeof method;
  const near = typeof method === 'string' ? closest(method, known) : undefined;
  return new RaffValidationError(
    `${caller}: ${given} is not an SDK method${near ? ` (did you mean "${near}"?)` : ''}; ` +
      'name one as raff.<namespace>.<method> does, e.g. "vms.create".',
    [{ path: ['method'], code: 'invalid_value', message: 'not an SDK method' }],
  );
}
