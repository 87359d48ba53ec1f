import type { IncomingHttpHeaders } from 'node:http';
import { Access } from './access.js';
import { authenticate } from './auth.js';
import type { ManualClock } from './clock.js';
import { badRequest, HttpError, notFound } from './errors.js';
import type { HandlerContext } from './handlers/context.js';
import { HANDLERS, PUBLIC_HANDLERS } from './handlers/index.js';
import type { OutgoingResponse } from './http-io.js';
import type { KeyRateLimiter } from './rate-limit.js';
import type { Operation, Route } from './spec.js';
import type { EmulatorState, KeyRecord } from './state.js';
import { validateRequest } from './validation.js';

/**
 * What the request pipeline works on.
 *
 * @internal
 */
export interface PipelineDeps {
  readonly state: EmulatorState;
  readonly clock: ManualClock;
  readonly limiter: KeyRateLimiter | undefined;
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

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first.trim() === '' ? undefined : first.trim();
}

/** The projects a header- or path-scoped operation acts on, after checking the permission. */
function authorize(
  deps: PipelineDeps,
  operation: Operation,
  access: Access,
  params: Record<string, string>,
  headers: IncomingHttpHeaders,
): string[] {
  const permission = operation.permission;
  if (permission === undefined) return [];
  if (permission.startsWith('account.')) {
    access.requireAccount(permission);
    return [];
  }
  switch (operation.permissionProject ?? 'header') {
    case 'resource': {
      // An optional X-Project-ID on a get-by-id (getVPC, …) must be a project the key reaches.
      const projectId =
        operation.projectHeader === undefined ? undefined : headerValue(headers, 'x-project-id');
      if (projectId === undefined) return [];
      access.requireProject(projectId, permission);
      return [projectId];
    }
    case 'path': {
      const projectId = params.id ?? '';
      if (!deps.state.projects.has(projectId)) throw notFound(`Project ${projectId} not found`);
      access.requireProject(projectId, permission);
      return [projectId];
    }
    case 'header': {
      const projectId = headerValue(headers, 'x-project-id');
      if (projectId === undefined) return access.projectsWith(permission);
      access.requireProject(projectId, permission);
      return [projectId];
    }
  }
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
  if (operation.isPublic) return runPublic(deps, operation, request, headers, now);
  const key = authenticate(deps.state, request.headers['x-api-key'], now);
  rateLimit(deps, key, headers);

  if (
    operation.projectHeader === 'required' &&
    headerValue(request.headers, 'x-project-id') === undefined
  ) {
    throw badRequest('X-Project-ID required');
  }
  // Operations without a request body ignore whatever was sent, as Raff's handlers do.
  if (request.body === 'invalid' && operation.body !== undefined) {
    throw badRequest('Request body is not valid JSON');
  }
  const body =
    operation.body === undefined || request.body === 'invalid' ? undefined : request.body.value;
  if (operation.body?.required === true && body === undefined) {
    throw badRequest('Request body is required');
  }
  const checked = validateRequest(operation, {
    params: match.params,
    searchParams: request.searchParams,
    headers: request.headers,
    body,
  });
  if ('error' in checked) throw badRequest(checked.error);

  const access = new Access(deps.state, key);
  const projectIds = authorize(deps, operation, access, match.params, request.headers);
  const handler = HANDLERS[operation.operationId];
  if (handler === undefined) {
    throw new HttpError(501, `The emulator does not implement ${operation.operationId} yet`);
  }
  const context: HandlerContext = {
    state: deps.state,
    key,
    access,
    operation,
    params: match.params,
    query: checked.query,
    body,
    projectIds,
    now,
  };
  const result = handler(context);
  return { status: result.status ?? operation.successStatus, headers, body: result.body };
}

/** A keyless operation (health, the public catalog): no key, project or permission checks. */
function runPublic(
  deps: PipelineDeps,
  operation: Operation,
  request: RoutedRequest,
  headers: Record<string, string>,
  now: number,
): OutgoingResponse {
  const checked = validateRequest(operation, {
    params: request.match?.params ?? {},
    searchParams: request.searchParams,
    headers: request.headers,
    body: undefined,
  });
  if ('error' in checked) throw badRequest(checked.error);
  const handler = PUBLIC_HANDLERS[operation.operationId];
  if (handler === undefined) {
    throw new HttpError(501, `The emulator does not implement ${operation.operationId} yet`);
  }
  const result = handler({ state: deps.state, operation, query: checked.query, now });
  return { status: result.status ?? operation.successStatus, headers, body: result.body };
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
