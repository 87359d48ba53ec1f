import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The request target as a URL, or `undefined` when it cannot be parsed (e.g. `http://[/x`, which
 * Node's HTTP parser lets through): such a request gets a 400, not an emulator error.
 *
 * @internal
 */
export function parseRequestTarget(target: string | undefined): URL | undefined {
  try {
    return new URL(target ?? '/', 'http://emulator.invalid');
  } catch {
    return undefined;
  }
}

/**
 * The answer to a request whose target is not a URL, in Raff's error shape.
 *
 * @internal
 */
export function badRequestTarget(requestId: string): OutgoingResponse {
  return {
    status: 400,
    headers: { 'X-Request-ID': requestId },
    body: { error: 'Bad Request', message: 'The request target is not a valid URL' },
  };
}

/** Names that reach this machine only from this machine: a DNS name cannot be rebound to them. */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/**
 * The names a `Host` header may carry for the emulator to answer: the loopback names, the host it
 * listens on (unless that is a wildcard address) and `allowedHosts`, all in lower case.
 *
 * @internal
 */
export function allowedHostNames(
  listenHost: string,
  allowedHosts: readonly string[] = [],
): ReadonlySet<string> {
  const names = new Set(LOOPBACK_NAMES);
  for (const name of [listenHost, ...allowedHosts]) {
    const lower = name.toLowerCase();
    names.add(lower.includes(':') && !lower.startsWith('[') ? `[${lower}]` : lower);
  }
  return names;
}

/**
 * Whether a request's `Host` header (with or without a port) names this emulator. A page that
 * rebinds its own DNS name to 127.0.0.1 reaches the emulator with that name as `Host`: such a
 * request, and one without a `Host`, is not answered (see {@link misdirected}).
 *
 * @internal
 */
export function isAllowedHost(host: string | undefined, allowed: ReadonlySet<string>): boolean {
  if (host === undefined) return false;
  const lower = host.toLowerCase();
  // `[::1]:4010` keeps its brackets; `localhost:4010` loses its port.
  const name = lower.startsWith('[')
    ? lower.slice(0, lower.indexOf(']') + 1)
    : lower.replace(/:\d*$/, '');
  return allowed.has(name);
}

/**
 * The answer to a request addressed to another host, in Raff's error shape.
 *
 * @internal
 */
export function misdirected(requestId: string): OutgoingResponse {
  return {
    status: 421,
    headers: { 'X-Request-ID': requestId },
    body: {
      error: 'Misdirected Request',
      message:
        'The Host header does not name this emulator: use localhost, 127.0.0.1 or [::1], the ' +
        'host it listens on, or a name given in allowedHosts (--allow-host)',
    },
  };
}

/**
 * Bodies larger than this are refused (413) rather than buffered.
 *
 * @internal
 */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The raw request body, or `undefined` when it was larger than {@link MAX_BODY_BYTES}.
 *
 * @internal
 */
export async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    // A request stream without setEncoding yields Buffers.
    const buffer: Buffer = chunk;
    size += buffer.length;
    // Keep draining so the connection stays usable, but stop keeping the bytes.
    if (size <= MAX_BODY_BYTES) chunks.push(buffer);
  }
  return size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8');
}

/**
 * A response about to be written.
 *
 * @internal
 */
export interface OutgoingResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  /** A JSON value, or a string sent as-is. */
  readonly body: unknown;
}

/**
 * Writes a response: strings as-is, anything else as JSON. Header names are lower-cased.
 *
 * @internal
 */
export function writeResponse(
  res: ServerResponse,
  response: OutgoingResponse,
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers)) headers[name.toLowerCase()] = value;
  let payload = '';
  if (typeof response.body === 'string') {
    payload = response.body;
    headers['content-type'] ??= /^\s*</.test(payload)
      ? 'text/html; charset=utf-8'
      : 'text/plain; charset=utf-8';
  } else if (response.body !== undefined) {
    payload = JSON.stringify(response.body);
    headers['content-type'] ??= 'application/json; charset=utf-8';
  }
  headers['content-length'] = String(Buffer.byteLength(payload));
  res.writeHead(response.status, headers);
  res.end(payload);
  return headers;
}

/**
 * Parses a JSON request body; an empty body is `undefined`.
 *
 * @internal
 */
export function parseJson(raw: string | undefined): { ok: true; value: unknown } | { ok: false } {
  if (raw === undefined || raw.trim() === '') return { ok: true, value: undefined };
  try {
    const value: unknown = JSON.parse(raw);
    return { ok: true, value };
  } catch {
    return { ok: false };
  }
}
