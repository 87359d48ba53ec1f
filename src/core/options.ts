import { parseInput } from '../internal/validate.js';
import { RaffValidationError } from '../shared/errors.js';
import { checkRaffApiKey, describeRaffApiKeyProblem, redactApiKey } from '../shared/key-format.js';
import { CLOCK, type Clock, defaultClock } from './clock.js';
import { refuseProtoHeader } from './header-rules.js';
import { createLevelLogger, type LevelLogger, type Logger, type LogLevel } from './logger.js';
import { optionsSchema, requestOptionsSchema } from './option-schemas.js';
import type { ClientOptions, RaffEnvironment, RequestOptions } from './option-types.js';
import { RateLimiter, type RateLimitOption } from './rate-limiter.js';
import { SecretScrubber } from './secret-scrubber.js';
import { refuseProfileOnDerive, resolveSourcedSettings, withOrigin } from './setting-sources.js';

/** The production API. Paths carry `/api/v1`, so the base URL has no path. */
export const DEFAULT_BASE_URL = 'https://api.rafftechnologies.com';

/** The default cap on one response body: far above Raff's largest real answer. */
export const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

export type { ClientOptions, RaffEnvironment, RequestOptions };

/**
 * @internal
 * The SDK method a composite method (`apiKeys.create`, a waiter, `listAll`) runs its requests
 * for, carried on the options it passes them, so their errors name the method the user called.
 */
export const CALLED_AS: unique symbol = Symbol('raff.calledAs');

/** @internal Per-call options as the SDK's own composite methods pass them on. */
export type InternalRequestOptions = RequestOptions & { readonly [CALLED_AS]?: string };

/** @internal Client options with the clock the SDK's own tests give a client (see `CLOCK`). */
export type InternalClientOptions = ClientOptions & { readonly [CLOCK]?: Clock };
/**
 * The client's options after defaults and validation: the one object every call reads. Frozen;
 * the only mutable parts are the rate limiter (shared per key on purpose) and the secret scrubber
 * (it learns secrets the client handles).
 *
 * @internal
 */
export interface ClientConfig {
  readonly apiKey: string | null;
  readonly projectId: string | null | undefined;
  readonly baseUrl: string;
  readonly allowInsecureHttp: boolean;
  readonly timeout: number;
  readonly totalTimeout: number;
  readonly maxRetries: number;
  readonly maxResponseBytes: number;
  readonly fetch: typeof globalThis.fetch | undefined;
  readonly logLevel: LogLevel;
  readonly logger: Logger | undefined;
  readonly headers: Readonly<Record<string, string>>;
  /** The tool's products that lead the User-Agent (the `userAgent` option). */
  readonly userAgent: string | undefined;
  readonly rateLimit: RateLimitOption | undefined;
  readonly dangerouslyAllowBrowser: boolean;
  /** Derived, not options: */
  readonly log: LevelLogger;
  readonly limiter: RateLimiter | undefined;
  readonly secrets: SecretScrubber;
  /** The transport's time and waits; under a symbol, so that no printed config shows it. */
  readonly [CLOCK]: Clock;
}

/**
 * What one call runs with: the client's config with the per-call options merged in, once.
 *
 * @internal
 */
