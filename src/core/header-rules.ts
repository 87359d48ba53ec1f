import * as z from 'zod/mini';
import { lazy } from '../internal/validate.js';
import { RaffValidationError } from '../shared/errors.js';

// Header values go on the wire as-is: CR/LF would split the request, non-ASCII is rejected by fetch.
const HEADER_VALUE = /^[\t\x20-\x7e]*$/;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

// Headers the client sets itself, by lower-case name, and the option that sets them instead.
const SET_BY_THE_CLIENT: Readonly<Record<string, string>> = {
  'x-api-key': 'apiKey',
  'x-project-id': 'projectId',
  'idempotency-key': 'idempotencyKey',
  'user-agent': 'userAgent',
  'content-type': '',
  accept: '',
};

// The Fetch standard's forbidden request-header names, all of them
// (https://fetch.spec.whatwg.org/#forbidden-request-header), grouped by why they are refused;
// `proxy-*` and `sec-*` below. Node's fetch refuses some only when sending, as a network error
// (`Transfer-Encoding`, `Upgrade`, `Keep-Alive`, `Expect`), and sends others that break the
// exchange (`Content-Length`, `Host`). Method overrides are added: the retry policy judges a
// request by its method, so a POST sent as a GET with an override would be retried.
const FORBIDDEN_GROUPS: readonly (readonly [string, string])[] = [
  ['frames the message (fetch does)', 'content-length transfer-encoding trailer te expect'],
  ['is about the connection (fetch manages it)', 'connection keep-alive upgrade'],
  ['comes from baseUrl', 'host'],
  ['overrides the method', 'x-http-method x-http-method-override x-method-override'],
  [
    'is forbidden by the Fetch standard',
    'accept-charset accept-encoding access-control-request-headers access-control-request-method ' +
      'cookie cookie2 set-cookie date dnt origin referer via',
  ],
];

let forbidden: Map<string, string> | undefined;

/** Why a lower-case name is forbidden, built on first use (most clients set no headers). */
function forbiddenBecause(name: string): string | undefined {
  forbidden ??= new Map(
    FORBIDDEN_GROUPS.flatMap(([why, names]) => names.split(' ').map((n) => [n, why] as const)),
  );
  if (name.startsWith('proxy-')) return 'is for a proxy: pass a fetch with a proxy dispatcher';
  if (name.startsWith('sec-')) return 'is forbidden by the Fetch standard';
  return forbidden.get(name);
}

function setByTheClient(option: string): string {
  return `is set by the client itself${option ? `: use the ${option} option` : ''}`;
}

/**
 * Why a custom header `name` cannot be sent, or `undefined` when it can. Refused, in any letter
 * case and with `_` for `-` (some servers read `X_API_KEY` as `X-API-Key`): the headers the
 * client sets itself (`X-API-Key`, `X-Project-ID`, `Idempotency-Key`, `User-Agent`,
 * `Content-Type`, `Accept`), the Fetch standard's forbidden request headers (framing, connection
 * and hop-by-hop headers among them, `Proxy-*`, `Sec-*`) and method overrides. `XApiKey`,
 * `X-APIKey` and the like are refused with a did-you-mean.
 */
export function headerNameProblem(name: string): string | undefined {
  const key = name.toLowerCase().replaceAll('_', '-');
  const option = SET_BY_THE_CLIENT[key];
  if (option !== undefined) return setByTheClient(option);
  const why = forbiddenBecause(key);
  if (why !== undefined) return `cannot be set: it ${why}`;
  const bare = key.replaceAll('-', '');
  for (const reserved of Object.keys(SET_BY_THE_CLIENT)) {
    const target = reserved.replaceAll('-', '');
    if (bare === target) {
      return `did you mean ${reserved}? It ${setByTheClient(SET_BY_THE_CLIENT[reserved] ?? '')}`;
    }
  }
  return undefined;
}

/**
 * Custom headers, as the client's `headers` option and the per-call `headers` option take them:
 * names that are tokens and not refused by {@link headerNameProblem}, values of printable ASCII.
 */
export const headersSchema = lazy(() =>
  z.record(
    z.string().check(
      z.refine((name) => HEADER_NAME.test(name), { error: 'is not a valid header name' }),
      z.refine((name) => headerNameProblem(name) === undefined, {
        error: (issue) => headerNameProblem(String(issue.input)),
      }),
    ),
    z.string().check(
      z.refine((value) => HEADER_VALUE.test(value), {
        error: 'header values must be printable ASCII without CR or LF',
      }),
    ),
  ),
);

/**
 * Refuses a header named `__proto__` in `headers` (zod skips such a key, and fetch would drop
 * the header silently); `what` is the input's name in the message (`client options`, …).
 *
 * @throws {RaffValidationError} when there is one.
 */
export function refuseProtoHeader(headers: unknown, what: string): void {
  if (headers === null || typeof headers !== 'object') return;
  if (Object.keys(headers).some((name) => name.toLowerCase() === '__proto__')) {
    throw new RaffValidationError(
      `Invalid ${what}: headers.__proto__: cannot be sent: fetch drops a header named __proto__`,
      [{ path: ['headers', '__proto__'], code: 'custom', message: 'fetch drops this header' }],
    );
  }
}

/**
 * `base` with `over` laid on it, names compared without regard to case: a per-call header
 * replaces the client's header of the same name instead of joining it on the wire.
 */
export function mergeHeaders(
  base: Readonly<Record<string, string>>,
  over: Readonly<Record<string, string>> | undefined,
): Record<string, string> {
  const merged: Record<string, string> = { ...base };
  if (over === undefined) return merged;
  for (const [name, value] of Object.entries(over)) {
    const lower = name.toLowerCase();
    for (const existing of Object.keys(merged)) {
      if (existing.toLowerCase() === lower) delete merged[existing];
    }
    merged[name] = value;
  }
  return merged;
}
