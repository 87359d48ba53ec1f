import { randomUUID } from 'node:crypto';
import { badRequest, conflict, notFound } from '../errors.js';
import type { GrantRecord } from '../state.js';
import { grantView } from '../views.js';
import { done, fields, type Handler, type HandlerContext, one, page } from './context.js';

function projectRoleId(context: HandlerContext, roleId: string): string {
  const role = context.state.roles.get(roleId);
  if (role === undefined) throw badRequest(`Unknown role_id ${roleId}`);
  if (role.scope !== 'project') {
    throw badRequest(`role_id must be a project role; "${role.slug}" is an account role`);
  }
  return role.id;
}

function findGrant(context: HandlerContext): GrantRecord {
  const grant = context.state.grants.get(context.params.member_id ?? '');
  if (grant === undefined || grant.projectId !== context.params.id) {
    throw notFound(`Project member ${context.params.member_id} not found in this project`);
  }
  return grant;
}

const listProjectMembers: Handler = (context) => {
  const status = context.query.status;
  const grants = [...context.state.grants.values()].filter(
    (g) => g.projectId === context.params.id && (status === undefined || g.status === status),
  );
  return page(
    context,
    grants.map((grant) => grantView(context.state, grant)),
  );
};

const addProjectMember: Handler = (context) => {
  const { state } = context;
  const body = fields(context);
  const projectId = context.params.id ?? '';
  const roleId = projectRoleId(context, body.role_id as string);
  const apiKeyId = (body.api_key_id as string | undefined) ?? null;
  const userId = (body.target_user_id as string | undefined) ?? null;
  if (apiKeyId !== null && !state.keys.has(apiKeyId))
    throw notFound(`API key ${apiKeyId} not found`);
  const member = [...state.members.values()].find((m) => userId !== null && m.userId === userId);
  if (userId !== null && member === undefined) {
    throw notFound(`User ${userId} is not a member of this account`);
  }
  const existing = [...state.grants.values()].find(
    (g) =>
      g.projectId === projectId &&
      ((apiKeyId !== null && g.apiKeyId === apiKeyId) || (userId !== null && g.userId === userId)),
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
    invitedAt: apiKeyId === null ? context.now : null,
    acceptedAt: apiKeyId === null ? context.now : null,
    createdAt: context.now,
  };
  state.grants.set(grant.id, grant);
  return one(grantView(state, grant));
};

const getProjectMember: Handler = (context) => one(grantView(context.state, findGrant(context)));

const updateProjectMember: Handler = (context) => {
  const grant = findGrant(context);
  const body = fields(context);
  if (typeof body.role_id === 'string') grant.roleId = projectRoleId(context, body.role_id);
  if (body.status === 'active' || body.status === 'suspended') grant.status = body.status;
  return one(grantView(context.state, grant));
};

const removeProjectMember: Handler = (context) => {
  context.state.grants.delete(findGrant(context).id);
  return done('Project member removed');
};

/**
 * The Project Members operations.
 *
 * @internal
 */
export const MEMBER_HANDLERS: Readonly<Record<string, Handler>> = {
  listProjectMembers,
  addProjectMember,
  getProjectMember,
  updateProjectMember,
  removeProjectMember,
};
