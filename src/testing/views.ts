import type { components } from '../../generated/openapi.js';
import type { EmulatorState, GrantRecord, KeyRecord, ProjectRecord, RoleRecord } from './state.js';

type Schemas = components['schemas'];

export { vmTotalStorage, vmView } from './compute-views.js';

/**
 * Epoch milliseconds as the API writes times, e.g. `2026-05-05T09:30:00Z`.
 *
 * @internal
 */
export function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const isoOrNull = (ms: number | null): string | null => (ms === null ? null : iso(ms));

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
