import createClient, { type ParamsOption, type RequestBodyOption } from 'openapi-fetch';
import type {
  HttpMethod,
  PathsWithMethod,
  Readable,
  RequiredKeysOf,
  ResponseObjectMap,
  SuccessResponse,
} from 'openapi-typescript-helpers';
import type { paths } from '../../generated/openapi.js';
import { OPERATIONS, type OperationInfo } from '../../generated/operations.js';
import { projectFor, requestHeaders } from './call.js';
import { unexpectedAnswer } from './envelope.js';
import { RaffError, RaffValidationError } from './errors.js';
import { type ClientConfig, callSettings, type RequestOptions } from './options.js';
import { send } from './transport.js';

/** An operation's parameters with `X-Project-ID` optional: the client fills it in. */
/** Parameters with `X-Project-ID` optional: the client fills it in. */
export type WithOptionalProject<P> = P extends { header?: unknown }
  ? Omit<P, 'header'> & { header?: { 'X-Project-ID'?: string } }
  : P;

/** An operation with `X-Project-ID` optional in its parameters. */
export type LoosenOperation<O> = O extends { parameters: infer P }
  ? Omit<O, 'parameters'> & { parameters: WithOptionalProject<P> }
  : O;

/** openapi.json's paths as `raff.api` takes them: `X-Project-ID` is never required. */
export type RaffPaths = {
  [P in keyof paths]: {
    [M in keyof paths[P]]: M extends HttpMethod ? LoosenOperation<paths[P][M]> : paths[P][M];
  };
};

/** What `raff.api` takes besides the path: typed params and body, and the per-call options. */
export type RaffApiInit<O> = ParamsOption<O> & RequestBodyOption<O> & RequestOptions;

/** Any operation object of the generated `paths` (openapi-typescript-helpers' own constraint). */
// biome-ignore lint/suspicious/noExplicitAny: the constraint openapi-typescript-helpers' ResponseObjectMap needs.
export type OperationObject = Record<string | number, any>;

/** What `raff.api` resolves with: the parsed 2xx body (never null) and the raw response. */
export interface RaffApiResult<O extends OperationObject> {
  /** The whole JSON answer, envelope included. */
  readonly data: NonNullable<Readable<SuccessResponse<ResponseObjectMap<O>, 'application/json'>>>;
  /** The HTTP response (its body already read). */
  readonly response: Response;
}

/** The `init` argument of a `raff.api` method: optional unless the operation needs params or a body. */
export type RaffApiInitArgs<O> =
  RequiredKeysOf<RaffApiInit<O>> extends never ? [init?: RaffApiInit<O>] : [init: RaffApiInit<O>];

/** One HTTP method of {@link RaffApi}. */
export type RaffApiMethod<M extends HttpMethod> = <P extends PathsWithMethod<RaffPaths, M>>(
  path: P,
  ...init: RaffApiInitArgs<RaffPaths[P][M & keyof RaffPaths[P]]>
) => Promise<RaffApiResult<RaffPaths[P][M & keyof RaffPaths[P]] & OperationObject>>;

/**
 * The typed client for any path in openapi.json (openapi-fetch's types), with the SDK's auth,
 * `X-Project-ID`, retries, time limits, size caps and typed errors. A non-2xx answer throws a
 * {@link RaffAPIError}; per-call options (`signal`, `timeout`, `totalTimeout`, `maxRetries`,
 * `projectId`) sit next to `params` and `body`.
 *
 * @example
 * ```ts
 * const { data } = await raff.api.GET('/api/v1/vms/{id}', { params: { path: { id: vmId } }, timeout: 5_000 });
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
]);

let byRoute: Map<string, OperationInfo> | undefined;

/** The operation a `METHOD /path/template` names (built on first use of `raff.api`). */
function operationFor(method: string, path: string): OperationInfo | undefined {
  byRoute ??= new Map(Object.values(OPERATIONS).map((op) => [`${op.method} ${op.path}`, op]));
  return byRoute.get(`${method} ${path}`);
}

/**
 * What openapi-fetch builds before calling `fetch`. The transport builds the real `Request`, so
 * this keeps only the parts it needs (one `Request` per attempt, not two).
 */
class OutgoingRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: string | undefined;

  constructor(url: string, init: RequestInit) {
    this.url = url;
    this.method = init.method ?? 'GET';
    this.headers = init.headers as Headers;
    this.body = typeof init.body === 'string' ? init.body : undefined;
  }
}

/**
 * Builds `raff.api` for a client: openapi-fetch serializes the typed params and body, and every
 * request goes through the same transport as the namespaces.
 *
 * @internal
 */
