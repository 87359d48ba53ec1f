import * as z from 'zod/mini';
import type { components } from '../../../generated/openapi.js';
import type { Database } from '../../../generated/types.js';
import type { RequestOptions } from '../../core/options.js';
import { APIResource } from '../../core/resource.js';
import { lazy, parseInput } from '../../internal/validate.js';
import { RaffValidationError } from '../../shared/errors.js';

/**
 * The body of `databases.setPublicAccess()`: Raff's `{ enabled, allowlist }`, plus
 * `allowAllSources`, which the SDK asks for before it sends an empty allowlist.
 */
export type SetDatabasePublicAccessParams = components['schemas']['DatabasePublicAccessRequest'] & {
  /**
   * Confirms that an empty `allowlist` is meant: Raff then accepts connections from every
   * address on the internet. Not sent to Raff.
   * @default false
   */
  allowAllSources?: boolean | undefined;
};

const paramsSchema = lazy(() =>
  z.looseObject({ allowAllSources: z.optional(z.boolean({ error: 'must be true or false' })) }),
);

/**
 * The hand-written part of {@link Databases}: public access that never opens a database to the
 * whole internet by accident. The generated class extends this one.
 */
export abstract class DatabasesCustom extends APIResource {
  /**
   * Turns the database's public endpoint on or off, and sets which addresses may reach it.
   *
   * `allowlist` (CIDR blocks) replaces the stored list; leaving it out keeps the stored one. An
   * empty list means every source on the internet (Raff's rule), so the SDK refuses
   * `allowlist: []` unless `allowAllSources: true` says that is meant. The database keeps its
   * public ports across off and on. Not retried on 5xx or timeouts (a POST).
   *
   * @param id - The database's id (UUID or short id).
   * @param body - `enabled`, an optional `allowlist`, and `allowAllSources` to confirm an empty one.
   * @param options - Per-call options (signal, time limits, retries, project, headers).
   * @throws {RaffValidationError} before anything is sent: an empty `allowlist` without
   * `allowAllSources: true`, or an unsafe id.
   * @throws {RaffBadRequestError} 400: Raff rejected the input (e.g. a malformed CIDR).
   * @throws {RaffNotFoundError} 404: no such database.
   * @example
   * ```ts
   * await raff.databases.setPublicAccess(databaseId, { enabled: true, allowlist: ['203.0.113.0/24'] });
   * await raff.databases.setPublicAccess(databaseId, { enabled: true, allowlist: [], allowAllSources: true });
   * ```
   */
  async setPublicAccess(
    id: string,
    body: SetDatabasePublicAccessParams,
    options?: RequestOptions,
  ): Promise<Database> {
    const { allowAllSources, ...wire } = parseInput(paramsSchema, body, 'setPublicAccess body');
    const allowlist = (wire as { allowlist?: unknown }).allowlist;
    if (Array.isArray(allowlist) && allowlist.length === 0 && allowAllSources !== true) {
      throw new RaffValidationError(
        'setPublicAccess: an empty allowlist opens the database to every address on the ' +
          'internet. Pass allowAllSources: true if that is meant, or list the CIDR blocks that ' +
          'may connect (leave allowlist out to keep the stored list). Nothing was sent.',
        [{ path: ['allowlist'], code: 'too_small', message: 'empty: every source may connect' }],
      );
    }
    return this._call(
      'databases.setPublicAccess',
      { path: { database_id: id }, body: wire as never },
      options,
    );
  }
}
