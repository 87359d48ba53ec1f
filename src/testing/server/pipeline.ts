import type { IncomingHttpHeaders } from 'node:http';
import { Access } from './access.js';
import type { EmulatorState, KeyRecord } from './account.js';
import { authenticate } from './auth.js';
import { authorize, headerValue } from './authorize.js';
import type { ManualClock } from './clock.js';
import { badRequest, HttpError } from './errors.js';
import type { HandlerTable } from './handler.js';
import type { OutgoingResponse } from './http-io.js';
import type { Operation, Route } from './operations.js';
import type { KeyRateLimiter } from './rate-limit.js';
import { validateRequest } from './validation.js';

/**
 * What a handler gets once its request is authenticated, validated and authorized, before its
 * per-operation type is put on it (see {@link dispatch}).
 *
 * @internal
 */
export interface CheckedContext {
  readonly state: EmulatorState;
  readonly operation: Operation;
  readonly now: number;
  readonly key?: KeyRecord;
  readonly access?: Access;
  readonly projectIds?: readonly string[];
  readonly params: Readonly<Record<string, unknown>>;
  readonly query: Readonly<Record<string, unknown>>;
  readonly headers: Readonly<Record<string, unknown>>;
  readonly body: unknown;
}

/**
 * A handler as the pipeline calls it.
 *
 * @internal
 */
export type CheckedHandler = (context: CheckedContext) => {
  readonly body: unknown;
  readonly status?: number;
};

/**
 * What the request pipeline works on.
 *
 * @internal
 */
export interface PipelineDeps {
  readonly state: EmulatorState;
  readonly clock: ManualClock;
  readonly limiter: KeyRateLimiter | undefined;
  /** Every implemented operation's handler, by operationId (src/testing/domains). */
  readonly handlers: HandlerTable;
}

/**
 * A request, read and routed, ready to be answered.
 *
 * @internal
 */
export interface RoutedRequest {
  readonly method: string;
  readonly pathname: string;
  readonly searchParams: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly match: { readonly route: Route; readonly params: Record<string, string> } | undefined;
  /** The parsed body; `invalid` when it was not JSON, `tooLarge` past the size cap. */
  readonly body: { readonly value: unknown } | 'invalid' | 'tooLarge';
}

function errorResponse(error: HttpError, headers: Record<string, string>): OutgoingResponse {
  return { status: error.status, headers, body: error.toBody() };
}

function rateLimit(deps: PipelineDeps, key: KeyRecord, headers: Record<string, string>): void {
  if (deps.limiter === undefined) return;
  const decision = deps.limiter.take(key.id, key.rateLimitTier);
  headers['X-RateLimit-Limit'] = String(decision.limit);
  if (decision.allowed) {
    headers['X-RateLimit-Remaining'] = String(decision.remaining);
    return;
  }
  headers['X-RateLimit-Remaining'] = '0';
  headers['Retry-After'] = String(decision.retryAfterSeconds);
  throw new HttpError(429, `Maximum ${decision.limit} requests per second allowed for your tier`, {
    error: 'Rate limit exceeded',
  });
}

/**
 * Calls the operation's handler. The table is typed per operationId (a handler's context and
 * answer are those of its operation); here, where the context has just been validated against
 * that operation's schemas, is the one place it is taken as the handler's own.
 */
function dispatch(
  handlers: HandlerTable,
  context: CheckedContext,
): { readonly body: unknown; readonly status?: number } {
  const handler = handlers[context.operation.id] as CheckedHandler | undefined;
  if (handler === undefined) {
    throw new HttpError(501, `The emulator does not implement ${context.operation.id} yet`);
  }
  return handler(context);
}

function checkedBody(operation: Operation, request: RoutedRequest): unknown {
  if (operation.public === true) return undefined;
  // Operations without a request body ignore whatever was sent, as Raff's handlers do.
  if (request.body === 'invalid' && operation.body !== undefined) {
    throw badRequest('Request body is not valid JSON');
  }
  const body =
    operation.body === undefined || request.body === 'invalid' || request.body === 'tooLarge'
      ? undefined
      : request.body.value;
  if (operation.body?.required === true && body === undefined) {
    throw badRequest('Request body is required');
  }
  return body;
}

function run(
  deps: PipelineDeps,
  request: RoutedRequest,
  headers: Record<string, string>,
): OutgoingResponse {
  const { match, method } = request;
  if (match === undefined) {
    throw new HttpError(404, `No route for ${method} ${request.pathname}`);
  }
  const operation = match.route.operations.get(method);
  if (operation === undefined) {
    const allowed = [...match.route.operations.keys()].join(', ');
    headers.Allow = allowed;
    throw new HttpError(405, `${method} is not allowed on ${match.route.template}; use ${allowed}`);
  }
  if (request.body === 'tooLarge') throw new HttpError(413, 'Request body is too large');

  const now = deps.clock.ms();
  // Transitions that came due since the last request happen before this one is looked at.
  deps.state.lifecycle.settle(now);
  // A keyless operation (health, the public catalog): no key, project or permission checks.
  const key =
    operation.public === true
      ? undefined
      : authenticate(deps.state, request.headers['x-api-key'], now);
  if (key !== undefined) {
    rateLimit(deps, key, headers);
    if (
      operation.project === 'required' &&
      headerValue(request.headers, 'x-project-id') === undefined
    ) {
      throw badRequest('X-Project-ID required');
    }
  }
  const body = checkedBody(operation, request);
  const checked = validateRequest(operation, {
    params: match.params,
    searchParams: request.searchParams,
    headers: request.headers,
    body,
  });
  if ('error' in checked) throw badRequest(checked.error);

  const base = { state: deps.state, operation, now, ...checked, body };
  let context: CheckedContext = base;
  if (key !== undefined) {
    const access = new Access(deps.state, key);
    const projectIds = authorize(deps.state, operation, access, match.params, request.headers);
    context = { ...base, key, access, projectIds };
  }
  const result = dispatch(deps.handlers, context);
  return { status: result.status ?? operation.status, headers, body: result.body };
}

/**
 * Answers one request, synchronously from authentication to handler, so that nothing (a revoke,
 * a regenerate) can slip in between the key check and the work it authorizes.
 *
 * @internal
 */
export function respond(
  deps: PipelineDeps,
  request: RoutedRequest,
  requestId: string,
): OutgoingResponse {
  const headers: Record<string, string> = { 'X-Request-ID': requestId };
  try {
    return run(deps, request, headers);
  } catch (error) {
    if (error instanceof HttpError) return errorResponse(error, headers);
    const message = error instanceof Error ? error.message : String(error);
    return errorResponse(new HttpError(500, `Emulator error: ${message}`), headers);
  }
}
