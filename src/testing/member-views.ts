import type { components } from '../../generated/openapi.js';
import type { EmulatorState, MemberRecord } from './state.js';
import { type InvitationRecord, storageOf } from './storage-state.js';
import { iso } from './views.js';

type Schemas = components['schemas'];

const isoOrNull = (ms: number | null): string | null => (ms === null ? null : iso(ms));

/**
 * The open invitation a `pending` member or project grant stands for.
 *
 * @internal
 */
export function invitationOf(
  state: EmulatorState,
  placeholderId: string,
): InvitationRecord | undefined {
  for (const invitation of storageOf(state).invitations.values()) {
    if (invitation.placeholderId === placeholderId) return invitation;
  }
  return undefined;
}

/**
 * An account member; a `pending` one names the invitation that can be cancelled.
 *
 * @internal
 */
export function memberView(state: EmulatorState, member: MemberRecord): Schemas['Member'] {
  const role = state.roles.get(member.roleId);
  const invitation = member.status === 'pending' ? invitationOf(state, member.id) : undefined;
  return {
    id: member.id,
    account_id: state.accountId,
    user_id: member.userId,
    ...(member.email === undefined ? {} : { email: member.email }),
    ...(role === undefined ? {} : { role: role.slug, role_name: role.name }),
    role_id: member.roleId,
    status: member.status,
    invited_by: member.invitedBy,
    invited_at: isoOrNull(member.invitedAt),
    accepted_at: isoOrNull(member.acceptedAt),
    ...(invitation === undefined
      ? {}
      : { invitation_id: invitation.id, invitation_expires_at: iso(invitation.expiresAt) }),
    created_at: iso(member.createdAt),
    updated_at: iso(member.updatedAt ?? member.acceptedAt ?? member.createdAt),
  };
}

/**
 * An invitation, with who sent it; never its acceptance token.
 *
 * @internal
 */
export function invitationView(
  state: EmulatorState,
  invitation: InvitationRecord,
): Schemas['Invitation'] {
  const role = state.roles.get(invitation.roleId);
  const project =
    invitation.projectId === null ? undefined : state.projects.get(invitation.projectId);
  const inviter = [...state.members.values()].find((m) => m.userId === invitation.invitedBy);
  return {
    id: invitation.id,
    type: invitation.type,
    account_id: state.accountId,
    ...(project === undefined ? {} : { project_id: project.id, project_name: project.name }),
    email: invitation.email,
    role_id: invitation.roleId,
    ...(role === undefined ? {} : { role_name: role.name }),
    invited_by_id: invitation.invitedBy,
    ...(inviter?.email === undefined ? {} : { invited_by_email: inviter.email }),
    expires_at: iso(invitation.expiresAt),
    created_at: iso(invitation.createdAt),
  };
}
