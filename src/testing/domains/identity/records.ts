// Records of the identity domain beside the account's own (keys, roles, projects, members and
// project grants live in server/account.ts: every request is checked against them): open
// invitations, the account memberships API keys hold, and the account's SSH keys.
import { defineCollection, uuids } from '../../server/collection.js';
import { defineStore } from '../../server/store.js';

/**
 * An open invitation to the account or to one project.
 *
 * @internal
 */
export interface InvitationRecord {
  readonly id: string;
  readonly type: 'account' | 'project';
  readonly projectId: string | null;
  readonly email: string;
  roleId: string;
  readonly invitedBy: string;
  readonly createdAt: number;
  readonly expiresAt: number;
  /** The `pending` account member (account) or project grant (project) it shows as. */
  readonly placeholderId: string;
}

/**
 * The open invitations of an account.
 *
 * @internal
 */
export const invitations = defineCollection<InvitationRecord>({ noun: 'Invitation', ids: uuids });

/**
 * Account memberships held by API keys: member id → key id.
 *
 * @internal
 */
export const keyMembers = defineStore(() => new Map<string, string>());

/**
 * The key types Raff accepts for an SSH key.
 *
 * @internal
 */
export type SshKeyType =
  | 'ssh-rsa'
  | 'ssh-ed25519'
  | 'ecdsa-sha2-nistp256'
  | 'ecdsa-sha2-nistp384'
  | 'ecdsa-sha2-nistp521';

/**
 * An SSH public key of the account.
 *
 * @internal
 */
export interface SshKeyRecord {
  readonly id: string;
  name: string;
  readonly publicKey: string;
  readonly keyType: SshKeyType;
  readonly createdAt: number;
  updatedAt: number;
}

/**
 * The account's SSH keys: account-wide, any valid key may use them.
 *
 * @internal
 */
export const sshKeys = defineCollection<SshKeyRecord>({ noun: 'SSH key', ids: uuids });
