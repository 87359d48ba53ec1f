/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import type { RequestOptions } from '../../src/core/options.js';
import type { ListAllParams, Page } from '../../src/core/pagination.js';
import type { APIResource } from '../../src/core/resource.js';
import type { WaitOptions, WaitUntil } from '../../src/core/waiter.js';
import type { Backup, BackupStatus, CreateBackupBody, ListBackupsParams } from '../types.js';

/**
 * On-demand, incremental VM backups, each inside a project.
 *
 * `raff.backups`: its methods are made from the operation table when the client is built.
 */
export interface Backups extends APIResource {
  /**
   * List backups.
   *
   * Pages through backups in one project (with `X-Project-ID`) or in every project the key can
   * reach (without it).
   *
   * Needs `backup.view` on the project named by `X-Project-ID`. Sends `X-Project-ID` when a
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
   * const { data, total } = await raff.backups.list();
   * ```
   */
  list(params?: ListBackupsParams, options?: RequestOptions): Promise<Page<Backup>>;

  /**
   * Every item of `backups.list()`, page by page, requested lazily as the loop asks for more.
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
   * for await (const backup of raff.backups.listAll()) {
   *   console.log(backup);
   * }
   * ```
   */
  listAll(params?: ListAllParams<ListBackupsParams>, options?: RequestOptions): AsyncIterable<Backup>;

  /**
   * Back up a VM.
   *
   * Queues a one-off backup of the given VM in the project named by `X-Project-ID` and answers 202
   * straight away with the backup in `pending`; watch listBackups until it turns `ready`.
   *
   * Needs `backup.create` on the project named by `X-Project-ID`. Sends the call’s (or the
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
   * const backup = await raff.backups.create({ vm_id: '7fc3b7cc-b853-44e1-8bfe-24a648cb698b',
   * name: 'pre-upgrade' });
   * ```
   */
  create(body: CreateBackupBody, options?: RequestOptions): Promise<Backup>;

  /**
   * Get a backup.
   *
   * Returns one backup, found by its id; poll it to follow a backup or a restore. The key needs
   * `backup.view` on the backup’s project.
   *
   * Needs `backup.view` on the project that holds the resource. Sends `X-Project-ID` when a
   * project is known.
   *
   * @param id - Backup id (UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  get(id: string, options?: RequestOptions): Promise<Backup>;

  /**
   * Polls `backups.get()` until the backup reaches `until`, and resolves with nothing once it is
   * gone.
   *
   * `until` is a status (any: Raff publishes no closed list), a list of them, a predicate, or
   * `'deleted'` (the get answers 404). A `failed` status ends the wait with a
   * `RaffWaitFailedError`. Polls are normal GETs (rate limiter and retries apply), the first after
   * 1000 ms, each pause half again as long as the one before, up to 15 s.
   *
   * @param id - Backup id (UUID).
   * @param until - What to wait for.
   * @param options - `timeout` (in all, default 15 min), `interval` (first pause) and `signal`.
   * @throws {RaffValidationError} before any poll, for a status the resource does not have or bad
   * options.
   * @throws {RaffWaitFailedError} when the resource reaches a failure status first.
   * @throws {RaffTimeoutError} with `limit: 'wait'` when `timeout` runs out.
   * @example
   * ```ts
   * await raff.backups.waitFor(backupId, 'ready');
   * ```
   */
  waitFor(id: string, until: 'deleted', options?: WaitOptions): Promise<void>;

  /**
   * Polls `backups.get()` until the backup reaches `until`, and resolves with its last state.
   *
   * `until` is a status (any: Raff publishes no closed list), a list of them, a predicate, or
   * `'deleted'` (the get answers 404). A `failed` status ends the wait with a
   * `RaffWaitFailedError`. Polls are normal GETs (rate limiter and retries apply), the first after
   * 1000 ms, each pause half again as long as the one before, up to 15 s.
   *
   * @param id - Backup id (UUID).
   * @param until - What to wait for.
   * @param options - `timeout` (in all, default 15 min), `interval` (first pause) and `signal`.
   * @throws {RaffValidationError} before any poll, for a status the resource does not have or bad
   * options.
   * @throws {RaffWaitFailedError} when the resource reaches a failure status first.
   * @throws {RaffTimeoutError} with `limit: 'wait'` when `timeout` runs out.
   * @example
   * ```ts
   * await raff.backups.waitFor(backupId, 'ready');
   * ```
   */
  waitFor(id: string, until: WaitUntil<Backup, BackupStatus>, options?: WaitOptions): Promise<Backup>;

  /**
   * Delete a backup.
   *
   * Removes one backup and its storage. Allowed for a standalone backup (`increment_id` null) or
   * the only point of its series; when other points share the series the call is refused with 409
   * and deleteBackupChain is the way to remove them. A backup in a transient state (`pending`,
   * `creating`, `restoring`) also gets 409.
   *
   * Needs `backup.delete` on the project named by `X-Project-ID`. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires.
   *
   * @param id - Backup id (UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffConflictError} 409.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  delete(id: string, options?: RequestOptions): Promise<void>;

  /**
   * Restore a backup.
   *
   * Overwrites the disk of the backup’s VM with this restore point. Stop the VM first (`passive`).
   * Only a `ready` backup can be restored (409 otherwise). Answers 202 at once with the backup in
   * `restoring`; poll getBackup until it is `ready` again.
   *
   * Needs `backup.manage` on the project named by `X-Project-ID`. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a
   * POST may have reached Raff): check its effect before repeating it.
   *
   * @param id - Backup id (UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffConflictError} 409.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  restore(id: string, options?: RequestOptions): Promise<Backup>;

  /**
   * Delete a backup series.
   *
   * Removes every restore point of the series the given backup belongs to (pass the id of any
   * point in it), with their storage, in one call.
   *
   * Needs `backup.delete` on the project named by `X-Project-ID`. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires.
   *
   * @param id - Backup id (UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffConflictError} 409.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  deleteChain(id: string, options?: RequestOptions): Promise<void>;

  /**
   * Start a new backup series.
   *
   * Closes the VM’s current backup series: its points stay restorable until deleted, and the VM’s
   * next backup becomes the baseline (`increment_id` 0) of a new series. Answers 202.
   *
   * Needs `backup.manage` on the project named by `X-Project-ID`. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a
   * POST may have reached Raff): check its effect before repeating it.
   *
   * @param vmId - VM id (UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  resetChain(vmId: string, options?: RequestOptions): Promise<void>;
}
