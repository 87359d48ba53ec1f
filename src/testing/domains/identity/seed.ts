import { randomUUID } from 'node:crypto';
import { SYSTEM_ROLES } from '../../../offline/permission-catalog.js';
import type { EmulatorState, KeyRecord } from '../../server/account.js';
import { issueSecret } from '../../server/secrets.js';
import { openInvitation } from './lifecycle.js';
import { sshKeys } from './records.js';

const DAY = 86_400_000;

/**
 * A well-formed Ed25519 public key line (the seeded SSH key's).
 *
 * @internal
 */
export const SEED_SSH_PUBLIC_KEY =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAswVXqfxOkOM1h9osfsETZbgKXK7xQ5XoOozfIXPGGG owner@laptop';

/**
 * The id of a System role by slug.
 *
 * @throws {Error} When the offline snapshot has no such role.
 * @internal
 */
export function systemRoleId(slug: string): string {
  const role = SYSTEM_ROLES.find((candidate) => candidate.slug === slug);
  if (role === undefined) throw new Error(`System role ${slug} is missing from the snapshot`);
  return role.id;
}

/**
 * Seeds the System roles (from the offline permission snapshot), as of `signup`.
 *
 * @internal
 */
export function seedRoles(state: EmulatorState, signup: number): void {
  for (const role of SYSTEM_ROLES) {
    state.roles.set(role.id, {
      id: role.id,
      name: role.name,
      slug: role.slug,
      description: role.description,
      scope: role.scope,
      permissions: [...role.permissions],
      isSystem: true,
      createdBy: null,
      createdAt: signup,
      updatedAt: signup,
    });
  }
}

/**
 * Seeds the people of the account: the Owner, Dana (a Member with Project Admin on customer1),
 * Sam (invited, `pending`, with the open invitation behind it) and the Owner's SSH key.
 *
 * @internal
 */
export function seedPeople(
  state: EmulatorState,
  projects: { readonly customer1ProjectId: string },
  signup: number,
  now: number,
): void {
  const owner = state.ownerUserId;
  const dana = randomUUID();
  const member = (
    userId: string | null,
    email: string,
    slug: string,
    status: 'active' | 'pending',
    at: number,
  ) => {
    const id = randomUUID();
    state.members.set(id, {
      id,
      userId,
      email,
      roleId: systemRoleId(slug),
      status,
      invitedBy: userId === owner ? null : owner,
      invitedAt: userId === owner ? null : at,
      acceptedAt: status === 'active' ? at : null,
      createdAt: at,
    });
  };
  member(owner, 'owner@example.com', 'owner', 'active', signup);
  member(dana, 'dana@example.com', 'member', 'active', signup + 4 * DAY);
  member(null, 'sam@example.com', 'member', 'pending', now - 2 * DAY);
  const danaGrant = randomUUID();
  state.grants.set(danaGrant, {
    id: danaGrant,
    projectId: projects.customer1ProjectId,
    userId: dana,
    apiKeyId: null,
    email: 'dana@example.com',
    roleId: systemRoleId('project-admin'),
    status: 'active',
    invitedBy: owner,
    invitedAt: signup + 4 * DAY,
    acceptedAt: signup + 4 * DAY,
    createdAt: signup + 4 * DAY,
  });
  for (const pending of state.members.values()) {
    if (pending.status !== 'pending' || pending.email === undefined) continue;
    openInvitation(state, {
      type: 'account',
      projectId: null,
      email: pending.email,
      roleId: pending.roleId,
      invitedBy: pending.invitedBy ?? owner,
      createdAt: pending.invitedAt ?? now,
      placeholderId: pending.id,
    });
  }
  sshKeys.in(state).create(signup, (stamp) => ({
    ...stamp,
    name: 'owner laptop',
    publicKey: SEED_SSH_PUBLIC_KEY,
    keyType: 'ssh-ed25519',
  }));
}

/**
 * Seeds the `Owner bootstrap` key (Owner role, never expires) and returns its secret.
 *
 * @internal
 */
export function seedOwnerKey(state: EmulatorState, signup: number): string {
  const ownerKey: KeyRecord = {
    id: randomUUID(),
    name: 'Owner bootstrap',
    hash: Buffer.alloc(0),
    prefix: '',
    roleId: systemRoleId('owner'),
    rateLimitTier: 'standard',
    expiresAt: null,
    lifetimeMs: null,
    lastUsedAt: null,
    isActive: true,
    createdBy: state.ownerUserId,
    createdAt: signup,
  };
  state.keys.set(ownerKey.id, ownerKey);
  return issueSecret(state, ownerKey);
}
