/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import type { RequestOptions } from '../../src/core/options.js';
import type { ListAllParams, Page } from '../../src/core/pagination.js';
import type { APIResource } from '../../src/core/resource.js';
import type { WaitOptions, WaitUntil } from '../../src/core/waiter.js';
import type { AttachVolumeBody, CreateVolumeBody, ListVolumesParams, ResizeVolumeBody, Volume, VolumeResizeResult, VolumeStatus } from '../types.js';

/**
 * Block storage volumes, each inside a project; created asynchronously, attached to one VM at a
 * time, grown but never shrunk.
 *
 * `raff.volumes`: its methods are made from the operation table when the client is built.
 */
export interface Volumes extends APIResource {
  /**
   * List volumes.
   *
   * Pages through volumes in one project (with `X-Project-ID`) or in every project the key can
   * reach (without it), optionally narrowed to one VM or region.
   *
   * Needs `volume.view` on the project named by `X-Project-ID`. Sends `X-Project-ID` when a
   * project is known.
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
   * const { data, total } = await raff.volumes.list();
   * ```
   */
  list(params?: ListVolumesParams, options?: RequestOptions): Promise<Page<Volume>>;

  /**
   * Every item of `volumes.list()`, page by page, requested lazily as the loop asks for more.
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
   * for await (const volume of raff.volumes.listAll()) {
   *   console.log(volume);
   * }
   * ```
   */
  listAll(params?: ListAllParams<ListVolumesParams>, options?: RequestOptions): AsyncIterable<Volume>;

  /**
   * Create a volume.
   *
   * Queues a new volume in the project named by `X-Project-ID` and answers 202 at once with the
   * volume in `pending`; poll getVolume until it is `available` (or `attached`, when `vm_id` was
   * sent). The volume is billed, so billing standing and balance are checked first.
   *
   * Needs `volume.create` on the project named by `X-Project-ID`. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a
   * POST may have reached Raff): check its effect before repeating it.
   *
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: no project, input that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPaymentRequiredError} 402.
   * @throws {RaffBillingError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const volume = await raff.volumes.create({ name: 'logs-volume', size: 50, volume_type: 'nvme'
   * });
   * ```
   */
  create(body: CreateVolumeBody, options?: RequestOptions): Promise<Volume>;

  /**
   * Get a volume.
   *
   * Returns one volume, found by its id. The key needs `volume.view` on the volume’s project.
   *
   * Needs `volume.view` on the project that holds the resource. Sends `X-Project-ID` when a
   * project is known.
   *
   * @param id - Volume id (a positive integer, unlike most Raff ids).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  get(id: number, options?: RequestOptions): Promise<Volume>;

  /**
   * Polls `volumes.get()` until the volume reaches `until`, and resolves with nothing once it is
   * gone.
   *
   * `until` is a status (`pending`, `creating`, `available`, `attached`, `deleting`, `failed`), a
   * list of them, a predicate, or `'deleted'` (the get answers 404). A `failed` status ends the
   * wait with a `RaffWaitFailedError`. Polls are normal GETs (rate limiter and retries apply), the
   * first after 1000 ms, each pause half again as long as the one before, up to 15 s.
   *
   * @param id - Volume id (a positive integer, unlike most Raff ids).
   * @param until - What to wait for.
   * @param options - `timeout` (in all, default 15 min), `interval` (first pause) and `signal`.
   * @throws {RaffValidationError} before any poll, for a status the resource does not have or bad
   * options.
   * @throws {RaffWaitFailedError} when the resource reaches a failure status first.
   * @throws {RaffTimeoutError} with `limit: 'wait'` when `timeout` runs out.
   * @example
   * ```ts
   * await raff.volumes.waitFor(volumeId, 'available');
   * ```
   */
  waitFor(id: number, until: 'deleted', options?: WaitOptions): Promise<void>;

