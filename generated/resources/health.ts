/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import type { RequestOptions } from '../../src/core/options.js';
import type { APIResource } from '../../src/core/resource.js';
import type { HealthStatus } from '../types.js';

/**
 * Liveness of the API gateway; no key needed.
 *
 * `raff.health`: its methods are made from the operation table when the client is built.
 */
export interface Health extends APIResource {
  /**
   * Check API health.
   *
   * Tells whether the API gateway is up. Needs no key and takes no project; a keyless client can
   * call it.
   *
   * Public: needs no key.
   *
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  check(options?: RequestOptions): Promise<HealthStatus>;
}
