import type { operations } from '../../generated/openapi.js';
import type {
  OperationId,
  OperationIds,
  OperationTable,
  SdkMethod,
} from '../../generated/operations.js';
import type { LoosePage, Page } from './pagination.js';

/**
 * Types of one operation, looked up by operationId in the generated `operations`: a change to
 * openapi.json reaches every signature by `npm run generate`, and nothing retypes the wire.
 * Internal: the public names are the aliases in generated/types.ts.
 */
export type { OperationId, SdkMethod };

// Keyed by SDK method (`vms.create`); the wire types are openapi-typescript's, by operationId.
type Op<K extends SdkMethod> = operations[OperationIds[K]];
type Parameters<K extends SdkMethod> = Op<K> extends { parameters: infer P } ? P : never;
type Row<K extends SdkMethod> = OperationTable[K];

/** @internal The path parameters of operation `K`, e.g. `{ id: string }`. */
export type PathParams<K extends SdkMethod> = Parameters<K> extends { path: infer P } ? P : never;

/** @internal The query parameters of operation `K`. */
export type QueryParams<K extends SdkMethod> = NonNullable<
  Parameters<K> extends { query?: infer Q } ? Q : never
>;

/** @internal The JSON request body of operation `K`. */
export type RequestBody<K extends SdkMethod> =
  Op<K> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : undefined;

/** @internal The whole 2xx JSON answer of operation `K`, envelope included. */
export type SuccessBody<K extends SdkMethod> = JsonOf<
  Op<K>['responses'][Extract<keyof Op<K>['responses'], 200 | 201 | 202 | 204>]
>;

/** The part of `T` at a dotted path (`data.function`). */
type At<T, P extends string> = P extends `${infer Head}.${infer Rest}`
  ? At<NonNullable<T[Head & keyof T]>, Rest>
  : NonNullable<T>[P & keyof NonNullable<T>];

type ItemOf<K extends SdkMethod> =
  Row<K> extends { items: infer I extends string }
    ? NonNullable<At<SuccessBody<K>, I>> extends readonly (infer T)[]
      ? T
      : never
    : never;

/**
 * @internal
 * What a method of operation `K` resolves with, as the table says: a page `{ data, total }` for a
 * list (`total` optional where a paged answer may leave it out), nothing for a bare confirmation,
 * the answer without `success`, or one part of it.
 */
export type Result<K extends SdkMethod> =
  Row<K> extends { items: string }
    ? Row<K> extends { paged: number }
      ? SuccessBody<K> extends { total: number }
        ? Page<ItemOf<K>>
        : LoosePage<ItemOf<K>>
      : Page<ItemOf<K>>
    : Row<K> extends { result: 'none' }
      ? // biome-ignore lint/suspicious/noConfusingVoidType: what a method resolves with: a Promise<void>.
        void
      : Row<K> extends { result: 'body' }
        ? Omit<SuccessBody<K>, 'success'>
        : Row<K> extends { result: infer P extends string }
          ? NonNullable<At<SuccessBody<K>, P>>
          : never;

/** @internal The parts of a request the call path fills in: path ids, query, JSON body. */
export interface CallArgs<K extends SdkMethod> {
  /** The path ids, e.g. `{ id }`. */
  readonly path?: PathParams<K>;
  /** The query parameters. */
  readonly query?: QueryParams<K> | undefined;
  /** The JSON body. */
  readonly body?: RequestBody<K> | undefined;
}
