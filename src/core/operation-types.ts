import type { operations } from '../../generated/openapi.js';
import type { OPERATIONS, OperationId } from '../../generated/operations.js';

/**
 * Types of one operation, looked up by operationId in the generated `operations`: a change to
 * openapi.json reaches every signature by `npm run generate`, and nothing retypes the wire.
 */
export type { OperationId };

/** The generated type of operation `K`. */
export type Op<K extends OperationId> = operations[K];

/** The parameters object of operation `K`. */
export type Parameters<K extends OperationId> = Op<K> extends { parameters: infer P } ? P : never;

/** The path parameters of operation `K`, e.g. `{ id: string }`. */
export type PathParams<K extends OperationId> = Parameters<K> extends { path: infer P } ? P : never;

/** The query parameters of operation `K` (all optional on the wire). */
export type QueryParams<K extends OperationId> = NonNullable<
  Parameters<K> extends { query?: infer Q } ? Q : never
>;

/** The JSON request body of operation `K`. */
export type RequestBody<K extends OperationId> =
  Op<K> extends {
    requestBody?: { content: { 'application/json': infer B } };
  }
    ? B
    : never;

/** The JSON body of a response or request object. */
export type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : undefined;
/** The 2xx statuses Raff answers with. */
export type SuccessStatus = 200 | 201 | 202 | 204;

/** The whole 2xx JSON answer of operation `K`, envelope included. */
export type SuccessBody<K extends OperationId> = JsonOf<
  Op<K>['responses'][Extract<keyof Op<K>['responses'], SuccessStatus>]
>;

/** The result kind the operation table gives operation `K`. */
export type Kind<K extends OperationId> = (typeof OPERATIONS)[K]['result'];

/**
 * What a method of operation `K` resolves with: the envelope's result part, as the generated
 * table says (`{ data, total }` for a page, nothing for a bare confirmation, one field, or the
 * whole answer without `success`).
 */
export type Result<K extends OperationId> =
  Kind<K> extends 'none'
    ? undefined
    : Kind<K> extends 'page'
      ? Pick<SuccessBody<K>, Extract<'data' | 'total', keyof SuccessBody<K>>>
      : Kind<K> extends 'body'
        ? Omit<SuccessBody<K>, 'success'>
        : SuccessBody<K>[Kind<K> & keyof SuccessBody<K>];

/** One item of the page that operation `K` lists. */
export type Item<K extends OperationId> = SuccessBody<K> extends { data: (infer T)[] } ? T : never;

/** The parts of a request the call path fills in: path ids, query, JSON body. */
export interface CallArgs<K extends OperationId> {
  /** The path ids, e.g. `{ id }`. */
  readonly path?: PathParams<K>;
  /** The query parameters. */
  readonly query?: QueryParams<K> | undefined;
  /** The JSON body. */
  readonly body?: RequestBody<K> | undefined;
}
