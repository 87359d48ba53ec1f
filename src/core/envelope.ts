import type { OperationInfo } from '../../generated/operations.js';
import { RaffAPIError, type RaffRequestInfo } from '../shared/errors.js';
import { redactValue } from '../shared/redact.js';
import { formatMessage } from './error-mapping.js';
import type { ClientConfig } from './options.js';
import { protectSecrets } from './secret-fields.js';
import type { Answer, PlannedRequest } from './transport.js';

const NO_SECRETS: readonly string[] = [];

/**
 * The result part of a 2xx answer, as the operation table says: a page `{ data, total }` for a
 * list, nothing, the answer without `success`, or the part at the row's `result` path. Anything
 * that is not the envelope the operation promises (no JSON, a `success: false`, a missing part, a
 * `null` or a scalar where an object is promised) is a {@link RaffAPIError} that says what was
 * expected, never a `TypeError` later.
 *
 * The credentials the row lists (`secrets`) are registered with the client's scrubber and kept
 * out of sight: readable as properties, never enumerated, printed or serialized.
 */
export function unwrapAnswer(
  operation: OperationInfo,
  answer: Answer,
  request: PlannedRequest,
  config: ClientConfig,
): unknown {
  const { result } = operation;
  // A DELETE done by an earlier attempt has no body to unwrap, as a 204 has none.
  if (answer.status === 204 || answer.alreadyDeleted || (result === 'none' && answer.text === '')) {
    return undefined;
  }
  const body = parseEnvelope(answer, request, config);
  const secrets = operation.secrets ?? NO_SECRETS;
  if (operation.items !== undefined) {
    const data = at(body, operation.items);
    const total = operation.total === undefined ? undefined : at(body, operation.total);
    if (!Array.isArray(data) || (total !== undefined && typeof total !== 'number')) {
      throw unexpectedAnswer(
        answer,
        body,
        request,
        `(expected a list: { success, ${operation.items}: [...]${operation.total ? `, ${operation.total}` : ''} })`,
        config,
      );
    }
    // A list that does not page answers with everything: its length is the total.
    const page =
      total !== undefined
        ? { data, total }
        : operation.paged
          ? { data }
          : { data, total: data.length };
    return protectSecrets(page, secrets, config.secrets);
  }
  if (result === 'none') return undefined;
  if (result === 'body') {
    const { success: _, ...rest } = body as Record<string, unknown>;
    return protectSecrets(rest, secrets, config.secrets);
  }
  const value = at(body, result ?? 'data');
  if (value === null || typeof value !== 'object') {
    throw unexpectedAnswer(
      answer,
      body,
      request,
      `(expected { success, ${result}: {…} }, got ${value === null ? 'null' : typeof value})`,
      config,
    );
  }
  return protectSecrets(value, secrets, config.secrets);
}

/**
 * The part of a parsed body at a dotted path, through own properties only (JSON.parse makes
 * only own data properties, so an own `__proto__` key is read as the data it is).
 */
function at(body: object, path: string): unknown {
  // Most rows name one key (`data`, `total`): no array for the common case.
  if (!path.includes('.')) return own(body, path);
  let value: unknown = body;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = own(value, key);
  }
  return value;
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
  if (answer.text === '')
    throw unexpectedAnswer(answer, '', request, '(expected a JSON object from the API)', config);
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
    throw unexpectedAnswer(answer, body, request, '(expected a JSON object from the API)', config);
  }
  const success = own(body, 'success');
  if (success === false || (success === undefined && Object.hasOwn(body, 'error'))) {
    throw unexpectedAnswer(
      answer,
      body,
      request,
      '(a success status carrying an error body)',
      config,
    );
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
