import { randomUUID } from 'node:crypto';
import { conflict, notFound } from '../errors.js';
import { memberView } from '../member-views.js';
import type { EmulatorState, MemberRecord } from '../state.js';
import { storageOf } from '../storage-state.js';
import { done, fields, type Handler, type HandlerContext, one, page } from './context.js';
import {
  cancelInvitationOf,
  grantableRole,
  inviteToAccount,
  OWNER_ROLE_ID,
} from './invitations.js';

function findMember(context: HandlerContext): MemberRecord {
  const member = context.state.members.get(context.params.id ?? '');
  if (member === undefined) throw notFound(`Member ${context.params.id} not found`);
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
  const keyId = storageOf(state).keyMembers.get(member.id);
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

const listMembers: Handler = (context) => {
  const status = context.query.status;
  const members = [...context.state.members.values()].filter(
    (m) => status === undefined || m.status === status,
  );
  return page(
    context,
    members.map((member) => memberView(context.state, member)),
  );
};

const getMember: Handler = (context) => one(memberView(context.state, findMember(context)));

const addMember: Handler = (context) => {
  const { state } = context;
  const body = fields(context);
  if (typeof body.email === 'string') {
    const { member } = inviteToAccount(context, body.email, body.role_id as string);
    return one(memberView(state, member));
  }
  const roleId = grantableRole(context, body.role_id as string, 'account');
  const userId = (body.target_user_id as string | undefined) ?? null;
  const keyId = (body.api_key_id as string | undefined) ?? null;
  const storage = storageOf(state);
  let email: string | undefined;
  if (userId !== null) {
    if ([...state.members.values()].some((m) => m.userId === userId)) {
      throw conflict(`User ${userId} is already a member of the account`);
    }
    email = knownUserEmail(state, userId);
    if (email === undefined) throw notFound(`User ${userId} not found`);
  } else if (keyId !== null) {
    if (!state.keys.has(keyId)) throw notFound(`API key ${keyId} not found`);
    if ([...storage.keyMembers.values()].includes(keyId)) {
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
    storage.keyMembers.set(member.id, keyId);
    applyKeyRole(state, member);
  }
  return one(memberView(state, member));
};

const updateMember: Handler = (context) => {
  const { state } = context;
  const member = findMember(context);
  requireNotOwner(member, 'changed');
  const body = fields(context);
  if (typeof body.role_id === 'string') {
    member.roleId = grantableRole(context, body.role_id, 'account');
    for (const invitation of storageOf(state).invitations.values()) {
      if (invitation.placeholderId === member.id) invitation.roleId = member.roleId;
    }
  }
  if (body.status === 'active' || body.status === 'suspended') {
    if (member.status === 'pending') {
      throw conflict(
        `Member ${member.id} has not accepted the invitation yet; only the invitee can accept it`,
      );
    }
    member.status = body.status;
  }
  member.updatedAt = context.now;
  applyKeyRole(state, member);
  return one(memberView(state, member));
};

const removeMember: Handler = (context) => {
  const { state } = context;
  const member = findMember(context);
  requireNotOwner(member, 'removed');
  cancelInvitationOf(state, member.id);
  applyKeyRole(state, member, true);
  storageOf(state).keyMembers.delete(member.id);
  // Project roles are separate grants (a user may hold them without an account role): they stay.
  state.members.delete(member.id);
  return done('Member removed');
};

/**
 * The Members (account membership) operations.
 *
 * @internal
 */
export const ACCOUNT_MEMBER_HANDLERS: Readonly<Record<string, Handler>> = {
  listMembers,
  getMember,
  addMember,
  updateMember,
  removeMember,
};
