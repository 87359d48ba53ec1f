import * as z from 'zod/mini';
import type { components, operations } from '../../generated/openapi.js';
import type { ClientContext } from '../client.js';
import type { RequestOptions } from '../core/api.js';
import { type Page, type PaginationParams, paginate, splitPaging } from '../core/pagination.js';
import { envelope } from '../internal/envelope.js';
import { requireId } from '../internal/ids.js';
import { lazy, parseInput } from '../internal/validate.js';

/** A user or API key with a role on one project. */
export type ProjectMember = components['schemas']['ProjectMember'];
/** Filters and paging for `projects.members.list()`. */
export type ListProjectMembersParams = NonNullable<
  operations['listProjectMembers']['parameters']['query']
>;

/** Who to add to a project, and with which project role (id or slug). */
export type AddProjectMemberParams = (
  | { api_key_id: string; target_user_id?: undefined }
  | { target_user_id: string; api_key_id?: undefined }
) & {
  /** The project role, by id or slug (`project-admin`, `operator`, `project-member`, `viewer`, …). */
  role: string;
};

/** What to change on a project member: its role (id or slug) and/or its status. */
export interface UpdateProjectMemberParams {
  /** The new project role, by id or slug. */
  role?: string | undefined;
  /** `active` or `suspended`. */
  status?: 'active' | 'suspended' | undefined;
}

const roleRef = () => z.string().check(z.minLength(1, { error: 'must be a role id or slug' }));

const addSchema = lazy(() =>
  z
    .strictObject({
      role: roleRef(),
      api_key_id: z.optional(z.string({ error: 'must be an API key id' })),
      target_user_id: z.optional(z.string({ error: 'must be a user id' })),
    })
    .check(
      z.refine((p) => (p.api_key_id === undefined) !== (p.target_user_id === undefined), {
        error: 'give exactly one of api_key_id and target_user_id',
        path: ['api_key_id'],
      }),
    ),
);

const updateSchema = lazy(() =>
  z
    .strictObject({
      role: z.optional(roleRef()),
      status: z.optional(z.enum(['active', 'suspended'], { error: 'must be active or suspended' })),
    })
    .check(
      z.refine((p) => p.role !== undefined || p.status !== undefined, {
        error: 'nothing to update: give role and/or status',
      }),
    ),
);

/** Members of one project: the grants that let users and API keys work in it. */
export class ProjectMembers {
  readonly #context: ClientContext;

  /** @internal */
  constructor(context: ClientContext) {
    this.#context = context;
  }

  /**
   * One page of a project's members.
   *
   * @throws {RaffNotFoundError} when there is no such project.
   * @example
   * ```ts
   * const { data } = await raff.projects.members.list(projectId);
   * ```
   */
  async list(
    projectId: string,
    params: ListProjectMembersParams = {},
    options?: RequestOptions,
  ): Promise<Page<ProjectMember>> {
    const result = await this.#context.api(options).GET('/api/v1/projects/{id}/members', {
      params: { path: { id: requireId(projectId, 'projectId') }, query: params },
    });
    return { data: envelope(result).data, total: envelope(result).total };
  }

  /**
   * Every member of a project, page by page.
   *
   * @throws {RaffAPIError} from any page request.
   * @example
   * ```ts
   * for await (const m of raff.projects.members.listAll(projectId)) console.log(m.role_name);
   * ```
   */
  listAll(
    projectId: string,
    params: Omit<ListProjectMembersParams, 'limit' | 'offset'> & PaginationParams = {},
    options?: RequestOptions,
  ): AsyncIterable<ProjectMember> {
    const { paging, filters } = splitPaging(params);
    return paginate(
      (limit, offset) => this.list(projectId, { ...filters, limit, offset }, options),
      paging,
    );
  }

  /**
   * One member of a project.
   *
   * @throws {RaffNotFoundError} when there is no such member.
   * @example
   * ```ts
   * const member = await raff.projects.members.get(projectId, memberId);
   * ```
   */
  async get(projectId: string, memberId: string, options?: RequestOptions): Promise<ProjectMember> {
    const result = await this.#context
      .api(options)
      .GET('/api/v1/projects/{id}/members/{member_id}', {
        params: {
          path: {
            id: requireId(projectId, 'projectId'),
            member_id: requireId(memberId, 'memberId'),
          },
        },
      });
    return envelope(result).data;
  }

  /**
   * Grants a user or an API key a project role on this project.
   *
   * @throws {RaffValidationError} for an unknown role, an account role, or both/neither of
   * `api_key_id` and `target_user_id`.
   * @throws {RaffPermissionDeniedError} without `project.members.invite`.
   * @example
   * ```ts
   * await raff.projects.members.add(projectId, { api_key_id: key.id, role: 'operator' });
   * ```
   */
  async add(
    projectId: string,
    params: AddProjectMemberParams,
    options?: RequestOptions,
  ): Promise<ProjectMember> {
    const { role: ref, ...who } = parseInput(addSchema, params, 'projects.members.add params');
    const target =
      who.api_key_id === undefined
        ? { target_user_id: requireId(who.target_user_id, 'target_user_id') }
        : { api_key_id: requireId(who.api_key_id, 'api_key_id') };
    const role = await this.#context.roles.resolve(ref, 'project', 'role', options);
    const result = await this.#context.api(options).POST('/api/v1/projects/{id}/members', {
      params: { path: { id: requireId(projectId, 'projectId') } },
      body: { ...target, role_id: role.id },
    });
    return envelope(result).data;
  }

  /**
   * Changes a member's project role or status.
   *
   * @throws {RaffValidationError} when nothing would change or the role is unknown.
   * @throws {RaffNotFoundError} when there is no such member.
   * @example
   * ```ts
   * await raff.projects.members.update(projectId, memberId, { role: 'viewer' });
   * ```
   */
  async update(
    projectId: string,
    memberId: string,
    params: UpdateProjectMemberParams,
    options?: RequestOptions,
  ): Promise<ProjectMember> {
    const change = parseInput(updateSchema, params, 'projects.members.update params');
    const role =
      change.role === undefined
        ? undefined
        : await this.#context.roles.resolve(change.role, 'project', 'role', options);
    const result = await this.#context
      .api(options)
      .PATCH('/api/v1/projects/{id}/members/{member_id}', {
        params: {
          path: {
            id: requireId(projectId, 'projectId'),
            member_id: requireId(memberId, 'memberId'),
          },
        },
        body: {
          ...(role === undefined ? {} : { role_id: role.id }),
          ...(change.status === undefined ? {} : { status: change.status }),
        },
      });
    return envelope(result).data;
  }

  /**
   * Removes a member's grant on this project (the user or key itself stays).
   *
   * @throws {RaffNotFoundError} when there is no such member.
   * @example
   * ```ts
   * await raff.projects.members.remove(projectId, memberId);
   * ```
   */
  async remove(projectId: string, memberId: string, options?: RequestOptions): Promise<void> {
    await this.#context.api(options).DELETE('/api/v1/projects/{id}/members/{member_id}', {
      params: {
        path: { id: requireId(projectId, 'projectId'), member_id: requireId(memberId, 'memberId') },
      },
    });
  }
}
