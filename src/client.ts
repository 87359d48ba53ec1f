import type { ClientNamespaces } from '../generated/client-namespaces.js';
import { CUSTOM_BASES } from '../generated/custom-bases.js';
import type { SdkMethod } from '../generated/operations.js';
import { createRaffApi, type RaffApi } from './core/api.js';
import { type ClientContext, clientContext } from './core/context.js';
import { mountNamespaces } from './core/namespaces.js';
import {
  type ClientConfig,
  type ClientOptions,
  type RequestOptions,
  readEnvironment,
  resolveClientOptions,
} from './core/options.js';
import { type CanParams, type CanResult, canCall } from './resources/custom/can.js';
import { redactApiKey } from './shared/key-format.js';

const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');
// A resolved config handed from withOptions() to the constructor. Module-private: no caller can
// pass one, and no state is shared between constructions.
const fromConfig = new WeakSet<object>();

/**
 * The Raff API client. Every request carries `X-API-Key` (except the public endpoints), and
 * `X-Project-ID` where the API scopes by project; every failure is a typed {@link RaffError};
 * retries and time limits follow the documented policy. Instances are immutable:
 * {@link RaffClient.withOptions} returns a new one.
 *
 * @example
 * ```ts
 * import { RaffClient } from '@raff/sdk';
 * const raff = new RaffClient(); // reads RAFF_API_KEY, RAFF_PROJECT_ID
 * const { data: vms } = await raff.vms.list({ status: 'active' });
 * ```
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the namespaces are declared by the generated interface (below) and built in the constructor.
export class RaffClient {
  /** The typed client for any path in openapi.json, with the same auth, limits and errors. */
  readonly api: RaffApi;

  readonly #config: ClientConfig;
  readonly #context: ClientContext;

  /**
   * Creates a client. Options are validated once, here.
   *
   * @throws {RaffValidationError} when there is no key (and `apiKey` is not `null`), the key is
   * malformed, or an option is invalid (the message says how to fix it; the key is never echoed).
   */
  constructor(options: ClientOptions = {}) {
    const config = fromConfig.has(options)
      ? (options as unknown as ClientConfig)
      : resolveClientOptions(options, readEnvironment());
    this.#config = config;
    this.#context = clientContext(config);
    this.api = createRaffApi(config);
    mountNamespaces(this, this.#context, CUSTOM_BASES);
  }

  /** The project sent as `X-Project-ID` by default, if any. */
  get projectId(): string | undefined {
    return this.#config.projectId ?? undefined;
  }

  /** The API's base URL. */
  get baseUrl(): string {
    return this.#config.baseUrl;
  }

  /**
   * Whether this client's key may call an SDK method, in a project for a project permission:
   * `{ allowed, permission, scope, role, reason }`. It answers from the permission the method
   * needs (`requiredPermission`), the key's own record (`apiKeys.current()`) and the roles it
   * holds: System roles from the offline catalog, custom roles with `roles.get`; an Owner key may
   * do everything. Where Raff documents no permission (`permission: null`: databases, Kubernetes,
   * Apps, Functions), `allowed` follows project access, any role on the project. Only GETs are
   * sent, never a change, and what was read is reused for 60 s by this client (each client,
   * including one from `withOptions`, has its own; changing a key or a role through it forgets
   * what it read).
   *
   * @param method - The SDK method, as `raff.<namespace>.<method>` names it: `'vms.create'`.
   * @param params - `projectId`: the project to ask about (default: the client's).
   * @throws {RaffValidationError} before any request, for a name that is not an SDK method or a
   * project permission without a project.
   * @throws {RaffPermissionDeniedError} 403 when the key may not read API keys
   * (`account.apikeys.view`), or a custom role it holds (`account.roles.view`).
   * @throws {RaffNotFoundError} when the key's record cannot be told apart (see
   * `apiKeys.current()`).
   * @example
   * ```ts
   * const answer = await raff.can('backups.deleteChain', { projectId });
   * if (!answer.allowed) console.log(answer.reason);
   * // the project role Operator (operator) on project 5f… does not grant backup.delete
   * ```
   */
  can(method: SdkMethod, params?: CanParams, options?: RequestOptions): Promise<CanResult> {
    return canCall(this.#context, method, params, options);
  }

  /**
   * A new client with some options changed; this one is left as it is. The two share nothing
   * mutable, except the rate limiter when the key and `rateLimit` are unchanged (the API limits
   * per key). Options given as `undefined` keep their current value; `projectId: null` clears it.
   *
   * @throws {RaffValidationError} when a changed option is invalid.
   * @example
   * ```ts
   * const customer1 = raff.withOptions({ projectId: customer1Id });
   * const fleet = raff.withOptions({ projectId: null }); // lists span every project
   * ```
   */
  withOptions(options: ClientOptions): RaffClient {
    const config = resolveClientOptions(options ?? {}, {}, this.#config);
    return clientFromConfig(config);
  }

  /** What `JSON.stringify(client)` shows: its configuration, with the key redacted. */
  toJSON(): Record<string, unknown> {
    const { apiKey, fetch, logger, log, limiter, secrets, ...rest } = this.#config;
    return { ...rest, apiKey: apiKey === null ? null : redactApiKey(apiKey) };
  }

  /** What `util.inspect(client)` and `console.log(client)` show. */
  [inspectSymbol](): string {
    return `RaffClient ${JSON.stringify(this.toJSON())}`;
  }
}

/** The namespaces (`raff.vms`, `raff.databases`, …), built from the operation table. */
export interface RaffClient extends ClientNamespaces {}

// Outside the class: a `new RaffClient` inside its own body makes bundlers rename the class
// (`_RaffClient`), which is what stack traces and `constructor.name` would then show.
function clientFromConfig(config: ClientConfig): RaffClient {
  fromConfig.add(config);
  return new RaffClient(config as unknown as ClientOptions);
}
