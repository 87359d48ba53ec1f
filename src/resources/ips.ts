import type { components } from '../../generated/openapi.js';
import type { PathParams, QueryParams, RequestBody, Result } from '../core/operation-types.js';
import type { RequestOptions } from '../core/options.js';
import type { Page, PaginationParams } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';

/** A public IP address of a project. */
export type IP = components['schemas']['IP'];
/** Filters and paging for `ips.list()`. */
export type ListIPsParams = QueryParams<'listIPs'>;
/** The body of `ips.reserve()`. */
export type ReserveIPBody = RequestBody<'reserveIP'>;
/** What `ips.change()` reports: the old and the new address. */
export type IPChange = Result<'changeIP'>;

/**
 * Public IP addresses, project-scoped: reserve, change, release; attach them with
 * `vms.networks.attachIp()`.
 */
export class Ips extends APIResource {
  /**
   * One page of IPs.
   *
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `ip.view`.
   * @example
   * ```ts
   * const { data } = await raff.ips.list({ reserved: true });
   * ```
   */
  list(params: ListIPsParams = {}, options?: RequestOptions): Promise<Page<IP>> {
    return this._call('listIPs', { query: params }, options);
  }

  /**
   * Every IP, page by page, requested lazily.
   * A per-call `totalTimeout` or `signal` bounds the whole walk.
   *
   * @throws {RaffAPIError} from any page request.
   * @example
   * ```ts
   * for await (const ip of raff.ips.listAll()) console.log(ip.ip_address, ip.status);
   * ```
   */
  listAll(
    params: Omit<ListIPsParams, 'limit' | 'offset'> & PaginationParams = {},
    options?: RequestOptions,
  ): AsyncIterable<IP> {
    return this._listAll('listIPs', params, options);
  }

  /**
   * One IP by id.
   *
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `ip.view`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * const ip = await raff.ips.get(ipId);
   * ```
   */
  get(id: PathParams<'getIP'>['id'], options?: RequestOptions): Promise<IP> {
    return this._call('getIP', { path: { id } }, options);
  }

  /**
   * Reserves a public IP for the project (`free` until attached).
   *
   * Not retried on 5xx or timeouts (a POST): repeat it only after checking the project's IPs.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPaymentRequiredError} when the account cannot pay for it.
   * @throws {RaffPermissionDeniedError} without `ip.reserve`.
   * @example
   * ```ts
   * const ip = await raff.ips.reserve({ region: 'us-east' });
   * ```
   */
  reserve(body: ReserveIPBody = {}, options?: RequestOptions): Promise<IP> {
    return this._call('reserveIP', { body }, options);
  }

  /**
   * Releases a reserved IP that is not attached.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `ip.release`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * await raff.ips.release(ipId);
   * ```
   */
  release(id: PathParams<'releaseIP'>['id'], options?: RequestOptions): Promise<void> {
    return this._call('releaseIP', { path: { id } }, options);
  }

  /**
   * Swaps a reserved, unattached IP for a new address.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `ip.manage`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * const { old_ip, new_ip } = await raff.ips.change(ipId);
   * ```
   */
  change(id: PathParams<'changeIP'>['id'], options?: RequestOptions): Promise<IPChange> {
    return this._call('changeIP', { path: { id } }, options);
  }
}
