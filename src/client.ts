import { createRaffApi, type RaffApi } from './core/api.js';
import type { ClientContext, ContextRole } from './core/context.js';
import {
  type ClientConfig,
  type ClientOptions,
  readEnvironment,
  resolveClientOptions,
} from './core/options.js';
import { RoleResolver } from './core/role-resolver.js';
import { ApiKeys } from './resources/api-keys.js';
import { BackupSchedules } from './resources/backup-schedules.js';
import { Backups } from './resources/backups.js';
import { Health, Pricing, Regions, Templates } from './resources/catalog.js';
import { Invitations } from './resources/invitations.js';
import { Ips } from './resources/ips.js';
import { Members } from './resources/members.js';
import { Permissions } from './resources/permissions.js';
import { Projects } from './resources/projects.js';
import { Roles } from './resources/roles.js';
import { SecurityGroups } from './resources/security-groups.js';
import { Snapshots } from './resources/snapshots.js';
import { SshKeys } from './resources/ssh-keys.js';
import { Vms } from './resources/vms.js';
import { Volumes } from './resources/volumes.js';
import { Vpcs } from './resources/vpcs.js';
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
export class RaffClient {
  /** The typed client for any path in openapi.json, with the same auth, limits and errors. */
  readonly api: RaffApi;
  /** Raff's health check (public). */
  readonly health: Health;
  /** Regions (public catalog). */
  readonly regions: Regions;
  /** OS templates (public catalog). */
  readonly templates: Templates;
  /** Prices of VMs, volumes, snapshots, backups and IPs (public catalog). */
  readonly pricing: Pricing;
  /** Virtual machines: lifecycle, power, resize, tags, notes, networks, and `waitFor`. */
  readonly vms: Vms;
  /** Block-storage volumes. */
  readonly volumes: Volumes;
  /** Snapshots of VMs and volumes. */
  readonly snapshots: Snapshots;
  /** VM backups. */
  readonly backups: Backups;
  /** Backup schedules and their retention. */
  readonly backupSchedules: BackupSchedules;
  /** VPCs (private networks). */
  readonly vpcs: Vpcs;
  /** Public IP addresses. */
  readonly ips: Ips;
  /** Security groups (firewalls). */
  readonly securityGroups: SecurityGroups;
  /** The account's SSH keys. */
  readonly sshKeys: SshKeys;
  /** API keys: create (the whole dashboard dialog), list, get, update, rotate, revoke. */
  readonly apiKeys: ApiKeys;
  /** Roles: System and custom, with an offline permission preview. */
  readonly roles: Roles;
  /** The live permission catalog. */
  readonly permissions: Permissions;
  /** Projects, and their members (the grants that give keys project access). */
  readonly projects: Projects;
  /** The account's members and their account roles. */
  readonly members: Members;
  /** Invitations to the account or to a project. */
  readonly invitations: Invitations;

  readonly #config: ClientConfig;

  /**
   * Creates a client. Options are validated once, here.
   *
   * @throws {RaffValidationError} when there is no key (and `apiKey` is not `null`), the key is
   * malformed, or an option is invalid (the message says how to fix it; the key is never echoed).
   */
  constructor(options: ClientOptions = {}) {
    this.#config = fromConfig.has(options)
      ? (options as unknown as ClientConfig)
      : resolveClientOptions(options, readEnvironment());
    const config = this.#config;
    const context: ClientContext = {
      config,
      roles: new RoleResolver<ContextRole>(async (callOptions) => {
        const all: ContextRole[] = [];
        for await (const role of this.roles.listAll({}, callOptions)) all.push(role);
        return all;
      }),
    };
    this.api = createRaffApi(config);
    this.health = new Health(context);
    this.regions = new Regions(context);
    this.templates = new Templates(context);
    this.pricing = new Pricing(context);
    this.vms = new Vms(context);
    this.volumes = new Volumes(context);
    this.snapshots = new Snapshots(context);
    this.backups = new Backups(context);
    this.backupSchedules = new BackupSchedules(context);
    this.vpcs = new Vpcs(context);
    this.ips = new Ips(context);
    this.securityGroups = new SecurityGroups(context);
    this.sshKeys = new SshKeys(context);
    this.apiKeys = new ApiKeys(context);
    this.roles = new Roles(context);
    this.permissions = new Permissions(context);
    this.projects = new Projects(context);
    this.members = new Members(context);
    this.invitations = new Invitations(context);
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

// Outside the class: a `new RaffClient` inside its own body makes bundlers rename the class
// (`_RaffClient`), which is what stack traces and `constructor.name` would then show.
function clientFromConfig(config: ClientConfig): RaffClient {
  fromConfig.add(config);
  return new RaffClient(config as unknown as ClientOptions);
}
