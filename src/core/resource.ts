import type { OperationId } from '../../generated/operations.js';
import { callOperation } from './call.js';
import type { ClientContext } from './context.js';
import { MethodDeadline } from './deadline.js';
import type { CallArgs, Item, QueryParams, Result } from './operation-types.js';
import type { RequestOptions } from './options.js';
import { type PaginationParams, paginate, splitPaging } from './pagination.js';

/**
 * The base of every namespace: it holds the client context and gives methods the one call path
 * (`_call`) and the one page walker (`_listAll`), so a method is one to three lines.
 */
export abstract class APIResource {
  // Private, so util.inspect of a namespace never shows the client's config.
  readonly #context: ClientContext;

  /** @internal */
  constructor(context: ClientContext) {
    this.#context = context;
  }

  /** @internal The client context: its config and role lookup. */
  protected get _context(): ClientContext {
    return this.#context;
  }

  /** @internal Calls operation `id` with its path ids, query and body. */
  protected _call<K extends OperationId>(
    id: K,
    args: CallArgs<K>,
    options: RequestOptions | undefined,
  ): Promise<Result<K>> {
    return callOperation(this._context.config, id, args, options);
  }

  /**
   * @internal
   * Every item of a paged list, requested lazily page by page; `limit` is the page size and
   * `offset` where to start. Other query fields are repeated on every page.
   */
  protected _listAll<K extends OperationId>(
    id: K,
    params: (Omit<QueryParams<K>, 'limit' | 'offset'> & PaginationParams) | undefined,
    options: RequestOptions | undefined,
    path?: CallArgs<K>['path'],
  ): AsyncIterable<Item<K>> {
    const { paging, filters } = splitPaging(params);
    const call = this._call.bind(this);
    return (async function* walk() {
      // A per-call totalTimeout and signal bound the walk, from its first page to its last.
      const deadline = new MethodDeadline(`${id} (listAll)`, options);
      try {
        yield* paginate(
          async (limit, offset) =>
            (await call(
              id,
              { path, query: { ...filters, limit, offset } } as unknown as CallArgs<K>,
              deadline.options(),
            )) as { data: Item<K>[]; total?: number },
          paging,
        );
      } finally {
        deadline.done();
      }
    })();
  }
}
