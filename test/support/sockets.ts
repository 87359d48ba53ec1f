import { once } from 'node:events';
import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';

/** A loopback port with nothing listening on it (connections are refused). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/**
 * A raw TCP server for faults an HTTP server cannot express: `handle` gets each socket and the
 * bytes of the first request. Counts connections so tests can assert attempt counts.
 */
export async function rawServer(
  handle: (socket: Socket, request: string) => void,
): Promise<{ url: string; connections: () => number; close: () => Promise<void> }> {
  let connections = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let buffered = '';
    socket.on('data', (chunk) => {
      buffered += chunk.toString('latin1');
      if (buffered.includes('\r\n\r\n')) {
        handle(socket, buffered);
        buffered = '';
      }
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    connections: () => connections,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      server.close();
      await once(server, 'close');
    },
  };
}

/** An upstream answer as the {@link faultProxy} received it, ready to be replayed or mangled. */
export interface UpstreamResponse {
  readonly status: number;
  readonly statusText: string;
  /** Header lines without hop-by-hop headers, `content-length` included. */
  readonly headers: readonly (readonly [string, string])[];
  readonly body: Buffer;
}

/** What a {@link faultProxy} fault gets: the client's socket and the real answer to mangle. */
export interface ProxyExchange {
  /** The client's socket: write raw bytes to it, end it, destroy it, or leave it hanging. */
  readonly socket: Socket;
  /** What the upstream server answered (it handled the request: writes happened). */
  readonly upstream: UpstreamResponse;
  /** 1 for the first request through the proxy, 2 for the next, … */
  readonly request: number;
  /** The status line and headers of `upstream` as raw bytes, ending with the blank line. */
  head(overrides?: { readonly contentLength?: number; readonly chunked?: boolean }): string;
}

/**
 * A proxy in front of a real server (the emulator) for faults that happen on the wire after the
 * server has acted: the request is forwarded and answered upstream, then `fault` decides what the
 * client sees — a reset mid-headers or mid-body, a stalled or trickling body. Returning `false`
 * (or nothing) from `fault` passes the answer through unchanged; `true` means the fault handled
 * the socket. Counts the requests that went through, so tests can assert attempt counts.
 */
export async function faultProxy(
  target: string,
  fault: (exchange: ProxyExchange) => boolean | undefined,
): Promise<{ url: string; requests: () => number; close: () => Promise<void> }> {
  let requests = 0;
  const sockets = new Set<Socket>();
  const server = createHttpServer((req, res) => {
    const number = ++requests;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const headers = { ...req.headers };
      for (const name of HOP_BY_HOP) delete headers[name];
      const upstreamRequest = httpRequest(
        new URL(req.url ?? '/', target),
        { method: req.method, headers },
        (upstream) => {
          const body: Buffer[] = [];
          upstream.on('data', (chunk: Buffer) => body.push(chunk));
          upstream.on('end', () => {
            const answer: UpstreamResponse = {
              status: upstream.statusCode ?? 502,
              statusText: upstream.statusMessage ?? '',
              headers: pairs(upstream.rawHeaders).filter(
                ([name]) => !HOP_BY_HOP.has(name.toLowerCase()),
              ),
              body: Buffer.concat(body),
            };
            const exchange: ProxyExchange = {
              socket: req.socket,
              upstream: answer,
              request: number,
              head: (overrides) =>
                headLines(answer, overrides?.contentLength, overrides?.chunked === true),
            };
            if (fault(exchange) === true) return;
            res.writeHead(answer.status, answer.statusText, answer.headers.flat());
            res.end(answer.body);
          });
        },
      );
      upstreamRequest.on('error', () => req.socket.destroy());
      upstreamRequest.end(Buffer.concat(chunks));
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => requests,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      server.close();
      await once(server, 'close');
    },
  };
}

/**
 * Writes `body` to `socket` in `pieces` chunks spread evenly over `overMs`, then ends the socket
 * (unless it was destroyed meanwhile). The headers must already have been written.
 */
export function trickle(socket: Socket, body: Buffer, pieces: number, overMs: number): void {
  const size = Math.ceil(body.length / pieces);
  let sent = 0;
  const step = () => {
    if (socket.destroyed) return;
    socket.write(body.subarray(sent, sent + size));
    sent += size;
    if (sent >= body.length) socket.end();
    else setTimeout(step, overMs / pieces).unref();
  };
  step();
}

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'proxy-connection',
  'te',
  'trailer',
]);

function pairs(raw: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) out.push([raw[i] ?? '', raw[i + 1] ?? '']);
  return out;
}

function headLines(answer: UpstreamResponse, contentLength?: number, chunked = false): string {
  const lines = [`HTTP/1.1 ${answer.status} ${answer.statusText}`];
  for (const [name, value] of answer.headers) {
    const lower = name.toLowerCase();
    if (lower === 'content-length' && (contentLength !== undefined || chunked)) continue;
    lines.push(`${name}: ${value}`);
  }
  if (contentLength !== undefined) lines.push(`content-length: ${contentLength}`);
  if (chunked) lines.push('transfer-encoding: chunked');
  lines.push('connection: close');
  return `${lines.join('\r\n')}\r\n\r\n`;
}
