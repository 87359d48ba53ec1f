import { type RaffRequestInfo, RaffResponseTooLargeError } from '../shared/errors.js';
import { untilAborted } from './abort.js';
import { formatBytes } from './failures.js';

/**
 * What a body read names in its error: the call it belongs to. Asked only when the read fails, so
 * the common path builds nothing for it.
 */
export interface RequestInfoSource {
  requestInfo(): RaffRequestInfo;
}

/**
 * Reads a response body as text, within the attempt (`signal`, when given, ends a stalled read) and within
 * `maxBytes`: a larger body fails at once with {@link RaffResponseTooLargeError} instead of
 * growing the process. An uncompressed body with a `Content-Length` within the cap is read in one
 * go (the common case, and the fastest); anything else is counted as it streams, so a compressed
 * body is capped by its decompressed size.
 */
export function readBody(
  response: Response,
  signal: AbortSignal | undefined,
  maxBytes: number,
  call: RequestInfoSource,
): Promise<string> {
  if (response.body === null) return Promise.resolve('');
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  const encoded = response.headers.has('content-encoding');
  if (declared > maxBytes && !encoded) {
    response.body.cancel().catch(() => undefined);
    return Promise.reject(tooLarge(call.requestInfo(), response.status, maxBytes, declared));
  }
  // Not an async function: the common case hands back `text()`'s own promise, with no wrapper.
  if (declared <= maxBytes && !encoded) {
    return signal ? untilAborted(response.text(), signal) : response.text();
  }
  return readCounted(response.body, signal, maxBytes, () =>
    tooLarge(call.requestInfo(), response.status, maxBytes, undefined),
  );
}

/** A body of unknown or compressed size, counted as it streams and cut off past `maxBytes`. */
async function readCounted(
  body: ReadableStream<Uint8Array>,
  signal: AbortSignal | undefined,
  maxBytes: number,
  tooLargeError: () => RaffResponseTooLargeError,
): Promise<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await (signal ? untilAborted(reader.read(), signal) : reader.read());
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > maxBytes) {
      reader.cancel().catch(() => undefined);
      throw tooLargeError();
    }
    text += decoder.decode(value, { stream: true });
  }
}

function tooLarge(
  info: RaffRequestInfo,
  status: number,
  maxBytes: number,
  declared: number | undefined,
): RaffResponseTooLargeError {
  const size = declared === undefined ? 'more' : formatBytes(declared);
  return new RaffResponseTooLargeError(
    `${status} ${info.method} ${info.path}: the response body (${size}) is larger than ` +
      `maxResponseBytes (${formatBytes(maxBytes)}); it was not read`,
    { ...info, status, maxBytes },
  );
}
