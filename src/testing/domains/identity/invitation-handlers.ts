import { randomUUID } from 'node:crypto';
import { SYSTEM_ROLES } from '../../../offline/permission-catalog.js';
import type { EmulatorState, MemberRecord } from '../../server/account.js';
import { badRequest, conflict } from '../../server/errors.js';
import type { HandlerTable, KeyedContext } from '../../server/handler.js';
import { done, one } from '../../server/replies.js';
import { closeInvitation, openInvitation } from './lifecycle.js';
import { type InvitationRecord, invitations } from './records.js';
import { invitationView } from './views.js';

/**
 * The id of the Owner System role: its holder cannot be changed or removed through the API.
 *
 * @internal
 */
export const OWNER_ROLE_ID = SYSTEM_ROLES.find((role) => role.slug === 'owner')?.id ?? '';

/**
 * The role to give, which must exist and have `scope`; the Owner role is never given (400).
 *
 * @internal
 */
export function grantableRole(
  state: EmulatorState,
  roleId: string,
  scope: 'account' | 'project',
): string {
  const role = state.roles.get(roleId);
  if (role === undefined) throw badRequest(`Unknown role_id ${roleId}`);
  if (role.scope !== scope) {
    throw badRequest(`role_id must be ${scope}-scoped; "${role.slug}" is a ${role.scope} role`);
  }
  if (role.id === OWNER_ROLE_ID) {
    throw badRequest('The Owner role cannot be given; ownership is transferred in the dashboard');
  }
  return role.id;
}

const sameEmail = (a: string | undefined, b: string) => a?.toLowerCase() === b.toLowerCase();

/**
 * Invites an address to the account: a `pending` member plus its invitation. 409 when the
 * address already belongs to a member or an open invitation.
 *
 * @internal
 */
export function inviteToAccount(
  context: Pick<KeyedContext, 'state' | 'key' | 'now'>,
  email: string,
  roleId: string,
): { member: MemberRecord; invitation: InvitationRecord } {
  const { state, key, now } = context;
  const accountRole = grantableRole(state, roleId, 'account');
  if ([...state.members.values()].some((m) => sameEmail(m.email, email))) {
    throw conflict(`${email} is already a member of the account or invited to it`);
  }
  const member: MemberRecord = {
    id: randomUUID(),
    userId: null,
    email,
    roleId: accountRole,
    status: 'pending',
    invitedBy: key.createdBy,
    invitedAt: now,
    acceptedAt: null,
    createdAt: now,
  };
  state.members.set(member.id, member);
  const invitation = openInvitation(state, {
    type: 'account',
    projectId: null,
    email,
    roleId: accountRole,
    invitedBy: key.createdBy,
    createdAt: now,
    placeholderId: member.id,
  });
  return { member, invitation };
}

/**
 * The Invitations operations.
 *
 * @internal
 */
export const INVITATION_HANDLERS = {
  createAccountInvitation: (context) => {
    const { invitation } = inviteToAccount(context, context.body.email, context.body.role_id);
    return one(invitationView(context.state, invitation));
  },

  createProjectInvitation: ({ state, params, body, key, now }) => {
    const projectId = params.id;
    const { email } = body;
    const roleId = grantableRole(state, body.role_id, 'project');
    const onProject = [...state.grants.values()].some(
      (g) => g.projectId === projectId && sameEmail(g.email, email),
    );
    if (onProject) throw conflict(`${email} is already on the project or invited to it`);
    const grantId = randomUUID();
    state.grants.set(grantId, {
      id: grantId,
      projectId,
      userId: null,
      apiKeyId: null,
      email,
      roleId,
      status: 'pending',
      invitedBy: key.createdBy,
      invitedAt: now,
      acceptedAt: null,
      createdAt: now,
    });
    const invitation = openInvitation(state, {
      type: 'project',
      projectId,
      email,
      roleId,
      invitedBy: key.createdBy,
      createdAt: now,
      placeholderId: grantId,
    });
    return one(invitationView(state, invitation));
  },

  cancelInvitation: ({ state, params }) => {
    closeInvitation(state, invitations.in(state).get(params.id));
    return done('Invitation cancelled');
  },
} satisfies HandlerTable;
