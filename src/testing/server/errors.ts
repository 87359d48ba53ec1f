import { STATUS_CODES } from 'node:http';

/**
 * An error answer in Raff's shape, `{ error, message }` plus any extra fields (e.g. `reason`).
 *
 * @internal
 */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  readonly status: number;
  readonly extra: Readonly<Record<string, unknown>>;

  constructor(status: number, message: string, extra: Readonly<Record<string, unknown>> = {}) {
    super(message);
    this.status = status;
    this.extra = extra;
  }

  /** The JSON body Raff sends for this error. */
  toBody(): Record<string, unknown> {
    return { error: STATUS_CODES[this.status] ?? 'Error', message: this.message, ...this.extra };
  }
}

/**
 * 400 Bad Request.
 *
 * @internal
 */
export const badRequest = (message: string): HttpError => new HttpError(400, message);

/**
 * 401 Unauthorized.
 *
 * @internal
 */
export const unauthorized = (message: string): HttpError => new HttpError(401, message);

/**
 * 403 Forbidden.
 *
 * @internal
 */
export const forbidden = (message: string, extra?: Record<string, unknown>): HttpError =>
  new HttpError(403, message, extra);

/**
 * 404 Not Found.
 *
 * @internal
 */
export const notFound = (message: string): HttpError => new HttpError(404, message);

/**
 * 409 Conflict.
 *
 * @internal
 */
export const conflict = (message: string): HttpError => new HttpError(409, message);
