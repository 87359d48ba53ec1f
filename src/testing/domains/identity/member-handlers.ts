import { randomUUID } from 'node:crypto';
import type { EmulatorState, MemberRecord } from '../../server/account.js';
import { conflict, notFound } from '../../server/errors.js';
import type { HandlerTable } from '../../server/handler.js';
import { done, one, page } from '../../server/replies.js';
import { grantableRole, inviteToAccount, OWNER_ROLE_ID } from './invitation-handlers.js';
import { cancelInvitationOf } from './lifecycle.js';
import { invitations, keyMembers } from './records.js';
import { memberView } from './views.js';

function findMember(state: EmulatorState, id: string): MemberRecord {
  const member = state.members.get(id);
  if (member === undefined) throw notFound(`Member ${id} not found`);
  return member;
}

function requireNotOwner(member: MemberRecord, action: string): void {
  if (member.roleId === OWNER_ROLE_ID) {
    throw conflict(
      `The Owner's membership cannot be ${action}; transfer ownership in the dashboard`,
    );
  }
}

/**
 * A membership held by an API key gives the key its account role while `active`, none while
 * `suspended` or once removed.
 */
function applyKeyRole(state: EmulatorState, member: MemberRecord, removed = false): void {
  const keyId = keyMembers(state).get(member.id);
  const key = keyId === undefined ? undefined : state.keys.get(keyId);
  if (key === undefined) return;
  const roleId = removed || member.status !== 'active' ? undefined : member.roleId;
  state.keys.set(key.id, { ...key, roleId });
}

/** A user known to the account: a member, or someone who so far only holds project roles. */
function knownUserEmail(state: EmulatorState, userId: string): string | undefined {
  for (const grant of state.grants.values()) {
    if (grant.userId === userId && grant.email !== undefined) return grant.email;
  }
  return undefined;
}

/**
 * The Members (account membership) operations.
 *
 * @internal
 */
export const MEMBER_HANDLERS = {
  listMembers: (context) => {
    const { status } = context.query;
    const members = [...context.state.members.values()].filter(
      (m) => status === undefined || m.status === status,
    );
    return page(
      context,
      members.map((member) => memberView(context.state, member)),
    );
  },

  getMember: ({ state, params }) => one(memberView(state, findMember(state, params.id))),

  addMember: (context) => {
    const { state, body } = context;
    if ('email' in body) {
      const { member } = inviteToAccount(context, body.email, body.role_id);
      return one(memberView(state, member));
    }
    const roleId = grantableRole(state, body.role_id, 'account');
    const userId = 'target_user_id' in body ? body.target_user_id : null;
    const keyId = 'api_key_id' in body ? body.api_key_id : null;
    let email: string | undefined;
    if (userId !== null) {
      if ([...state.members.values()].some((m) => m.userId === userId)) {
        throw conflict(`User ${userId} is already a member of the account`);
      }
      email = knownUserEmail(state, userId);
      if (email === undefined) throw notFound(`User ${userId} not found`);
    } else if (keyId !== null) {
      if (!state.keys.has(keyId)) throw notFound(`API key ${keyId} not found`);
      if ([...keyMembers(state).values()].includes(keyId)) {
        throw conflict(`API key ${keyId} already holds an account membership`);
      }
    }
    const member: MemberRecord = {
      id: randomUUID(),
      userId,
      email,
      roleId,
      status: 'active',
      invitedBy: context.key.createdBy,
      invitedAt: null,
      acceptedAt: context.now,
      createdAt: context.now,
    };
    state.members.set(member.id, member);
    if (keyId !== null) {
      keyMembers(state).set(member.id, keyId);
      applyKeyRole(state, member);
    }
    return one(memberView(state, member));
  },

  updateMember: ({ state, params, body, now }) => {
    const member = findMember(state, params.id);
    requireNotOwner(member, 'changed');
    if (body.role_id !== undefined) {
      member.roleId = grantableRole(state, body.role_id, 'account');
      for (const invitation of invitations.in(state).values()) {
        if (invitation.placeholderId === member.id) invitation.roleId = member.roleId;
      }
    }
    if (body.status !== undefined) {
      if (member.status === 'pending') {
        throw conflict(
          `Member ${member.id} has not accepted the invitation yet; only the invitee can accept it`,
        );
      }
      member.status = body.status;
    }
    member.updatedAt = now;
    applyKeyRole(state, member);
    return one(memberView(state, member));
  },

  removeMember: ({ state, params }) => {
    const member = findMember(state, params.id);
    requireNotOwner(member, 'removed');
    cancelInvitationOf(state, member.id);
    applyKeyRole(state, member, true);
    keyMembers(state).delete(member.id);
    // Project roles are separate grants (a user may hold them without an account role): stay.
    state.members.delete(member.id);
    return done('Member removed');
  },
} satisfies HandlerTable;
