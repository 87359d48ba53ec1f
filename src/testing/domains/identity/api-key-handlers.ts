import { randomUUID } from 'node:crypto';
import type { EmulatorState, KeyRecord } from '../../server/account.js';
import { badRequest, notFound } from '../../server/errors.js';
import type { HandlerTable } from '../../server/handler.js';
import { done, one, page } from '../../server/replies.js';
import { issueSecret } from '../../server/secrets.js';
import { apiKeyView } from './views.js';

function findKey(state: EmulatorState, id: string): KeyRecord {
  const key = state.keys.get(id);
  if (key === undefined) throw notFound(`API key ${id} not found`);
  return key;
}

function withSecret(state: EmulatorState, key: KeyRecord, secret: string) {
  return { ...apiKeyView(state, key), secret };
}

/** An account role to give a new key; 400 for a role that does not exist or is a project's. */
function accountRoleId(state: EmulatorState, roleId: string | undefined): string | undefined {
  if (roleId === undefined) return undefined;
  const role = state.roles.get(roleId);
  if (role === undefined) throw badRequest(`Unknown role_id ${roleId}`);
  if (role.scope !== 'account') {
    throw badRequest(
      `role_id must be an account role; "${role.slug}" is a project role, which a key gets per project through addProjectMember`,
    );
  }
  return roleId;
}

/**
 * The API Keys operations.
 *
 * @internal
 */
export const API_KEY_HANDLERS = {
  listApiKeys: (context) =>
    page(
      context,
      [...context.state.keys.values()].map((key) => apiKeyView(context.state, key)),
    ),

  createApiKey: ({ state, body, key: caller, now }) => {
    const roleId = accountRoleId(state, body.role_id);
    let expiresAt: number | null = null;
    if (body.expires_at !== undefined) {
      expiresAt = Date.parse(body.expires_at);
      if (!(expiresAt > now)) throw badRequest('expires_at must be in the future');
    }
    const key: KeyRecord = {
      id: randomUUID(),
      name: body.name,
      hash: Buffer.alloc(0),
      prefix: '',
      roleId,
      rateLimitTier: body.rate_limit_tier ?? 'standard',
      expiresAt,
      lifetimeMs: expiresAt === null ? null : expiresAt - now,
      lastUsedAt: null,
      isActive: true,
      createdBy: caller.createdBy,
      createdAt: now,
    };
    state.keys.set(key.id, key);
    const secret = issueSecret(state, key);
    return one(withSecret(state, key, secret));
  },

  getApiKey: ({ state, params }) => one(apiKeyView(state, findKey(state, params.id))),

  updateApiKey: ({ state, params, body }) => {
    const key = findKey(state, params.id);
    if (body.name !== undefined) key.name = body.name;
    if (body.rate_limit_tier !== undefined) key.rateLimitTier = body.rate_limit_tier;
    if (body.is_active !== undefined) key.isActive = body.is_active;
    return one(apiKeyView(state, key));
  },

  revokeApiKey: ({ state, params }) => {
    const key = findKey(state, params.id);
    const hex = key.hash.toString('hex');
    state.keyHashes.delete(hex);
    state.retiredHashes.set(hex, 'revoked');
    state.keys.delete(key.id);
    for (const [id, grant] of state.grants) if (grant.apiKeyId === key.id) state.grants.delete(id);
    return done('API key revoked');
  },

  regenerateApiKey: ({ state, params, now }) => {
    const key = findKey(state, params.id);
    // Same policy, new window: a 90-day key gets 90 days from now; a never-expiring key stays so.
    key.expiresAt = key.lifetimeMs === null ? null : now + key.lifetimeMs;
    key.lastUsedAt = null;
    const secret = issueSecret(state, key);
    return one(withSecret(state, key, secret));
  },
} satisfies HandlerTable;
