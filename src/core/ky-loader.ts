import type { HTTPError, TimeoutError } from 'ky';

type Ky = typeof import('ky');
let kyModule: Promise<Ky> | undefined;
let kyDefault: Ky['default'] | undefined;
let HTTPErrorClass: Ky['HTTPError'] | undefined;
let TimeoutErrorClass: Ky['TimeoutError'] | undefined;

/**
 * Loads ky on first use and remembers its HTTPError class.
 *
 * ky probes for request streams when it loads, which pulls in Node's whole fetch implementation:
 * that cost belongs to the first request, not to every cold import of @raff/sdk.
 */
export async function loadKy(): Promise<Ky['default']> {
  if (kyDefault !== undefined) return kyDefault;
  kyModule ??= import('ky');
  const loaded = await kyModule;
  kyDefault = loaded.default;
  HTTPErrorClass = loaded.HTTPError;
  TimeoutErrorClass = loaded.TimeoutError;
  return loaded.default;
}

/** Whether `error` is ky's HTTPError (false until ky has loaded, when there can be none). */
export function isHTTPError(error: unknown): error is HTTPError {
  return HTTPErrorClass !== undefined && error instanceof HTTPErrorClass;
}

/** Whether `error` is ky's TimeoutError: an attempt ran out of its `timeout`. */
export function isKyTimeoutError(error: unknown): error is TimeoutError {
  return TimeoutErrorClass !== undefined && error instanceof TimeoutErrorClass;
}

/** ky once it has loaded, so that every request after the first skips an await. */
export function loadedKy(): Ky['default'] | undefined {
  return kyDefault;
}
