import type { components } from '../../generated/openapi.js';
import type { PathParams, QueryParams, RequestBody } from '../core/operation-types.js';
import type { RequestOptions } from '../core/options.js';
import type { Page, PaginationParams } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import type { WaitOptions, WaitUntil } from '../core/waiter.js';
import { waitFor } from '../core/waiter.js';

/** A snapshot of a VM or a volume. */
export type Snapshot = components['schemas']['Snapshot'];
/** Filters and paging for `snapshots.list()`. */
export type ListSnapshotsParams = QueryParams<'listSnapshots'>;
/** The body of `snapshots.create()`: a VM snapshot or a volume snapshot. */
export type CreateSnapshotBody = RequestBody<'createSnapshot'>;
/** The body of `snapshots.rename()`. */
export type RenameSnapshotBody = RequestBody<'renameSnapshot'>;

/**
 * Snapshots of VMs and volumes, project-scoped.
 */
export class Snapshots extends APIResource {
  /**
   * One page of snapshots, optionally of one VM or volume.
   *
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `snapshot.view`.
   * @example
   * ```ts
   * const { data } = await raff.snapshots.list({ vm_id: vmId });
   * ```
   */
  list(params: ListSnapshotsParams = {}, options?: RequestOptions): Promise<Page<Snapshot>> {
    return this._call('listSnapshots', { query: params }, options);
  }

  /**
   * Every snapshot, page by page, requested lazily.
   * A per-call `totalTimeout` or `signal` bounds the whole walk.
   *
   * @throws {RaffAPIError} from any page request.
   * @example
   * ```ts
   * for await (const snapshot of raff.snapshots.listAll()) console.log(snapshot.name);
   * ```
   */
  listAll(
    params: Omit<ListSnapshotsParams, 'limit' | 'offset'> & PaginationParams = {},
    options?: RequestOptions,
  ): AsyncIterable<Snapshot> {
    return this._listAll('listSnapshots', params, options);
  }

  /**
   * One snapshot by id.
   *
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `snapshot.view`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * const snapshot = await raff.snapshots.get(snapshotId);
   * ```
   */
  get(id: PathParams<'getSnapshot'>['id'], options?: RequestOptions): Promise<Snapshot> {
    return this._call('getSnapshot', { path: { id } }, options);
  }

  /**
   * Takes a snapshot of a VM or a volume.
   *
   * Not retried on 5xx or timeouts (a POST): a repeat could take a second snapshot.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPaymentRequiredError} when the account cannot pay for it.
   * @throws {RaffPermissionDeniedError} without `snapshot.create`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * const snapshot = await raff.snapshots.create({ resource_type: 'vm', resource_id: vmId });
   * ```
   */
  create(body: CreateSnapshotBody, options?: RequestOptions): Promise<Snapshot> {
    return this._call('createSnapshot', { body }, options);
  }

  /**
   * Deletes a snapshot (not the `active` one).
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `snapshot.delete`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @throws {RaffConflictError} when the resource is not in a state that allows it.
   * @example
   * ```ts
   * await raff.snapshots.delete(snapshotId);
   * ```
   */
  delete(id: PathParams<'deleteSnapshot'>['id'], options?: RequestOptions): Promise<void> {
    return this._call('deleteSnapshot', { path: { id } }, options);
  }

  /**
   * Restores a snapshot onto its VM, which must be stopped (`passive`).
   *
   * Not retried on 5xx or timeouts (a POST): repeat it only after checking the VM's status.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `snapshot.manage`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @throws {RaffConflictError} when the resource is not in a state that allows it.
   * @example
   * ```ts
   * await raff.vms.stop(vmId);
   * await raff.vms.waitFor(vmId, 'passive');
   * await raff.snapshots.restore(snapshotId);
   * ```
   */
  restore(id: PathParams<'restoreSnapshot'>['id'], options?: RequestOptions): Promise<void> {
    return this._call('restoreSnapshot', { path: { id } }, options);
  }

  /**
   * Renames a snapshot.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `snapshot.manage`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * await raff.snapshots.rename(snapshotId, { name: 'golden' });
   * ```
   */
  rename(
    id: PathParams<'renameSnapshot'>['id'],
    body: RenameSnapshotBody,
    options?: RequestOptions,
  ): Promise<Snapshot> {
    return this._call('renameSnapshot', { path: { id }, body }, options);
  }

  /**
   * Polls `get(id)` until the snapshot reaches `until`: a status, a list of statuses, a predicate,
   * or `'deleted'` (a 404). Resolves with the snapshot as last read (`undefined` for `'deleted'`).
   * Wait for the status your code needs, e.g. `active` after a restore.
   * Polling backs off from `interval` (default 1 s) and goes through the client's rate limiter
   * and retries.
   *
   * @throws {RaffWaitFailedError} when it reaches a terminal failure status first (`failed`,
   * `failure`); the error carries its last state.
   * @throws {RaffTimeoutError} with `limit: 'wait'` when `timeout` (default 15 min) runs out.
   * @example
   * ```ts
   * await raff.snapshots.restore(snapshotId);
   * await raff.snapshots.waitFor(snapshotId, 'active');
   * ```
   */
  waitFor(
    id: PathParams<'getSnapshot'>['id'],
    until: 'deleted',
    options?: WaitOptions,
  ): Promise<undefined>;
  waitFor(
    id: PathParams<'getSnapshot'>['id'],
    until: WaitUntil<Snapshot>,
    options?: WaitOptions,
  ): Promise<Snapshot>;
  waitFor(
    id: PathParams<'getSnapshot'>['id'],
    until: WaitUntil<Snapshot> | 'deleted',
    options?: WaitOptions,
  ): Promise<Snapshot | undefined> {
    return waitFor(
      `snapshot ${String(id)}`,
      (callOptions) => this.get(id, callOptions),
      until,
      options,
      this._context.config,
    );
  }
}
