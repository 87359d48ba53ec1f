/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import type { RequestOptions } from '../../src/core/options.js';
import type { ListAllParams, LoosePage } from '../../src/core/pagination.js';
import type { RolesCustom } from '../../src/resources/custom/roles.js';
import type { CreateRoleBody, ListRolesParams, Role, UpdateRoleBody } from '../types.js';

/**
 * Named permission sets at account or project scope. System roles are fixed; custom roles can be
 * created, changed and, once unused, deleted.
 *
 * `raff.roles`: its methods are made from the operation table when the client is built, with the
 * hand-written ones of {@link RolesCustom}.
 */
export interface Roles extends RolesCustom {
  /**
   * List roles.
   *
   * Pages through the system roles and the account’s custom roles. Raff’s reference shows no
   * `total` here, so it is optional.
   *
   * Needs `account.roles.view` (an account permission).
   *
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: input that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const { data, total } = await raff.roles.list();
   * ```
   */
  list(params?: ListRolesParams, options?: RequestOptions): Promise<LoosePage<Role>>;

  /**
   * Every item of `roles.list()`, page by page, requested lazily as the loop asks for more.
   *
   * Pages of up to 100 (`limit`), from `offset`; the other parameters are sent with every page. A
   * per-call `totalTimeout` or `signal` bounds the whole walk.
   *
   * @param params - The query parameters, with `limit` as the page size and `offset` where to
   * start.
   * @param options - Per-call options; `totalTimeout` and `signal` bound the whole walk.
   * @throws {RaffAPIError} from any page request, as the list method does.
   * @example
   * ```ts
   * for await (const role of raff.roles.listAll()) {
   *   console.log(role);
   * }
   * ```
   */
  listAll(params?: ListAllParams<ListRolesParams>, options?: RequestOptions): AsyncIterable<Role>;

  /**
   * Create a custom role.
   *
   * Creates a custom role at account or project scope. The permissions must come from that scope’s
   * catalog (listPermissions).
   *
   * Needs `account.roles.create` (an account permission). Not retried on 5xx or timeouts (a POST
   * may have reached Raff): check its effect before repeating it.
   *
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: input that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffConflictError} 409.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const role = await raff.roles.create({
   *   name: 'CI Operator',
   *   slug: 'ci-operator',
   *   description: 'Deploy pipelines: create and power VMs, take backups and snapshots, never
   *   delete.',
   *   scope: 'project',
   *   permissions: [
   *     'vm.view',
   *     'vm.create',
   *     'vm.power',
   *     'snapshot.view',
   *     'snapshot.create',
   *     'backup.view',
   *     'backup.create',
   *   ],
   * });
   * ```
   */
  create(body: CreateRoleBody, options?: RequestOptions): Promise<Role>;

  /**
   * Get a role.
   *
   * Returns one role with its full permission list.
   *
   * Needs `account.roles.view` (an account permission).
   *
   * @param id - Role id (UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  get(id: string, options?: RequestOptions): Promise<Role>;

  /**
   * Delete a custom role.
   *
   * Deletes a custom role nobody holds any more (409 otherwise). System roles cannot be deleted
   * (400).
   *
   * Needs `account.roles.delete` (an account permission).
   *
   * @param id - Role id (UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffConflictError} 409.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  delete(id: string, options?: RequestOptions): Promise<void>;

  /**
   * Update a custom role.
   *
   * Changes a custom role; every member and key holding it is affected on its next request. System
   * roles answer 400.
   *
   * Needs `account.roles.manage` (an account permission). Not retried on 5xx or timeouts (a PATCH
   * may have reached Raff): check its effect before repeating it.
   *
   * @param id - Role id (UUID).
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const role = await raff.roles.update(roleId, {
   *   permissions: [
   *     'vm.view',
   *     'vm.create',
   *     'vm.power',
   *     'snapshot.view',
   *     'snapshot.create',
   *     'backup.view',
   *     'backup.create',
   *     'vm.console',
   *   ],
   * });
   * ```
   */
  update(id: string, body: UpdateRoleBody, options?: RequestOptions): Promise<Role>;
}
