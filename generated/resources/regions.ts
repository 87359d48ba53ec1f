/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import type { RequestOptions } from '../../src/core/options.js';
import type { Page } from '../../src/core/pagination.js';
import type { APIResource } from '../../src/core/resource.js';
import type { ListRegionsParams, Region } from '../types.js';

/**
 * The public catalog of data-centre regions; no key needed.
 *
 * `raff.regions`: its methods are made from the operation table when the client is built.
 */
export interface Regions extends APIResource {
  /**
   * List regions.
   *
   * The data-centre regions open for new resources. Needs no key. A region's `code` is the value
   * other calls take as `region`.
   *
   * Public: needs no key.
   *
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: input that cannot be sent.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const { data, total } = await raff.regions.list();
   * ```
   */
  list(params?: ListRegionsParams, options?: RequestOptions): Promise<Page<Region>>;
}