export interface CallSettings {
  readonly config: ClientConfig;
  readonly signal: AbortSignal | undefined;
  readonly timeout: number;
  readonly totalTimeout: number;
  readonly maxRetries: number;
  /** The project to send when the operation takes one; `undefined` = none. */
  readonly projectId: string | undefined;
  /** The caller's `Idempotency-Key`, if any. */
  readonly idempotencyKey: string | undefined;
  /** The SDK method the user called, when a composite method makes this call for it. */
  readonly calledAs: string | undefined;
  /** This call's own headers, laid over the client's; `undefined` = none. */
  readonly headers?: Readonly<Record<string, string>> | undefined;
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** Reads `RAFF_*` variables where a `process` exists (Node, Bun, Deno with compat); else none. */
export function readEnvironment(): RaffEnvironment {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env;
  if (!env) return {};
  return {
    RAFF_API_KEY: env.RAFF_API_KEY,
    RAFF_API_KEY_FILE: env.RAFF_API_KEY_FILE,
    RAFF_PROJECT_ID: env.RAFF_PROJECT_ID,
    RAFF_API_URL: env.RAFF_API_URL,
    RAFF_LOG: env.RAFF_LOG,
    RAFF_PROFILE: env.RAFF_PROFILE,
    RAFF_CONFIG: env.RAFF_CONFIG,
  };
}

/**
 * Applies environment defaults and validates everything once. `previous` is the config of the
 * client that `withOptions` derives from: its values are the defaults, and its rate limiter is
 * kept when the key and the limit are unchanged (the API limits per key).
 *
 * @throws {RaffValidationError} on any invalid option, a missing or malformed key, a non-HTTPS
 * base URL for a non-loopback host (without `allowInsecureHttp`), or a browser without opt-in.
 */
export function resolveClientOptions(
  options: ClientOptions,
  env: RaffEnvironment,
  previous?: ClientConfig,
): ClientConfig {
  if (typeof options !== 'object' || options === null) {
    throw new RaffValidationError('Invalid client options: expected an object', [
      { path: [], code: 'invalid_type', message: 'expected an object' },
    ]);
  }
  if (previous) refuseProfileOnDerive(options);
  const input = previous ? { ...optionsOf(previous), ...definedOnly(options) } : options;
  // Key, URL and project: option > environment > raff-cli profile (a derived client has them all).
  const sourced = previous ? undefined : resolveSourcedSettings(input, env);
  const withEnv = {
    ...input,
    ...(sourced && {
      apiKey: sourced.apiKey,
      projectId: sourced.projectId,
      baseUrl: sourced.baseUrl,
    }),
    logLevel: input.logLevel ?? emptyToUndefined(env.RAFF_LOG?.toLowerCase()),
  };
  const origins = sourced?.origins;
  const parsed = withOrigin(
    origins,
    parseInput<ReturnType<typeof optionsSchema>>,
    optionsSchema,
    definedOnly(withEnv),
    'client options',
  );
  refuseProtoHeader(withEnv.headers, 'client options');
  if (!parsed.dangerouslyAllowBrowser && isBrowser()) {
    throw new RaffValidationError(
      'RaffClient refuses to run in a browser: a Raff API key in client-side code can be read by ' +
        'anyone. Call Raff from your server, or pass dangerouslyAllowBrowser: true if this page ' +
        'is trusted (e.g. an internal tool).',
      [{ path: ['dangerouslyAllowBrowser'], code: 'custom', message: 'browser use not allowed' }],
    );
  }
  const apiKey = withOrigin(origins, checkApiKey, withEnv.apiKey);
  const allowInsecureHttp = parsed.allowInsecureHttp ?? false;
  const rateLimit = parsed.rateLimit;
  const logLevel = parsed.logLevel ?? 'warn';
  const sameBucket =
    previous !== undefined &&
    previous.apiKey === apiKey &&
    JSON.stringify(previous.rateLimit) === JSON.stringify(rateLimit);
  // The key stays known for good; a client derived with the same key shares what was learned
  // since (secrets of keys it created), so its errors scrub those too.
  const secrets =
    previous !== undefined && previous.apiKey === apiKey
      ? previous.secrets
      : new SecretScrubber(apiKey === null ? [] : [apiKey]);
  const config: ClientConfig = {
    apiKey,
    projectId: parsed.projectId,
    baseUrl: withOrigin(
      origins,
      checkBaseUrl,
      parsed.baseUrl ?? DEFAULT_BASE_URL,
      allowInsecureHttp,
    ),
    allowInsecureHttp,
    timeout: parsed.timeout ?? 30_000,
    totalTimeout: parsed.totalTimeout ?? 120_000,
    maxRetries: parsed.maxRetries ?? 2,
    maxResponseBytes: parsed.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    fetch: parsed.fetch,
    logLevel,
    logger: parsed.logger,
    // From the input, not zod's copy: zod assigns keys, and a header named __proto__ would be lost.
    headers: Object.freeze(Object.fromEntries(Object.entries(withEnv.headers ?? {}))),
    userAgent: parsed.userAgent,
    rateLimit,
    dangerouslyAllowBrowser: parsed.dangerouslyAllowBrowser ?? false,
    log: createLevelLogger(logLevel, parsed.logger, secrets),
    limiter: sameBucket ? previous.limiter : rateLimit ? new RateLimiter(rateLimit) : undefined,
    secrets,
    [CLOCK]: previous?.[CLOCK] ?? (options as InternalClientOptions)[CLOCK] ?? defaultClock(),
  };
  // Whatever prints a config (inspect, JSON) sees the key's prefix only.
  const printable = () => ({ ...config, apiKey: apiKey === null ? null : redactApiKey(apiKey) });
  Object.defineProperty(config, 'toJSON', { value: printable });
  Object.defineProperty(config, Symbol.for('nodejs.util.inspect.custom'), { value: printable });
  return Object.freeze(config);
}

/**
 * The one merge of per-call options into the client's config.
 *
 * @throws {RaffValidationError} for an unknown or out-of-range per-call option.
 */
export function callSettings(
  config: ClientConfig,
  options: RequestOptions | undefined,
): CallSettings {
  if (options === undefined) {
    return {
      config,
      signal: undefined,
      timeout: config.timeout,
      totalTimeout: config.totalTimeout,
      maxRetries: config.maxRetries,
      projectId: config.projectId ?? undefined,
      idempotencyKey: undefined,
      calledAs: undefined,
    };
  }
  const parsed = parseInput(requestOptionsSchema, options, 'request options');
  refuseProtoHeader(options.headers, 'request options');
  const projectId = parsed.projectId === undefined ? config.projectId : parsed.projectId;
  const calledAs = (options as InternalRequestOptions)[CALLED_AS];
  return {
    config,
    signal: parsed.signal,
    timeout: parsed.timeout ?? config.timeout,
    totalTimeout: parsed.totalTimeout ?? config.totalTimeout,
    maxRetries: parsed.maxRetries ?? config.maxRetries,
    projectId: projectId ?? undefined,
    idempotencyKey: parsed.idempotencyKey,
    calledAs: typeof calledAs === 'string' ? calledAs : undefined,
    headers: parsed.headers,
  };
}

/** The user-level options a config was built from, for `withOptions` to start from. */
function optionsOf(config: ClientConfig): ClientOptions {
  const { log, limiter, secrets, ...options } = config;
  return options;
}

function checkApiKey(value: unknown): string | null {
  if (value === null) return null;
  if (value === undefined || value === '') {
    throw new RaffValidationError(
      'No Raff API key: pass { apiKey } to new RaffClient(), set the RAFF_API_KEY environment ' +
        'variable (or RAFF_API_KEY_FILE), or run `raff configure` for a raff-cli profile. Create ' +
        'a key in the dashboard under API Keys. (For the public endpoints alone, pass apiKey: null.)',
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

// A host (a name, IPv4, or bracketed IPv6), a port and a path of plain characters: nothing that
// could be a credential, so it can be echoed back with a scheme in front.
const SCHEMELESS = /^(?:\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d{1,5})?(?:\/[\w.~/-]*)?$/i;

function checkBaseUrl(value: string, allowInsecureHttp: boolean): string {
  // A bare `?` or `#` leaves URL's search/hash empty but would still end up in every request URL.
  if (/[?#]/.test(value)) throw invalidBaseUrl('must not have a query or fragment');
  // `api.rafftechnologies.com` or `localhost:4010`: URL would refuse the first and read the second
  // as the scheme `localhost:`; say which scheme to put in front instead.
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && SCHEMELESS.test(value)) {
    const host = value.replace(/(?::\d+)?(?:\/.*)?$/, '');
    const loopback = LOOPBACK.test(host);
    throw invalidBaseUrl(
      `has no scheme (https://, or http:// for a loopback host): use ${loopback ? 'http' : 'https'}://${value}` +
        (loopback ? ' (plain http is for loopback hosts only)' : ''),
    );
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalidBaseUrl('is not a valid absolute URL');
  }
  if (url.username || url.password) throw invalidBaseUrl('must not contain credentials');
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw invalidBaseUrl('must use https://');
  }
  if (url.protocol === 'http:' && !allowInsecureHttp && !LOOPBACK.test(url.hostname)) {
    throw invalidBaseUrl(
      'uses plain http:// for a non-loopback host; the API key would cross the network in clear ' +
        'text. Use https://, or http:// only for localhost / 127.0.0.1 / [::1]. For an emulator ' +
        'reached by name (e.g. in CI), pass allowInsecureHttp: true',
    );
  }
  const href = url.href.replace(/\/+$/, '');
  // Every operation path already starts with /api/v1.
  if (/\/api\/v1$/i.test(url.pathname.replace(/\/+$/, ''))) {
    throw invalidBaseUrl(
      `ends in /api/v1, which every request path already carries: use ${href.replace(/\/api\/v1$/i, '')}`,
    );
  }
  return href;
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

function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
