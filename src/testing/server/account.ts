import type { PermissionScope } from '../../offline/permission-catalog.js';
import type { EmulatorBillingState } from '../types.js';
import { Lifecycle } from './lifecycle.js';

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
  /** Absent for a membership held by an API key (see domains/identity/member-handlers.ts). */
  readonly email: string | undefined;
  roleId: string;
  status: 'pending' | 'active' | 'suspended';
  readonly invitedBy: string | null;
  readonly invitedAt: number | null;
  readonly acceptedAt: number | null;
  readonly createdAt: number;
  /** When the membership last changed; the creation or acceptance time when left out. */
  updatedAt?: number | undefined;
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
 * The account every request is checked against: its keys (as hashes), roles, projects, members
 * and project grants, its billing standing and its lifecycle engine. Maps keep insertion order,
 * which is list order. Every other record lives in its domain (src/testing/domains/<area>/
 * records.ts), declared with defineCollection or defineStore, keyed by this object.
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
  billing: EmulatorBillingState;
  /**
   * Whether the account was ever topped up with at least $5. Raff keeps Functions locked until
   * then: createFunction, createFunctionDeployment and an AI rewrite (convertLambda) answer 403.
   */
  toppedUp: boolean;
  /** Scheduled transitions and periodic tasks, settled at the start of every request. */
  readonly lifecycle: Lifecycle;
}

/**
 * An empty account with the given ids, its lifecycle starting at `now` (emulated ms).
 *
 * @internal
 */
export function emptyState(accountId: string, ownerUserId: string, now: number): EmulatorState {
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
    billing: 'ok',
    toppedUp: false,
    lifecycle: new Lifecycle(now),
  };
}
