/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import type { RequestOptions } from '../../src/core/options.js';
import type { ListAllParams, Page } from '../../src/core/pagination.js';
import type { APIResource } from '../../src/core/resource.js';
import type { ProjectMembersCustom } from '../../src/resources/custom/project-members.js';
import type { CreateProjectBody, ListProjectMembersParams, ListProjectsParams, Project, ProjectMember, UpdateProjectBody } from '../types.js';

/**
 * Project roles granted on one project to account users or to API keys.
 *
 * `raff.projects.members`: its methods are made from the operation table when the client is built,
 * with the hand-written ones of {@link ProjectMembersCustom}.
 */
export interface ProjectMembers extends ProjectMembersCustom {
  /**
   * List project members.
   *
   * Pages through the users and API keys that hold a role on the project.
   *
   * Needs `project.members.view` on the project in its path.
   *
   * @param projectId - Project id (UUID).
   * @param params - The query parameters.
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
   * const { data, total } = await raff.projects.members.list(projectId);
   * ```
   */
  list(projectId: string, params?: ListProjectMembersParams, options?: RequestOptions): Promise<Page<ProjectMember>>;

  /**
   * Every item of `projects.members.list()`, page by page, requested lazily as the loop asks for
   * more.
   *
   * Pages of up to 100 (`limit`), from `offset`; the other parameters are sent with every page. A
   * per-call `totalTimeout` or `signal` bounds the whole walk.
   *
   * @param projectId - Project id (UUID).
   * @param params - The query parameters, with `limit` as the page size and `offset` where to
   * start.
   * @param options - Per-call options; `totalTimeout` and `signal` bound the whole walk.
   * @throws {RaffAPIError} from any page request, as the list method does.
   * @example
   * ```ts
   * for await (const projectMember of raff.projects.members.listAll(projectId)) {
   *   console.log(projectMember);
   * }
   * ```
   */
  listAll(projectId: string, params?: ListAllParams<ListProjectMembersParams>, options?: RequestOptions): AsyncIterable<ProjectMember>;

  /**
   * Get a project member.
   *
   * Returns one grant on the project.
   *
   * Needs `project.members.view` on the project in its path.
   *
   * @param projectId - Project id (UUID).
   * @param memberId - Project grant id (UUID), the `id` of a ProjectMember.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  get(projectId: string, memberId: string, options?: RequestOptions): Promise<ProjectMember>;

  /**
   * Remove a project member.
   *
   * Withdraws the grant. A user stays an account member; an API key keeps working but loses this
   * project.
   *
   * Needs `project.members.remove` on the project in its path.
   *
   * @param projectId - Project id (UUID).
   * @param memberId - Project grant id (UUID), the `id` of a ProjectMember.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  remove(projectId: string, memberId: string, options?: RequestOptions): Promise<void>;
}

/**
 * Groups of resources inside the account. Every VM, backup and snapshot belongs to exactly one
 * project.
 *
 * `raff.projects`: its methods are made from the operation table when the client is built.
 */
export interface Projects extends APIResource {
  /**
   * Project roles granted on one project to account users or to API keys.
   */
  readonly members: ProjectMembers;

  /**
   * List projects.
   *
   * Pages through the account’s projects.
   *
   * Needs `account.projects.view` (an account permission).
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
   * const { data, total } = await raff.projects.list();
   * ```
   */
  list(params?: ListProjectsParams, options?: RequestOptions): Promise<Page<Project>>;

  /**
   * Every item of `projects.list()`, page by page, requested lazily as the loop asks for more.
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
   * for await (const project of raff.projects.listAll()) {
   *   console.log(project);
   * }
   * ```
   */
  listAll(params?: ListAllParams<ListProjectsParams>, options?: RequestOptions): AsyncIterable<Project>;

  /**
   * Create a project.
   *
   * Creates an empty project in the account.
   *
   * Needs `account.projects.create` (an account permission). Not retried on 5xx or timeouts (a
   * POST may have reached Raff): check its effect before repeating it.
   *
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: input that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const project = await raff.projects.create({
   *   name: 'customer2',
   *   description: 'Workloads run for customer 2',
   *   default_region: 'us-east',
   * });
   * ```
   */
  create(body: CreateProjectBody, options?: RequestOptions): Promise<Project>;

  /**
   * Get a project.
   *
   * Returns one project.
   *
   * Needs `account.projects.view` (an account permission).
   *
   * @param id - Project id (UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  get(id: string, options?: RequestOptions): Promise<Project>;

  /**
   * Update a project.
   *
   * Changes a project’s name, description or default region. Fields left out are unchanged.
   *
   * Needs `account.projects.manage` (an account permission).
   *
   * @param id - Project id (UUID).
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
   * const project = await raff.projects.update(projectId, { description: 'Customer 1 production'
   * });
   * ```
   */
  update(id: string, body: UpdateProjectBody, options?: RequestOptions): Promise<Project>;

  /**
   * Delete a project.
   *
   * Deletes an empty project. A project that still holds resources, and the Default project,
   * cannot be deleted (409).
   *
   * Needs `account.projects.delete` (an account permission).
   *
   * @param id - Project id (UUID).
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
}
