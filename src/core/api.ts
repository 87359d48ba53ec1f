import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../../generated/openapi.js';
import { PROJECT_SCOPED } from '../../generated/operations.js';
import { parseInput } from '../internal/validate.js';
import { RaffError, RaffValidationError } from './errors.js';
import type { LevelLogger } from './logger.js';
import { projectIdSchema, requestOptionsSchema } from './option-schemas.js';
import type { RateLimiter } from './rate-limiter.js';
import { redactText } from './redact.js';
import { Call, type OutgoingRequest } from './transport.js';

/**
 * The typed openapi-fetch client for every path in openapi.json, with the SDK's auth, retries,
 * time limits and typed errors. A non-2xx answer throws a {@link RaffAPIError}; `error` in the
 * result is therefore always `undefined`.
 */
export type RaffApi = Omit<Client<paths, 'application/json'>, 'use' | 'eject'>;

/** Per-call options, accepted as the last argument of every method. */
export interface RequestOptions {
  /** Cancels the call; the promise rejects with the signal's reason (an `AbortError`). */
  signal?: AbortSignal | undefined;
  /** Per-attempt time limit in milliseconds for this call. */
  timeout?: number | undefined;
  /** Whole-call time limit in milliseconds for this call, retries included. */
  totalTimeout?: number | undefined;
  /** Retry budget for this call; `0` means one attempt. */
  maxRetries?: number | undefined;
  /** The `X-Project-ID` for this call, overriding the client's `projectId`. */
  projectId?: string | undefined;
}

/** What the API layer needs from a client: its settings, without exposing the key publicly. */
export interface ApiSettings {
  readonly apiKey: string;
  readonly baseUrl: string;
  readonly projectId: string | undefined;
  readonly timeout: number;
  readonly totalTimeout: number;
  readonly maxRetries: number;
  readonly fetch: typeof globalThis.fetch | undefined;
  readonly headers: Readonly<Record<string, string>>;
  readonly logger: LevelLogger;
  readonly limiter: RateLimiter | undefined;
}

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;
type Method = (typeof METHODS)[number];

/**
 * What openapi-fetch builds before calling `fetch`. A full `Request` would be built again by ky,
 * so this records the parts ky needs and nothing else (one `Request` per attempt, not two).
 */
class PlannedRequest implements OutgoingRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: RequestInit['body'] | undefined;

  constructor(url: string, init: RequestInit) {
    this.url = url;
    this.method = init.method ?? 'GET';
    this.headers = init.headers as Headers;
    this.body = init.body;
  }
}

/** Builds the openapi-fetch client all calls of one client share. */
export function createOpenApiClient(settings: ApiSettings): Client<paths, 'application/json'> {
  return createClient<paths, 'application/json'>({
    baseUrl: settings.baseUrl,
    headers: { accept: 'application/json', ...settings.headers },
    Request: PlannedRequest as unknown as typeof Request,
  });
}

/**
 * A view of the openapi-fetch client bound to one set of per-call options. Each call plans its
 * `X-Project-ID` from openapi.json, then runs through a {@link Call}.
 */
export function bindApi(
  inner: Client<paths, 'application/json'>,
  settings: ApiSettings,
  options: RequestOptions | undefined,
): RaffApi {
  const api: Record<string, unknown> = {};
  for (const method of METHODS) {
    api[method] = (path: string, init?: Record<string, unknown>) =>
      runCall(inner, settings, options, method, path, init ?? {});
  }
  api.request = (method: string, path: string, init?: Record<string, unknown>) =>
    runCall(inner, settings, options, method.toUpperCase() as Method, path, init ?? {});
  return api as unknown as RaffApi;
}

async function runCall(
  inner: Client<paths, 'application/json'>,
  settings: ApiSettings,
  options: RequestOptions | undefined,
  method: Method,
  path: string,
  init: Record<string, unknown>,
): Promise<unknown> {
  if (options !== undefined) parseInput(requestOptionsSchema, options, 'request options');
  const projectId = planProjectId(method, path, init, options, settings);
  const call = new Call({
    method,
    path,
    apiKey: settings.apiKey,
    projectId,
    timeout: options?.timeout ?? settings.timeout,
    totalTimeout: options?.totalTimeout ?? settings.totalTimeout,
    maxRetries: options?.maxRetries ?? settings.maxRetries,
    signal: options?.signal ?? (init.signal as AbortSignal | undefined),
    fetch: settings.fetch,
    logger: settings.logger,
    limiter: settings.limiter,
  });
  let status = 0;
  let sent = false;
  try {
    const result = await (inner.request as (m: string, p: string, i: object) => Promise<unknown>)(
      method,
      path,
      {
        ...init,
        fetch: async (request: OutgoingRequest) => {
          sent = true;
          const response = await call.send(request);
          status = response.status;
          return response;
        },
      },
    );
    checkEnvelope(result as { data?: unknown; response: Response }, method, call);
    return result;
  } catch (error) {
    // openapi-fetch throws before sending when it cannot encode the input (a BigInt body, CR/LF
    // in a header, a nested query object): that is bad input, not a connection problem.
    if (!sent) throw unencodable(error);
    throw call.failureAfterResponse(error, status);
  } finally {
    call.done();
  }
}

/**
 * Which `X-Project-ID` a call sends. openapi.json says whether the operation takes one; the value
 * comes from the per-call option, an explicit header param, or the client default, in that order.
 *
 * @throws {RaffValidationError} when a project-scoped mutation has no project id at all.
 */
function planProjectId(
  method: string,
  path: string,
  init: Record<string, unknown>,
  options: RequestOptions | undefined,
  settings: ApiSettings,
): string | undefined {
  const rule = PROJECT_SCOPED[`${method} ${path}`];
  if (rule === undefined) return undefined;
  const params = init.params as { header?: Record<string, unknown> } | undefined;
  const fromParams = params?.header?.['X-Project-ID'];
  if (fromParams !== undefined) {
    parseInput(projectIdSchema, fromParams, 'X-Project-ID header param');
  }
  const projectId = options?.projectId ?? (fromParams as string | undefined) ?? settings.projectId;
  if (projectId === undefined && rule === 'required') {
    throw new RaffValidationError(
      `${method} ${path} needs a project: pass { projectId } to this call or to the client ` +
        '(or set RAFF_PROJECT_ID). Nothing was sent.',
      [{ path: ['projectId'], code: 'missing', message: 'this operation is project-scoped' }],
    );
  }
  return projectId;
}

/**
 * Every 2xx answer with a body is a `{ success, … }` envelope. An empty body where one was due,
 * or a 200 carrying `{ error, message }` (a misbehaving proxy), is a typed error, not `undefined`.
 */
function checkEnvelope(result: { data?: unknown; response: Response }, method: string, call: Call) {
  const { status } = result.response;
  if (status === 204 || method === 'HEAD') return;
  const body = result.data;
  if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw call.unexpectedBody(status, body ?? '', '(expected a JSON object from the API)');
  }
  const envelope = body as { success?: unknown; error?: unknown };
  if (envelope.success === false || (envelope.success === undefined && 'error' in envelope)) {
    throw call.unexpectedBody(status, body, '(a success status carrying an error body)');
  }
}

function unencodable(error: unknown): unknown {
  if (error instanceof RaffError || (error instanceof Error && error.name === 'AbortError')) {
    return error;
  }
  const why = error instanceof Error ? redactText(error.message) : 'it cannot be encoded';
  return new RaffValidationError(`Invalid request: ${why}. Nothing was sent.`, [
    { path: [], code: 'unencodable', message: 'the request cannot be put on the wire' },
  ]);
}
