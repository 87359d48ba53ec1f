import type { OperationInfo } from '../../generated/operations.js';
import { RaffAPIError, type RaffRequestInfo } from '../shared/errors.js';
import { redactValue } from '../shared/redact.js';
import { formatMessage } from './error-mapping.js';
import type { ClientConfig } from './options.js';
import { hideSecretInInspect } from './secret-result.js';
import type { Answer, PlannedRequest } from './transport.js';

/**
 * The result part of a 2xx answer, as the operation table says (see `ResultKind`). Anything that
 * is not the envelope the operation promises (no JSON, a `success: false`, a missing field) is a
 * {@link RaffAPIError} that says what was expected, never a `TypeError` later.
 *
 * A result that carries a `secret` (a new or regenerated key) is registered with the client's
 * scrubber and prints only its prefix in `util.inspect`.
 */
export function unwrapAnswer(
  operation: OperationInfo,
  answer: Answer,
  request: PlannedRequest,
  config: ClientConfig,
): unknown {
  const { result } = operation;
  if (answer.status === 204 || (result === 'none' && answer.text === '')) return undefined;
  const body = parseEnvelope(answer, request, config);
  const fail = (why: string) => unexpectedAnswer(answer, body, request, why, config);
  if (result === 'none') return undefined;
  if (result === 'body') {
    const { success: _, ...rest } = body as Record<string, unknown>;
    return rest;
  }
  if (result === 'page') {
    const data = own(body, 'data');
    const total = own(body, 'total');
    if (!Array.isArray(data) || (total !== undefined && typeof total !== 'number')) {
      throw fail('(expected a page: { success, data: [...], total })');
    }
    return total === undefined ? { data } : { data, total };
  }
  if (!Object.hasOwn(body, result)) {
    throw fail(`(expected { success, ${result} })`);
  }
  return withSecretHandled(own(body, result), config);
}

function withSecretHandled(value: unknown, config: ClientConfig): unknown {
  if (value === null || typeof value !== 'object') return value;
  const secret = own(value, 'secret');
  if (typeof secret !== 'string') return value;
  config.secrets.add(secret);
  return hideSecretInInspect(value as { secret: string });
}

/**
 * The JSON object of a 2xx answer with a body, checked to be the API's `{ success, … }` envelope
 * (or the health answer): an empty or non-JSON body, a non-object, or a 2xx carrying
 * `{ error, message }` (a misbehaving proxy) is a {@link RaffAPIError}, never `undefined` or a
 * `TypeError` later. Used by the namespaces and by `raff.api` alike.
 *
 * @internal
 */
export function parseEnvelope(
  answer: Answer,
  request: PlannedRequest,
  config: ClientConfig,
): object {
  const fail = (why: string, body: unknown) => unexpectedAnswer(answer, body, request, why, config);
  if (answer.text === '') throw fail('(expected a JSON object from the API)', '');
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    // Not the body: a cut-off answer may hold anything, and a message quoting it helps no one.
    const message = `${answer.status} ${request.method} ${request.template}: the response body is not valid JSON`;
    throw new RaffAPIError(message, {
      method: request.method,
      path: request.template,
      projectId: request.projectId,
      attempts: answer.attempts,
      status: answer.status,
      body: '',
    });
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw fail('(expected a JSON object from the API)', body);
  }
  const success = own(body, 'success');
  if (success === false || (success === undefined && Object.hasOwn(body, 'error'))) {
    throw fail('(a success status carrying an error body)', body);
  }
  return body;
}

/**
 * The error for a 2xx answer that is not the promised envelope.
 *
 * @internal
 */
export function unexpectedAnswer(
  answer: Pick<Answer, 'status' | 'attempts'>,
  body: unknown,
  request: PlannedRequest,
  why: string,
  config: ClientConfig,
): RaffAPIError {
  const info: RaffRequestInfo = {
    method: request.method,
    path: request.template,
    projectId: request.projectId,
    attempts: answer.attempts,
  };
  const { status } = answer;
  const { scrub } = config.secrets;
  const safeBody = redactValue(body, { scrub, maxStringLength: 1_000 });
  const message = formatMessage(
    { status, statusText: 'unexpected body' },
    safeBody,
    info,
    why,
    scrub,
  );
  return new RaffAPIError(message, { ...info, status, body: safeBody });
}

function own(value: object, name: string): unknown {
  return Object.hasOwn(value, name) ? (value as Record<string, unknown>)[name] : undefined;
}
