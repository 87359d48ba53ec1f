import type { APIKey, APIKeyWithSecret, Role } from '../../src/index.js';
import { SYSTEM_ROLES } from '../../src/index.js';

/** The System roles as `GET /api/v1/roles` returns them. */
export const ROLES: Role[] = SYSTEM_ROLES.map((role) => ({
  id: role.id,
  name: role.name,
  slug: role.slug,
  scope: role.scope,
  permissions: [...role.permissions],
  is_system: true,
}));

/** A System role by slug. */
export function role(slug: string): Role {
  const found = ROLES.find((candidate) => candidate.slug === slug);
  if (!found) throw new Error(`no role ${slug}`);
  return found;
}

export const KEY_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
export const NEW_SECRET = `raff_${'5e'.repeat(32)}`;

/** An API key record as the API lists it. */
export function apiKey(overrides: Partial<APIKey> = {}): APIKey {
  return {
    id: KEY_ID,
    name: 'Backups Lambda',
    key_prefix: 'raff_5e5e5e5e',
    is_active: true,
    role_id: role('member').id,
    role_name: 'Member',
    role_slug: 'member',
    rate_limit_tier: 'standard',
    expires_at: null,
    last_used_at: null,
    project_accesses: [],
    created_at: '2026-11-01T00:00:00Z',
    ...overrides,
  };
}

/** The same key with its one-time secret. */
export function apiKeyWithSecret(overrides: Partial<APIKey> = {}): APIKeyWithSecret {
  return { ...apiKey(overrides), secret: NEW_SECRET };
}

/** The id of the key the test clients use (`KEY`), as the account lists it. */
export const CALLER_ID = '3b1f8e2a-6c4d-4e5f-9a0b-1c2d3e4f5a6b';

/** The record of the key the test clients use: its prefix is `KEY`'s; an Owner key by default. */
export function callerKey(overrides: Partial<APIKey> = {}): APIKey {
  return apiKey({
    id: CALLER_ID,
    name: 'Ops automation',
    key_prefix: 'raff_17d70fcf',
    role_id: role('owner').id,
    role_name: 'Owner',
    role_slug: 'owner',
    ...overrides,
  });
}
