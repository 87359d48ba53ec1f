/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import type { RequestOptions } from '../../src/core/options.js';
import type { ListAllParams, Page } from '../../src/core/pagination.js';
import type { ApiKeysCustom } from '../../src/resources/custom/api-keys.js';
import type { APIKey, APIKeyWithSecret, ListApiKeysParams, UpdateApiKeyBody } from '../types.js';

/**
 * Secrets for scripts and services. A key points at an account role and, through project
 * memberships, at project roles; its full value is shown only when it is created or regenerated.
 *
 * `raff.apiKeys`: its methods are made from the operation table when the client is built, with the
 * hand-written ones of {@link ApiKeysCustom}.
 */
export interface ApiKeys extends ApiKeysCustom {
  /**
   * List API keys.
   *
   * Pages through the account’s API keys. Only prefixes are returned; secrets never are.
   *
   * Needs `account.apikeys.view` (an account permission).
   *
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: input that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const { data, total } = await raff.apiKeys.list();
   * ```
   */
  list(params?: ListApiKeysParams, options?: RequestOptions): Promise<Page<APIKey>>;

  /**
   * Every item of `apiKeys.list()`, page by page, requested lazily as the loop asks for more.
   *
   * Pages of up to 100 (`limit`), from `offset`; the other parameters are sent with every page. A
   * per-call `totalTimeout` or `signal` bounds the whole walk.
   *
   * @param params - The query parameters, with `limit` as the page size and `offset` where to
   * start.
   * @param options - Per-call options; `totalTimeout` and `signal` bound the whole walk.
   * @throws {RaffAPIError} from any page request, as the list method does.
   * @example
   * ```ts
   * for await (const apiKey of raff.apiKeys.listAll()) {
   *   console.log(apiKey);
   * }
   * ```
   */
  listAll(params?: ListAllParams<ListApiKeysParams>, options?: RequestOptions): AsyncIterable<APIKey>;

  /**
   * Get an API key.
   *
   * Returns one key’s metadata and project grants, without the secret.
   *
   * Needs `account.apikeys.view` (an account permission).
   *
   * @param id - API key id (UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  get(id: string, options?: RequestOptions): Promise<APIKey>;

  /**
   * Revoke an API key.
   *
   * Deletes the key for good. Requests that present it fail with 401 from now on; audit entries
   * that mention it remain.
   *
   * Needs `account.apikeys.revoke` (an account permission).
   *
   * @param id - API key id (UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  delete(id: string, options?: RequestOptions): Promise<void>;

  /**
   * Update an API key.
   *
   * Renames a key, changes its rate-limit tier, or switches it off or on. Roles cannot be changed
   * here.
   *
   * Needs `account.apikeys.manage` (an account permission). Not retried on 5xx or timeouts (a
   * PATCH may have reached Raff): check its effect before repeating it.
   *
   * @param id - API key id (UUID).
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const apiKey = await raff.apiKeys.update(apiKeyId, { name: 'Production CI (eu runners)' });
   * ```
   */
  update(id: string, body: UpdateApiKeyBody, options?: RequestOptions): Promise<APIKey>;

  /**
   * Regenerate an API key.
   *
   * Issues a new secret for the same key and kills the old one at once (no overlap). Id, name,
   * roles, project grants and expiry policy stay; the expiry is counted again from now. Works on
   * expired keys too.
   *
   * Needs `account.apikeys.manage` (an account permission). Not retried on 5xx or timeouts (a POST
   * may have reached Raff): check its effect before repeating it.
   *
   * @param id - API key id (UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  regenerate(id: string, options?: RequestOptions): Promise<APIKeyWithSecret>;
}
