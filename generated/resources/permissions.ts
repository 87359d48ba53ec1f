/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import type { RequestOptions } from '../../src/core/options.js';
import type { Page } from '../../src/core/pagination.js';
import type { APIResource } from '../../src/core/resource.js';
import type { ListPermissionsParams, Permission } from '../types.js';

/**
 * The read-only catalog of permission strings that roles are made of.
 *
 * `raff.permissions`: its methods are made from the operation table when the client is built.
 */
export interface Permissions extends APIResource {
  /**
   * List permissions.
   *
   * Returns the whole permission catalog, the same for every account. Any valid key may read it;
   * no permission is checked. Not paginated.
   *
   * Any valid key.
   *
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: input that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const { data, total } = await raff.permissions.list();
   * ```
   */
  list(params?: ListPermissionsParams, options?: RequestOptions): Promise<Page<Permission>>;
}
