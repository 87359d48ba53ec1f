import type { ParamsOption, RequestBodyOption } from 'openapi-fetch';
import type {
  HttpMethod,
  PathsWithMethod,
  Readable,
  RequiredKeysOf,
  ResponseObjectMap,
  SuccessResponse,
} from 'openapi-typescript-helpers';
import type { paths } from '../../generated/openapi.js';
import type { OperationInfo } from '../../generated/operations.js';
import { operationTable } from '../internal/operation-table.js';
import { RaffValidationError } from '../shared/errors.js';
import { planRequest } from './call.js';
import { parseEnvelope } from './envelope.js';
import { type ClientConfig, callSettings, type RequestOptions } from './options.js';
import { send } from './transport.js';

/**
 * openapi.json's paths as `raff.api` takes them: each operation's `X-Project-ID` header parameter
 * is optional (the client fills it in from `projectId`).
 */
export type RaffPaths = {
  [P in keyof paths]: {
    [M in keyof paths[P]]: M extends HttpMethod
      ? paths[P][M] extends { parameters: infer Q }
        ? Omit<paths[P][M], 'parameters'> & {
            /** The operation's parameters, with `X-Project-ID` optional. */
            parameters: Q extends { header?: unknown }
              ? Omit<Q, 'header'> & {
                  /** The request headers the operation documents. */
                  header?: {
                    /** The project; the client's or the call's `projectId` when left out. */
                    'X-Project-ID'?: string;
                  };
                }
              : Q;
          }
        : paths[P][M]
      : paths[P][M];
  };
};

/** What `raff.api` takes besides the path: typed params and body, and the per-call options. */
export type RaffApiInit<O> = ParamsOption<O> & RequestBodyOption<O> & RequestOptions;

/** What `raff.api` resolves with: the parsed 2xx body (never null) and the raw response. */
// biome-ignore lint/suspicious/noExplicitAny: the constraint openapi-typescript-helpers' ResponseObjectMap needs.
export interface RaffApiResult<O extends Record<string | number, any>> {
  /** The whole JSON answer, envelope included. */
  readonly data: NonNullable<Readable<SuccessResponse<ResponseObjectMap<O>, 'application/json'>>>;
  /** The HTTP response (its body already read). */
  readonly response: Response;
}

/** A query value of {@link RaffApiLooseInit}: arrays repeat the name. */
export type RaffApiQueryValue = string | number | boolean;

/**
 * What `raff.api` takes on a path openapi.json does not know (an endpoint newer than this
 * release): path ids, query and body are not typed, the per-call options are.
 */
export type RaffApiLooseInit = {
  /** The path's ids, query and project. */
  params?: {
    /** Values for the path's `{name}` placeholders, checked and percent-encoded. */
    path?: Readonly<Record<string, string | number>>;
    /** The query string; an array repeats the name. */
    query?: Readonly<Record<string, RaffApiQueryValue | readonly RaffApiQueryValue[] | undefined>>;
    /** The project, as a header parameter (the call's `projectId` wins). */
    header?: {
      /** Sent as `X-Project-ID`. */
      'X-Project-ID'?: string;
    };
  };
  /** The JSON body. */
  body?: unknown;
} & RequestOptions;

/** What `raff.api` resolves with on a path openapi.json does not know. */
export interface RaffApiLooseResult {
  /** The whole JSON answer, envelope included; `undefined` for a 204. */
  readonly data: unknown;
  /** The HTTP response (its body already read). */
  readonly response: Response;
}

/** The paths of openapi.json that take method `M`. */
export type KnownPath<M extends HttpMethod> = PathsWithMethod<RaffPaths, M>;

/**
 * One HTTP method of {@link RaffApi}: typed from openapi.json on its paths, loosely typed on any
 * other path that starts with `/`. A path openapi.json has only for other methods is refused.
 */
export type RaffApiMethod<M extends HttpMethod> = <P extends KnownPath<M> | `/${string}`>(
  path: P extends KnownPath<M> ? P : P extends keyof RaffPaths ? never : P,
  // The init is optional unless the operation needs params or a body.
  ...init: P extends KnownPath<M>
    ? RequiredKeysOf<RaffApiInit<RaffPaths[P][M & keyof RaffPaths[P]]>> extends never
      ? [init?: RaffApiInit<RaffPaths[P][M & keyof RaffPaths[P]]>]
      : [init: RaffApiInit<RaffPaths[P][M & keyof RaffPaths[P]]>]
    : [init?: RaffApiLooseInit]
) => Promise<
  P extends KnownPath<M>
    ? // biome-ignore lint/suspicious/noExplicitAny: as RaffApiResult's constraint.
      RaffApiResult<RaffPaths[P][M & keyof RaffPaths[P]] & Record<string | number, any>>
    : RaffApiLooseResult
>;

