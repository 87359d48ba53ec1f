import * as z from 'zod/mini';
import type { components } from '../../generated/openapi.js';
import { withDeadline } from '../core/deadline.js';
import type { PathParams, QueryParams } from '../core/operation-types.js';
import type { RequestOptions } from '../core/options.js';
import type { Page, PaginationParams } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import { lazy, parseInput } from '../internal/validate.js';
import { apiKeyStatus } from '../offline/expiry.js';
import { checkRaffApiKey, type RaffApiKeyCheck } from '../shared/key-format.js';
import { type CreateApiKeyParams, createApiKey } from './api-key-create.js';

/** An API key as the API lists it: metadata and the 13-character prefix, never the secret. */
export type APIKey = components['schemas']['APIKey'];
/** An API key with its full secret, returned once by `create()` and `regenerate()`. */
export type APIKeyWithSecret = components['schemas']['APIKeyWithSecret'];
/** One project a key can reach, and the role it has there. */
export type APIKeyProjectAccess = components['schemas']['APIKeyProjectAccess'];
/** The body of `apiKeys.update()`. */
export type UpdateApiKeyBody = components['schemas']['UpdateAPIKeyRequest'];
/** Filters and paging for `apiKeys.list()`. */
export type ListApiKeysParams = QueryParams<'listApiKeys'>;

/** Parameters of {@link ApiKeys.listExpiring}. */
export interface ListExpiringParams {
  /** Keys expiring within this many days (and keys already expired) are returned. @default 7 */
  within_days?: number | undefined;
  /** The moment to measure from. @default new Date() */
  now?: Date | undefined;
}

const listExpiringSchema = lazy(() =>
  z.strictObject({
    within_days: z.optional(
      z.number().check(
        z.refine((n) => Number.isInteger(n) && n >= 0 && n <= 3650, {
          error: 'must be a whole number of days from 0 to 3650',
        }),
      ),
    ),
    now: z.optional(z.date()),
  }),
);

/**
 * API keys: create (the dashboard's whole dialog in one call), list, rotate, revoke.
 * Account-level: these calls never send `X-Project-ID`.
 */
export class ApiKeys extends APIResource {
  /**
   * One page of the account's keys.
   *
   * @throws {RaffAuthenticationError} when the key is rejected.
   * @throws {RaffPermissionDeniedError} without `account.apikeys.view`.
   * @example
   * ```ts
   * const { data, total } = await raff.apiKeys.list({ limit: 50 });
   * ```
   */
  list(params: ListApiKeysParams = {}, options?: RequestOptions): Promise<Page<APIKey>> {
    return this._call('listApiKeys', { query: params }, options);
  }

  /**
   * Every key, page by page, requested lazily.
   *
   * @throws {RaffAPIError} from any page request.
   * @example
   * ```ts
   * for await (const key of raff.apiKeys.listAll()) console.log(key.name, key.key_prefix);
   * ```
   */
  listAll(
    params: Omit<ListApiKeysParams, 'limit' | 'offset'> & PaginationParams = {},
    options?: RequestOptions,
  ): AsyncIterable<APIKey> {
    return this._listAll('listApiKeys', params, options);
  }

  /**
   * Keys that expire within `within_days` (default 7) or have expired: the ones to rotate now.
   * Keys that never expire are not included. A per-call `totalTimeout` or `signal` bounds the
   * whole walk.
   *
   * @throws {RaffValidationError} for a bad `within_days`.
   * @example
   * ```ts
   * for (const key of await raff.apiKeys.listExpiring({ within_days: 7 })) {
   *   console.log(`rotate ${key.name} before ${key.expires_at}`);
   * }
   * ```
   */
  async listExpiring(params: ListExpiringParams = {}, options?: RequestOptions): Promise<APIKey[]> {
    const { within_days = 7, now = new Date() } = parseInput(
      listExpiringSchema,
      params,
      'listExpiring params',
    );
    return withDeadline('apiKeys.listExpiring', options, async (deadline) => {
      const due: APIKey[] = [];
      for await (const key of this.listAll({}, deadline.options())) {
        if (apiKeyStatus(key, now, { warnWithinDays: within_days }) !== 'active') due.push(key);
      }
      return due;
    });
  }

