/**
 * The error hierarchy of `@raff/sdk`.
 *
 * Every error the SDK throws is a {@link RaffError}, except a user's own abort, which is re-thrown
 * as the standard `AbortError` so that existing abort handling keeps working. Errors are plain
 * data: literal `name`, readonly fields, `cause` kept, and never a secret in any of them.
 *
 * @module
 */

/** One problem found in user input, as carried by {@link RaffValidationError}. */
export interface RaffValidationIssue {
  /** Where in the input the problem is, e.g. `['projects', 1]`. Empty for the input as a whole. */
  readonly path: readonly (string | number)[];
  /** A machine-readable code, e.g. `invalid_type`, `too_big`, `custom`. */
  readonly code: string;
  /** What is wrong, in words a person can act on. Never contains the offending value. */
  readonly message: string;
}

/** Where a request went, as carried by the errors that come from a request. */
export interface RaffRequestInfo {
  /** The HTTP method, upper case. */
  readonly method: string;
  /** The path *template* from openapi.json, e.g. `/api/v1/api-keys/{id}`; never a filled-in URL. */
  readonly path: string;
  /** The `X-Project-ID` that was sent, if one was. */
  readonly projectId?: string | undefined;
  /** How many attempts were made, retries included. */
  readonly attempts: number;
  /**
   * The SDK method the user called, e.g. `'vms.create'` (`'apiKeys.create'` for every request
   * that method makes; `'api'` for `raff.api`).
   */
  readonly operation?: string | undefined;
  /** The permission the operation needs, from the operation table; `undefined` where none is documented. */
  readonly permission?: string | undefined;
}

/** Base class of every error thrown by `@raff/sdk`; `instanceof RaffError` catches them all. */
export class RaffError extends Error {
  /**
   * The class name, e.g. `'RaffNotFoundError'`: stable across releases and bundles, so it can be
   * compared where `instanceof` cannot (two copies of the SDK in one process).
   */
  override readonly name: string = 'RaffError';
}

/**
 * Thrown before any request when input is invalid: client options, method parameters, key format,
 * role references. Nothing was sent.
 *
 * @example
 * ```ts
 * try { new RaffClient({ apiKey: 'nope' }); }
 * catch (err) { if (err instanceof RaffValidationError) console.log(err.issues); }
 * ```
 */
export class RaffValidationError extends RaffError {
  override readonly name: string = 'RaffValidationError';
  /** Every problem found, in input order. */
  readonly issues: readonly RaffValidationIssue[];

  constructor(
    message: string,
    issues: readonly RaffValidationIssue[] = [],
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue })));
  }
}

/**
 * Base class of the errors that come from a request that was attempted: {@link RaffAPIError},
 * {@link RaffConnectionError} and {@link RaffTimeoutError}. It says where the request went.
 */
export class RaffRequestError extends RaffError {
  override readonly name: string = 'RaffRequestError';
  /**
   * The HTTP method. `undefined` only on a {@link RaffTimeoutError} that is not about one request
   * (a waiter's `timeout`, a composite method's `totalTimeout`).
   */
  readonly method: string | undefined;
  /** The path template, e.g. `/api/v1/api-keys/{id}`; `undefined` where `method` is. */
  readonly path: string | undefined;
  /** The `X-Project-ID` that was sent, if one was. */
  readonly projectId: string | undefined;
  /** How many attempts were made, retries included. */
  readonly attempts: number;
  /**
   * The SDK method the user called, e.g. `'vms.create'`: for a composite method such as
   * `apiKeys.create`, that method, whichever of its requests failed; `'api'` for `raff.api`.
   */
  readonly operation: string | undefined;

  constructor(message: string, init: RaffRequestErrorInit, options?: ErrorOptions) {
    super(message, options);
    this.method = init.method;
    this.path = init.path;
    this.projectId = init.projectId;
    this.attempts = init.attempts;
    this.operation = init.operation;
  }
}

/** What a {@link RaffRequestError} is built from: where the request went, if it was one request. */
export type RaffRequestErrorInit = Omit<RaffRequestInfo, 'method' | 'path'> & {
  /** The HTTP method, when the error is about one request. */
  readonly method?: string | undefined;
  /** The path template, when the error is about one request. */
  readonly path?: string | undefined;
};

/** Fields every {@link RaffAPIError} is built from. */
export interface RaffAPIErrorInit extends RaffRequestInfo {
  /** The HTTP status code. */
  readonly status: number;
  /** The response body: parsed JSON when it was JSON, otherwise the text (possibly empty). */
  readonly body: unknown;
  /** A request id from the response headers, when the server sent one. */
  readonly requestId?: string | undefined;
  /** The response headers (already free of anything secret). */
  readonly headers?: Readonly<Record<string, string>> | undefined;
}

