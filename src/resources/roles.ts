import type { components } from '../../generated/openapi.js';
import type { PathParams, QueryParams } from '../core/operation-types.js';
import type { RequestOptions } from '../core/options.js';
import type { LoosePage, PaginationParams } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import {
  type PermissionPreview,
  type PermissionPreviewInput,
  type PermissionPreviewOptions,
  previewPermissions,
} from '../offline/permission-preview.js';

/** A role: a named set of account or project permissions (system or custom). */
export type Role = components['schemas']['Role'];
/** The body of `roles.create()`. */
export type CreateRoleBody = components['schemas']['CreateRoleRequest'];
/** The body of `roles.update()`; at least one field. */
export type UpdateRoleBody = components['schemas']['UpdateRoleRequest'];
/** Filters and paging for `roles.list()`. */
export type ListRolesParams = QueryParams<'listRoles'>;

/**
 * Roles: the System roles and the account's custom roles. Keys and members reference roles, so
 * editing a custom role changes what every key using it can do, on its next request.
 */
export class Roles extends APIResource {
  /**
   * One page of roles, optionally only one scope.
   *
   * @throws {RaffAuthenticationError} when the key is rejected.
   * @throws {RaffPermissionDeniedError} without `account.roles.view`.
   * @example
   * ```ts
   * const { data } = await raff.roles.list({ scope: 'project' });
   * ```
   */
  list(params: ListRolesParams = {}, options?: RequestOptions): Promise<LoosePage<Role>> {
    return this._call('listRoles', { query: params }, options);
  }

  /**
   * Every role, page by page, as an async iterable.
   *
   * @throws {RaffAPIError} from any page request.
   * @example
   * ```ts
   * for await (const role of raff.roles.listAll({ scope: 'account' })) console.log(role.slug);
   * ```
   */
  listAll(
    params: Omit<ListRolesParams, 'limit' | 'offset'> & PaginationParams = {},
    options?: RequestOptions,
  ): AsyncIterable<Role> {
    return this._listAll('listRoles', params, options);
  }

  /**
   * One role by id.
   *
   * @throws {RaffNotFoundError} when there is no such role.
   * @example
   * ```ts
   * const role = await raff.roles.get(roleId);
   * ```
   */
  get(id: PathParams<'getRole'>['id'], options?: RequestOptions): Promise<Role> {
    return this._call('getRole', { path: { id } }, options);
  }

  /**
   * Creates a custom role.
   *
   * @throws {RaffBadRequestError} for unknown permissions or a permission of the other scope.
   * @throws {RaffConflictError} when the slug is taken.
   * @example
   * ```ts
   * await raff.roles.create({ name: 'CI Operator', slug: 'ci-operator', scope: 'project',
   *   permissions: ['vm.view', 'vm.power', 'backup.create'] });
   * ```
   */
  async create(body: CreateRoleBody, options?: RequestOptions): Promise<Role> {
    const role = await this._call('createRole', { body }, options);
    this._context.roles.invalidate();
    return role;
  }

  /**
   * Changes a custom role; every key and member using it is affected at once.
   *
   * @throws {RaffBadRequestError} for a System role (they are read-only).
   * @throws {RaffNotFoundError} when there is no such role.
   * @example
   * ```ts
   * await raff.roles.update(roleId, { permissions: [...role.permissions, 'vm.console'] });
   * ```
   */
  async update(
    id: PathParams<'updateRole'>['id'],
    body: UpdateRoleBody,
    options?: RequestOptions,
  ): Promise<Role> {
    const role = await this._call('updateRole', { path: { id }, body }, options);
    this._context.roles.invalidate();
    return role;
  }

  /**
   * Deletes a custom role that nothing uses.
   *
   * @throws {RaffConflictError} while a key or member still uses it.
   * @throws {RaffBadRequestError} for a System role.
   * @example
   * ```ts
   * await raff.roles.delete(roleId);
   * ```
   */
  async delete(id: PathParams<'deleteRole'>['id'], options?: RequestOptions): Promise<void> {
    await this._call('deleteRole', { path: { id } }, options);
    this._context.roles.invalidate();
  }

  /**
   * Offline: what a key with these roles could do, as the dashboard's Permissions Preview shows
   * it. Same as {@link previewPermissions}; pass live `roles` to preview custom roles.
   *
   * @throws {RaffValidationError} for a combination the dialog cannot express.
   * @example
   * ```ts
   * const preview = raff.roles.preview({ role: 'admin', projects: [a, b], project_role: 'operator' });
   * console.log(preview.lines.join('\n'));
   * ```
   */
  preview(input: PermissionPreviewInput, options?: PermissionPreviewOptions): PermissionPreview {
    return previewPermissions(input, options);
  }
}
