import type { components } from '../../../../generated/openapi.js';
import type {
  EmulatorState,
  GrantRecord,
  KeyRecord,
  MemberRecord,
  RoleRecord,
} from '../../server/account.js';
import { iso, isoOrNull } from '../../server/iso-time.js';
import { type InvitationRecord, invitations, type SshKeyRecord } from './records.js';

type Schemas = components['schemas'];

/**
 * An API key as the API shows it: metadata and prefix, never the secret.
 *
 * @internal
 */
export function apiKeyView(state: EmulatorState, key: KeyRecord): Schemas['APIKey'] {
  const role = key.roleId === undefined ? undefined : state.roles.get(key.roleId);
  const accesses: Schemas['APIKeyProjectAccess'][] = [];
  for (const grant of state.grants.values()) {
    const project = state.projects.get(grant.projectId);
    if (grant.apiKeyId !== key.id || project === undefined) continue;
    const grantRole = state.roles.get(grant.roleId);
    accesses.push({
      project_id: project.id,
      project_name: project.name,
      role_id: grant.roleId,
      role_name: grantRole?.name ?? '(deleted role)',
      role_slug: grantRole?.slug ?? '',
    });
  }
  return {
    id: key.id,
    account_id: state.accountId,
    name: key.name,
    key_prefix: key.prefix,
    scope: 'public',
    rate_limit_tier: key.rateLimitTier,
    expires_at: isoOrNull(key.expiresAt),
    last_used_at: isoOrNull(key.lastUsedAt),
    is_active: key.isActive,
    ...(key.roleId === undefined ? {} : { role_id: key.roleId }),
    ...(role === undefined ? {} : { role_name: role.name, role_slug: role.slug }),
    project_accesses: accesses,
    created_by: key.createdBy,
    created_at: iso(key.createdAt),
  };
}

/**
 * A role.
 *
 * @internal
 */
export function roleView(state: EmulatorState, role: RoleRecord): Schemas['Role'] {
  return {
    id: role.id,
    account_id: role.isSystem ? null : state.accountId,
    name: role.name,
    slug: role.slug,
    ...(role.description === undefined ? {} : { description: role.description }),
    scope: role.scope,
    permissions: [...role.permissions],
    is_system: role.isSystem,
    created_by: role.createdBy,
    created_at: iso(role.createdAt),
    updated_at: iso(role.updatedAt),
  };
}

/**
 * A project grant.
 *
 * @internal
 */
export function grantView(state: EmulatorState, grant: GrantRecord): Schemas['ProjectMember'] {
  const role = state.roles.get(grant.roleId);
  return {
    id: grant.id,
    project_id: grant.projectId,
    user_id: grant.userId,
    api_key_id: grant.apiKeyId,
    ...(grant.email === undefined ? {} : { email: grant.email }),
    ...(role === undefined ? {} : { role: role.slug, role_name: role.name }),
    role_id: grant.roleId,
    status: grant.status,
    invited_by: grant.invitedBy,
    invited_at: isoOrNull(grant.invitedAt),
    accepted_at: isoOrNull(grant.acceptedAt),
    created_at: iso(grant.createdAt),
  };
}

/**
 * The open invitation a `pending` member or project grant stands for.
 *
 * @internal
 */
export function invitationOf(
  state: EmulatorState,
  placeholderId: string,
): InvitationRecord | undefined {
  return invitations
    .in(state)
    .values()
    .find((invitation) => invitation.placeholderId === placeholderId);
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

/**
 * An SSH key.
 *
 * @internal
 */
export function sshKeyView(key: SshKeyRecord): Schemas['SSHKey'] {
  return {
    id: key.id,
    name: key.name,
    public_key: key.publicKey,
    key_type: key.keyType,
    created_at: iso(key.createdAt),
    updated_at: iso(key.updatedAt),
  };
}
