/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import type { RequestOptions } from '../../src/core/options.js';
import type { ListAllParams, Page } from '../../src/core/pagination.js';
import type { APIResource } from '../../src/core/resource.js';
import type { WaitOptions, WaitUntil } from '../../src/core/waiter.js';
import type { CreateSnapshotBody, ListSnapshotsParams, RenameSnapshotBody, Snapshot, SnapshotStatus } from '../types.js';

/**
 * Point-in-time copies of VM disks and volumes, each inside a project.
 *
 * `raff.snapshots`: its methods are made from the operation table when the client is built.
 */
export interface Snapshots extends APIResource {
  /**
   * List snapshots.
   *
   * Pages through snapshots in one project (with `X-Project-ID`) or in every project the key can
   * reach (without it), optionally narrowed to one source.
   *
   * Needs `snapshot.view` on the project named by `X-Project-ID`. Sends `X-Project-ID` when a
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
   * const { data, total } = await raff.snapshots.list();
   * ```
   */
  list(params?: ListSnapshotsParams, options?: RequestOptions): Promise<Page<Snapshot>>;

  /**
   * Every item of `snapshots.list()`, page by page, requested lazily as the loop asks for more.
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
   * for await (const snapshot of raff.snapshots.listAll()) {
   *   console.log(snapshot);
   * }
   * ```
   */
  listAll(params?: ListAllParams<ListSnapshotsParams>, options?: RequestOptions): AsyncIterable<Snapshot>;

  /**
   * Take a snapshot.
   *
   * Snapshots a VM (by UUID) or a volume (by integer id) in the project named by `X-Project-ID`.
   * Snapshot storage is billed, so billing standing is checked.
   *
   * Needs `snapshot.create` on the project named by `X-Project-ID`. Sends the call’s (or the
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
   * const snapshot = await raff.snapshots.create({
   *   resource_type: 'vm',
   *   resource_id: '7fc3b7cc-b853-44e1-8bfe-24a648cb698b',
   *   name: 'pre-upgrade',
   * });
   * ```
   */
  create(body: CreateSnapshotBody, options?: RequestOptions): Promise<Snapshot>;

  /**
   * Get a snapshot.
   *
   * Returns one snapshot, found by its id. The key needs `snapshot.view` on the snapshot’s
   * project.
   *
   * Needs `snapshot.view` on the project that holds the resource. Sends `X-Project-ID` when a
   * project is known.
   *
   * @param id - Snapshot id (a positive integer).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  get(id: number, options?: RequestOptions): Promise<Snapshot>;

  /**
   * Polls `snapshots.get()` until the snapshot reaches `until`, and resolves with nothing once it
   * is gone.
   *
   * `until` is a status (``, `active`), a list of them, a predicate, or `'deleted'` (the get
   * answers 404).  Polls are normal GETs (rate limiter and retries apply), the first after 1000
   * ms, each pause half again as long as the one before, up to 15 s.
   *
   * @param id - Snapshot id (a positive integer).
   * @param until - What to wait for.
   * @param options - `timeout` (in all, default 15 min), `interval` (first pause) and `signal`.
   * @throws {RaffValidationError} before any poll, for a status the resource does not have or bad
   * options.
   * @throws {RaffTimeoutError} with `limit: 'wait'` when `timeout` runs out.
   * @example
   * ```ts
   * await raff.snapshots.waitFor(snapshotId, 'active');
   * ```
   */
  waitFor(id: number, until: 'deleted', options?: WaitOptions): Promise<void>;

  /**
   * Polls `snapshots.get()` until the snapshot reaches `until`, and resolves with its last state.
   *
   * `until` is a status (``, `active`), a list of them, a predicate, or `'deleted'` (the get
   * answers 404).  Polls are normal GETs (rate limiter and retries apply), the first after 1000
   * ms, each pause half again as long as the one before, up to 15 s.
   *
   * @param id - Snapshot id (a positive integer).
   * @param until - What to wait for.
   * @param options - `timeout` (in all, default 15 min), `interval` (first pause) and `signal`.
   * @throws {RaffValidationError} before any poll, for a status the resource does not have or bad
   * options.
   * @throws {RaffTimeoutError} with `limit: 'wait'` when `timeout` runs out.
   * @example
   * ```ts
   * await raff.snapshots.waitFor(snapshotId, 'active');
   * ```
   */
  waitFor(id: number, until: WaitUntil<Snapshot, SnapshotStatus>, options?: WaitOptions): Promise<Snapshot>;

  /**
   * Delete a snapshot.
   *
   * Removes the snapshot and stops its storage billing. A snapshot whose `status` is `active` (its
   * source runs on it since a restore) is refused with 409: restore the source to another snapshot
   * first.
   *
   * Needs `snapshot.delete` on the project named by `X-Project-ID`. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires.
   *
   * @param id - Snapshot id (a positive integer).
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
   * Restore a snapshot.
   *
   * Rolls the snapshot’s source (VM disk or volume) back to this snapshot. For a VM snapshot the
   * VM must be stopped (`passive`), otherwise 409. On success this snapshot becomes `active` and
   * whichever snapshot of the same source was `active` before goes back to empty.
   *
   * Needs `snapshot.manage` on the project named by `X-Project-ID`. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a
   * POST may have reached Raff): check its effect before repeating it.
   *
   * @param id - Snapshot id (a positive integer).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffConflictError} 409.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  restore(id: number, options?: RequestOptions): Promise<void>;

  /**
   * Rename a snapshot.
   *
   * Changes the snapshot’s display name; the stored data is untouched.
   *
   * Needs `snapshot.manage` on the project named by `X-Project-ID`. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a
   * PATCH may have reached Raff): check its effect before repeating it.
   *
   * @param id - Snapshot id (a positive integer).
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
   * const snapshot = await raff.snapshots.rename(snapshotId, { name: 'before-php-8.4' });
   * ```
   */
  rename(id: number, body: RenameSnapshotBody, options?: RequestOptions): Promise<Snapshot>;
}