  /**
   * One key's metadata.
   *
   * @throws {RaffNotFoundError} when there is no such key.
   * @example
   * ```ts
   * const key = await raff.apiKeys.get(id);
   * ```
   */
  get(id: PathParams<'getApiKey'>['id'], options?: RequestOptions): Promise<APIKey> {
    return this._call('getApiKey', { path: { id } }, options);
  }

  /**
   * Renames a key or changes its tier or active flag. Roles cannot be changed: create a new key.
   *
   * @throws {RaffNotFoundError} when there is no such key.
   * @example
   * ```ts
   * await raff.apiKeys.update(id, { name: 'Backups Lambda (old)' });
   * ```
   */
  update(
    id: PathParams<'updateApiKey'>['id'],
    body: UpdateApiKeyBody,
    options?: RequestOptions,
  ): Promise<APIKey> {
    return this._call('updateApiKey', { path: { id }, body }, options);
  }

  /**
   * Revokes a key for good: it stops authenticating at once, requests in flight included.
   *
   * @throws {RaffNotFoundError} when there is no such key.
   * @throws {RaffPermissionDeniedError} without `account.apikeys.revoke`.
   * @example
   * ```ts
   * await raff.apiKeys.delete(id);
   * ```
   */
  async delete(id: PathParams<'revokeApiKey'>['id'], options?: RequestOptions): Promise<void> {
    await this._call('revokeApiKey', { path: { id } }, options);
  }

  /**
   * Rotates a key: same id, name, roles and expiry policy (restarted from now), new secret.
   * The old secret is rejected at once, so deploy the new one right away. `util.inspect` (and so
   * `console.log`) of the result shows only the secret's prefix; `.secret` and `JSON.stringify`
   * give the whole value.
   *
   * @throws {RaffNotFoundError} when there is no such key.
   * @example
   * ```ts
   * const { secret } = await raff.apiKeys.regenerate(id);
   * ```
   */
  regenerate(
    id: PathParams<'regenerateApiKey'>['id'],
    options?: RequestOptions,
  ): Promise<APIKeyWithSecret> {
    return this._call('regenerateApiKey', { path: { id } }, options);
  }

  /**
   * Creates a key with its account role, project role and projects, and expiry: the dashboard's
   * Create API Key dialog in one call. On a failed project grant the new key is revoked again.
   * A per-call `totalTimeout` or `signal` bounds the whole method, the rollback included.
   * `util.inspect` of the result shows only the secret's prefix; `.secret` gives the whole value.
   *
   * @throws {RaffValidationError} before any request, for input the dialog would not accept.
   * @throws {RaffApiKeyGrantError} when a project grant failed (the key was rolled back, or, if
   * even that failed, the error holds the key's id and secret).
   * @example
   * ```ts
   * const key = await raff.apiKeys.create({
   *   name: 'Backups Lambda', role: 'member',
   *   projects: [projectId], project_role: 'operator', expires_in: '90d',
   * });
   * await secrets.put('raff/backups', key.secret);
   * ```
   */
  create(params: CreateApiKeyParams, options?: RequestOptions): Promise<APIKeyWithSecret> {
    return createApiKey(this._context, params, options);
  }

  /**
   * Offline: whether a value is a well-formed `raff_` key, and if not, why. Same as
   * {@link checkRaffApiKey}.
   *
   * @example
   * ```ts
   * raff.apiKeys.checkFormat(process.env.RAFF_API_KEY); // { valid: true, prefix: 'raff_17d70fcf' }
   * ```
   */
  checkFormat(value: unknown): RaffApiKeyCheck {
    return checkRaffApiKey(value);
  }
}
