import { randomUUID } from 'node:crypto';
import { badRequest, notFound } from '../errors.js';
import { issueSecret } from '../secrets.js';
import type { EmulatorState, KeyRecord } from '../state.js';
import { apiKeyView } from '../views.js';
import { done, fields, type Handler, type HandlerContext, one, page } from './context.js';

function findKey(context: HandlerContext): KeyRecord {
  const key = context.state.keys.get(context.params.id ?? '');
  if (key === undefined) throw notFound(`API key ${context.params.id} not found`);
  return key;
}

function withSecret(state: EmulatorState, key: KeyRecord, secret: string) {
  return { ...apiKeyView(state, key), secret };
}

const listApiKeys: Handler = (context) =>
  page(
    context,
    [...context.state.keys.values()].map((key) => apiKeyView(context.state, key)),
  );

const createApiKey: Handler = (context) => {
  const body = fields(context);
  const roleId = body.role_id as string | undefined;
  if (roleId !== undefined) {
    const role = context.state.roles.get(roleId);
    if (role === undefined) throw badRequest(`Unknown role_id ${roleId}`);
    if (role.scope !== 'account') {
      throw badRequest(
        `role_id must be an account role; "${role.slug}" is a project role, which a key gets per project through addProjectMember`,
      );
    }
  }
  let expiresAt: number | null = null;
  if (typeof body.expires_at === 'string') {
    expiresAt = Date.parse(body.expires_at);
    if (!(expiresAt > context.now)) throw badRequest('expires_at must be in the future');
  }
  const key: KeyRecord = {
    id: randomUUID(),
    name: body.name as string,
    hash: Buffer.alloc(0),
    prefix: '',
    roleId,
    rateLimitTier: (body.rate_limit_tier as KeyRecord['rateLimitTier'] | undefined) ?? 'standard',
    expiresAt,
    lifetimeMs: expiresAt === null ? null : expiresAt - context.now,
    lastUsedAt: null,
    isActive: true,
    createdBy: context.key.createdBy,
    createdAt: context.now,
  };
  context.state.keys.set(key.id, key);
  const secret = issueSecret(context.state, key);
  return one(withSecret(context.state, key, secret));
};

const getApiKey: Handler = (context) => one(apiKeyView(context.state, findKey(context)));

const updateApiKey: Handler = (context) => {
  const key = findKey(context);
  const body = fields(context);
  if (typeof body.name === 'string') key.name = body.name;
  if (body.rate_limit_tier === 'standard' || body.rate_limit_tier === 'high') {
    key.rateLimitTier = body.rate_limit_tier;
  }
  if (typeof body.is_active === 'boolean') key.isActive = body.is_active;
  return one(apiKeyView(context.state, key));
};

const revokeApiKey: Handler = (context) => {
  const key = findKey(context);
  const { state } = context;
  const hex = key.hash.toString('hex');
  state.keyHashes.delete(hex);
  state.retiredHashes.set(hex, 'revoked');
  state.keys.delete(key.id);
  for (const [id, grant] of state.grants) if (grant.apiKeyId === key.id) state.grants.delete(id);
  return done('API key revoked');
};

const regenerateApiKey: Handler = (context) => {
  const key = findKey(context);
  // Same policy, new window: a 90-day key gets 90 days from now; a never-expiring key stays so.
  key.expiresAt = key.lifetimeMs === null ? null : context.now + key.lifetimeMs;
  key.lastUsedAt = null;
  const secret = issueSecret(context.state, key);
  return one(withSecret(context.state, key, secret));
};

/**
 * The API Keys operations.
 *
 * @internal
 */
export const API_KEY_HANDLERS: Readonly<Record<string, Handler>> = {
  listApiKeys,
  createApiKey,
  getApiKey,
  updateApiKey,
  revokeApiKey,
  regenerateApiKey,
};
