import type { components } from '../../generated/openapi.js';
import type { PathParams, QueryParams, RequestBody } from '../core/operation-types.js';
import type { RequestOptions } from '../core/options.js';
import type { Page, PaginationParams } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';

/** A daily or weekly backup schedule of a VM, with its retention (`keep_count`). */
export type BackupSchedule = components['schemas']['BackupSchedule'];
/** Filters and paging for `backupSchedules.list()`. */
export type ListBackupSchedulesParams = QueryParams<'listBackupSchedules'>;
/** The body of `backupSchedules.create()`. */
export type CreateBackupScheduleBody = RequestBody<'createBackupSchedule'>;
/** The body of `backupSchedules.update()`. */
export type UpdateBackupScheduleBody = RequestBody<'updateBackupSchedule'>;

/**
 * Backup schedules, project-scoped: each run backs up its VM and prunes the oldest backups
 * beyond `keep_count`.
 */
export class BackupSchedules extends APIResource {
  /**
   * One page of schedules, optionally of one VM.
   *
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `backup.view`.
   * @example
   * ```ts
   * const { data } = await raff.backupSchedules.list({ vm_id: vmId });
   * ```
   */
  list(
    params: ListBackupSchedulesParams = {},
    options?: RequestOptions,
  ): Promise<Page<BackupSchedule>> {
    return this._call('listBackupSchedules', { query: params }, options);
  }

  /**
   * Every schedule, page by page, requested lazily.
   * A per-call `totalTimeout` or `signal` bounds the whole walk.
   *
   * @throws {RaffAPIError} from any page request.
   * @example
   * ```ts
   * for await (const schedule of raff.backupSchedules.listAll()) console.log(schedule.keep_count);
   * ```
   */
  listAll(
    params: Omit<ListBackupSchedulesParams, 'limit' | 'offset'> & PaginationParams = {},
    options?: RequestOptions,
  ): AsyncIterable<BackupSchedule> {
    return this._listAll('listBackupSchedules', params, options);
  }

  /**
   * One schedule by id.
   *
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `backup.view`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * const schedule = await raff.backupSchedules.get(scheduleId);
   * ```
   */
  get(
    id: PathParams<'getBackupSchedule'>['id'],
    options?: RequestOptions,
  ): Promise<BackupSchedule> {
    return this._call('getBackupSchedule', { path: { id } }, options);
  }

  /**
   * Creates a schedule for a VM.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `backup.create`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * await raff.backupSchedules.create({ vm_id: vmId, type: 'daily', time: '03:00', keep_count: 7 });
   * ```
   */
  create(body: CreateBackupScheduleBody, options?: RequestOptions): Promise<BackupSchedule> {
    return this._call('createBackupSchedule', { body }, options);
  }

  /**
   * Changes a schedule, e.g. its retention.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `backup.manage`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * await raff.backupSchedules.update(scheduleId, { keep_count: 14 });
   * ```
   */
  update(
    id: PathParams<'updateBackupSchedule'>['id'],
    body: UpdateBackupScheduleBody,
    options?: RequestOptions,
  ): Promise<BackupSchedule> {
    return this._call('updateBackupSchedule', { path: { id }, body }, options);
  }

  /**
   * Deletes a schedule (its backups stay).
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `backup.delete`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * await raff.backupSchedules.delete(scheduleId);
   * ```
   */
  delete(id: PathParams<'deleteBackupSchedule'>['id'], options?: RequestOptions): Promise<void> {
    return this._call('deleteBackupSchedule', { path: { id } }, options);
  }
}