/**
 * The typed client for any path in openapi.json (openapi-fetch's types), with the SDK's auth,
 * `X-Project-ID`, retries, time limits, size caps and typed errors. A non-2xx answer throws a
 * {@link RaffAPIError}; per-call options (`signal`, `timeout`, `totalTimeout`, `maxRetries`,
 * `projectId`, `headers`) sit next to `params` and `body`.
 *
 * A path openapi.json does not know (an endpoint Raff added after this release) works too, loosely
 * typed: the key goes with it (to the client's base URL only), and `X-Project-ID` is sent when
 * the call names a project (`projectId`, or `params.header['X-Project-ID']`); the client's own
 * project is not, since the SDK cannot tell whether that path is project-scoped.
 *
 * @example
 * ```ts
 * const { data } = await raff.api.GET('/api/v1/vms/{id}', { params: { path: { id: vmId } }, timeout: 5_000 });
 * const { data: buckets } = await raff.api.GET('/api/v1/buckets', { projectId });
 * ```
 */
export interface RaffApi {
  /** `GET` a path of openapi.json. */
  readonly GET: RaffApiMethod<'get'>;
  /** `POST` to a path of openapi.json. */
  readonly POST: RaffApiMethod<'post'>;
  /** `PUT` to a path of openapi.json. */
  readonly PUT: RaffApiMethod<'put'>;
  /** `PATCH` a path of openapi.json. */
  readonly PATCH: RaffApiMethod<'patch'>;
  /** `DELETE` a path of openapi.json. */
  readonly DELETE: RaffApiMethod<'delete'>;
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const INIT_KEYS = new Set([
  'params',
  'body',
  'signal',
  'timeout',
  'totalTimeout',
  'maxRetries',
  'projectId',
  'idempotencyKey',
  'headers',
]);

let byRoute: Map<string, OperationInfo> | undefined;

/** The operation a `METHOD /path/template` names (built on first use of `raff.api`). */
function operationFor(method: string, path: string): OperationInfo | undefined {
  byRoute ??= new Map(
    Object.values(operationTable() as Record<string, OperationInfo>).map((op) => [
      `${op.method} ${op.path}`,
      op,
    ]),
  );
  return byRoute.get(`${method} ${path}`);
}

/**
 * Builds `raff.api` for a client. Its types are openapi-fetch's, over openapi.json's paths; its
 * requests take the one call path every namespace method takes (`planRequest`, the transport),
 * so path ids are checked and encoded, and auth, limits and errors are the same.
 *
 * @internal
 */
export function createRaffApi(config: ClientConfig): RaffApi {
  const api: Record<string, unknown> = {};
  for (const method of METHODS) {
    api[method] = (path: unknown, init?: Record<string, unknown>) =>
      runApiCall(config, method, path, init ?? {});
  }
  return Object.freeze(api) as unknown as RaffApi;
}

async function runApiCall(
  config: ClientConfig,
  method: (typeof METHODS)[number],
  path: unknown,
  init: Record<string, unknown>,
): Promise<unknown> {
  // Visible ASCII after one "/", and no "?", "#" or "\\": the request goes to the base URL's
  // origin and path, and the query comes from params.query.
  if (typeof path !== 'string' || !/^\/(?!\/)[^\s?#\\\x7f-\uffff]*$/.test(path)) {
    throw new RaffValidationError(
      'Invalid raff.api path: it must start with a single "/" and hold visible ASCII without ' +
        '"?", "#" or "\\" (e.g. "/api/v1/vms"; the query goes in params.query). Nothing was sent.',
      [
        {
          path: ['path'],
          code: 'invalid_path',
          message: 'must be a path starting with a single /',
        },
      ],
    );
  }
  const unknown = Object.keys(init).filter((name) => !INIT_KEYS.has(name));
  if (unknown.length > 0) {
    throw new RaffValidationError(
      `Invalid raff.api options: unknown ${unknown.map((n) => `"${n}"`).join(', ')}; valid ` +
        `options: ${[...INIT_KEYS].join(', ')}. Nothing was sent.`,
      unknown.map((name) => ({
        path: [name],
        code: 'unrecognized_keys',
        message: 'unknown option',
      })),
    );
  }
  const { params, body, ...options } = init as {
    params?: { path?: object; query?: object; header?: Record<string, unknown> };
    body?: unknown;
  } & RequestOptions;
  // An explicit X-Project-ID header param counts like a per-call projectId (which wins).
  const explicit = params?.header?.['X-Project-ID'];
  const given = Object.fromEntries(
    Object.entries({ ...options, projectId: options.projectId ?? explicit }).filter(
      ([, value]) => value !== undefined,
    ),
  ) as RequestOptions;
  const settings = {
    ...callSettings(config, Object.keys(given).length > 0 ? given : undefined),
    calledAs: 'api',
  };
  // A path the table does not know takes a project only from the call itself.
  const operation: OperationInfo = operationFor(method, path) ?? {
    method,
    path,
    result: 'body',
    ...(given.projectId !== undefined && { project: 'optional' }),
  };
  const request = planRequest(settings, 'api', operation, {
    path: params?.path as never,
    query: params?.query as never,
    body: body as never,
  });
  const answer = await send(settings, request);
  const data =
    answer.status === 204 || answer.alreadyDeleted
      ? undefined
      : parseEnvelope(answer, request, config);
  return { data, response: answer.response };
}
