import type { components } from '../../generated/openapi.js';
import type { PathParams, QueryParams, RequestBody, Result } from '../core/operation-types.js';
import type { RequestOptions } from '../core/options.js';
import type { Page, PaginationParams } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import type { WaitOptions, WaitUntil } from '../core/waiter.js';
import { waitFor } from '../core/waiter.js';

/** A block-storage volume. */
export type Volume = components['schemas']['Volume'];
/** Filters and paging for `volumes.list()`. */
export type ListVolumesParams = QueryParams<'listVolumes'>;
/** The body of `volumes.create()`. */
export type CreateVolumeBody = RequestBody<'createVolume'>;
/** The body of `volumes.resize()`. */
export type ResizeVolumeBody = RequestBody<'resizeVolume'>;
/** What `volumes.resize()` reports: the change and how it is billed. */
export type VolumeResizeResult = Result<'resizeVolume'>;
/** The body of `volumes.attach()`. */
export type AttachVolumeBody = RequestBody<'attachVolume'>;

/**
 * Block-storage volumes, project-scoped. Creation is asynchronous: wait for `available`.
 */
export class Volumes extends APIResource {
  /**
   * One page of volumes, optionally of one VM.
   *
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `volume.view`.
   * @example
   * ```ts
   * const { data } = await raff.volumes.list({ vm_id: vmId });
   * ```
   */
  list(params: ListVolumesParams = {}, options?: RequestOptions): Promise<Page<Volume>> {
    return this._call('listVolumes', { query: params }, options);
  }

  /**
   * Every volume, page by page, requested lazily.
   * A per-call `totalTimeout` or `signal` bounds the whole walk.
   *
   * @throws {RaffAPIError} from any page request.
   * @example
   * ```ts
   * for await (const volume of raff.volumes.listAll()) console.log(volume.name, volume.status);
   * ```
   */
  listAll(
    params: Omit<ListVolumesParams, 'limit' | 'offset'> & PaginationParams = {},
    options?: RequestOptions,
  ): AsyncIterable<Volume> {
    return this._listAll('listVolumes', params, options);
  }

  /**
   * One volume by id.
   *
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `volume.view`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * const volume = await raff.volumes.get(volumeId);
   * ```
   */
  get(id: PathParams<'getVolume'>['id'], options?: RequestOptions): Promise<Volume> {
    return this._call('getVolume', { path: { id } }, options);
  }

  /**
   * Creates a volume; it answers at once in `pending`.
   *
   * Not retried on 5xx or timeouts (a POST): a repeat could create a second volume.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPaymentRequiredError} when the account cannot pay for it.
   * @throws {RaffPermissionDeniedError} without `volume.create`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * const volume = await raff.volumes.create({ name: 'data', size: 50, volume_type: 'nvme' });
   * await raff.volumes.waitFor(volume.id, 'available');
   * ```
   */
  create(body: CreateVolumeBody, options?: RequestOptions): Promise<Volume> {
    return this._call('createVolume', { body }, options);
  }

  /**
   * Deletes a detached volume.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `volume.delete`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @throws {RaffConflictError} when the resource is not in a state that allows it.
   * @example
   * ```ts
   * await raff.volumes.delete(volumeId);
   * ```
   */
  delete(id: PathParams<'deleteVolume'>['id'], options?: RequestOptions): Promise<void> {
    return this._call('deleteVolume', { path: { id } }, options);
  }

  /**
   * Grows a volume.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPaymentRequiredError} when the account cannot pay for it.
   * @throws {RaffPermissionDeniedError} without `volume.manage`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @throws {RaffConflictError} when the resource is not in a state that allows it.
   * @example
   * ```ts
   * await raff.volumes.resize(volumeId, { new_size: 100 });
   * ```
   */
  resize(
    id: PathParams<'resizeVolume'>['id'],
    body: ResizeVolumeBody,
    options?: RequestOptions,
  ): Promise<VolumeResizeResult> {
    return this._call('resizeVolume', { path: { id }, body }, options);
  }

  /**
   * Attaches a volume to a VM (`product_vm` is set).
   *
   * Not retried on 5xx or timeouts (a POST): repeat it only after checking the volume's status.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `volume.manage`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @throws {RaffConflictError} when the resource is not in a state that allows it.
   * @example
   * ```ts
   * await raff.volumes.attach(volumeId, { vm_id: vmId });
   * ```
   */
  attach(
    id: PathParams<'attachVolume'>['id'],
    body: AttachVolumeBody,
    options?: RequestOptions,
  ): Promise<Volume> {
    return this._call('attachVolume', { path: { id }, body }, options);
  }

  /**
   * Detaches a volume from its VM.
   *
   * Not retried on 5xx or timeouts (a POST): repeat it only after checking the volume's status.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `volume.manage`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @throws {RaffConflictError} when the resource is not in a state that allows it.
   * @example
   * ```ts
   * await raff.volumes.detach(volumeId);
   * ```
   */
  detach(id: PathParams<'detachVolume'>['id'], options?: RequestOptions): Promise<Volume> {
    return this._call('detachVolume', { path: { id } }, options);
  }

  /**
   * Polls `get(id)` until the volume reaches `until`: a status, a list of statuses, a predicate,
   * or `'deleted'` (a 404). Resolves with the volume as last read (`undefined` for `'deleted'`).
   * Volume statuses: `pending`, `creating`, `available`, `attached`, `deleting`, `failed`.
   * Polling backs off from `interval` (default 1 s) and goes through the client's rate limiter
   * and retries.
   *
   * @throws {RaffWaitFailedError} when it reaches a terminal failure status first (`failed`,
   * `failure`); the error carries its last state.
   * @throws {RaffTimeoutError} with `limit: 'wait'` when `timeout` (default 15 min) runs out.
   * @example
   * ```ts
   * const volume = await raff.volumes.create({ name: 'data', size: 50, volume_type: 'nvme' });
   * await raff.volumes.waitFor(volume.id, ['available', 'attached']);
   * ```
   */
  waitFor(
    id: PathParams<'getVolume'>['id'],
    until: 'deleted',
    options?: WaitOptions,
  ): Promise<undefined>;
  waitFor(
    id: PathParams<'getVolume'>['id'],
    until: WaitUntil<Volume>,
    options?: WaitOptions,
  ): Promise<Volume>;
  waitFor(
    id: PathParams<'getVolume'>['id'],
    until: WaitUntil<Volume> | 'deleted',
    options?: WaitOptions,
  ): Promise<Volume | undefined> {
    return waitFor(
      `volume ${String(id)}`,
      (callOptions) => this.get(id, callOptions),
      until,
      options,
      this._context.config,
    );
  }
}