/**
 * Thrown when the API answered with a non-2xx status. Subclasses name the common statuses;
 * `instanceof RaffAPIError` catches every HTTP failure.
 */
export class RaffAPIError extends RaffRequestError {
  override readonly name: string = 'RaffAPIError';
  /** The HTTP method. */
  declare readonly method: string;
  /** The path template, e.g. `/api/v1/api-keys/{id}`. */
  declare readonly path: string;
  /** The HTTP status code. */
  readonly status: number;
  /** The `error` field of the `{ error, message }` body, when present. */
  readonly error: string | undefined;
  /** The `message` field of the `{ error, message }` body, when present. */
  readonly serverMessage: string | undefined;
  /** The response body: parsed JSON when it was JSON, otherwise the text (possibly empty). */
  readonly body: unknown;
  /** A request id from the response headers (`X-Request-ID`), when the server sent one. */
  readonly requestId: string | undefined;
  /** The response headers. */
  readonly headers: Readonly<Record<string, string>>;

  constructor(message: string, init: RaffAPIErrorInit, options?: ErrorOptions) {
    super(message, init, options);
    const wire = wireFields(init.body);
    this.status = init.status;
    this.error = wire.error;
    this.serverMessage = wire.message;
    this.body = init.body;
    this.requestId = init.requestId;
    this.headers = Object.freeze({ ...(init.headers ?? {}) });
  }
}

/** Thrown on `400 Bad Request`, e.g. `X-Project-ID required` or a body the API rejects. */
export class RaffBadRequestError extends RaffAPIError {
  override readonly name: string = 'RaffBadRequestError';
}

/** Thrown on `401 Unauthorized`: the key is missing, malformed, unknown, expired, rotated or revoked. */
export class RaffAuthenticationError extends RaffAPIError {
  override readonly name: string = 'RaffAuthenticationError';
}

/** Thrown on `402 Payment Required`: the account balance does not cover the operation. */
export class RaffPaymentRequiredError extends RaffAPIError {
  override readonly name: string = 'RaffPaymentRequiredError';
}

/**
 * Thrown on `403 Forbidden`: the key's roles lack the permission, or the `X-Project-ID` names a
 * project the key cannot reach.
 */
export class RaffPermissionDeniedError extends RaffAPIError {
  override readonly name: string = 'RaffPermissionDeniedError';
  /**
   * The permission the SDK method needs, from the operation table (never parsed from the
   * server's text); `undefined` where Raff documents none. `requiredPermission(err.operation)`
   * says where it applies.
   */
  readonly permission: string | undefined;

  constructor(message: string, init: RaffAPIErrorInit, options?: ErrorOptions) {
    super(message, init, options);
    this.permission = init.permission;
  }
}

/** Why billing validation failed, as the API reports it in `reason`. */
export type RaffBillingReason = 'banned' | 'failed' | 'no_billing_customer' | (string & {});

/** Thrown on a `403` whose body carries a billing `reason`: the account is not in good standing. */
export class RaffBillingError extends RaffPermissionDeniedError {
  override readonly name: string = 'RaffBillingError';
  /** `banned`, `failed` or `no_billing_customer`. */
  readonly reason: RaffBillingReason;

  constructor(message: string, init: RaffAPIErrorInit, options?: ErrorOptions) {
    super(message, init, options);
    const reason = ownField(init.body, 'reason');
    this.reason = typeof reason === 'string' ? reason : 'unknown';
  }
}

/** Thrown on `404 Not Found`. */
export class RaffNotFoundError extends RaffAPIError {
  override readonly name: string = 'RaffNotFoundError';
}

/** Thrown on `409 Conflict`, e.g. a name that is already taken. */
export class RaffConflictError extends RaffAPIError {
  override readonly name: string = 'RaffConflictError';
}

/**
 * Thrown on `412 Precondition Failed`: the account is in a state that refuses the call for now.
 * Apps answer it while the account's spend cap (with `cap_action: 'pause'`) holds its
 * pay-as-you-go apps paused: creating, resuming, deploying, scaling up or running them is refused
 * until the month ends or the cap is raised or switched off (`apps.updateSpendSettings`).
 */
export class RaffPreconditionFailedError extends RaffAPIError {
  override readonly name: string = 'RaffPreconditionFailedError';
}

