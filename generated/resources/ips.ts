/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import type { RequestOptions } from '../../src/core/options.js';
import type { ListAllParams, Page } from '../../src/core/pagination.js';
import type { APIResource } from '../../src/core/resource.js';
import type { IP, IPChange, ListIPsParams, ReserveIPBody } from '../types.js';

/**
 * Public addresses held by a project: reserve, swap and release them; attach them with the VM
 * Networks calls.
 *
 * `raff.ips`: its methods are made from the operation table when the client is built.
 */
export interface Ips extends APIResource {
  /**
   * List floating IPs.
   *
   * Pages through the public IPs the account holds in one project (with `X-Project-ID`) or in
   * every project the key can reach (without it): reserved IPs, attached or not, and addresses
   * allocated by attachVMIP that are on a VM. Narrow with `reserved` and `status`. Without `limit`
   * a page holds 20.
   *
   * Needs `ip.view` on the project named by `X-Project-ID`. Sends `X-Project-ID` when a project is
   * known.
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
   * const { data, total } = await raff.ips.list();
   * ```
   */
  list(params?: ListIPsParams, options?: RequestOptions): Promise<Page<IP>>;

  /**
   * Every item of `ips.list()`, page by page, requested lazily as the loop asks for more.
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
   * for await (const ip of raff.ips.listAll()) {
   *   console.log(ip);
   * }
   * ```
   */
  listAll(params?: ListAllParams<ListIPsParams>, options?: RequestOptions): AsyncIterable<IP>;

  /**
   * Reserve a floating IP.
   *
   * Takes a public address from the pool and holds it for the project named by `X-Project-ID`
   * until releaseIP. It comes back `reserved: true`, `status: free`, ready for attachVMIP.
   * Subscription accounts pay the chosen term from the balance at once (402 when the balance is
   * short); pay-as-you-go accounts are billed by the hour. Billing standing is checked first.
   *
   * Needs `ip.reserve` on the project named by `X-Project-ID`. Sends the call’s (or the client’s)
   * `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a POST may
   * have reached Raff): check its effect before repeating it.
   *
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: no project, input that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPaymentRequiredError} 402.
   * @throws {RaffBillingError} 403.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const ip = await raff.ips.reserve({});
   * ```
   */
  reserve(body?: ReserveIPBody, options?: RequestOptions): Promise<IP>;

  /**
   * Get a floating IP.
   *
   * Returns one floating IP, found by id alone: this call takes no `X-Project-ID`. The key needs
   * `ip.view` on the IP’s project.
   *
   * Needs `ip.view` on the project that holds the resource.
   *
   * @param id - Floating IP id (UUID), not the address.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  get(id: string, options?: RequestOptions): Promise<IP>;

  /**
   * Release a reserved IP.
   *
   * Gives a reserved IP back to the pool; it leaves the account and getIP answers 404. The IP must
   * be `free`: while a VM uses it the call is refused with 400 (detach it first with detachVMIP).
   * A prepaid term is refunded pro rata by the hour; pay-as-you-go billing simply stops.
   *
   * Needs `ip.release` on the project named by `X-Project-ID`. Sends the call’s (or the client’s)
   * `projectId` as `X-Project-ID`, which it requires.
   *
   * @param id - Floating IP id (UUID), not the address.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  release(id: string, options?: RequestOptions): Promise<void>;

  /**
   * Swap a reserved IP’s address.
   *
   * Trades a reserved, `free` IP for another address from the pool, for instance when the old one
   * is on a block list. The reservation and its billing carry over unchanged: nothing is charged
   * or refunded. The answer holds both records; keep using `new_ip.id`. Refused with 400 while a
   * VM uses the IP.
   *
   * Needs `ip.manage` on the project named by `X-Project-ID`. Sends the call’s (or the client’s)
   * `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a POST may
   * have reached Raff): check its effect before repeating it.
   *
   * @param id - Floating IP id (UUID), not the address.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  change(id: string, options?: RequestOptions): Promise<IPChange>;
}
