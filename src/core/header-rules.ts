import * as z from 'zod/mini';
import { lazy } from '../internal/validate.js';
import { RaffValidationError } from '../shared/errors.js';

// Header values go on the wire as-is: CR/LF would split the request, non-ASCII is rejected by fetch.
const HEADER_VALUE = /^[\t\x20-\x7e]*$/;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Headers the client sets itself, by lower-case name: what to use instead. `typos`: a name one
 * edit away is refused too (it was meant as this one, and would otherwise go out unnoticed).
 */
const SET_BY_THE_CLIENT: Readonly<
  Record<string, { readonly name: string; readonly use: string; readonly typos?: true }>
> = {
  'x-api-key': {
    name: 'X-API-Key',
    use: 'the client sends its key itself: use apiKey',
    typos: true,
  },
  'x-project-id': {
    name: 'X-Project-ID',
    use: 'the client sends it itself: use projectId (on the client or on the call)',
    typos: true,
  },
  'idempotency-key': {
    name: 'Idempotency-Key',
    use: 'the client sets it: use idempotencyKey',
    typos: true,
  },
  'user-agent': {
    name: 'User-Agent',
    use: 'the client identifies itself: put your product token in the userAgent option',
  },
  'content-type': {
    name: 'Content-Type',
    use: 'the client sets it (application/json) on every request with a body',
  },
  accept: { name: 'Accept', use: 'the client sets it (application/json)' },
};

const FRAMING =
  'frames the message, which fetch does from the body (a wrong one splits or stalls it)';
const CONNECTION = 'is about the connection, which fetch manages';

/**
 * The Fetch standard's forbidden request-header names (https://fetch.spec.whatwg.org/#forbidden-request-header),
 * all of them, with why each is refused here; the `Proxy-` and `Sec-` prefixes are below. Node's
 * fetch refuses some (`Transfer-Encoding`, `Upgrade`, `Keep-Alive`, `Expect`) only when the
 * request is sent, as a network error, and sends others that break the exchange
 * (`Content-Length`, `Host`).
 */
const FORBIDDEN: Readonly<Record<string, string>> = {
  'content-length': FRAMING,
  'transfer-encoding': FRAMING,
  trailer: FRAMING,
  te: FRAMING,
  expect: FRAMING,
  connection: CONNECTION,
  'keep-alive': CONNECTION,
  upgrade: CONNECTION,
  host: 'comes from baseUrl',
  'accept-encoding': 'is negotiated by fetch, which decodes the body itself',
  'accept-charset': 'is one the Fetch standard forbids a caller to set',
  'access-control-request-headers': 'is one the Fetch standard forbids a caller to set',
  'access-control-request-method': 'is one the Fetch standard forbids a caller to set',
  cookie: 'is one the Fetch standard forbids a caller to set',
  cookie2: 'is one the Fetch standard forbids a caller to set',
  'set-cookie': 'is one the Fetch standard forbids a caller to set',
  date: 'is one the Fetch standard forbids a caller to set',
  dnt: 'is one the Fetch standard forbids a caller to set',
  origin: 'is one the Fetch standard forbids a caller to set',
  referer: 'is one the Fetch standard forbids a caller to set',
  via: 'is one the Fetch standard forbids a caller to set',
  // Forbidden by the standard for some methods; refused for all here, because the retry policy
  // judges a request by its method: a POST sent as a GET with an override would be retried.
  'x-http-method': 'would make the server act on another method than the one sent',
  'x-http-method-override': 'would make the server act on another method than the one sent',
  'x-method-override': 'would make the server act on another method than the one sent',
};

const PREFIXES: readonly (readonly [string, string])[] = [
  ['proxy-', 'is for a proxy: pass a fetch with a proxy dispatcher instead (see docs/proxies.md)'],
  ['sec-', 'is one the Fetch standard forbids a caller to set'],
];

/** Lower case, with `_` as `-`: some servers and proxies read `X_API_KEY` as `X-API-Key`. */
function canonical(name: string): string {
  return name.toLowerCase().replaceAll('_', '-');
}

/** Whether `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    const swapped = a[i] === b[i + 1] && a[i + 1] === b[i];
    return a.slice(i + 1) === b.slice(i + 1) || (swapped && a.slice(i + 2) === b.slice(i + 2));
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Why a custom header `name` cannot be sent, or `undefined` when it can. Refused, in any letter
 * case and with `_` for `-`: the headers the client sets itself (`X-API-Key`, `X-Project-ID`,
 * `Idempotency-Key`, `User-Agent`, `Content-Type`, `Accept`), the Fetch standard's forbidden
 * request headers (framing, connection and hop-by-hop headers among them, `Proxy-*`, `Sec-*`)
 * and method overrides. `XApiKey`, `X-Api-Kye` and the like are refused with a did-you-mean.
 */
export function headerNameProblem(name: string): string | undefined {
  const key = canonical(name);
  const own = SET_BY_THE_CLIENT[key];
  if (own !== undefined) {
    const variant = name.toLowerCase() === key ? '' : ` (read as ${own.name} by some servers)`;
    return `is set by the client itself${variant}; ${own.use}`;
  }
  const forbidden = FORBIDDEN[key];
  if (forbidden !== undefined) return `cannot be set: it ${forbidden}`;
  for (const [prefix, why] of PREFIXES) {
    if (key.startsWith(prefix)) return `cannot be set: a ${prefix}* header ${why}`;
  }
  // `XApiKey`, `X-ApiKey`, `X-Projcet-ID`: meant as one the client sets.
  const bare = key.replaceAll('-', '');
  for (const [reserved, own] of Object.entries(SET_BY_THE_CLIENT)) {
    const target = reserved.replaceAll('-', '');
    if (bare === target || (own.typos && oneEditApart(bare, target))) {
      return `looks like ${own.name} (did you mean it?), which is set by the client itself; ${own.use}`;
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
      z.superRefine((name, ctx) => {
        const problem = headerNameProblem(name);
        if (problem !== undefined)
          ctx.issues.push({ code: 'custom', message: problem, input: name });
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