  /**
   * Polls `volumes.get()` until the volume reaches `until`, and resolves with its last state.
   *
   * `until` is a status (`pending`, `creating`, `available`, `attached`, `deleting`, `failed`), a
   * list of them, a predicate, or `'deleted'` (the get answers 404). A `failed` status ends the
   * wait with a `RaffWaitFailedError`. Polls are normal GETs (rate limiter and retries apply), the
   * first after 1000 ms, each pause half again as long as the one before, up to 15 s.
   *
   * @param id - Volume id (a positive integer, unlike most Raff ids).
   * @param until - What to wait for.
   * @param options - `timeout` (in all, default 15 min), `interval` (first pause) and `signal`.
   * @throws {RaffValidationError} before any poll, for a status the resource does not have or bad
   * options.
   * @throws {RaffWaitFailedError} when the resource reaches a failure status first.
   * @throws {RaffTimeoutError} with `limit: 'wait'` when `timeout` runs out.
   * @example
   * ```ts
   * await raff.volumes.waitFor(volumeId, 'available');
   * ```
   */
  waitFor(id: number, until: WaitUntil<Volume, VolumeStatus>, options?: WaitOptions): Promise<Volume>;

  /**
   * Delete a volume.
   *
   * Destroys a detached volume and its data for good (status `deleting` until it is gone). An
   * attached volume is refused with 409: detach it first. A prepaid subscription is refunded pro
   * rata by the hour.
   *
   * Needs `volume.delete` on the project named by `X-Project-ID`. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires.
   *
   * @param id - Volume id (a positive integer, unlike most Raff ids).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffConflictError} 409.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  delete(id: number, options?: RequestOptions): Promise<void>;

  /**
   * Resize a volume.
   *
   * Grows an `available` or `attached` volume to `new_size` GB. Shrinking, or a size equal to the
   * current one, is refused with 400; a volume in a transient state gets 409. For a subscription
   * volume the price difference for the rest of the period is charged to the account balance and
   * reported in `billing`; 402 when the balance cannot cover it. The guest must grow its
   * filesystem itself.
   *
   * Needs `volume.manage` on the project named by `X-Project-ID`. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a
   * PATCH may have reached Raff): check its effect before repeating it.
   *
   * @param id - Volume id (a positive integer, unlike most Raff ids).
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project, input
   * that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPaymentRequiredError} 402.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffConflictError} 409.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const volumeResize = await raff.volumes.resize(volumeId, { new_size: 150 });
   * ```
   */
  resize(id: number, body: ResizeVolumeBody, options?: RequestOptions): Promise<VolumeResizeResult>;

  /**
   * Attach a volume.
   *
   * Attaches an `available` volume to a VM in the same project and region; the guest sees it as
   * the next virtio disk (`/dev/vdb`, `/dev/vdc`, …). A volume already attached (to this or
   * another VM) or in a transient state is refused with 409: detach it first. A VM in another
   * region gives 400.
   *
   * Needs `volume.manage` on the project named by `X-Project-ID`. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a
   * POST may have reached Raff): check its effect before repeating it.
   *
   * @param id - Volume id (a positive integer, unlike most Raff ids).
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project, input
   * that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffConflictError} 409.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const volume = await raff.volumes.attach(volumeId, { vm_id:
   * '7fc3b7cc-b853-44e1-8bfe-24a648cb698b' });
   * ```
   */
  attach(id: number, body: AttachVolumeBody, options?: RequestOptions): Promise<Volume>;

  /**
   * Detach a volume.
   *
   * Detaches an `attached` volume from its VM; it becomes `available`. Unmount it inside the guest
   * first, or data may be lost. A volume that is not attached is refused with 409.
   *
   * Needs `volume.manage` on the project named by `X-Project-ID`. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a
   * POST may have reached Raff): check its effect before repeating it.
   *
   * @param id - Volume id (a positive integer, unlike most Raff ids).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffConflictError} 409.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  detach(id: number, options?: RequestOptions): Promise<Volume>;
}
