import {
  RaffAPIError,
  type RaffAPIErrorInit,
  RaffAuthenticationError,
  RaffBadRequestError,
  RaffBillingError,
  RaffConflictError,
  RaffInternalServerError,
  RaffNotFoundError,
  RaffPaymentRequiredError,
  RaffPermissionDeniedError,
  RaffRateLimitError,
  type RaffRequestInfo,
} from './errors.js';
import { redactHeaders, redactText, redactValue } from './redact.js';
import { parseRetryAfter } from './retry-policy.js';

/** A response that came back with a status the SDK treats as failure. */
export interface FailedResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  /** The body as text; empty when there was none or it could not be read. */
  readonly text: string;
}

/** Extra words for the message when the client chose not to retry. */
export interface MappingNote {
  /** Appended to the message, e.g. why a 429 was not waited out. */
  readonly note?: string | undefined;
}

const MAX_BODY_TEXT = 4_096;

/**
 * The one place where an HTTP failure becomes a typed error. Handles JSON and non-JSON bodies
 * (an HTML 502 page, an empty body, truncated JSON) alike, and redacts every secret.
 */
export function errorFromResponse(
  response: FailedResponse,
  request: RaffRequestInfo,
  extra: MappingNote = {},
): RaffAPIError {
  const body = redactValue(parseBody(response.text));
  const headers = redactHeaders(response.headers);
  const init: RaffAPIErrorInit & { retryAfterMs?: number | undefined } = {
    ...request,
    status: response.status,
    body,
    headers,
    requestId: headers['x-request-id'] ?? headers['request-id'],
    retryAfterMs:
      response.status === 429 ? parseRetryAfter(response.headers.get('retry-after')) : undefined,
  };
  const message = formatMessage(response, body, request, extra.note);
  const ErrorClass = errorClassFor(response.status, body);
  return new ErrorClass(message, init);
}

/** Picks the class for a status; a 403 with a billing `reason` is a {@link RaffBillingError}. */
export function errorClassFor(status: number, body: unknown): typeof RaffAPIError {
  switch (status) {
    case 400:
      return RaffBadRequestError;
    case 401:
      return RaffAuthenticationError;
    case 402:
      return RaffPaymentRequiredError;
    case 403:
      return hasReason(body) ? RaffBillingError : RaffPermissionDeniedError;
    case 404:
      return RaffNotFoundError;
    case 409:
      return RaffConflictError;
    case 429:
      return RaffRateLimitError;
    default:
      return status >= 500 ? RaffInternalServerError : RaffAPIError;
  }
}

/** Parsed JSON when the text is JSON, otherwise the text itself (capped), never a throw. */
export function parseBody(text: string): unknown {
  if (text === '') return '';
  try {
    return JSON.parse(text);
  } catch {
    return text.length > MAX_BODY_TEXT ? `${text.slice(0, MAX_BODY_TEXT)}…` : text;
  }
}

/** `403 POST /api/v1/vms (project 5f…): <server message>`. */
export function formatMessage(
  response: Pick<FailedResponse, 'status' | 'statusText'>,
  body: unknown,
  request: RaffRequestInfo,
  note?: string,
): string {
  const where = `${response.status} ${request.method} ${request.path}`;
  const project = request.projectId === undefined ? '' : ` (project ${request.projectId})`;
  const detail = describeBody(response, body);
  const attempts = request.attempts > 1 ? ` [after ${request.attempts} attempts]` : '';
  return redactText(`${where}${project}: ${detail}${note ? ` ${note}` : ''}${attempts}`);
}

function describeBody(response: Pick<FailedResponse, 'status' | 'statusText'>, body: unknown) {
  if (body !== null && typeof body === 'object') {
    const { error, message } = body as { error?: unknown; message?: unknown };
    if (typeof message === 'string' && message !== '') return message;
    if (typeof error === 'string' && error !== '') return error;
  }
  const statusText = response.statusText || 'no status text';
  if (typeof body === 'string' && body !== '') {
    return /^\s*</.test(body)
      ? `${statusText} (an HTML page, not the API's JSON; a proxy or gateway answered)`
      : `${statusText} (a non-JSON body)`;
  }
  return `${statusText} (empty body)`;
}

function hasReason(body: unknown): boolean {
  return (
    body !== null &&
    typeof body === 'object' &&
    typeof (body as { reason?: unknown }).reason === 'string'
  );
}
