import * as z from 'zod/mini';
import type { components, operations } from '../../generated/openapi.js';
import type { ClientContext } from '../client.js';
import type { RequestOptions } from '../core/api.js';
import { type Page, type PaginationParams, paginate, splitPaging } from '../core/pagination.js';
import { envelope } from '../internal/envelope.js';
import { requireId } from '../internal/ids.js';
import { lazy, parseInput } from '../internal/validate.js';
import { apiKeyStatus } from '../offline/expiry.js';
import { checkRaffApiKey, type RaffApiKeyCheck } from '../offline/key-format.js';
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
export type ListApiKeysParams = NonNullable<operations['listApiKeys']['parameters']['query']>;

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
export class ApiKeys {
  readonly #context: ClientContext;

  /** @internal */
  constructor(context: ClientContext) {
    this.#context = context;
  }

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
  async list(params: ListApiKeysParams = {}, options?: RequestOptions): Promise<Page<APIKey>> {
    const result = await this.#context
      .api(options)
      .GET('/api/v1/api-keys', { params: { query: params } });
    return { data: envelope(result).data, total: envelope(result).total };
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
    const { paging, filters } = splitPaging(params);
    return paginate((limit, offset) => this.list({ ...filters, limit, offset }, options), paging);
  }

  /**
   * Keys that expire within `within_days` (default 7) or have expired: the ones to rotate now.
   * Keys that never expire are not included.
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
    const due: APIKey[] = [];
    for await (const key of this.listAll({}, options)) {
      if (apiKeyStatus(key, now, { warnWithinDays: within_days }) !== 'active') due.push(key);
    }
    return due;
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
  async get(id: string, options?: RequestOptions): Promise<APIKey> {
    const result = await this.#context
      .api(options)
      .GET('/api/v1/api-keys/{id}', { params: { path: { id: requireId(id, 'id') } } });
    return envelope(result).data;
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
  async update(id: string, body: UpdateApiKeyBody, options?: RequestOptions): Promise<APIKey> {
    const result = await this.#context.api(options).PATCH('/api/v1/api-keys/{id}', {
      params: { path: { id: requireId(id, 'id') } },
      body,
    });
    return envelope(result).data;
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
  async delete(id: string, options?: RequestOptions): Promise<void> {
    await this.#context
      .api(options)
      .DELETE('/api/v1/api-keys/{id}', { params: { path: { id: requireId(id, 'id') } } });
  }

  /**
   * Rotates a key: same id, name, roles and expiry policy (restarted from now), new secret.
   * The old secret is rejected at once, so deploy the new one right away.
   *
   * @throws {RaffNotFoundError} when there is no such key.
   * @example
   * ```ts
   * const { secret } = await raff.apiKeys.regenerate(id);
   * ```
   */
  async regenerate(id: string, options?: RequestOptions): Promise<APIKeyWithSecret> {
    const result = await this.#context
      .api(options)
      .POST('/api/v1/api-keys/{id}/regenerate', { params: { path: { id: requireId(id, 'id') } } });
    return envelope(result).data;
  }

  /**
   * Creates a key with its account role, project role and projects, and expiry: the dashboard's
   * Create API Key dialog in one call. On a failed project grant the new key is revoked again.
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
    return createApiKey(this.#context, params, options);
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
