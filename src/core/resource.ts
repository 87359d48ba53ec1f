import type { OperationInfo, SdkMethod } from '../../generated/operations.js';
import { operationOf, operationsOf } from '../internal/operation-table.js';
import { callOperation } from './call.js';
import type { ClientContext } from './context.js';
import { MethodDeadline } from './deadline.js';
import type { CallArgs, QueryParams, Result } from './operation-types.js';
import { CALLED_AS, type InternalRequestOptions, type RequestOptions } from './options.js';
import { type LoosePage, type PaginationParams, paginate, splitPaging } from './pagination.js';
import { type WaitOptions, type WaitUntil, waitFor } from './waiter.js';

// Which prototypes already carry their operations' methods.
const equipped = new WeakSet<object>();

/**
 * The base of every namespace. A namespace's methods are made from the operation table when its
 * first instance is built: each is one call of the one call path (`_call`), the one page walker
 * (`_listAll`) or the one waiter (`_waitFor`), so an operation costs its table row. The generated
 * classes declare those methods, with their docs; a hand-written base (src/resources/custom/)
 * may define some of them itself, and then its own one is kept.
 */
export abstract class APIResource {
  // Private, so util.inspect of a namespace never shows the client's config.
  readonly #context: ClientContext;

  /** @internal */
  constructor(context: ClientContext, namespace: string) {
    this.#context = context;
    equip(new.target.prototype, namespace);
  }

  /** @internal The client context: its config and role lookup. */
  protected get _context(): ClientContext {
    return this.#context;
  }

  /**
   * @internal
   * Called after each generated method of this namespace that can change something (any but a
   * GET) succeeds (e.g. the roles namespace forgets its cached roles after a change).
   */
  protected _afterCall?(id: SdkMethod): void;

