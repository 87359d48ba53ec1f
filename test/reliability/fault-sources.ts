// Where the fault matrix's faults come from: the proxy's ways of mangling an answer the emulator
// really gave, and the emulator's own fault injection.
import type { FaultSpec } from '../../src/testing/index.js';
import { type ProxyExchange, trickle } from '../support/sockets.js';

/** How a fault is produced. */
export type FaultSource =
  /** Nothing listens on the port: the connection is refused. */
  | { readonly kind: 'refused' }
  /** The emulator's own fault injection, on the row's method and `/api/v1/backups`. */
  | { readonly kind: 'emulator'; readonly spec: () => Omit<FaultSpec, 'method' | 'path'> }
  /**
   * A proxy in front of the emulator: the emulator handles the request (a POST creates the
   * backup), then `mangle` decides what reaches the client; `true` = handled, else pass through.
   */
  | { readonly kind: 'proxy'; readonly mangle: (exchange: ProxyExchange) => boolean }
  /** The client's `fetch` option: the real fetch, wrapped by `wrap` (a misbehaving middleware). */
  | {
      readonly kind: 'fetch';
      readonly wrap: (fetch: typeof globalThis.fetch) => typeof globalThis.fetch;
    };

export const refused: FaultSource = { kind: 'refused' };

/** A fault the emulator injects before its handler runs. */
export const emulator = (spec: Omit<FaultSpec, 'method' | 'path'>): FaultSource => ({
  kind: 'emulator',
  spec: () => spec,
});

/** A fault computed when the row runs (e.g. a date relative to now). */
export const emulatorAtRunTime = (spec: () => Omit<FaultSpec, 'method' | 'path'>): FaultSource => ({
  kind: 'emulator',
  spec,
});

const proxy = (mangle: (exchange: ProxyExchange) => boolean): FaultSource => ({
  kind: 'proxy',
  mangle,
});

/** Writes the status line and part of the headers, then resets the connection. */
export const resetMidHeaders = proxy(({ socket, head }) => {
  socket.write(head().slice(0, 24));
  socket.destroy();
  return true;
});

/** Writes the headers and the first bytes of the body, then resets the connection. */
export const resetMidBody = proxy(({ socket, upstream, head }) => {
  socket.write(head());
  socket.write(upstream.body.subarray(0, 12));
  socket.destroy();
  return true;
});

/** Writes the headers and the first bytes of the body, then goes silent (socket kept open). */
export const stallBody = proxy(({ socket, upstream, head }) => {
  socket.write(head());
  socket.write(upstream.body.subarray(0, 12));
  return true;
});

/** Sends the whole body, but in 6 pieces spread over `overMs`. */
export const trickleBody = (overMs: number) =>
  proxy(({ socket, upstream, head }) => {
    socket.write(head());
    trickle(socket, upstream.body, 6, overMs);
    return true;
  });

/** Sends the first half of the JSON body as if it were all of it (content-length matches). */
export const truncateJson = proxy(({ socket, upstream, head }) => {
  const cut = upstream.body.subarray(0, Math.floor(upstream.body.length / 2));
  socket.end(Buffer.concat([Buffer.from(head({ contentLength: cut.length })), cut]));
  return true;
});

export const HTML_502 =
  '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>';

/** Sends headers without a length, then chunk after chunk of JSON-looking text, for ever. */
export const endlessBody = proxy(({ socket, head }) => {
  socket.write(head({ chunked: true }));
  const chunk = Buffer.from(`4000\r\n${'x'.repeat(0x4000)}\r\n`);
  const pump = () => {
    while (!socket.destroyed && socket.write(chunk)) {
      // keep the pipe full
    }
    if (!socket.destroyed) socket.once('drain', pump);
  };
  socket.on('error', () => undefined);
  pump();
  return true;
});

/** Declares a 500 MiB body and sends a few bytes of it. */
export const hugeContentLength = proxy(({ socket, head }) => {
  socket.on('error', () => undefined);
  socket.write(head({ contentLength: 500 * 1024 * 1024 }));
  socket.write('{"success":true,"data":[');
  return true;
});

/**
 * A cache in front of the API that ignores the query string: every page of a walk comes back as
 * the first one (the proxy's numbering starts at 1 for each row, so the first answer is this run's).
 */
export const cacheIgnoringQuery = (() => {
  let first: { head: string; body: Buffer } | undefined;
  return proxy(({ socket, upstream, head, request }) => {
    if (request === 1) {
      first = { head: head({ contentLength: upstream.body.length }), body: upstream.body };
      return false;
    }
    if (first === undefined) return false;
    socket.end(Buffer.concat([Buffer.from(first.head), first.body]));
    return true;
  });
})();

/** Every page the same full page of one backup, with a total of 1e15: `offset` ignored. */
export const SAME_PAGE = {
  success: true,
  data: [{ id: 'b-same', vm_id: 'vm-same', name: 'same page', status: 'completed' }],
  total: 1e15,
};

/**
 * A fetch wrapper that adds `Transfer-Encoding: chunked` to every request (as a middleware that
 * sets hop-by-hop headers might): Node's fetch refuses to send it (`UND_ERR_INVALID_ARG`).
 */
export const addsTransferEncoding: FaultSource = {
  kind: 'fetch',
  wrap: (fetch) => (input, init) => {
    const request = new Request(input, init);
    request.headers.set('transfer-encoding', 'chunked');
    return fetch(request);
  },
};
