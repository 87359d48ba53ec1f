import type { components, operations } from '../../generated/openapi.js';
import type { ClientContext } from '../client.js';
import type { RequestOptions } from '../core/api.js';
import { type Page, type PaginationParams, paginate, splitPaging } from '../core/pagination.js';
import { envelope } from '../internal/envelope.js';
import { requireId } from '../internal/ids.js';

/** A virtual machine. */
export type VM = components['schemas']['VM'];
/** Filters and paging for `vms.list()`. */
export type ListVMsParams = NonNullable<operations['listVMs']['parameters']['query']>;

/**
 * Virtual machines: project-scoped reads. `list` sends `X-Project-ID` when the call or the client
 * names a project, and otherwise lists every project the key can reach, as the API does.
 */
export class Vms {
  readonly #context: ClientContext;

  /** @internal */
  constructor(context: ClientContext) {
    this.#context = context;
  }

  /**
   * One page of VMs in the call's (or client's) project, or in every reachable project.
   *
   * @throws {RaffPermissionDeniedError} when the key cannot reach the project or lacks `vm.view`.
   * @example
   * ```ts
   * const { data } = await raff.vms.list({ status: 'active' }, { projectId });
   * ```
   */
  async list(params: ListVMsParams = {}, options?: RequestOptions): Promise<Page<VM>> {
    const result = await this.#context
      .api(options)
      .GET('/api/v1/vms', { params: { query: params } });
    return { data: envelope(result).data, total: envelope(result).total };
  }

  /**
   * Every VM, page by page, requested lazily.
   *
   * @throws {RaffAPIError} from any page request.
   * @example
   * ```ts
   * for await (const vm of raff.vms.listAll({}, { projectId })) console.log(vm.name, vm.status);
   * ```
   */
  listAll(
    params: Omit<ListVMsParams, 'limit' | 'offset'> & PaginationParams = {},
    options?: RequestOptions,
  ): AsyncIterable<VM> {
    const { paging, filters } = splitPaging(params);
    return paginate((limit, offset) => this.list({ ...filters, limit, offset }, options), paging);
  }

  /**
   * One VM by id, whatever project it is in (get-by-id takes no `X-Project-ID`).
   *
   * @throws {RaffNotFoundError} when there is no such VM.
   * @example
   * ```ts
   * const vm = await raff.vms.get(vmId);
   * ```
   */
  async get(id: string, options?: RequestOptions): Promise<VM> {
    const result = await this.#context
      .api(options)
      .GET('/api/v1/vms/{id}', { params: { path: { id: requireId(id, 'id') } } });
    return envelope(result).data;
  }
}