  /** @internal Calls the operation of SDK method `id` with its path ids, query and body. */
  protected _call<K extends SdkMethod>(
    id: K,
    args: CallArgs<K>,
    options: RequestOptions | undefined,
  ): Promise<Result<K>> {
    return callOperation(this.#context.config, id, args, options);
  }

  /**
   * @internal
   * Every item of a paged list, requested lazily page by page; `limit` is the page size and
   * `offset` where to start. Other query fields are repeated on every page. A per-call
   * `totalTimeout` and `signal` bound the whole walk.
   */
  protected _listAll<K extends SdkMethod>(
    id: K,
    params: (Omit<QueryParams<K>, 'limit' | 'offset'> & PaginationParams) | undefined,
    options: RequestOptions | undefined,
    path?: CallArgs<K>['path'],
  ): AsyncIterable<unknown> {
    const { paging, filters } = splitPaging(params);
    const operation = operationOf(id);
    const limit = paging.limit ?? Math.min(operation.paged ?? 100, 100);
    const call = this._call.bind(this);
    const name = id.replace(/\.list$/, '.listAll');
    return (async function* walk() {
      const deadline = new MethodDeadline(name, options);
      try {
        yield* paginate(
          async (size, offset) =>
            (await call(
              id,
              { path, query: { ...filters, limit: size, offset } } as unknown as CallArgs<K>,
              deadline.options(),
            )) as LoosePage<unknown>,
          { limit, offset: paging.offset, maxPages: paging.maxPages, what: name },
        );
      } finally {
        deadline.done();
      }
    })();
  }

  /** @internal Polls get operation `id` until `until` holds (see {@link waitFor}). */
  protected _waitFor<K extends SdkMethod>(
    id: K,
    path: CallArgs<K>['path'],
    until: WaitUntil<unknown, string> | 'deleted',
    options: WaitOptions | undefined,
  ): Promise<unknown> {
    const operation = operationOf(id);
    const ids = Object.values(path ?? {}) as string[];
    return waitFor({
      name: id,
      operation,
      what: ids.join('/'),
      until,
      options,
      config: this.#context.config,
      get: (callOptions) =>
        this._call(
          id,
          { path } as CallArgs<K>,
          {
            ...callOptions,
            [CALLED_AS]: id.replace(/\.get$/, '.waitFor'),
          } as InternalRequestOptions,
        ),
    });
  }
}

/**
 * The members of APIResource that a generated method calls: protected there, so that they stay
 * out of a namespace's public shape; the method bodies below are made outside the class (a class
 * that names itself in its own body is renamed `_APIResource` by esbuild, and prints so).
 */
interface Equipped {
  _call(
    id: SdkMethod,
    call: CallArgs<SdkMethod>,
    options: RequestOptions | undefined,
  ): Promise<unknown>;
  _afterCall?(id: SdkMethod): void;
  _listAll(
    id: SdkMethod,
    params: never,
    options: RequestOptions | undefined,
    path: never,
  ): AsyncIterable<unknown>;
  _waitFor(
    id: SdkMethod,
    path: never,
    until: never,
    options: WaitOptions | undefined,
  ): Promise<unknown>;
}

/**
 * A generated method's body: its arguments become path ids, the query or body, and options. Only
 * a method that can change something (not a GET) tells the namespace's `_afterCall` it succeeded,
 * so a read costs no extra promise.
 */
function methodBody(id: SdkMethod, operation: OperationInfo, names: readonly string[]) {
  const changes = operation.method !== 'GET';
  return function (this: Equipped, ...args: unknown[]): Promise<unknown> {
    const call = { path: pathOf(names, args) } as Record<string, unknown>;
    let next = names.length;
    if (operation.input !== undefined) call[operation.input] = args[next++];
    const result = this._call(id, call as CallArgs<SdkMethod>, args[next] as RequestOptions);
    if (!changes || this._afterCall === undefined) return result;
    return result.then((value) => {
      this._afterCall?.(id);
      return value;
    });
  };
}

/** `listAll(...ids, params, options)` of a paged list. */
function listAllBody(id: SdkMethod, names: readonly string[]) {
  return function (this: Equipped, ...args: unknown[]): AsyncIterable<unknown> {
    const at = names.length;
    return this._listAll(
      id,
      args[at] as never,
      args[at + 1] as RequestOptions,
      pathOf(names, args) as never,
    );
  };
}

/** `waitFor(...ids, until, options)` on the get operation a waiter polls. */
function waitForBody(id: SdkMethod, names: readonly string[]) {
  return function (this: Equipped, ...args: unknown[]): Promise<unknown> {
    const at = names.length;
    return this._waitFor(
      id,
      pathOf(names, args) as never,
      args[at] as never,
      args[at + 1] as WaitOptions,
    );
  };
}

/** Gives `prototype` the methods of `namespace`'s operations it does not define. */
function equip(prototype: object, namespace: string): void {
  if (equipped.has(prototype)) return;
  equipped.add(prototype);
  for (const [id, operation] of operationsOf(namespace)) {
    const name = id.slice(namespace.length + 1);
    const names = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
    define(prototype, name, methodBody(id, operation, names));
    if (operation.paged !== undefined && name === 'list') {
      define(prototype, 'listAll', listAllBody(id, names));
    }
    if (operation.wait !== undefined) define(prototype, 'waitFor', waitForBody(id, names));
  }
}

/** A method, unless the prototype chain (a hand-written base) already has one by that name. */
function define(prototype: object, name: string, method: (...args: unknown[]) => unknown): void {
  if (name in prototype) return;
  Object.defineProperty(method, 'name', { value: name });
  Object.defineProperty(prototype, name, { value: method, writable: true, configurable: true });
}

/** The path ids of a call by name, from its leading arguments; none for a path without ids. */
function pathOf(
  names: readonly string[],
  args: readonly unknown[],
): Record<string, unknown> | undefined {
  if (names.length === 0) return undefined;
  const path: Record<string, unknown> = {};
  for (let index = 0; index < names.length; index++) path[names[index] as string] = args[index];
  return path;
}
