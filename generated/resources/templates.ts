/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import type { RequestOptions } from '../../src/core/options.js';
import type { Page } from '../../src/core/pagination.js';
import type { APIResource } from '../../src/core/resource.js';
import type { ListTemplatesParams, Template } from '../types.js';

/**
 * The public catalog of images VMs are built from; no key needed.
 *
 * `raff.templates`: its methods are made from the operation table when the client is built.
 */
export interface Templates extends APIResource {
  /**
   * List OS templates.
   *
   * The public images a VM can be built from. A template’s `id` is what createVM and reinstallVM
   * take as `template_id`. Windows images are returned only when `vm_type` is `windows`;
   * `vm_type=standard` or `premium` omits them. Needs no key; the list does not page.
   *
   * Public: needs no key.
   *
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: input that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const { data, total } = await raff.templates.list();
   * ```
   */
  list(params?: ListTemplatesParams, options?: RequestOptions): Promise<Page<Template>>;
}
