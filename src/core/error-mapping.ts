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
  RaffPreconditionFailedError,
  RaffRateLimitError,
  type RaffRequestInfo,
} from '../shared/errors.js';
import {
  redactHeaders,
  redactText,
  redactValue,
  scrubAndCap,
  type TextScrubber,
} from '../shared/redact.js';
import { functionsLockNote } from './functions-lock.js';
import { parseRetryAfter } from './retry-policy.js';

/** A response that came back with a status the SDK treats as failure. */
export interface FailedResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  /** The body as text; empty when there was none or it could not be read. */
  readonly text: string;
}

/** Extra words for the message when the client chose not to retry, and the client's scrubber. */
export interface MappingNote {
  /** Appended to the message, e.g. why a 429 was not waited out. */
  readonly note?: string | undefined;
  /**
   * Scrubs the message, every string and property name of the body, and the header values,
   * e.g. a `SecretScrubber`'s `scrub` that knows the client's own key.
   *
   * @default redactText (every `raff_…` token)
   */
  readonly scrub?: TextScrubber | undefined;
}

/** Longest non-JSON body text kept in `body`. */
const MAX_BODY_TEXT = 4_096;
/** Longest string (value or property name) kept inside a JSON `body`. */
const MAX_BODY_STRING = 1_000;
// A body string cut at MAX_BODY_STRING, with its note, still fits whole.
const MAX_DETAIL = 1_200;

/**
 * The one place where an HTTP failure becomes a typed error. Handles JSON and non-JSON bodies
 * (an HTML 502 page, an empty body, truncated JSON) alike, and redacts every secret.
 *
 * Sizes are capped so that a hostile or broken server cannot make an error huge: the server's
 * text in the message (its `message` or `error`) is at most 1,200 characters; in the kept `body`,
 * every string and property name of a JSON body is at most 1,000 characters and a non-JSON body
 * at most 4,096. Anything cut ends with `… [cut: N characters in all]`. Secrets are scrubbed
 * before anything is cut, so a cut never leaves part of one behind.
 */
export function errorFromResponse(
  response: FailedResponse,
  request: RaffRequestInfo,
  extra: MappingNote = {},
): RaffAPIError {
  const scrub = extra.scrub ?? redactText;
  const parsed = parseBody(response.text);
  const maxStringLength = typeof parsed === 'string' ? MAX_BODY_TEXT : MAX_BODY_STRING;
  const body = redactValue(parsed, { scrub, maxStringLength });
  const headers = redactHeaders(response.headers, scrub);
  const init: RaffAPIErrorInit & { retryAfterMs?: number | undefined } = {
    ...request,
    status: response.status,
    body,
    headers,
    requestId: headers['x-request-id'] ?? headers['request-id'],
    retryAfterMs:
      response.status === 429 ? parseRetryAfter(response.headers.get('retry-after')) : undefined,
  };
  const message = formatMessage(response, body, request, extra.note, scrub);
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
    case 412:
      return RaffPreconditionFailedError;
    case 429:
      return RaffRateLimitError;
    default:
      return status >= 500 ? RaffInternalServerError : RaffAPIError;
  }
}

/**
 * Parsed JSON when the text is JSON, otherwise the text itself, never a throw. Neither is capped
 * or redacted yet: {@link errorFromResponse} scrubs first and then caps, so that no cut can leave
 * part of a secret behind.
 */
export function parseBody(text: string): unknown {
  if (text === '') return '';
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * `403 POST /api/v1/vms (project 5f…): <server message> [vms.create needs vm.create]` (the
 * bracket on a 403, where a Functions operation locked before the first top-up names that cause,
 * and on a 409 whose operation says what it means), with the server's part (its `message` or
 * `error`, or the status text) cut to 1,200 characters and everything scrubbed by `scrub`.
 */
export function formatMessage(
  response: Pick<FailedResponse, 'status' | 'statusText'>,
  body: unknown,
  request: RaffRequestInfo,
  note?: string,
  scrub: TextScrubber = redactText,
): string {
  const where = `${response.status} ${request.method} ${request.path}`;
  const project = request.projectId === undefined ? '' : ` (project ${request.projectId})`;
  const detail = scrubAndCap(describeBody(response, body), scrub, MAX_DETAIL);
  const attempts = request.attempts > 1 ? ` [after ${request.attempts} attempts]` : '';
  const needs =
    response.status === 403
      ? forbiddenNote(request, body)
      : response.status === 409
        ? conflictNote(request)
        : '';
  return scrub(`${where}${project}: ${detail}${needs}${note ? ` ${note}` : ''}${attempts}`);
}

/**
 * The bracket of a 403: on an operation Raff locks until the account's first top-up, that cause
 * (a billing refusal, which has a `reason`, excepted: it says what it is itself); otherwise which
 * SDK call needed which permission.
 */
function forbiddenNote(request: RaffRequestInfo, body: unknown): string {
  const locked = hasReason(body) ? undefined : functionsLockNote(request);
  if (locked === undefined) return permissionNote(request);
  const { operation } = request;
  return operation === undefined || operation === 'api'
    ? ` [${locked}]`
    : ` [${operation}: ${locked}]`;
}

/** ` [vms.create needs vm.create]`: which SDK call needed what, from the operation table. */
function permissionNote({ operation, permission }: RaffRequestInfo): string {
  if (operation === undefined) return '';
  // raff.api names no SDK method: the permission alone says what was missing.
  if (operation === 'api') return permission === undefined ? '' : ` [needs ${permission}]`;
  return permission === undefined ? ` [${operation}]` : ` [${operation} needs ${permission}]`;
}

/**
 * What a 409 means where the operation alone says it, by method and path template (so `raff.api`
 * gets it too). Raff does not document its 409 texts, so they are never read: a `backups.delete`
 * 409 has two documented causes, and the note names both and the method for the first.
 */
const CONFLICTS: Readonly<Record<string, string>> = {
  'DELETE /api/v1/backups/{id}':
    ' [backups.delete refuses a point of a series with other points (delete the whole series with backups.deleteChain) and a backup that is pending, creating or restoring]',
};

function conflictNote({ method, path }: RaffRequestInfo): string {
  const key = `${method} ${path}`;
  return Object.hasOwn(CONFLICTS, key) ? (CONFLICTS[key] ?? '') : '';
}

/** An own data property of `body`; never an inherited one, and never a getter's result. */
function ownValue(body: unknown, name: string): unknown {
  if (body === null || typeof body !== 'object' || !Object.hasOwn(body, name)) return undefined;
  return Object.getOwnPropertyDescriptor(body, name)?.value;
}

function ownString(body: unknown, name: string): string | undefined {
  const value = ownValue(body, name);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function describeBody(response: Pick<FailedResponse, 'status' | 'statusText'>, body: unknown) {
  const own = ownString(body, 'message') ?? ownString(body, 'error');
  if (own !== undefined) return own;
  const statusText = response.statusText || 'no status text';
  if (typeof body === 'string' && body !== '') {
    return /^\s*</.test(body)
      ? `${statusText} (an HTML page, not the API's JSON; a proxy or gateway answered)`
      : `${statusText} (a non-JSON body)`;
  }
  return `${statusText} (empty body)`;
}

// Own properties only: a body `{"__proto__": {"reason": …}}` has no reason of its own.
function hasReason(body: unknown): boolean {
  return typeof ownValue(body, 'reason') === 'string';
}
