import type { PermissionScope } from '../offline/permission-catalog.js';
import type { EmulatorBillingState } from './types.js';

// Timestamps are epoch milliseconds of the emulated clock; views turn them into ISO strings.

/**
 * An API key as the emulator stores it: a SHA-256 hash of the secret, never the secret.
 *
 * @internal
 */
export interface KeyRecord {
  readonly id: string;
  name: string;
  /** SHA-256 of the current secret. */
  hash: Buffer;
  prefix: string;
  readonly roleId: string | undefined;
  rateLimitTier: 'standard' | 'high';
  expiresAt: number | null;
  /** The expiry policy: how long the key lives from its creation or last regeneration. */
  readonly lifetimeMs: number | null;
  lastUsedAt: number | null;
  isActive: boolean;
  readonly createdBy: string;
  readonly createdAt: number;
}

/**
 * A System or custom role.
 *
 * @internal
 */
export interface RoleRecord {
  readonly id: string;
  name: string;
  readonly slug: string;
  description: string | undefined;
  readonly scope: PermissionScope;
  permissions: string[];
  readonly isSystem: boolean;
  readonly createdBy: string | null;
  readonly createdAt: number;
  updatedAt: number;
}

/**
 * A project of the account.
 *
 * @internal
 */
export interface ProjectRecord {
  readonly id: string;
  name: string;
  readonly slug: string;
  description: string | undefined;
  defaultRegion: 'us-east';
  readonly isDefault: boolean;
  readonly createdBy: string;
  readonly createdAt: number;
  updatedAt: number;
}

/**
 * A person in the account (the Owner, members, pending invitations).
 *
 * @internal
 */
export interface MemberRecord {
  readonly id: string;
  readonly userId: string | null;
  readonly email: string;
  readonly roleId: string;
  readonly status: 'pending' | 'active' | 'suspended';
  readonly invitedBy: string | null;
  readonly invitedAt: number | null;
  readonly acceptedAt: number | null;
  readonly createdAt: number;
}

/**
 * A project role granted to a user or an API key on one project.
 *
 * @internal
 */
export interface GrantRecord {
  readonly id: string;
  readonly projectId: string;
  readonly userId: string | null;
  readonly apiKeyId: string | null;
  readonly email: string | undefined;
  roleId: string;
  status: 'pending' | 'active' | 'suspended';
  readonly invitedBy: string;
  readonly invitedAt: number | null;
  readonly acceptedAt: number | null;
  readonly createdAt: number;
}

/**
 * A virtual machine.
 *
 * @internal
 */
export interface VmRecord {
  readonly id: string;
  readonly projectId: string;
  readonly name: string;
  /** Where the VM settles once built; `initiating` VMs reach it as the clock runs. */
  readonly status: 'active' | 'passive';
  /** When building started; seeded VMs are long built. */
  readonly createdAt: number;
  readonly pricingId: number;
  readonly templateId: string;
  readonly addedStorage: number;
  readonly backupType: 'daily' | 'weekly' | null;
  readonly publicIpv4: string | null;
  readonly privateIpv4: string | null;
  readonly tags: readonly string[];
  readonly createdBy: string;
}

/**
 * A VM backup.
 *
 * @internal
 */
export interface BackupRecord {
  readonly id: string;
  readonly projectId: string;
  readonly vmId: string;
  readonly name: string;
  readonly storageSize: number;
  readonly createdAt: number;
  readonly createdBy: string;
  readonly incrementId: number | null;
}

/**
 * A VM or volume snapshot.
 *
 * @internal
 */
export interface SnapshotRecord {
  readonly id: number;
  readonly projectId: string;
  readonly type: 'vm' | 'volume';
  readonly name: string;
  readonly vmId: string | null;
  readonly volumeId: number | null;
  readonly sizeGb: number;
  readonly createdAt: number;
  readonly createdBy: string;
}

/**
 * A block storage volume; the emulator only needs them as snapshot sources.
 *
 * @internal
 */
export interface VolumeRecord {
  readonly id: number;
  readonly projectId: string;
  readonly sizeGb: number;
}

/**
 * Everything one emulated account holds. Maps keep insertion order, which is list order.
 *
 * @internal
 */
export interface EmulatorState {
  readonly accountId: string;
  readonly ownerUserId: string;
  readonly keys: Map<string, KeyRecord>;
  /** Current secrets: hex SHA-256 → key id. */
  readonly keyHashes: Map<string, string>;
  /** Secrets that no longer work: hex SHA-256 → why, for a precise 401 message. */
  readonly retiredHashes: Map<string, 'revoked' | 'regenerated'>;
  readonly roles: Map<string, RoleRecord>;
  readonly projects: Map<string, ProjectRecord>;
  readonly members: Map<string, MemberRecord>;
  readonly grants: Map<string, GrantRecord>;
  readonly vms: Map<string, VmRecord>;
  readonly backups: Map<string, BackupRecord>;
  readonly snapshots: Map<number, SnapshotRecord>;
  readonly volumes: Map<number, VolumeRecord>;
  nextSnapshotId: number;
  billing: EmulatorBillingState;
}

/**
 * An empty account with the given ids.
 *
 * @internal
 */
export function emptyState(accountId: string, ownerUserId: string): EmulatorState {
  return {
    accountId,
    ownerUserId,
    keys: new Map(),
    keyHashes: new Map(),
    retiredHashes: new Map(),
    roles: new Map(),
    projects: new Map(),
    members: new Map(),
    grants: new Map(),
    vms: new Map(),
    backups: new Map(),
    snapshots: new Map(),
    volumes: new Map(),
    nextSnapshotId: 4821,
    billing: 'ok',
  };
}
