import type { EmulatorState } from '../../server/account.js';
import { type Timing, timing, totalMs, walk } from '../../server/lifecycle.js';
import { type InvitationRecord, invitations } from './records.js';

// Invitations lapse: an open one (and the `pending` member or grant it shows as) goes away after
// its 7 days on the emulated clock.

/**
 * The identity domain's timings: an open invitation (and the `pending` member or grant it shows
 * as) lapses after 7 days.
 *
 * @internal
 */
export const IDENTITY_TIMINGS = {
  invitation: { expire: timing(undefined, ['pending', 7 * 86_400_000]) },
} as const satisfies Record<string, Record<string, Timing>>;

const invitationKey = (id: string): string => `invitation:${id}`;

/**
 * Removes an invitation and the `pending` member or grant it shows as.
 *
 * @internal
 */
export function closeInvitation(state: EmulatorState, invitation: InvitationRecord): void {
  invitations.in(state).discard(invitation.id);
  state.lifecycle.cancel(invitationKey(invitation.id));
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
  const expire = IDENTITY_TIMINGS.invitation.expire;
  const store = invitations.in(state);
  const invitation = store.insert({
    ...spec,
    id: store.nextId(),
    expiresAt: spec.createdAt + totalMs(expire),
  });
  walk(state.lifecycle, {
    key: invitationKey(invitation.id),
    now: spec.createdAt,
    timing: expire,
    set: () => {},
    done: () => closeInvitation(state, invitation),
  });
  return invitation;
}

/**
 * Cancels the open invitation behind a `pending` member, if any (removeMember of a pending one).
 *
 * @internal
 */
export function cancelInvitationOf(state: EmulatorState, memberId: string): void {
  for (const invitation of invitations.in(state).values()) {
    if (invitation.placeholderId === memberId) closeInvitation(state, invitation);
  }
}
