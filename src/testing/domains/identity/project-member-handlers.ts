import { randomUUID } from 'node:crypto';
import type { EmulatorState, GrantRecord } from '../../server/account.js';
import { badRequest, conflict, notFound } from '../../server/errors.js';
import type { HandlerTable } from '../../server/handler.js';
import { done, one, page } from '../../server/replies.js';
import { grantView } from './views.js';

function projectRoleId(state: EmulatorState, roleId: string): string {
  const role = state.roles.get(roleId);
  if (role === undefined) throw badRequest(`Unknown role_id ${roleId}`);
  if (role.scope !== 'project') {
    throw badRequest(`role_id must be a project role; "${role.slug}" is an account role`);
  }
  return role.id;
}

function findGrant(
  state: EmulatorState,
  params: { readonly id: string; readonly member_id: string },
): GrantRecord {
  const grant = state.grants.get(params.member_id);
  if (grant === undefined || grant.projectId !== params.id) {
    throw notFound(`Project member ${params.member_id} not found in this project`);
  }
  return grant;
}

/**
 * The Project Members operations: project roles granted to users and API keys.
 *
 * @internal
 */
export const PROJECT_MEMBER_HANDLERS = {
  listProjectMembers: (context) => {
    const { status } = context.query;
    const grants = [...context.state.grants.values()].filter(
      (g) => g.projectId === context.params.id && (status === undefined || g.status === status),
    );
    return page(
      context,
      grants.map((grant) => grantView(context.state, grant)),
    );
  },

  addProjectMember: ({ state, params, body, now }) => {
    const projectId = params.id;
    const roleId = projectRoleId(state, body.role_id);
    const apiKeyId = 'api_key_id' in body ? body.api_key_id : null;
    const userId = 'target_user_id' in body ? body.target_user_id : null;
    if (apiKeyId !== null && !state.keys.has(apiKeyId)) {
      throw notFound(`API key ${apiKeyId} not found`);
    }
    const member = [...state.members.values()].find((m) => userId !== null && m.userId === userId);
    if (userId !== null && member === undefined) {
      throw notFound(`User ${userId} is not a member of this account`);
    }
    const existing = [...state.grants.values()].find(
      (g) =>
        g.projectId === projectId &&
        ((apiKeyId !== null && g.apiKeyId === apiKeyId) ||
          (userId !== null && g.userId === userId)),
    );
    if (existing !== undefined) {
      throw conflict(
        'This principal already holds a role on the project; change it with updateProjectMember',
      );
    }
    const grant: GrantRecord = {
      id: randomUUID(),
      projectId,
      userId,
      apiKeyId,
      email: member?.email,
      roleId,
      status: 'active',
      invitedBy: state.ownerUserId,
      invitedAt: apiKeyId === null ? now : null,
      acceptedAt: apiKeyId === null ? now : null,
      createdAt: now,
    };
    state.grants.set(grant.id, grant);
    return one(grantView(state, grant));
  },

  getProjectMember: ({ state, params }) => one(grantView(state, findGrant(state, params))),

  updateProjectMember: ({ state, params, body }) => {
    const grant = findGrant(state, params);
    if (body.role_id !== undefined) grant.roleId = projectRoleId(state, body.role_id);
    if (body.status !== undefined) grant.status = body.status;
    return one(grantView(state, grant));
  },

  removeProjectMember: ({ state, params }) => {
    state.grants.delete(findGrant(state, params).id);
    return done('Project member removed');
  },
} satisfies HandlerTable;
