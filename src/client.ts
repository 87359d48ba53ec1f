import type { ClientNamespaces } from '../generated/client-namespaces.js';
import { CUSTOM_BASES } from '../generated/custom-bases.js';
import { createRaffApi, type RaffApi } from './core/api.js';
import { clientContext } from './core/context.js';
import { mountNamespaces } from './core/namespaces.js';
import {
  type ClientConfig,
  type ClientOptions,
  readEnvironment,
  resolveClientOptions,
} from './core/options.js';
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
    this.api = createRaffApi(config);
    mountNamespaces(this, clientContext(config), CUSTOM_BASES);
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
