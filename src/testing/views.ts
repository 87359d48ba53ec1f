import type { components } from '../../generated/openapi.js';
import type {
  BackupRecord,
  EmulatorState,
  GrantRecord,
  KeyRecord,
  MemberRecord,
  ProjectRecord,
  RoleRecord,
  SnapshotRecord,
  VmRecord,
} from './state.js';

type Schemas = components['schemas'];

/**
 * Epoch milliseconds as the API writes times, e.g. `2026-05-05T09:30:00Z`.
 *
 * @internal
 */
export function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const isoOrNull = (ms: number | null): string | null => (ms === null ? null : iso(ms));

/**
 * Compute plans by `pricing_id`: vCPUs, GB of RAM, GB of disk, USD per hour.
 *
 * @internal
 */
export const PLANS: readonly (readonly [number, number, number, string])[] = [
  [1, 1, 25, '0.006944'],
  [1, 2, 50, '0.013889'],
  [2, 4, 80, '0.027764'],
  [2, 8, 100, '0.041667'],
  [4, 8, 160, '0.055556'],
  [4, 16, 200, '0.083333'],
  [8, 16, 320, '0.111111'],
  [8, 32, 400, '0.166667'],
  [16, 32, 640, '0.222222'],
  [16, 64, 800, '0.333333'],
  [32, 64, 1280, '0.444444'],
  [32, 128, 1600, '0.666667'],
  [48, 192, 2400, '1.000000'],
];

/**
 * How long a new VM takes from `initiating` to running, on the emulated clock.
 *
 * @internal
 */
export const VM_BUILD_MS = 30_000;

/**
 * How long an on-demand backup stays `pending`, on the emulated clock.
 *
 * @internal
 */
export const BACKUP_MS = 60_000;

function roleRef(state: EmulatorState, roleId: string | undefined) {
  return roleId === undefined ? undefined : state.roles.get(roleId);
}

/**
 * An API key as the API shows it: metadata and prefix, never the secret.
 *
 * @internal
 */
export function apiKeyView(state: EmulatorState, key: KeyRecord): Schemas['APIKey'] {
  const role = roleRef(state, key.roleId);
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
 * A project.
 *
 * @internal
 */
export function projectView(state: EmulatorState, project: ProjectRecord): Schemas['Project'] {
  return {
    id: project.id,
    account_id: state.accountId,
    name: project.name,
    slug: project.slug,
    ...(project.description === undefined ? {} : { description: project.description }),
    default_region: project.defaultRegion,
    is_default: project.isDefault,
    is_active: true,
    created_by: project.createdBy,
    created_at: iso(project.createdAt),
    updated_at: iso(project.updatedAt),
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
 * An account member.
 *
 * @internal
 */
export function memberView(state: EmulatorState, member: MemberRecord): Schemas['Member'] {
  const role = state.roles.get(member.roleId);
  return {
    id: member.id,
    account_id: state.accountId,
    user_id: member.userId,
    email: member.email,
    ...(role === undefined ? {} : { role: role.slug, role_name: role.name }),
    role_id: member.roleId,
    status: member.status,
    invited_by: member.invitedBy,
    invited_at: isoOrNull(member.invitedAt),
    accepted_at: isoOrNull(member.acceptedAt),
    created_at: iso(member.createdAt),
    updated_at: iso(member.acceptedAt ?? member.createdAt),
  };
}

const BUILD_STAGES = ['initiating', 'provisioning', 'booting'] as const;

/**
 * A VM; a new one walks `initiating` → `provisioning` → `booting` → `active` as the clock runs.
 *
 * @internal
 */
export function vmView(vm: VmRecord, now: number): Schemas['VM'] {
  const [cpu, ram, storage, price] = PLANS[vm.pricingId - 1] ?? PLANS[2] ?? [2, 4, 80, '0'];
  const age = Math.max(0, now - vm.createdAt);
  const stage = Math.floor((age / VM_BUILD_MS) * BUILD_STAGES.length);
  const status = BUILD_STAGES[stage] ?? vm.status;
  return {
    id: vm.id,
    name: vm.name,
    status,
    cpu,
    ram,
    storage,
    added_storage: vm.addedStorage,
    total_storage: storage + vm.addedStorage,
    template_id: vm.templateId,
    template_name: 'Ubuntu',
    template_version: '24.04x64',
    price_per_hour: price,
    pricing_id: vm.pricingId,
    created_by: vm.createdBy,
    billing_type: 'payg',
    subscription_id: null,
    backup_type: vm.backupType,
    region: 'us-east',
    project_id: vm.projectId,
    public_ipv4_address: vm.publicIpv4,
    public_ipv6_address: null,
    private_ipv4_address: vm.privateIpv4,
    private_ipv6_address: null,
    tags: vm.tags.map((name, priority) => ({
      id: `${vm.id.slice(0, 8)}-${priority}`,
      name,
      priority,
      created_at: iso(vm.createdAt),
    })),
    active: true,
    created_at: iso(vm.createdAt),
    updated_at: iso(vm.createdAt + Math.min(age, VM_BUILD_MS)),
  };
}

/**
 * A backup; a new one is `pending` for {@link BACKUP_MS}, then `ready`.
 *
 * @internal
 */
export function backupView(
  state: EmulatorState,
  backup: BackupRecord,
  now: number,
): Schemas['Backup'] {
  const ready = now - backup.createdAt >= BACKUP_MS;
  return {
    id: backup.id,
    account_id: state.accountId,
    project_id: backup.projectId,
    created_by: backup.createdBy,
    region: 'us-east',
    product_vm: backup.vmId,
    name: backup.name,
    storage_size: ready ? backup.storageSize : 0,
    status: ready ? 'ready' : 'pending',
    price_per_hour: ready ? (backup.storageSize * 0.0000000684).toFixed(6) : '0.000000',
    expire_date: null,
    increment_id: backup.incrementId,
    created_at: iso(backup.createdAt),
  };
}

/**
 * A snapshot.
 *
 * @internal
 */
export function snapshotView(state: EmulatorState, snapshot: SnapshotRecord): Schemas['Snapshot'] {
  return {
    id: snapshot.id,
    account_id: state.accountId,
    project_id: snapshot.projectId,
    created_by: snapshot.createdBy,
    type: snapshot.type,
    name: snapshot.name,
    size: String(snapshot.sizeGb),
    target_size: String(snapshot.sizeGb),
    status: 'active',
    product_vm: snapshot.vmId,
    price_per_hour: (snapshot.sizeGb * 0.000139).toFixed(6),
    created_at: iso(snapshot.createdAt),
  };
}
