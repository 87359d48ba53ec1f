// What a handler is: one operation's behaviour, typed from the generated `operations[K]` of
// openapi.json. Its path parameters, query and body arrive validated (and coerced) against the
// operation's schemas; what it returns must have the type of the operation's 2xx body. A handler
// registered under the wrong operationId, or answering the wrong shape, does not compile.
import type { EMULATED_OPERATIONS } from '../../../generated/emulator.js';
import type { operations } from '../../../generated/openapi.js';
import type { Access } from './access.js';
import type { EmulatorState, KeyRecord } from './account.js';
import type { Operation, OperationId } from './operations.js';

type Op<K extends OperationId> = operations[K];
type ParametersOf<K extends OperationId> = Op<K> extends { parameters: infer P } ? P : never;
/** `{}` where the operation has none of a kind (openapi-typescript writes `never`). */
type OrEmpty<T> = [T] extends [never] ? Readonly<Record<string, never>> : T;

/**
 * The path parameters of operation `K`, coerced to their schema types (`{ id: number }` for a
 * volume).
 *
 * @internal
 */
export type PathParams<K extends OperationId> = OrEmpty<
  ParametersOf<K> extends { path: infer P } ? P : never
>;

/**
 * The query parameters of operation `K` that were sent, coerced to their schema types.
 *
 * @internal
 */
export type QueryParams<K extends OperationId> = OrEmpty<
  NonNullable<ParametersOf<K> extends { query?: infer Q } ? Q : never>
>;

/**
 * The header parameters of operation `K` that were sent, under openapi.json's spelling
 * (`Idempotency-Key`), coerced to their schema types.
 *
 * @internal
 */
export type HeaderParams<K extends OperationId> = OrEmpty<
  NonNullable<ParametersOf<K> extends { header?: infer H } ? H : never>
>;

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : undefined;
type BodySlot<K extends OperationId> = Op<K>['requestBody'];

/**
 * The validated JSON body of operation `K`; `undefined` when the body is optional and none was
 * sent, or when the operation takes none.
 *
 * @internal
 */
export type RequestBody<K extends OperationId> = [NonNullable<BodySlot<K>>] extends [never]
  ? undefined
  : JsonOf<NonNullable<BodySlot<K>>> | (undefined extends BodySlot<K> ? undefined : never);

/**
 * The JSON body of operation `K`'s documented 2xx answer.
 *
 * @internal
 */
export type SuccessBody<K extends OperationId> = JsonOf<
  Op<K>['responses'][Extract<keyof Op<K>['responses'], 200 | 201 | 202 | 204>]
>;

/**
 * The operations that need no key (health, the public catalog).
 *
 * @internal
 */
export type PublicOperationId = {
  [K in OperationId]: (typeof EMULATED_OPERATIONS)[K] extends { public: true } ? K : never;
}[OperationId];

/**
 * What every handler sees.
 *
 * @internal
 */
export interface RequestContext {
  readonly state: EmulatorState;
  readonly operation: Operation;
  /** The emulated time of the request, epoch milliseconds. */
  readonly now: number;
}

/**
 * What a handler of a keyed operation sees besides: the key, already authenticated and checked
 * against the operation's project rule and permission (except `resource` permissions, which
 * need the resource first: see `requireResourceAccess`).
 *
 * @internal
 */
export interface KeyedContext extends RequestContext {
  readonly key: KeyRecord;
  readonly access: Access;
  /**
   * For operations that take `X-Project-ID`: the header's project, or (a list without the
   * header) every project where the key holds the operation's permission (any role on the
   * project where the operation names none).
   */
  readonly projectIds: readonly string[];
}

/**
 * Everything the handler of operation `K` sees.
 *
 * @internal
 */
export type HandlerContext<K extends OperationId> = (K extends PublicOperationId
  ? RequestContext
  : KeyedContext) & {
  readonly params: PathParams<K>;
  readonly query: QueryParams<K>;
  readonly headers: HeaderParams<K>;
  readonly body: RequestBody<K>;
};

/**
 * A handler's answer: the 2xx body; `status` defaults to the operation's documented 2xx.
 *
 * @internal
 */
export interface Reply<K extends OperationId> {
  readonly body: SuccessBody<K>;
  readonly status?: number;
}

/**
 * One operation's behaviour.
 *
 * @internal
 */
export type Handler<K extends OperationId> = (context: HandlerContext<K>) => Reply<K>;

/**
 * A table of handlers by operationId: what each domain exports (`satisfies HandlerTable`), and
 * what the registry merges. A key that is not an operationId, or a handler of the wrong type,
 * is a compile error.
 *
 * @internal
 */
export type HandlerTable = { readonly [K in OperationId]?: Handler<K> };

/**
 * Every operation's handler: the registry's merged table is checked against it, so an operation
 * added to openapi.json without a handler is a compile error, not a 501 found in use.
 *
 * @internal
 */
export type CompleteHandlerTable = { readonly [K in OperationId]: Handler<K> };
