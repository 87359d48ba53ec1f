import type { components } from '../../generated/openapi.js';
import type { QueryParams } from '../core/operation-types.js';
import type { RequestOptions } from '../core/options.js';
import { APIResource } from '../core/resource.js';

/** One permission of the live catalog, e.g. `vm.console` (project scope, category `vm`). */
export type Permission = components['schemas']['Permission'];
/** Filter for `permissions.list()`. */
export type ListPermissionsParams = QueryParams<'listPermissions'>;

/** The live permission catalog (any valid key may read it). */
export class Permissions extends APIResource {
  /**
   * Every permission the role system knows, optionally one scope only. The offline snapshot is
   * {@link PERMISSION_CATALOG}.
   *
   * @throws {RaffAuthenticationError} when the key is rejected.
   * @example
   * ```ts
   * const permissions = await raff.permissions.list({ scope: 'project' });
   * ```
   */
  list(params: ListPermissionsParams = {}, options?: RequestOptions): Promise<Permission[]> {
    return this._call('listPermissions', { query: params }, options);
  }
}