/** Thrown on `429 Too Many Requests` once retries are used up or the wait would be too long. */
export class RaffRateLimitError extends RaffAPIError {
  override readonly name: string = 'RaffRateLimitError';
  /** The wait the server asked for via `Retry-After`, in milliseconds, when it sent one. */
  readonly retryAfterMs: number | undefined;

  constructor(
    message: string,
    init: RaffAPIErrorInit & { readonly retryAfterMs?: number | undefined },
    options?: ErrorOptions,
  ) {
    super(message, init, options);
    this.retryAfterMs = init.retryAfterMs;
  }
}

/** Thrown on any `5xx` status. */
export class RaffInternalServerError extends RaffAPIError {
  override readonly name: string = 'RaffInternalServerError';
}

/** Thrown when no HTTP response arrived: DNS failure, refused or reset connection, TLS error. */
export class RaffConnectionError extends RaffRequestError {
  override readonly name: string = 'RaffConnectionError';
  /** The HTTP method. */
  declare readonly method: string;
  /** The path template, e.g. `/api/v1/api-keys/{id}`. */
  declare readonly path: string;
  /** The low-level error code, e.g. `ECONNREFUSED`, when there is one. */
  readonly code: string | undefined;

  constructor(
    message: string,
    init: RaffRequestInfo & { readonly code?: string | undefined },
    options?: ErrorOptions,
  ) {
    super(message, init, options);
    this.code = init.code;
  }
}

/**
 * Thrown when an attempt exceeded `timeout`, the whole call (or composite method) exceeded
 * `totalTimeout`, or a waiter (`vms.waitFor`, …) ran out of its `timeout` (`limit: 'wait'`).
 */
export class RaffTimeoutError extends RaffRequestError {
  override readonly name: string = 'RaffTimeoutError';
  /** Which limit ran out: the per-attempt `timeout`, the call's `totalTimeout`, or a waiter's. */
  readonly limit: 'timeout' | 'totalTimeout' | 'wait';
  /** The limit that ran out, in milliseconds. */
  readonly timeoutMs: number;
  /** What a waiter waited on, e.g. `VM 5f0c…` (`limit: 'wait'` only). */
  readonly resource: string | undefined;
  /** The resource as a waiter last read it, secrets scrubbed (`limit: 'wait'` only). */
  readonly last: unknown;

  constructor(
    message: string,
    init: RaffRequestErrorInit & {
      readonly limit: 'timeout' | 'totalTimeout' | 'wait';
      readonly timeoutMs: number;
      readonly resource?: string | undefined;
      readonly last?: unknown;
    },
    options?: ErrorOptions,
  ) {
    super(message, init, options);
    this.limit = init.limit;
    this.timeoutMs = init.timeoutMs;
    this.resource = init.resource;
    this.last = init.last;
  }
}

/**
 * Thrown when a response body is larger than the client's `maxResponseBytes`: the body was not
 * read past the cap (an endless or huge answer cannot grow the process). Not retried.
 */
export class RaffResponseTooLargeError extends RaffRequestError {
  override readonly name: string = 'RaffResponseTooLargeError';
  /** The HTTP method. */
  declare readonly method: string;
  /** The path template, e.g. `/api/v1/api-keys/{id}`. */
  declare readonly path: string;
  /** The HTTP status of the oversized answer. */
  readonly status: number;
  /** The cap that was exceeded, in bytes. */
  readonly maxBytes: number;

  constructor(
    message: string,
    init: RaffRequestInfo & { readonly status: number; readonly maxBytes: number },
    options?: ErrorOptions,
  ) {
    super(message, init, options);
    this.status = init.status;
    this.maxBytes = init.maxBytes;
  }
}

/**
 * Thrown by a waiter (`vms.waitFor`, `backups.waitFor`, …) when the resource reached a terminal
 * failure status (`failure`, `failed`) instead of the one waited for. `resource` is its last state.
 */
export class RaffWaitFailedError extends RaffError {
  override readonly name: string = 'RaffWaitFailedError';
  /** The status the resource ended in, e.g. `failed`. */
  readonly status: string;
  /** The resource as last read. */
  readonly resource: unknown;

  constructor(
    message: string,
    init: { status: string; resource: unknown },
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.status = init.status;
    this.resource = init.resource;
  }
}

/**
 * Why a list walk was stopped:
 * - `no_progress`: a page held only items of the page before it (the server ignored `offset`);
 * - `past_total`: far more pages came than the `total` of the first page allows;
 * - `max_pages`: the walk reached its `maxPages` (1,000 pages unless `listAll` was given one).
 */
export type RaffPaginationStop = 'no_progress' | 'past_total' | 'max_pages';

