import * as z from 'zod/mini';
import type { SdkMethod } from '../../../generated/operations.js';
import type { APIKey, APIKeyWithSecret } from '../../../generated/types.js';
import { withDeadline } from '../../core/deadline.js';
import type { RequestOptions } from '../../core/options.js';
import { APIResource } from '../../core/resource.js';
import { lazy, parseInput } from '../../internal/validate.js';
import { apiKeyStatus } from '../../offline/expiry.js';
import { checkRaffApiKey, type RaffApiKeyCheck } from '../../shared/key-format.js';
import { type CreateApiKeyParams, createApiKey } from './api-key-create.js';
import { forgetKeyAccess, readCurrentKey } from './key-access.js';

// The calls after which what the client read about its own key may be out of date.
const CHANGES: ReadonlySet<SdkMethod> = new Set([
  'apiKeys.update',
  'apiKeys.delete',
  'apiKeys.regenerate',
]);

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
 * The hand-written methods of {@link ApiKeys}: the dashboard's Create API Key dialog in one call,
 * the key in use, the expiring-keys report, and the offline format check. The generated class
 * extends this one.
 */
export abstract class ApiKeysCustom extends APIResource {
  /** @internal Forgets what `current()` and `can()` read after a key was changed or revoked. */
  protected override _afterCall(id: SdkMethod): void {
    if (CHANGES.has(id)) forgetKeyAccess(this._context);
  }

  /**
   * The record of the key this client uses (its name, roles and project accesses; never a
   * secret): the one key of the account whose `key_prefix` is the first 13 characters of the
   * client's key, found by walking `GET /api/v1/api-keys`. What it read is reused for 60 s by
   * this client's `current()` and `can()` (each client, including one from `withOptions`, has
   * its own); changing a key or a role through this client forgets it.
   *
   * @throws {RaffPermissionDeniedError} 403 from the list: the key lacks `account.apikeys.view`.
   * @throws {RaffNotFoundError} when no key of the account has that prefix, or more than one
   * does (the SDK never guesses which).
   * @throws {RaffValidationError} on a keyless client (`apiKey: null`).
   * @example
   * ```ts
   * const me = await raff.apiKeys.current();
   * console.log(me.name, me.role_slug, me.project_accesses?.map((a) => a.role_slug));
   * ```
   */
  current(options?: RequestOptions): Promise<APIKey> {
    return withDeadline('apiKeys.current', options, (deadline) =>
      readCurrentKey(this._context, deadline.options()),
    );
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
      for await (const key of this._listAll(
        'apiKeys.list',
        {},
        deadline.options(),
      ) as AsyncIterable<APIKey>) {
        if (apiKeyStatus(key, now, { warnWithinDays: within_days }) !== 'active') due.push(key);
      }
      return due;
    });
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
