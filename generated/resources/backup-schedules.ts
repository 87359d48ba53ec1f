/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import type { RequestOptions } from '../../src/core/options.js';
import type { ListAllParams, Page } from '../../src/core/pagination.js';
import type { APIResource } from '../../src/core/resource.js';
import type { BackupSchedule, CreateBackupScheduleBody, ListBackupSchedulesParams, UpdateBackupScheduleBody } from '../types.js';

/**
 * Daily or weekly automatic backups of a VM, with a count of backups to keep.
 *
 * `raff.backupSchedules`: its methods are made from the operation table when the client is built.
 */
export interface BackupSchedules extends APIResource {
  /**
   * List backup schedules.
   *
   * Pages through backup schedules in one project (with `X-Project-ID`) or in every project the
   * key can reach (without it), optionally narrowed to one VM.
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
   * const { data, total } = await raff.backupSchedules.list();
   * ```
   */
  list(params?: ListBackupSchedulesParams, options?: RequestOptions): Promise<Page<BackupSchedule>>;

  /**
   * Every item of `backupSchedules.list()`, page by page, requested lazily as the loop asks for
   * more.
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
   * for await (const backupSchedule of raff.backupSchedules.listAll()) {
   *   console.log(backupSchedule);
   * }
   * ```
   */
  listAll(params?: ListAllParams<ListBackupSchedulesParams>, options?: RequestOptions): AsyncIterable<BackupSchedule>;

  /**
   * Create a backup schedule.
   *
   * Sets up recurring backups of a VM in the project named by `X-Project-ID`: every day at `time`,
   * or weekly on `day_of_week` at `time`. Each run creates a backup like createBackup does;
   * `keep_count` bounds how many are kept, the oldest beyond it being pruned.
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
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const backupSchedule = await raff.backupSchedules.create({
   *   vm_id: '3c5d0a47-5d1e-4f0b-9a0e-6b1f2f8c4e21',
   *   type: 'daily',
   *   time: '2am',
   *   keep_count: 7,
   * });
   * ```
   */
  create(body: CreateBackupScheduleBody, options?: RequestOptions): Promise<BackupSchedule>;

  /**
   * Get a backup schedule.
   *
   * Returns one backup schedule, found by its id. The key needs `backup.view` on the schedule’s
   * project.
   *
   * Needs `backup.view` on the project that holds the resource. Sends `X-Project-ID` when a
   * project is known.
   *
   * @param id - Backup schedule id (a positive integer), the `id` of a BackupSchedule.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  get(id: number, options?: RequestOptions): Promise<BackupSchedule>;

  /**
   * Delete a backup schedule.
   *
   * Stops the schedule. Backups it already took are kept (and no longer pruned by it).
   *
   * Needs `backup.delete` on the project named by `X-Project-ID`. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires.
   *
   * @param id - Backup schedule id (a positive integer), the `id` of a BackupSchedule.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  delete(id: number, options?: RequestOptions): Promise<void>;

  /**
   * Update a backup schedule.
   *
   * Changes the timing or retention of a schedule; fields left out keep their value. Backups
   * already taken are untouched, except that a lower `keep_count` prunes the surplus at the next
   * run.
   *
   * Needs `backup.manage` on the project named by `X-Project-ID`. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a
   * PATCH may have reached Raff): check its effect before repeating it.
   *
   * @param id - Backup schedule id (a positive integer), the `id` of a BackupSchedule.
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
   * const backupSchedule = await raff.backupSchedules.update(backupScheduleId, { keep_count: 8 });
   * ```
   */
  update(id: number, body: UpdateBackupScheduleBody, options?: RequestOptions): Promise<BackupSchedule>;
}