export function createRaffApi(config: ClientConfig): RaffApi {
  const client = createClient<paths, 'application/json'>({
    baseUrl: config.baseUrl,
    Request: OutgoingRequest as unknown as typeof Request,
  });
  const api: Record<string, unknown> = {};
  for (const method of METHODS) {
    api[method] = (path: unknown, init?: Record<string, unknown>) =>
      runApiCall(client, config, method, path, init ?? {});
  }
  return Object.freeze(api) as unknown as RaffApi;
}

async function runApiCall(
  client: ReturnType<typeof createClient<paths, 'application/json'>>,
  config: ClientConfig,
  method: (typeof METHODS)[number],
  path: unknown,
  init: Record<string, unknown>,
): Promise<unknown> {
  if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//')) {
    throw new RaffValidationError(
      'Invalid raff.api path: it must be a path of openapi.json starting with a single "/" ' +
        '(e.g. "/api/v1/vms"). Nothing was sent.',
      [{ path: ['path'], code: 'invalid_path', message: 'must start with a single /' }],
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
  const { signal, timeout, totalTimeout, maxRetries, projectId, ...fetchInit } = init;
  const given = Object.fromEntries(
    Object.entries({ signal, timeout, totalTimeout, maxRetries, projectId }).filter(
      ([, value]) => value !== undefined,
    ),
  ) as RequestOptions;
  const settings = callSettings(config, Object.keys(given).length > 0 ? given : undefined);
  const operation = operationFor(method, path) ?? { method, path };
  const header = (fetchInit.params as { header?: Record<string, unknown> } | undefined)?.header;
  const explicit = header?.['X-Project-ID'];
  const project = projectFor(
    explicit === undefined || given.projectId !== undefined
      ? settings
      : callSettings(config, { ...given, projectId: explicit as string }),
    operation,
  );
  const headers = requestHeaders(config, operation, project);
  let attempts = 0;
  let sent = false;
  try {
    const result = await client.request(
      method.toLowerCase() as 'get',
      path as '/health',
      {
        ...(fetchInit as object),
        fetch: async (request: Request) => {
          const outgoing = request as unknown as OutgoingRequest;
          if (!outgoing.url.startsWith(`${config.baseUrl}/`)) {
            throw new RaffValidationError(
              'Invalid raff.api path: it resolves outside the base URL. Nothing was sent.',
              [{ path: ['path'], code: 'invalid_path', message: 'resolves outside the base URL' }],
            );
          }
          if (outgoing.body !== undefined) headers['content-type'] = 'application/json';
          sent = true;
          const answer = await send(settings, {
            method,
            template: path,
            url: outgoing.url,
            headers,
            body: outgoing.body,
            projectId: project,
          });
          attempts = answer.attempts;
          return new Response(answer.text === '' ? null : answer.text, {
            status: answer.status,
            headers: answer.headers,
          });
        },
      } as never,
    );
    checkEnvelope(result as { data?: unknown; response: Response }, {
      method,
      template: path,
      projectId: project,
      attempts,
      config,
    });
    return result;
  } catch (error) {
    if (sent || error instanceof RaffError || (error as Error)?.name === 'AbortError') throw error;
    // openapi-fetch throws before sending when it cannot encode the input (a BigInt body, a
    // nested query object): that is bad input, not a connection problem.
    const why = error instanceof Error ? error.message : 'it cannot be encoded';
    throw new RaffValidationError(
      `Invalid request: ${config.secrets.scrub(why)}. Nothing was sent.`,
      [{ path: [], code: 'unencodable', message: 'the request cannot be put on the wire' }],
    );
  }
}

/**
 * Every 2xx answer with a body is a `{ success, … }` envelope. An empty body where one was due,
 * or a 2xx carrying `{ error, message }` (a misbehaving proxy), is a typed error, not `undefined`.
 */
function checkEnvelope(
  result: { data?: unknown; response: Response },
  call: {
    method: string;
    template: string;
    projectId: string | undefined;
    attempts: number;
    config: ClientConfig;
  },
): void {
  const { status } = result.response;
  if (status === 204) return;
  const request = { ...call, url: '', headers: {} };
  const answer = { status, attempts: call.attempts };
  const body = result.data;
  if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw unexpectedAnswer(
      answer,
      body ?? '',
      request,
      '(expected a JSON object from the API)',
      call.config,
    );
  }
  const success = Object.hasOwn(body, 'success')
    ? (body as { success: unknown }).success
    : undefined;
  if (success === false || (success === undefined && Object.hasOwn(body, 'error'))) {
    throw unexpectedAnswer(
      answer,
      body,
      request,
      '(a success status carrying an error body)',
      call.config,
    );
  }
}
