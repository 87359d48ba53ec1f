/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import type { RequestOptions } from '../../src/core/options.js';
import type { Page } from '../../src/core/pagination.js';
import type { APIResource } from '../../src/core/resource.js';
import type { CIDRSuggestions, CreateVPCBody, ListVPCsParams, UpdateVPCBody, VPC, VPCDetail } from '../types.js';

/**
 * Private IPv4 networks inside a project that VMs can join.
 *
 * `raff.vpcs`: its methods are made from the operation table when the client is built.
 */
export interface Vpcs extends APIResource {
  /**
   * List VPCs.
   *
   * Returns the VPCs of one project (with `X-Project-ID`) or of every project the key can reach
   * (without it), in one unpaged list.
   *
   * Needs `vpc.view` on the project named by `X-Project-ID`. Sends `X-Project-ID` when a project
   * is known.
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
   * const { data, total } = await raff.vpcs.list();
   * ```
   */
  list(params?: ListVPCsParams, options?: RequestOptions): Promise<Page<VPC>>;

  /**
   * Create a VPC.
   *
   * Creates a private network in the project named by `X-Project-ID`. The block must not overlap
   * any VPC of the account (an overlap is refused with 400); listVPCCIDRSuggestions proposes free
   * ones. The VPC comes back `active` and empty (`used_ips` 0). Billing standing is checked first.
   *
   * Needs `vpc.create` on the project named by `X-Project-ID`. Sends the call’s (or the client’s)
   * `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a POST may
   * have reached Raff): check its effect before repeating it.
   *
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: no project, input that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffBillingError} 403.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const vpc = await raff.vpcs.create({ name: 'staging-net', cidr: '10.20.0.0/24', region:
   * 'us-east' });
   * ```
   */
  create(body: CreateVPCBody, options?: RequestOptions): Promise<VPC>;

  /**
   * Suggest VPC address blocks.
   *
   * Proposes IPv4 blocks that overlap none of the account’s VPCs: one recommended block plus
   * alternatives in small, medium and large sizes. Read-only; nothing is reserved, so check again
   * right before createVPC if other VPCs may be created meanwhile. Needs the project in
   * `X-Project-ID`.
   *
   * Needs `vpc.view` on the project named by `X-Project-ID`. Sends the call’s (or the client’s)
   * `projectId` as `X-Project-ID`, which it requires.
   *
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  cidrSuggestions(options?: RequestOptions): Promise<CIDRSuggestions>;

  /**
   * Get a VPC.
   *
   * Returns one VPC, found by id, wrapped with its allocatable range and the addresses leased to
   * VM interfaces (`data.vpc`, `data.ip_range_start`, `data.ip_range_end`, `data.leases`).
   * `X-Project-ID` may be sent but is not needed. The key needs `vpc.view` on the VPC’s project.
   *
   * Needs `vpc.view` on the project that holds the resource. Sends `X-Project-ID` when a project
   * is known.
   *
   * @param id - VPC id (UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  get(id: string, options?: RequestOptions): Promise<VPCDetail>;

  /**
   * Update a VPC.
   *
   * Renames a VPC or changes its description. The address block cannot be changed. Fields left out
   * are unchanged.
   *
   * Needs `vpc.manage` on the project named by `X-Project-ID`. Sends the call’s (or the client’s)
   * `projectId` as `X-Project-ID`, which it requires.
   *
   * @param id - VPC id (UUID).
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project, input
   * that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const vpc = await raff.vpcs.update(vpcId, { name: 'prod-net-east' });
   * ```
   */
  update(id: string, body: UpdateVPCBody, options?: RequestOptions): Promise<VPC>;

  /**
   * Delete a VPC.
   *
   * Deletes an empty VPC. While any VM interface is still in it (`used_ips` above 0, `leases` not
   * empty) the call is refused with 400; detach those VMs first with detachVMFromVPC. Afterwards
   * getVPC answers 404.
   *
   * Needs `vpc.delete` on the project named by `X-Project-ID`. Sends the call’s (or the client’s)
   * `projectId` as `X-Project-ID`, which it requires.
   *
   * @param id - VPC id (UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  delete(id: string, options?: RequestOptions): Promise<void>;
}
