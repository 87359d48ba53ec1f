import * as z from 'zod/mini';
import type { ProjectMember } from '../../../generated/types.js';
import { withDeadline } from '../../core/deadline.js';
import type { RequestOptions } from '../../core/options.js';
import { APIResource } from '../../core/resource.js';
import { requireId } from '../../internal/ids.js';
import { lazy, parseInput } from '../../internal/validate.js';

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

/**
 * The hand-written part of {@link ProjectMembers}: adding and updating members by role slug or id
 * (resolved through the client's cached role list). The generated class extends this one.
 */
export abstract class ProjectMembersCustom extends APIResource {
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
    requireId(projectId, 'projectId');
    return withDeadline('projects.members.add', options, async (deadline) => {
      const role = await this._context.roles.resolve(ref, 'project', 'role', deadline.options());
      return this._call(
        'projects.members.add',
        { path: { id: projectId }, body: { ...target, role_id: role.id } },
        deadline.options(),
      );
    });
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
    requireId(projectId, 'projectId');
    requireId(memberId, 'memberId');
    return withDeadline('projects.members.update', options, async (deadline) => {
      const role =
        change.role === undefined
          ? undefined
          : await this._context.roles.resolve(change.role, 'project', 'role', deadline.options());
      const body = {
        ...(role === undefined ? {} : { role_id: role.id }),
        ...(change.status === undefined ? {} : { status: change.status }),
      };
      return this._call(
        'projects.members.update',
        { path: { id: projectId, member_id: memberId }, body },
        deadline.options(),
      );
    });
  }
}
