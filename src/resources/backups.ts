import type { components } from '../../generated/openapi.js';
import type { PathParams, QueryParams, RequestBody } from '../core/operation-types.js';
import type { RequestOptions } from '../core/options.js';
import type { Page, PaginationParams } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import type { WaitOptions, WaitUntil } from '../core/waiter.js';
import { waitFor } from '../core/waiter.js';

/** A backup (one restore point) of a VM. `storage_size` is in MB. */
export type Backup = components['schemas']['Backup'];
/** Filters and paging for `backups.list()`. */
export type ListBackupsParams = QueryParams<'listBackups'>;
/** The body of `backups.create()`. */
export type CreateBackupBody = RequestBody<'createBackup'>;

/**
 * VM backups, project-scoped: `create` needs a project (the call's `projectId` or the
 * client's); `list` without one spans every project the key reaches.
 */
export class Backups extends APIResource {
  /**
   * One page of backups, optionally of one VM.
   *
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `backup.view`.
   * @example
   * ```ts
   * const { data } = await raff.backups.list({ vm_id: vmId });
   * ```
   */
  list(params: ListBackupsParams = {}, options?: RequestOptions): Promise<Page<Backup>> {
    return this._call('listBackups', { query: params }, options);
  }

  /**
   * Every backup, page by page, requested lazily.
   * A per-call `totalTimeout` or `signal` bounds the whole walk.
   *
   * @throws {RaffAPIError} from any page request.
   * @example
   * ```ts
   * for await (const backup of raff.backups.listAll()) console.log(backup.name, backup.status);
   * ```
   */
  listAll(
    params: Omit<ListBackupsParams, 'limit' | 'offset'> & PaginationParams = {},
    options?: RequestOptions,
  ): AsyncIterable<Backup> {
    return this._listAll('listBackups', params, options);
  }

  /**
   * One backup by id.
   *
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `backup.view`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * const backup = await raff.backups.get(backupId);
   * ```
   */
  get(id: PathParams<'getBackup'>['id'], options?: RequestOptions): Promise<Backup> {
    return this._call('getBackup', { path: { id } }, options);
  }

  /**
   * Starts an on-demand backup of a VM; it answers at once in `pending`.
   *
   * Not retried on 5xx or timeouts (a POST): a repeat could take a second backup.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPaymentRequiredError} when the account cannot pay for it.
   * @throws {RaffPermissionDeniedError} without `backup.create`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * const backup = await raff.backups.create({ vm_id: vmId, name: 'nightly' });
   * await raff.backups.waitFor(backup.id, 'ready');
   * ```
   */
  create(body: CreateBackupBody, options?: RequestOptions): Promise<Backup> {
    return this._call('createBackup', { body }, options);
  }

  /**
   * Deletes one restore point (409 when later points depend on it: use `deleteChain`).
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `backup.delete`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @throws {RaffConflictError} when the resource is not in a state that allows it.
   * @example
   * ```ts
   * await raff.backups.delete(backupId);
   * ```
   */
  delete(id: PathParams<'deleteBackup'>['id'], options?: RequestOptions): Promise<void> {
    return this._call('deleteBackup', { path: { id } }, options);
  }

  /**
   * Restores a `ready` backup onto its VM, which must be stopped (`passive`).
   *
   * Not retried on 5xx or timeouts (a POST).
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `backup.manage`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @throws {RaffConflictError} when the resource is not in a state that allows it.
   * @example
   * ```ts
   * await raff.backups.restore(backupId);
   * await raff.backups.waitFor(backupId, 'ready');
   * ```
   */
  restore(id: PathParams<'restoreBackup'>['id'], options?: RequestOptions): Promise<Backup> {
    return this._call('restoreBackup', { path: { id } }, options);
  }

  /**
   * Deletes a backup and every restore point of its series.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `backup.delete`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @throws {RaffConflictError} when the resource is not in a state that allows it.
   * @example
   * ```ts
   * await raff.backups.deleteChain(backupId);
   * ```
   */
  deleteChain(id: PathParams<'deleteBackupChain'>['id'], options?: RequestOptions): Promise<void> {
    return this._call('deleteBackupChain', { path: { id } }, options);
  }

  /**
   * Starts a new backup series for a VM: its next backup is a full one.
   *
   * Not retried on 5xx or timeouts (a POST).
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `backup.manage`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * await raff.backups.resetChain(vmId);
   * ```
   */
  resetChain(vmId: PathParams<'resetBackupChain'>['id'], options?: RequestOptions): Promise<void> {
    return this._call('resetBackupChain', { path: { id: vmId } }, options);
  }

  /**
   * Polls `get(id)` until the backup reaches `until`: a status, a list of statuses, a predicate,
   * or `'deleted'` (a 404). Resolves with the backup as last read (`undefined` for `'deleted'`).
   * Backup statuses: `pending`, `creating`, `ready`, `restoring`, `failed`.
   * Polling backs off from `interval` (default 1 s) and goes through the client's rate limiter
   * and retries.
   *
   * @throws {RaffWaitFailedError} when it reaches a terminal failure status first (`failed`,
   * `failure`); the error carries its last state.
   * @throws {RaffTimeoutError} with `limit: 'wait'` when `timeout` (default 15 min) runs out.
   * @example
   * ```ts
   * const backup = await raff.backups.create({ vm_id: vmId });
   * await raff.backups.waitFor(backup.id, 'ready', { timeout: 5 * 60_000 });
   * ```
   */
  waitFor(
    id: PathParams<'getBackup'>['id'],
    until: 'deleted',
    options?: WaitOptions,
  ): Promise<undefined>;
  waitFor(
    id: PathParams<'getBackup'>['id'],
    until: WaitUntil<Backup>,
    options?: WaitOptions,
  ): Promise<Backup>;
  waitFor(
    id: PathParams<'getBackup'>['id'],
    until: WaitUntil<Backup> | 'deleted',
    options?: WaitOptions,
  ): Promise<Backup | undefined> {
    return waitFor(
      `backup ${String(id)}`,
      (callOptions) => this.get(id, callOptions),
      until,
      options,
      this._context.config,
    );
  }
}
