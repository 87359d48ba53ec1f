import { randomUUID } from 'node:crypto';
import { SYSTEM_ROLES } from '../../offline/permission-catalog.js';
import { badRequest, conflict, notFound } from '../errors.js';
import { LIFECYCLE_TIMINGS, totalMs, walk } from '../lifecycle.js';
import { invitationView } from '../member-views.js';
import type { EmulatorState, MemberRecord } from '../state.js';
import { lifecycleKey } from '../storage-lifecycle.js';
import { type InvitationRecord, storageOf } from '../storage-state.js';
import { done, fields, type Handler, type HandlerContext, one } from './context.js';

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
  context: HandlerContext,
  roleId: string,
  scope: 'account' | 'project',
): string {
  const role = context.state.roles.get(roleId);
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

/** Removes an invitation and the `pending` member or grant it shows as. */
function closeInvitation(state: EmulatorState, invitation: InvitationRecord): void {
  storageOf(state).invitations.delete(invitation.id);
  state.lifecycle.cancel(lifecycleKey.invitation(invitation.id));
  if (invitation.type === 'account') state.members.delete(invitation.placeholderId);
  else state.grants.delete(invitation.placeholderId);
}

/**
 * Records an open invitation for an existing placeholder (a `pending` member or grant) and lets
 * it lapse after its 7 days.
 *
 * @internal
 */
export function openInvitation(
  state: EmulatorState,
  spec: Omit<InvitationRecord, 'id' | 'expiresAt'>,
): InvitationRecord {
  const timing = LIFECYCLE_TIMINGS.invitation.expire;
  const invitation: InvitationRecord = {
    ...spec,
    id: randomUUID(),
    expiresAt: spec.createdAt + totalMs(timing),
  };
  storageOf(state).invitations.set(invitation.id, invitation);
  walk(state.lifecycle, {
    key: lifecycleKey.invitation(invitation.id),
    now: spec.createdAt,
    timing,
    set: () => {},
    done: () => closeInvitation(state, invitation),
  });
  return invitation;
}

/**
 * Invites an address to the account: a `pending` member plus its invitation. 409 when the
 * address already belongs to a member or an open invitation.
 *
 * @internal
 */
export function inviteToAccount(
  context: HandlerContext,
  email: string,
  roleId: string,
): { member: MemberRecord; invitation: InvitationRecord } {
  const { state } = context;
  const accountRole = grantableRole(context, roleId, 'account');
  if ([...state.members.values()].some((m) => sameEmail(m.email, email))) {
    throw conflict(`${email} is already a member of the account or invited to it`);
  }
  const member: MemberRecord = {
    id: randomUUID(),
    userId: null,
    email,
    roleId: accountRole,
    status: 'pending',
    invitedBy: context.key.createdBy,
    invitedAt: context.now,
    acceptedAt: null,
    createdAt: context.now,
  };
  state.members.set(member.id, member);
  const invitation = openInvitation(state, {
    type: 'account',
    projectId: null,
    email,
    roleId: accountRole,
    invitedBy: context.key.createdBy,
    createdAt: context.now,
    placeholderId: member.id,
  });
  return { member, invitation };
}

const createAccountInvitation: Handler = (context) => {
  const body = fields(context);
  const { invitation } = inviteToAccount(context, body.email as string, body.role_id as string);
  return one(invitationView(context.state, invitation));
};

const createProjectInvitation: Handler = (context) => {
  const { state } = context;
  const body = fields(context);
  const projectId = context.params.id ?? '';
  const email = body.email as string;
  const roleId = grantableRole(context, body.role_id as string, 'project');
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
    invitedBy: context.key.createdBy,
    invitedAt: context.now,
    acceptedAt: null,
    createdAt: context.now,
  });
  const invitation = openInvitation(state, {
    type: 'project',
    projectId,
    email,
    roleId,
    invitedBy: context.key.createdBy,
    createdAt: context.now,
    placeholderId: grantId,
  });
  return one(invitationView(state, invitation));
};

const cancelInvitation: Handler = (context) => {
  const id = context.params.id ?? '';
  const invitation = storageOf(context.state).invitations.get(id);
  if (invitation === undefined) throw notFound(`Invitation ${id} not found`);
  closeInvitation(context.state, invitation);
  return done('Invitation cancelled');
};

/**
 * Cancels the open invitation behind a `pending` member, if any (removeMember of a pending one).
 *
 * @internal
 */
export function cancelInvitationOf(state: EmulatorState, memberId: string): void {
  for (const invitation of storageOf(state).invitations.values()) {
    if (invitation.placeholderId === memberId) closeInvitation(state, invitation);
  }
}

/**
 * The Invitations operations.
 *
 * @internal
 */
export const INVITATION_HANDLERS: Readonly<Record<string, Handler>> = {
  createAccountInvitation,
  createProjectInvitation,
  cancelInvitation,
};
