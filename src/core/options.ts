import { parseInput } from '../internal/validate.js';
import { checkRaffApiKey, describeRaffApiKeyProblem } from '../offline/key-format.js';
import { RaffValidationError } from './errors.js';
import type { Logger, LogLevel } from './logger.js';
import { optionsSchema } from './option-schemas.js';
import type { RateLimitOption } from './rate-limiter.js';

/** The production API. Paths carry `/api/v1`, so the base URL has no path. */
export const DEFAULT_BASE_URL = 'https://api.rafftechnologies.com';

/** Options for {@link RaffClient}. Every one has a default; only the key is required somewhere. */
export interface ClientOptions {
  /**
   * The `raff_…` API key sent as `X-API-Key` on every request. Kept in a private field and never
   * printed, logged or put into an error.
   * @default process.env.RAFF_API_KEY
   */
  apiKey?: string | undefined;
  /**
   * The project sent as `X-Project-ID` on project-scoped calls (VMs, backups, snapshots) when a
   * call does not name one itself. Account-level calls never send it.
   * @default process.env.RAFF_PROJECT_ID
   */
  projectId?: string | undefined;
  /**
   * Where the API lives. `http://` is allowed only for loopback hosts (the local emulator).
   * @default process.env.RAFF_API_URL ?? 'https://api.rafftechnologies.com'
   */
  baseUrl?: string | undefined;
  /**
   * Time limit for one attempt, in milliseconds.
   * @default 30000
   */
  timeout?: number | undefined;
  /**
   * Time limit for a whole call, retries and waits included, in milliseconds. A retry that
   * cannot start before this runs out is not attempted. Set it below a Lambda's deadline.
   * @default 120000
   */
  totalTimeout?: number | undefined;
  /**
   * How many times a failed call may be retried (see the retry policy). `0` means one attempt.
   * @default 2
   */
  maxRetries?: number | undefined;
  /**
   * The `fetch` implementation to use, e.g. one with a proxy agent or a test double.
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
   * Extra headers sent on every request. `X-API-Key` and `X-Project-ID` cannot be set here.
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

/** Client options after defaults and validation; frozen and shared by nothing mutable. */
export interface ResolvedClientOptions {
  readonly apiKey: string;
  readonly projectId: string | undefined;
  readonly baseUrl: string;
  readonly timeout: number;
  readonly totalTimeout: number;
  readonly maxRetries: number;
  readonly fetch: typeof globalThis.fetch | undefined;
  readonly logLevel: LogLevel;
  readonly logger: Logger | undefined;
  readonly headers: Readonly<Record<string, string>>;
  readonly rateLimit: RateLimitOption | undefined;
  readonly dangerouslyAllowBrowser: boolean;
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** The parts of the environment the client reads. */
export interface RaffEnvironment {
  readonly RAFF_API_KEY?: string | undefined;
  readonly RAFF_PROJECT_ID?: string | undefined;
  readonly RAFF_API_URL?: string | undefined;
  readonly RAFF_LOG?: string | undefined;
}

/** Reads `RAFF_*` variables where a `process` exists (Node, Bun, Deno with compat); else none. */
export function readEnvironment(): RaffEnvironment {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env;
  if (!env) return {};
  return {
    RAFF_API_KEY: env.RAFF_API_KEY,
    RAFF_PROJECT_ID: env.RAFF_PROJECT_ID,
    RAFF_API_URL: env.RAFF_API_URL,
    RAFF_LOG: env.RAFF_LOG,
  };
}

/**
 * Applies environment defaults and validates everything once.
 *
 * @throws {RaffValidationError} on any invalid option, a missing or malformed key, a non-HTTPS
 * base URL for a non-loopback host, or construction in a browser without opt-in.
 */
export function resolveClientOptions(
  options: ClientOptions,
  env: RaffEnvironment,
): ResolvedClientOptions {
  if (typeof options !== 'object' || options === null) {
    throw new RaffValidationError('Invalid client options: expected an object', [
      { path: [], code: 'invalid_type', message: 'expected an object' },
    ]);
  }
  const withEnv = {
    ...options,
    apiKey: options.apiKey ?? env.RAFF_API_KEY,
    projectId: options.projectId ?? emptyToUndefined(env.RAFF_PROJECT_ID),
    baseUrl: options.baseUrl ?? emptyToUndefined(env.RAFF_API_URL),
    logLevel: options.logLevel ?? emptyToUndefined(env.RAFF_LOG?.toLowerCase()),
  };
  const parsed = parseInput(optionsSchema, stripUndefined(withEnv), 'client options');
  // zod skips a key named __proto__, and Node's fetch would drop such a header silently.
  if (Object.keys(withEnv.headers ?? {}).some((name) => name.toLowerCase() === '__proto__')) {
    throw new RaffValidationError(
      'Invalid client options: headers.__proto__: cannot be sent: fetch drops a header named __proto__',
      [{ path: ['headers', '__proto__'], code: 'custom', message: 'fetch drops this header' }],
    );
  }
  if (!parsed.dangerouslyAllowBrowser && isBrowser()) {
    throw new RaffValidationError(
      'RaffClient refuses to run in a browser: a Raff API key in client-side code can be read by ' +
        'anyone. Call Raff from your server, or pass dangerouslyAllowBrowser: true if this page ' +
        'is trusted (e.g. an internal tool).',
      [{ path: ['dangerouslyAllowBrowser'], code: 'custom', message: 'browser use not allowed' }],
    );
  }
  return Object.freeze({
    apiKey: checkApiKey(parsed.apiKey),
    projectId: parsed.projectId,
    baseUrl: checkBaseUrl(parsed.baseUrl ?? DEFAULT_BASE_URL),
    timeout: parsed.timeout ?? 30_000,
    totalTimeout: parsed.totalTimeout ?? 120_000,
    maxRetries: parsed.maxRetries ?? 2,
    fetch: parsed.fetch,
    logLevel: parsed.logLevel ?? 'warn',
    logger: parsed.logger,
    // From the input, not zod's copy: zod assigns keys, and a header named __proto__ would be lost.
    headers: Object.freeze(Object.fromEntries(Object.entries(withEnv.headers ?? {}))),
    rateLimit: parsed.rateLimit,
    dangerouslyAllowBrowser: parsed.dangerouslyAllowBrowser ?? false,
  });
}

function checkApiKey(value: unknown): string {
  if (value === undefined || value === '') {
    throw new RaffValidationError(
      'No Raff API key: pass { apiKey } to new RaffClient() or set the RAFF_API_KEY environment ' +
        'variable. Create a key in the dashboard under API Keys.',
      [{ path: ['apiKey'], code: 'missing', message: 'an API key is required' }],
    );
  }
  const check = checkRaffApiKey(value);
  if (!check.valid) {
    // The key itself is never echoed, not even a malformed one.
    const why = describeRaffApiKeyProblem(check.reason);
    throw new RaffValidationError(`Invalid apiKey: ${why}`, [
      { path: ['apiKey'], code: check.reason, message: why },
    ]);
  }
  return value as string;
}

function checkBaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalidBaseUrl('is not a valid absolute URL');
  }
  if (url.username || url.password) throw invalidBaseUrl('must not contain credentials');
  if (url.search || url.hash) throw invalidBaseUrl('must not have a query or fragment');
  if (url.protocol === 'http:' && !LOOPBACK.test(url.hostname)) {
    throw invalidBaseUrl(
      'uses plain http:// for a non-loopback host; the API key would cross the network in clear ' +
        'text. Use https://, or http:// only for localhost / 127.0.0.1 / [::1]',
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw invalidBaseUrl('must use https://');
  }
  return url.href.replace(/\/+$/, '');
}

function invalidBaseUrl(why: string): RaffValidationError {
  return new RaffValidationError(`Invalid baseUrl: it ${why}.`, [
    { path: ['baseUrl'], code: 'invalid_url', message: why },
  ]);
}

function isBrowser(): boolean {
  const g = globalThis as { window?: unknown; document?: unknown };
  return typeof g.window !== 'undefined' && typeof g.document !== 'undefined';
}

function emptyToUndefined(value: string | undefined): string | undefined {
  return value === '' ? undefined : value;
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
