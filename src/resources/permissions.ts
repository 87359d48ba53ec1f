import type { components, operations } from '../../generated/openapi.js';
import type { ClientContext } from '../client.js';
import type { RequestOptions } from '../core/api.js';
import { envelope } from '../internal/envelope.js';

/** One permission of the live catalog, e.g. `vm.console` (project scope, category `vm`). */
export type Permission = components['schemas']['Permission'];
/** Filter for `permissions.list()`. */
export type ListPermissionsParams = NonNullable<
  operations['listPermissions']['parameters']['query']
>;

/** The live permission catalog (any valid key may read it). */
export class Permissions {
  readonly #context: ClientContext;

  /** @internal */
  constructor(context: ClientContext) {
    this.#context = context;
  }

  /**
   * Every permission the role system knows, optionally one scope only. The offline snapshot is
   * {@link PERMISSION_CATALOG}.
   *
   * @throws {RaffAuthenticationError} when the key is rejected.
   * @example
   * ```ts
   * const { data } = await raff.permissions.list({ scope: 'project' });
   * ```
   */
  async list(
    params: ListPermissionsParams = {},
    options?: RequestOptions,
  ): Promise<{ data: Permission[]; total: number }> {
    const result = await this.#context
      .api(options)
      .GET('/api/v1/permissions', { params: { query: params } });
    return { data: envelope(result).data, total: envelope(result).data.length };
  }
}
