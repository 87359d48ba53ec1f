import type { components, operations } from '../../generated/openapi.js';
import type { ClientContext } from '../client.js';
import type { RequestOptions } from '../core/api.js';
import {
  type LoosePage,
  type PaginationParams,
  paginate,
  splitPaging,
} from '../core/pagination.js';
import { envelope } from '../internal/envelope.js';
import { requireId } from '../internal/ids.js';
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
export type ListRolesParams = NonNullable<operations['listRoles']['parameters']['query']>;

/**
 * Roles: the System roles and the account's custom roles. Keys and members reference roles, so
 * editing a custom role changes what every key using it can do, on its next request.
 */
export class Roles {
  readonly #context: ClientContext;

  /** @internal */
  constructor(context: ClientContext) {
    this.#context = context;
  }

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
  async list(params: ListRolesParams = {}, options?: RequestOptions): Promise<LoosePage<Role>> {
    const result = await this.#context
      .api(options)
      .GET('/api/v1/roles', { params: { query: params } });
    return { data: envelope(result).data, total: envelope(result).total };
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
    const { paging, filters } = splitPaging(params);
    return paginate((limit, offset) => this.list({ ...filters, limit, offset }, options), paging);
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
  async get(id: string, options?: RequestOptions): Promise<Role> {
    const result = await this.#context
      .api(options)
      .GET('/api/v1/roles/{id}', { params: { path: { id: requireId(id, 'id') } } });
    return envelope(result).data;
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
    const result = await this.#context.api(options).POST('/api/v1/roles', { body });
    this.#context.roles.invalidate();
    return envelope(result).data;
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
  async update(id: string, body: UpdateRoleBody, options?: RequestOptions): Promise<Role> {
    const result = await this.#context.api(options).PATCH('/api/v1/roles/{id}', {
      params: { path: { id: requireId(id, 'id') } },
      body,
    });
    this.#context.roles.invalidate();
    return envelope(result).data;
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
  async delete(id: string, options?: RequestOptions): Promise<void> {
    await this.#context
      .api(options)
      .DELETE('/api/v1/roles/{id}', { params: { path: { id: requireId(id, 'id') } } });
    this.#context.roles.invalidate();
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
