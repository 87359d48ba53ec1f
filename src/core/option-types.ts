// The options a user passes (to the client and to each call) and the environment the client
// reads: types only, so that modules resolving settings need not import the options module.
import type { Logger, LogLevel } from './logger.js';
import type { RateLimitOption } from './rate-limiter.js';

/** Options for {@link RaffClient}. Every one has a default; only the key is required somewhere. */
export interface ClientOptions {
  /**
   * The `raff_…` API key sent as `X-API-Key`. Kept in a private field and never printed, logged
   * or put into an error. `null` makes a keyless client that can call only the public endpoints
   * (`health.check()`, `regions`, `templates`, `pricing`).
   * @default process.env.RAFF_API_KEY, else the content of the file `RAFF_API_KEY_FILE` names, else
   * the `api-key` of the raff-cli profile in use (see `profile`)
   */
  apiKey?: string | null | undefined;
  /**
   * The project sent as `X-Project-ID` on project-scoped calls (VMs, volumes, backups, …) when a
   * call does not name one itself. Account-level calls never send it. `null` sends none even when
   * `RAFF_PROJECT_ID` is set: lists then span every project the key reaches.
   * @default process.env.RAFF_PROJECT_ID, else the `project-id` of the raff-cli profile in use
   */
  projectId?: string | null | undefined;
  /**
   * Where the API lives, without a path (`https://api.rafftechnologies.com`). `http://` is allowed
   * only for loopback hosts, unless `allowInsecureHttp` is set.
   * @default process.env.RAFF_API_URL, else the `api-url` of the raff-cli profile in use, else
   * 'https://api.rafftechnologies.com'
   */
  baseUrl?: string | undefined;
  /**
   * The raff-cli profile to take settings from (`raff configure --profile NAME` writes them to
   * `~/.raff/config.yaml`, or to the file `RAFF_CONFIG` names). Each of key, base URL and project
   * still comes from an option first, then the environment, then the profile. The file is read
   * once, here, and only when a setting is left to it or a profile is named; one readable by group
   * or others is refused (`chmod 600` it). A profile that was named and is missing is an error.
   * @default process.env.RAFF_PROFILE, else the file's `current-profile`, else `default`
   */
  profile?: string | undefined;
  /**
   * Your tool's own product token(s), sent first in the `User-Agent`, as raff-cli sends
   * `raff-cli/0.3.1`: `'my-tool/1.2'` gives `my-tool/1.2 raff-sdk-typescript/0.2.0 node/22.11.0`.
   * RFC 9110 products (`name/version`), space-separated, optionally with `(comments)`. In a
   * browser no User-Agent is set: the browser sends its own.
   * @default undefined (the SDK's and the runtime's tokens only)
   */
  userAgent?: string | undefined;
  /**
   * Allow a plain `http://` base URL for a non-loopback host, e.g. `http://raff-emulator:4010` in
   * a CI network. For the emulator only: the key crosses the network in clear text.
   * @default false
   */
  allowInsecureHttp?: boolean | undefined;
  /**
   * Time limit for one attempt, headers and body, in milliseconds.
   * @default 30000
   */
  timeout?: number | undefined;
  /**
   * Time limit for a whole call, retries, waits and queueing included, in milliseconds. A retry
   * that cannot start before this runs out is not attempted. For methods that make several
   * requests (`apiKeys.create`, `listExpiring`, waiters) a per-call value bounds the whole method.
   * Set it below a Lambda's deadline.
   * @default 120000
   */
  totalTimeout?: number | undefined;
  /**
   * How many times a failed call may be retried (see the retry policy). `0` means one attempt.
   * @default 2
   */
  maxRetries?: number | undefined;
  /**
   * The largest response body the client reads, in bytes; a larger one fails the call with a
   * {@link RaffResponseTooLargeError} without reading the rest.
   * @default 10485760 (10 MiB)
   */
  maxResponseBytes?: number | undefined;
  /**
   * The `fetch` implementation to use, e.g. one with a proxy dispatcher or a test double. It is
   * called with a `Request` that carries the call's signal; every time limit applies even if it
   * ignores that signal.
   * @default globalThis.fetch
   */
  fetch?: typeof globalThis.fetch | undefined;
  /**
   * How much the client logs: `off`, `error`, `warn`, `info` or `debug`. Debug logs show method,
   * path, status, attempt and duration, with every secret redacted.
   * @default process.env.RAFF_LOG ?? 'warn'
   */
  logLevel?: LogLevel | undefined;
  /**
   * Where logs go.
   * @default console
   */
  logger?: Logger | undefined;
  /**
   * Extra headers sent on every request. Refused when the client is built, in any letter case:
   * the headers the client sets itself (`X-API-Key`, `X-Project-ID`, `Idempotency-Key`,
   * `User-Agent`, `Content-Type`, `Accept`) and the names the Fetch standard forbids a caller to
   * set (framing and connection headers such as `Content-Length`, `Transfer-Encoding`, `Expect`,
   * `Upgrade`, `Connection`, `Host`, and `Proxy-*`, `Sec-*`), plus method overrides.
   * @default {}
   */
  headers?: Readonly<Record<string, string>> | undefined;
  /**
   * Opt-in client-side rate limiting that keeps bulk work under the key's tier instead of
   * running into 429s: `'standard'` (30/s, burst 60), `'high'` (100/s, burst 200) or
   * `{ perSecond, burst }`.
   * @default undefined (off)
   */
  rateLimit?: RateLimitOption | undefined;
  /**
   * Allow construction in a browser. Raff keys must never reach client-side code, so this is off.
   * @default false
   */
  dangerouslyAllowBrowser?: boolean | undefined;
}

/** Per-call options, accepted as the last argument of every method. */
export interface RequestOptions {
  /** Cancels the call (and, for composite methods, the whole method); rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
  /** Per-attempt time limit in milliseconds for this call. */
  timeout?: number | undefined;
  /**
   * Whole-call time limit in milliseconds, retries included. On a method that makes several
   * requests it bounds the whole method, cleanup included.
   */
  totalTimeout?: number | undefined;
  /** Retry budget for this call; `0` means one attempt. */
  maxRetries?: number | undefined;
  /** The `X-Project-ID` for this call, overriding the client's; `null` sends none. */
  projectId?: string | null | undefined;
  /**
   * The `Idempotency-Key` to send, on the operations that take one (`kubernetes.clusters.create`):
   * pass your own to make a create safe to repeat across processes (the same key, the same
   * cluster). Left out, the client makes one per call and reuses it on that call's retries.
   */
  idempotencyKey?: string | undefined;
  /**
   * Extra headers for this call only, laid over the client's `headers` (a name given here
   * replaces the client's header of that name, whatever its letter case). The same names are
   * refused as in the client's `headers` option.
   */
  headers?: Readonly<Record<string, string>> | undefined;
}

/** The parts of the environment the client reads. */
export interface RaffEnvironment {
  readonly RAFF_API_KEY?: string | undefined;
  readonly RAFF_API_KEY_FILE?: string | undefined;
  readonly RAFF_PROJECT_ID?: string | undefined;
  readonly RAFF_API_URL?: string | undefined;
  readonly RAFF_LOG?: string | undefined;
  readonly RAFF_PROFILE?: string | undefined;
  readonly RAFF_CONFIG?: string | undefined;
}
