import type { Client } from 'openapi-fetch';
import type { paths } from '../generated/openapi.js';
import {
  type ApiSettings,
  bindApi,
  createOpenApiClient,
  type RaffApi,
  type RequestOptions,
} from './core/api.js';
import { createLevelLogger } from './core/logger.js';
import {
  type ClientOptions,
  type ResolvedClientOptions,
  readEnvironment,
  resolveClientOptions,
} from './core/options.js';
import { RateLimiter } from './core/rate-limiter.js';
import { RoleResolver } from './internal/role-resolver.js';
import { redactApiKey } from './offline/key-format.js';
import { ApiKeys } from './resources/api-keys.js';
import { Backups } from './resources/backups.js';
import { Permissions } from './resources/permissions.js';
import { Projects } from './resources/projects.js';
import { type Role, Roles } from './resources/roles.js';
import { Vms } from './resources/vms.js';

const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');

/** What a namespace needs from its client. */
export interface ClientContext {
  /** The typed API bound to per-call options (the client's own when there are none). */
  api(options?: RequestOptions): RaffApi;
  /** Resolves role ids and slugs with one cached `GET /api/v1/roles` walk per client. */
  readonly roles: RoleResolver<Role>;
}

/**
 * The Raff API client. Every request carries `X-API-Key`, and `X-Project-ID` where the API scopes
 * by project; every failure is a typed {@link RaffError}; retries and time limits follow the
 * documented policy. Instances are immutable: {@link RaffClient.withOptions} returns a new one.
 *
 * @example
 * ```ts
 * import { RaffClient } from '@raff/sdk';
 * const raff = new RaffClient(); // reads RAFF_API_KEY, RAFF_PROJECT_ID
 * const { data: keys } = await raff.apiKeys.list({ limit: 20 });
 * ```
 */
export class RaffClient {
  /** The typed openapi-fetch client for any path in openapi.json, with the same auth and errors. */
  readonly api: RaffApi;
  /** API keys: create (the whole dashboard dialog), list, get, update, rotate, revoke. */
  readonly apiKeys: ApiKeys;
  /** Roles: System and custom, with an offline permission preview. */
  readonly roles: Roles;
  /** The live permission catalog. */
  readonly permissions: Permissions;
  /** Projects, and their members (the grants that give keys project access). */
  readonly projects: Projects;
  /** Virtual machines (project-scoped reads). */
  readonly vms: Vms;
  /** VM backups (project-scoped): list and create, for the backups Lambda. */
  readonly backups: Backups;

  readonly #options: ResolvedClientOptions;
  readonly #settings: ApiSettings;
  readonly #inner: Client<paths, 'application/json'>;

  // Hands resolved options from withOptions() to the constructor without a public parameter.
  static #pending: { options: ResolvedClientOptions; limiter: RateLimiter | undefined } | undefined;

  /**
   * Creates a client. Options are validated once, here.
   *
   * @throws {RaffValidationError} when there is no key, the key is malformed, or an option is
   * invalid (the message says how to fix it; the key is never echoed).
   */
  constructor(options: ClientOptions = {}) {
    const pending = RaffClient.#pending;
    RaffClient.#pending = undefined;
    this.#options = pending?.options ?? resolveClientOptions(options, readEnvironment());
    this.#settings = settingsFor(this.#options, pending?.limiter);
    this.#inner = createOpenApiClient(this.#settings);
    this.api = bindApi(this.#inner, this.#settings, undefined);
    const context: ClientContext = {
      api: (callOptions) =>
        callOptions === undefined ? this.api : bindApi(this.#inner, this.#settings, callOptions),
      roles: new RoleResolver(async (callOptions) => {
        const all: Role[] = [];
        for await (const role of this.roles.listAll({}, callOptions)) all.push(role);
        return all;
      }),
    };
    this.apiKeys = new ApiKeys(context);
    this.roles = new Roles(context);
    this.permissions = new Permissions(context);
    this.projects = new Projects(context);
    this.vms = new Vms(context);
    this.backups = new Backups(context);
  }

  /** The project sent as `X-Project-ID` by default, if any. */
  get projectId(): string | undefined {
    return this.#options.projectId;
  }

  /** The API's base URL. */
  get baseUrl(): string {
    return this.#options.baseUrl;
  }

  /**
   * A new client with some options changed; this one is left as it is. The two share nothing
   * mutable, except the rate limiter when the key and `rateLimit` are unchanged (the API limits
   * per key). Options given as `undefined` keep their current value.
   *
   * @throws {RaffValidationError} when a changed option is invalid.
   * @example
   * ```ts
   * const customer1 = raff.withOptions({ projectId: customer1Id });
   * ```
   */
  withOptions(options: ClientOptions): RaffClient {
    const changes = Object.fromEntries(
      Object.entries(options ?? {}).filter(([, value]) => value !== undefined),
    );
    const resolved = resolveClientOptions({ ...this.#options, ...changes }, {});
    const sameBucket =
      resolved.apiKey === this.#options.apiKey &&
      JSON.stringify(resolved.rateLimit) === JSON.stringify(this.#options.rateLimit);
    RaffClient.#pending = {
      options: resolved,
      limiter: sameBucket ? this.#settings.limiter : undefined,
    };
    return new RaffClient();
  }

  /** What `JSON.stringify(client)` shows: its configuration, with the key redacted. */
  toJSON(): Record<string, unknown> {
    const { apiKey, fetch, logger, ...rest } = this.#options;
    return { ...rest, apiKey: redactApiKey(apiKey) };
  }

  /** What `util.inspect(client)` and `console.log(client)` show. */
  [inspectSymbol](): string {
    return `RaffClient ${JSON.stringify(this.toJSON())}`;
  }
}

function settingsFor(
  options: ResolvedClientOptions,
  limiter: RateLimiter | undefined,
): ApiSettings {
  return {
    apiKey: options.apiKey,
    baseUrl: options.baseUrl,
    projectId: options.projectId,
    timeout: options.timeout,
    totalTimeout: options.totalTimeout,
    maxRetries: options.maxRetries,
    fetch: options.fetch,
    headers: options.headers,
    logger: createLevelLogger(options.logLevel, options.logger),
    limiter: limiter ?? (options.rateLimit ? new RateLimiter(options.rateLimit) : undefined),
  };
}