/** Fields of a {@link RaffPaginationError}. */
export interface RaffPaginationErrorInit {
  /** Why the walk was stopped. */
  readonly reason: RaffPaginationStop;
  /** Pages requested before the walk was stopped. */
  readonly pages: number;
  /** Items handed out before the walk was stopped. */
  readonly items: number;
  /** The page cap the walk ran with. */
  readonly maxPages: number;
}

/**
 * Thrown by a list walk (`listAll()`, and the methods that collect one: `apiKeys.listExpiring`,
 * role lookups in `apiKeys.create` and `projects.members.add/update`) that the SDK stopped
 * because it would not end by itself: the server repeated a page, kept sending pages far past
 * the `total` it reported, or the walk reached `maxPages`. Items already handed out stay valid;
 * `reason` says which of the three it was. Not an HTTP failure: every page was a 2xx.
 *
 * @example
 * ```ts
 * try {
 *   for await (const vm of raff.vms.listAll()) console.log(vm.name);
 * } catch (err) {
 *   if (err instanceof RaffError && err.name === 'RaffPaginationError') console.error(err.message);
 * }
 * ```
 */
export class RaffPaginationError extends RaffError {
  override readonly name: string = 'RaffPaginationError';
  /** Which limit stopped the walk. */
  readonly reason: RaffPaginationStop;
  /** Pages requested before the walk was stopped. */
  readonly pages: number;
  /** Items handed out before the walk was stopped. */
  readonly items: number;
  /** The page cap the walk ran with. */
  readonly maxPages: number;

  constructor(message: string, init: RaffPaginationErrorInit, options?: ErrorOptions) {
    super(message, options);
    this.reason = init.reason;
    this.pages = init.pages;
    this.items = init.items;
    this.maxPages = init.maxPages;
  }
}

function wireFields(body: unknown): { error: string | undefined; message: string | undefined } {
  const error = ownField(body, 'error');
  const message = ownField(body, 'message');
  return {
    error: typeof error === 'string' ? error : undefined,
    message: typeof message === 'string' ? message : undefined,
  };
}

/** Fields of a {@link RaffApiKeyGrantError}. */
export interface RaffApiKeyGrantErrorInit {
  /** The id of the key that was created. */
  readonly apiKeyId: string;
  /** The project whose grant failed. */
  readonly projectId: string;
  /** Projects granted before the failure. */
  readonly grantedProjects: readonly string[];
  /** Whether the key was revoked again. */
  readonly rolledBack: boolean;
  /** The key's secret, kept only when the rollback failed (so the key is not lost). */
  readonly secret?: string | undefined;
  /** Why the rollback failed, when it did. */
  readonly rollbackError?: unknown;
}

/**
 * Thrown by `apiKeys.create()` when the key was created but granting it a project failed.
 * Normally the key was revoked again (`rolledBack: true`) and nothing is left behind. If even the
 * revoke failed, the key still exists: its id is on the error and its secret is available through
 * {@link RaffApiKeyGrantError.revealSecret} — never in the message, `String()`, JSON or inspect
 * output.
 */
export class RaffApiKeyGrantError extends RaffError {
  override readonly name: string = 'RaffApiKeyGrantError';
  /** The id of the key that was created. */
  readonly apiKeyId: string;
  /** The project whose grant failed. */
  readonly projectId: string;
  /** Projects granted before the failure. */
  readonly grantedProjects: readonly string[];
  /** Whether the key was revoked again. */
  readonly rolledBack: boolean;
  /** Why the rollback failed, when it did. */
  readonly rollbackError: unknown;
  readonly #secret: string | undefined;

  constructor(message: string, init: RaffApiKeyGrantErrorInit, options?: ErrorOptions) {
    super(message, options);
    this.apiKeyId = init.apiKeyId;
    this.projectId = init.projectId;
    this.grantedProjects = Object.freeze([...init.grantedProjects]);
    this.rolledBack = init.rolledBack;
    this.rollbackError = init.rollbackError;
    this.#secret = init.rolledBack ? undefined : init.secret;
  }

  /**
   * The secret of the key that could not be rolled back; `undefined` when it was. Store it or
   * revoke the key (`apiKeys.delete(err.apiKeyId)`).
   */
  revealSecret(): string | undefined {
    return this.#secret;
  }
}

/** A field of a server body, read as its own property only: `__proto__` stays data. */
function ownField(body: unknown, name: string): unknown {
  if (body === null || typeof body !== 'object' || !Object.hasOwn(body, name)) return undefined;
  return (body as Record<string, unknown>)[name];
}
