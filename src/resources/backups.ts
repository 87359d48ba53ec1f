import type { components, operations } from '../../generated/openapi.js';
import type { ClientContext } from '../client.js';
import type { RequestOptions } from '../core/api.js';
import { type Page, type PaginationParams, paginate, splitPaging } from '../core/pagination.js';
import { envelope } from '../internal/envelope.js';
import { projectHeader } from '../internal/project-header.js';

/** A backup (one restore point) of a VM. `storage_size` is in MB. */
export type Backup = components['schemas']['Backup'];
/** The body of `backups.create()`. */
export type CreateBackupBody = components['schemas']['CreateBackupRequest'];
/** Filters and paging for `backups.list()`. */
export type ListBackupsParams = NonNullable<operations['listBackups']['parameters']['query']>;

/**
 * VM backups, project-scoped: `create` needs a project (the call's `projectId` or the client's);
 * `list` without one spans every project the key reaches.
 */
export class Backups {
  readonly #context: ClientContext;

  /** @internal */
  constructor(context: ClientContext) {
    this.#context = context;
  }

  /**
   * One page of backups, optionally of one VM.
   *
   * @throws {RaffPermissionDeniedError} without `backup.view` on the project.
   * @example
   * ```ts
   * const { data } = await raff.backups.list({ vm_id: vmId });
   * ```
   */
  async list(params: ListBackupsParams = {}, options?: RequestOptions): Promise<Page<Backup>> {
    const result = await this.#context
      .api(options)
      .GET('/api/v1/backups', { params: { query: params } });
    return { data: envelope(result).data, total: envelope(result).total };
  }

  /**
   * Every backup, page by page, requested lazily.
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
    const { paging, filters } = splitPaging(params);
    return paginate((limit, offset) => this.list({ ...filters, limit, offset }, options), paging);
  }

  /**
   * Starts an on-demand backup of a VM; it completes asynchronously (`status: 'pending'` first).
   * Not retried on 5xx or timeouts: a repeat could take a second backup.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project.
   * @throws {RaffPermissionDeniedError} without `backup.create` on the project.
   * @throws {RaffBillingError} when the account is not in good standing.
   * @example
   * ```ts
   * const backup = await raff.backups.create({ vm_id: vm.id, name: 'nightly' });
   * ```
   */
  async create(body: CreateBackupBody, options?: RequestOptions): Promise<Backup> {
    const result = await this.#context
      .api(options)
      .POST('/api/v1/backups', { body, params: { header: projectHeader() } });
    return envelope(result).data;
  }
}
