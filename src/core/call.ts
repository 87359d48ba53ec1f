import type { OperationInfo, SdkMethod } from '../../generated/operations.js';
import { requireId } from '../internal/ids.js';
import { operationOf } from '../internal/operation-table.js';
import { RaffValidationError } from '../shared/errors.js';
import { unwrapAnswer } from './envelope.js';
import { mergeHeaders } from './header-rules.js';
import type { CallArgs, Result } from './operation-types.js';
import {
  type CallSettings,
  type ClientConfig,
  callSettings,
  type RequestOptions,
} from './options.js';
import { type PlannedRequest, send } from './transport.js';
import { userAgentHeader } from './user-agent.js';

/**
 * The one call path of every namespace method: `(operationId, { path, query, body }, options)`
 * becomes a request by the generated operation table, goes through the transport, and comes back
 * as the operation's result with the envelope unwrapped.
 *
 * @throws {RaffValidationError} before any I/O for a missing or unsafe path id, a missing project
 * on a project-scoped mutation, a keyless client on a keyed operation, or unencodable input.
 */
export async function callOperation<K extends SdkMethod>(
  config: ClientConfig,
  name: K,
  args: CallArgs<K>,
  options: RequestOptions | undefined,
): Promise<Result<K>> {
  const operation = operationOf(name);
  const settings = callSettings(config, options);
  const request = planRequest(settings, name, operation, args as CallArgs<SdkMethod>);
  const answer = await send(settings, request);
  return unwrapAnswer(operation, answer, request, config) as Result<K>;
}

/** The `Idempotency-Key` of a call: the caller's, or a new one (kept for every retry). */
function idempotencyKey(
  settings: CallSettings,
  name: string,
  operation: OperationInfo,
): string | undefined {
  if (operation.idempotent) return settings.idempotencyKey ?? crypto.randomUUID();
  if (settings.idempotencyKey !== undefined) {
    throw new RaffValidationError(
      `${name} takes no Idempotency-Key (only operations that document one do). Nothing was sent.`,
      [{ path: ['idempotencyKey'], code: 'unsupported', message: 'this operation takes none' }],
    );
  }
  return undefined;
}

/**
 * Everything about a request that the table and the arguments decide, checked before any I/O.
 *
 * @internal
 */
export function planRequest(
  settings: CallSettings,
  name: string,
  operation: OperationInfo,
  args: CallArgs<SdkMethod>,
): PlannedRequest {
  const { method, path: template } = operation;
  const projectId = projectFor(settings, operation);
  const headers = requestHeaders(settings.config, operation, projectId, settings.headers);
  const key = idempotencyKey(settings, name, operation);
  if (key !== undefined) headers['idempotency-key'] = key;
  const url =
    settings.config.baseUrl +
    fillPath(template, args.path as Record<string, unknown> | undefined) +
    queryString(args.query as Record<string, unknown> | undefined);
  let body: string | undefined;
  if (args.body !== undefined) {
    body = encodeJson(args.body);
    headers['content-type'] = 'application/json';
  }
  return {
    method,
    template,
    url,
    headers,
    body,
    projectId,
    operation: settings.calledAs ?? name,
    permission: operation.permission,
    idempotent: key !== undefined,
  };
}

/**
 * The headers every request carries: `Accept`, `User-Agent` (not in a browser), the client's extra
 * headers with the call's own laid over them, `X-API-Key` unless the operation is public, and
 * `X-Project-ID` when the operation takes one and a project is known.
 *
 * @throws {RaffValidationError} for a keyed operation on a keyless client.
 * @internal
 */
export function requestHeaders(
  config: ClientConfig,
  operation: Pick<OperationInfo, 'method' | 'path' | 'public'>,
  projectId: string | undefined,
  callHeaders?: Readonly<Record<string, string>>,
): Record<string, string> {
  // Neither set of custom headers can hold a name set below (see header-rules.ts).
  const custom =
    callHeaders === undefined ? config.headers : mergeHeaders(config.headers, callHeaders);
  const headers: Record<string, string> = { accept: 'application/json', ...custom };
  const userAgent = userAgentHeader(config.userAgent);
  if (userAgent !== undefined) headers['user-agent'] = userAgent;
  if (!operation.public) {
    if (config.apiKey === null) {
      throw new RaffValidationError(
        `${operation.method} ${operation.path} needs an API key, and this client was built with ` +
          'apiKey: null (public endpoints only). Pass { apiKey } or set RAFF_API_KEY. Nothing was sent.',
        [{ path: ['apiKey'], code: 'missing', message: 'this operation needs an API key' }],
      );
    }
    headers['x-api-key'] = config.apiKey;
  }
  if (projectId !== undefined) headers['x-project-id'] = projectId;
  return headers;
}

/**
 * The `X-Project-ID` a call sends: the call's `projectId`, else the client's (`null` at either
 * level = none), only on operations that take one.
 *
 * @throws {RaffValidationError} when a project-scoped mutation has no project at all.
 * @internal
 */
export function projectFor(
  settings: CallSettings,
  operation: Pick<OperationInfo, 'method' | 'path' | 'project'>,
): string | undefined {
  if (operation.project === undefined) return undefined;
  if (settings.projectId === undefined && operation.project === 'required') {
    throw new RaffValidationError(
      `${operation.method} ${operation.path} needs a project: pass { projectId } to this call or ` +
        'to the client (or set RAFF_PROJECT_ID). Nothing was sent.',
      [{ path: ['projectId'], code: 'missing', message: 'this operation is project-scoped' }],
    );
  }
  return settings.projectId;
}

function fillPath(template: string, params: Record<string, unknown> | undefined): string {
  if (!template.includes('{')) return template;
  return template.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(requireId(params?.[name], name)),
  );
}

/** `?a=1&b=x` from the defined query values; arrays repeat the name (form, explode). */
function queryString(query: Record<string, unknown> | undefined): string {
  if (query === undefined) return '';
  if (typeof query !== 'object' || query === null || Array.isArray(query)) {
    throw badQuery([], 'expected an object of query parameters');
  }
  const entries = Object.entries(query);
  if (entries.length === 0) return '';
  const search = new URLSearchParams();
  for (const [name, value] of entries) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined) continue;
      if (typeof item !== 'string' && typeof item !== 'number' && typeof item !== 'boolean') {
        throw badQuery([name], `must be a string, number or boolean, not ${kindOf(item)}`);
      }
      // URLSearchParams would silently turn a lone surrogate into U+FFFD.
      if (typeof item === 'string' && !wellFormed(item)) {
        throw badQuery([name], 'is not well-formed Unicode (a lone surrogate)');
      }
      search.append(name, String(item));
    }
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

function wellFormed(text: string): boolean {
  try {
    encodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

function encodeJson(body: unknown): string {
  try {
    return JSON.stringify(body);
  } catch (error) {
    const why = error instanceof Error ? error.message : 'it cannot be encoded';
    throw new RaffValidationError(`Invalid request body: ${why}. Nothing was sent.`, [
      { path: ['body'], code: 'unencodable', message: 'the body cannot be encoded as JSON' },
    ]);
  }
}

function badQuery(path: string[], why: string): RaffValidationError {
  const where = path.length > 0 ? `${path.join('.')}: ` : '';
  return new RaffValidationError(`Invalid query: ${where}${why}. Nothing was sent.`, [
    { path: ['query', ...path], code: 'invalid_type', message: why },
  ]);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
