import type { APIKey } from '../../../generated/types.js';
import { callOperation } from '../../core/call.js';
import type { ClientContext } from '../../core/context.js';
import type { RequestOptions } from '../../core/options.js';
import { paginate } from '../../core/pagination.js';
import { SYSTEM_ROLES } from '../../offline/permission-catalog.js';
import { RaffNotFoundError, RaffValidationError } from '../../shared/errors.js';
import { apiKeyPrefix, redactApiKey } from '../../shared/key-format.js';
import { serverText } from '../../shared/server-text.js';

/** How long `apiKeys.current()` and `can()` reuse what they read: 60 seconds. */
export const KEY_ACCESS_TTL_MS = 60_000;

/** A role as the key's records name it: its id and slug, either of which may be missing. */
export interface RoleOfKey {
  readonly role_id?: string | undefined;
  readonly role_slug?: string | undefined;
}

/** The slug, display name and permissions of a role a key holds. */
export interface HeldRole {
  readonly slug: string;
  readonly name: string;
  readonly permissions: readonly string[];
}

interface Entry<T> {
  readonly at: number;
  readonly value: Promise<T>;
}

/** What one client read about its own key: the key's record and the custom roles it holds. */
interface KeyAccessCache {
  key: Entry<APIKey> | undefined;
  readonly roles: Map<string, Entry<HeldRole>>;
}

// One cache per client (its context): clients made by withOptions() read for themselves.
const caches = new WeakMap<ClientContext, KeyAccessCache>();

function cacheOf(context: ClientContext): KeyAccessCache {
  let cache = caches.get(context);
  if (cache === undefined) {
    cache = { key: undefined, roles: new Map() };
    caches.set(context, cache);
  }
  return cache;
}

/** A fresh entry's value, or a new load; a failed load is not kept, so the next call tries again. */
function reuse<T>(
  entry: Entry<T> | undefined,
  store: (entry: Entry<T> | undefined) => void,
  load: () => Promise<T>,
): Promise<T> {
  if (entry !== undefined && Date.now() - entry.at < KEY_ACCESS_TTL_MS) return entry.value;
  const made = { at: Date.now(), value: load() };
  store(made);
  made.value.catch(() => store(undefined));
  return made.value;
}

/**
 * Forgets what the client read about its key (after this client changed a key, a role or a
 * project membership): the next `current()` or `can()` reads again.
 *
 * @internal
 */
export function forgetKeyAccess(context: ClientContext): void {
  caches.delete(context);
}

/**
 * The record of the client's own key: the one key of the account whose `key_prefix` is the
 * first 13 characters of the key in use, found with `GET /api/v1/api-keys` page by page and kept
 * for {@link KEY_ACCESS_TTL_MS}. A copy, so a caller's change never reaches the cache.
 *
 * @throws {RaffValidationError} on a keyless client.
 * @throws {RaffNotFoundError} when no key, or more than one, has that prefix (it never guesses).
 * @throws {RaffPermissionDeniedError} from the list, for a key without `account.apikeys.view`.
 * @internal
 */
export async function readCurrentKey(
  context: ClientContext,
  options: RequestOptions | undefined,
): Promise<APIKey> {
  const cache = cacheOf(context);
  const key = await reuse(
    cache.key,
    (entry) => {
      cache.key = entry;
    },
    () => findCurrentKey(context, options),
  );
  return structuredClone(key);
}

async function findCurrentKey(
  context: ClientContext,
  options: RequestOptions | undefined,
): Promise<APIKey> {
  const { config } = context;
  if (config.apiKey === null) {
    throw new RaffValidationError(
      'apiKeys.current: this client has no key (apiKey: null), so there is no key to look up. Nothing was sent.',
      [{ path: ['apiKey'], code: 'missing', message: 'a keyless client has no key' }],
    );
  }
  const prefix = apiKeyPrefix(config.apiKey);
  const matches: APIKey[] = [];
  let listed = 0;
  let requests = 0;
  const pages = paginate(
    async (limit, offset) => {
      requests++;
      return (await callOperation(
        config,
        'apiKeys.list',
        { query: { limit, offset } },
        options,
      )) as {
        data: APIKey[];
        total: number;
      };
    },
    { limit: 100, what: 'apiKeys.current (the key list)' },
  );
  for await (const key of pages) {
    listed++;
    if (key.key_prefix === prefix) matches.push(key);
  }
  if (matches.length === 1 && matches[0] !== undefined) return matches[0];
  const shown = redactApiKey(config.apiKey);
  const ids = matches.map((key) => serverText(key.id, config.secrets.scrub, 64)).join(', ');
  throw notFound(
    matches.length === 0
      ? `apiKeys.current: none of the ${listed} API key(s) of the account has the prefix of the key in use (${shown}); it may have been revoked or regenerated since.`
      : `apiKeys.current: ${matches.length} API keys of the account (${ids}) share the prefix of the key in use (${shown}); the SDK cannot tell which one it is and does not guess.`,
    matches.length,
    requests,
  );
}

/** Not an answer of the server: a 404 the SDK reports after reading the whole key list. */
function notFound(message: string, matches: number, requests: number): RaffNotFoundError {
  return new RaffNotFoundError(message, {
    status: 404,
    method: 'GET',
    path: '/api/v1/api-keys',
    attempts: requests,
    operation: 'apiKeys.current',
    body: { matches },
  });
}

/**
 * The permissions of a role the client's key holds: a System role from the offline catalog
 * ({@link SYSTEM_ROLES}, by slug: slugs are unique in an account, so no custom role can take a
 * System role's), any other with `GET /api/v1/roles/{id}`, kept for {@link KEY_ACCESS_TTL_MS}.
 *
 * @throws {RaffPermissionDeniedError} from `roles.get`, for a key without `account.roles.view`.
 * @internal
 */
export function readRole(
  context: ClientContext,
  of: RoleOfKey,
  options: RequestOptions | undefined,
): Promise<HeldRole> {
  const system = SYSTEM_ROLES.find((role) => role.slug === of.role_slug);
  if (system !== undefined) return Promise.resolve(system);
  const id = of.role_id;
  if (id === undefined) {
    return Promise.resolve({ slug: of.role_slug ?? '', name: of.role_slug ?? '', permissions: [] });
  }
  const { roles } = cacheOf(context);
  return reuse(
    roles.get(id),
    (entry) => {
      if (entry === undefined) roles.delete(id);
      else roles.set(id, entry);
    },
    async () => {
      const role = await callOperation(context.config, 'roles.get', { path: { id } }, options);
      return { slug: role.slug, name: role.name, permissions: [...role.permissions] };
    },
  );
}
