/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import type { RequestOptions } from '../../src/core/options.js';
import type { Page } from '../../src/core/pagination.js';
import type { APIResource } from '../../src/core/resource.js';
import type { WaitOptions, WaitUntil } from '../../src/core/waiter.js';
import type { DatabasesCustom } from '../../src/resources/custom/databases.js';
import type { BrowseDatabaseBody, BrowseDatabaseResult, ConnectDatabaseVPCBody, CreateDatabaseBody, CreateDatabaseUserBody, CreateDatabaseUserResult, Database, DatabaseBackup, DatabaseConsumer, DatabaseEngineInfo, DatabaseExtension, DatabaseParameter, DatabaseSavedQuery, DatabaseStatus, DatabaseUser, GetDatabaseClientTrafficParams, GetDatabaseClientTrafficResult, GetDatabaseConnectionParams, GetDatabaseConnectionResult, GetDatabaseLogsItem, GetDatabaseLogsParams, GetDatabaseMetricsHistoryParams, GetDatabaseMetricsHistoryResult, GetDatabaseMetricsResult, GetDatabaseSlowQueriesParams, GetDatabaseSlowQueriesResult, GetDatabaseUserCredentialResult, ListDatabaseBackupsParams, ListDatabaseExtensionsParams, ListDatabasePlansParams, ListDatabasePlansResult, ListDatabaseSavedQueriesParams, ListDatabaseUsersParams, ListDatabasesParams, RestoreDatabaseBody, RestoreDatabaseResult, RotateDatabaseUserResult, RunDatabaseQueryBody, RunDatabaseQueryResult, SaveDatabaseSavedQueryBody, ScaleDatabaseBody, SetDatabaseExtensionBody, UpdateDatabaseBody } from '../types.js';

/**
 * Nightly and on-demand backups of a managed database; restoreDatabase restores them.
 *
 * `raff.databases.backups`: its methods are made from the operation table when the client is
 * built.
 */
export interface DatabaseBackups extends APIResource {
  /**
   * List database backups.
   *
   * Every backup of the database, nightly (`base`) and on demand (`on_demand`). restoreDatabase
   * accepts only a `restorable` one as `backup_id`; `restore_window_start`, the same on every
   * entry, is the earliest instant a PostgreSQL point-in-time restore can reach.
   *
   * Any valid key.
   *
   * @param databaseId - The database: its UUID (`id`) or its short id (`database_id`, the first
   * label of its hostnames). Letters, digits and hyphens only.
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const { data, total } = await raff.databases.backups.list(databaseId);
   * ```
   */
  list(databaseId: string, params?: ListDatabaseBackupsParams, options?: RequestOptions): Promise<Page<DatabaseBackup>>;

  /**
   * Back up a database.
   *
   * Starts an on-demand backup (a base backup on PostgreSQL, an RDB snapshot on Valkey) and
   * answers with it `running`. Poll listDatabaseBackups until it is `completed` or `failed`. Takes
   * no body.
   *
   * Any valid key. Not retried on 5xx or timeouts (a POST may have reached Raff): check its effect
   * before repeating it.
   *
   * @param databaseId - The database: its UUID (`id`) or its short id (`database_id`, the first
   * label of its hostnames). Letters, digits and hyphens only.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  create(databaseId: string, options?: RequestOptions): Promise<DatabaseBackup>;
}

/**
 * The PostgreSQL extensions a managed database may install, switched on and off one at a time.
 *
 * `raff.databases.extensions`: its methods are made from the operation table when the client is
 * built.
 */
export interface DatabaseExtensions extends APIResource {
  /**
   * List extensions.
   *
   * The PostgreSQL extensions this database may install, each with whether it is installed and at
   * which version. Empty for engines without extensions, such as Valkey.
   *
   * Any valid key.
   *
   * @param databaseId - The database: its UUID (`id`) or its short id (`database_id`, the first
   * label of its hostnames). Letters, digits and hyphens only.
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const { data, total } = await raff.databases.extensions.list(databaseId);
   * ```
   */
  list(databaseId: string, params?: ListDatabaseExtensionsParams, options?: RequestOptions): Promise<Page<DatabaseExtension>>;

  /**
   * Install or remove an extension.
   *
   * Installs (`enabled: true`) or removes (`enabled: false`) one extension listed by
   * listDatabaseExtensions. PostgreSQL only.
   *
   * Any valid key. Not retried on 5xx or timeouts (a POST may have reached Raff): check its effect
   * before repeating it.
   *
   * @param databaseId - The database: its UUID (`id`) or its short id (`database_id`, the first
   * label of its hostnames). Letters, digits and hyphens only.
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * await raff.databases.extensions.set(databaseId, { name: 'postgis', enabled: true });
   * ```
   */
  set(databaseId: string, body: SetDatabaseExtensionBody, options?: RequestOptions): Promise<void>;
}

/**
 * Statements kept under a name with a managed database, shared by everyone in the account.
 *
 * `raff.databases.savedQueries`: its methods are made from the operation table when the client is
 * built.
 */
export interface DatabaseSavedQueries extends APIResource {
  /**
   * List saved queries.
   *
   * The statements saved for this database; everyone in the account sees the same list.
   *
   * Any valid key.
   *
   * @param databaseId - The database: its UUID (`id`) or its short id (`database_id`, the first
   * label of its hostnames). Letters, digits and hyphens only.
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const { data, total } = await raff.databases.savedQueries.list(databaseId);
   * ```
   */
  list(databaseId: string, params?: ListDatabaseSavedQueriesParams, options?: RequestOptions): Promise<Page<DatabaseSavedQuery>>;

  /**
   * Save a query.
   *
   * Keeps a statement under a name for everyone in the account. Saving under a name that is taken
   * replaces that query.
   *
   * Any valid key.
   *
   * @param databaseId - The database: its UUID (`id`) or its short id (`database_id`, the first
   * label of its hostnames). Letters, digits and hyphens only.
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const databaseSavedQuery = await raff.databases.savedQueries.save(databaseId, {
   *   name: 'daily-signups',
   *   statement: 'SELECT date_trunc(\'day\', created_at) AS day, count(*) FROM customers GROUP BY
   *   1 ORDER BY 1 DESC;',
   * });
   * ```
   */
  save(databaseId: string, body: SaveDatabaseSavedQueryBody, options?: RequestOptions): Promise<DatabaseSavedQuery>;

  /**
   * Delete a saved query.
   *
   * Removes the query saved under this name, for everyone in the account.
   *
   * Any valid key.
   *
   * @param databaseId - The database: its UUID (`id`) or its short id (`database_id`, the first
   * label of its hostnames). Letters, digits and hyphens only.
   * @param name - Name the query was saved under. Letters, digits, `_`, `.` and `-`; it cannot
   * start with `.` or `-`.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  delete(databaseId: string, name: string, options?: RequestOptions): Promise<void>;
}

/**
 * Users inside a managed database’s engine, with read-only or read-write access, and their
 * passwords.
 *
 * `raff.databases.users`: its methods are made from the operation table when the client is built.
 */
export interface DatabaseUsers extends APIResource {
  /**
   * List database users.
   *
   * The users inside the database engine and what each may do. `kind` says who made them: `admin`
   * (with the database), `scoped` (you, with createDatabaseUser), `binding` (Raff, for an app or
   * function) or `system` (the engine; not changeable).
   *
   * Any valid key.
   *
   * @param databaseId - The database: its UUID (`id`) or its short id (`database_id`, the first
   * label of its hostnames). Letters, digits and hyphens only.
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const { data, total } = await raff.databases.users.list(databaseId);
   * ```
   */
  list(databaseId: string, params?: ListDatabaseUsersParams, options?: RequestOptions): Promise<Page<DatabaseUser>>;

  /**
   * Create a database user.
   *
   * Adds an engine user with read-only or read-write access and answers with the user and its
   * password, a credential. getDatabaseUserCredential returns the password again later.
   *
   * Any valid key. Not retried on 5xx or timeouts (a POST may have reached Raff): check its effect
   * before repeating it.
   *
   * @param databaseId - The database: its UUID (`id`) or its short id (`database_id`, the first
   * label of its hostnames). Letters, digits and hyphens only.
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const createDatabaseUser = await raff.databases.users.create(databaseId, { name: 'reporting',
   * role: 'readonly' });
   * ```
   */
  create(databaseId: string, body: CreateDatabaseUserBody, options?: RequestOptions): Promise<CreateDatabaseUserResult>;

  /**
   * Delete a database user.
   *
   * Removes a user that was added with createDatabaseUser. Neither the admin user nor the users
   * Raff maintains for app services and functions can be removed.
   *
   * Any valid key.
   *
   * @param databaseId - The database: its UUID (`id`) or its short id (`database_id`, the first
   * label of its hostnames). Letters, digits and hyphens only.
   * @param name - Name of the engine user, as in listDatabaseUsers. Letters, digits, `_`, `.` and
   * `-`; it cannot start with `.` or `-`.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  delete(databaseId: string, name: string, options?: RequestOptions): Promise<void>;

  /**
   * Rotate a user’s password.
   *
   * Gives the user a new password and answers with it, a credential. Connections already open stay
   * up until they close.
   *
   * Any valid key. Not retried on 5xx or timeouts (a POST may have reached Raff): check its effect
   * before repeating it.
   *
   * @param databaseId - The database: its UUID (`id`) or its short id (`database_id`, the first
   * label of its hostnames). Letters, digits and hyphens only.
   * @param name - Name of the engine user, as in listDatabaseUsers. Letters, digits, `_`, `.` and
   * `-`; it cannot start with `.` or `-`.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  rotate(databaseId: string, name: string, options?: RequestOptions): Promise<RotateDatabaseUserResult>;

  /**
   * Get a user’s password.
   *
   * The current user name and password of a user added with createDatabaseUser. The answer is a
   * credential.
   *
   * Any valid key.
   *
   * @param databaseId - The database: its UUID (`id`) or its short id (`database_id`, the first
   * label of its hostnames). Letters, digits and hyphens only.
   * @param name - Name of the engine user, as in listDatabaseUsers. Letters, digits, `_`, `.` and
   * `-`; it cannot start with `.` or `-`.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  credential(databaseId: string, name: string, options?: RequestOptions): Promise<GetDatabaseUserCredentialResult>;
}

/**
 * PostgreSQL, MySQL, Valkey, ClickHouse and Kafka run by Raff, each inside a project: create,
 * scale, connect, observe, query and restore them. Ids are UUIDs or short ids.
 *
 * `raff.databases`: its methods are made from the operation table when the client is built, with
 * the hand-written ones of {@link DatabasesCustom}.
 */
export interface Databases extends DatabasesCustom {
  /**
   * Nightly and on-demand backups of a managed database; restoreDatabase restores them.
   */
  readonly backups: DatabaseBackups;

  /**
   * The PostgreSQL extensions a managed database may install, switched on and off one at a time.
   */
  readonly extensions: DatabaseExtensions;

  /**
   * Statements kept under a name with a managed database, shared by everyone in the account.
   */
  readonly savedQueries: DatabaseSavedQueries;

  /**
   * Users inside a managed database’s engine, with read-only or read-write access, and their
   * passwords.
   */
  readonly users: DatabaseUsers;

  /**
   * List database engines.
   *
   * The engines Raff runs as managed databases, with their display names, the major versions a new
   * database may use, and whether each can be created now. Any valid key may read it; takes no
   * project.
   *
   * Any valid key.
   *
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  engines(options?: RequestOptions): Promise<DatabaseEngineInfo[]>;

  /**
   * List database plans.
   *
   * The plans a managed database can be created on or scaled to, with their prices, plus what high
   * availability, read replicas and extra storage add. A plan’s `id` is what createDatabase and
   * scaleDatabase take as `plan_id`. listDatabasePricing returns the same catalog without a key.
   *
   * Any valid key.
   *
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: input that cannot be sent.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const listDatabasePlans = await raff.databases.plans();
   * ```
   */
  plans(params?: ListDatabasePlansParams, options?: RequestOptions): Promise<ListDatabasePlansResult>;

  /**
   * List databases.
   *
   * Returns the managed databases of one project (with `X-Project-ID`) or of every project the key
   * can reach (without it). Not paged: the whole list comes back at once.
   *
   * Raff documents no permission for it beyond access to the project. Sends `X-Project-ID` when a
   * project is known.
   *
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: input that cannot be sent.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const { data, total } = await raff.databases.list();
   * ```
   */
  list(params?: ListDatabasesParams, options?: RequestOptions): Promise<Page<Database>>;

  /**
   * Create a database.
   *
   * Starts provisioning a managed database in the project named by `X-Project-ID` and answers at
   * once with it in `pending`. It then goes through `deploying` to `running` (a free PostgreSQL or
   * MySQL database within seconds, larger ones take longer): poll getDatabase, or use `waitFor`.
   * Without `storage_gb` it gets the plan’s included storage, without `engine_version` the
   * engine’s newest version. Without `vpc_id` it has no private endpoint until connectDatabaseVPC;
   * public access stays off unless `public_access` is true. A body Raff cannot accept answers 400;
   * billing standing (403) and balance (402) are checked.
   *
   * Raff documents no permission for it beyond access to the project. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a
   * POST may have reached Raff): check its effect before repeating it.
   *
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: no project, input that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPaymentRequiredError} 402.
   * @throws {RaffBillingError} 403.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const database = await raff.databases.create({
   *   name: 'billing-mysql',
   *   engine: 'mysql',
   *   plan_id: 21,
   *   vpc_id: 'c5d55dcb-e21f-427b-b970-8a6710c80b9e',
   * });
   * ```
   */
  create(body: CreateDatabaseBody, options?: RequestOptions): Promise<Database>;

  /**
   * Get a database.
   *
   * Returns one managed database, found by its UUID or short id. `waitFor` polls this call until
   * the status it waits for, and stops on `failed`.
   *
   * Any valid key.
   *
   * @param id - The database: its UUID (`id`) or its short id (`database_id`, the first label of
   * its hostnames). Letters, digits and hyphens only.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  get(id: string, options?: RequestOptions): Promise<Database>;

  /**
   * Polls `databases.get()` until the database reaches `until`, and resolves with nothing once it
   * is gone.
   *
   * `until` is a status (`pending`, `deploying`, `running`, `warning`, `resizing`, `restoring`,
   * `suspended`, `failed`, `deleting`, `deleted`), a list of them, a predicate, or `'deleted'`
   * (the get answers 404). A `failed` status ends the wait with a `RaffWaitFailedError`. Polls are
   * normal GETs (rate limiter and retries apply), the first after 2000 ms, each pause half again
   * as long as the one before, up to 15 s.
   *
   * @param id - The database: its UUID (`id`) or its short id (`database_id`, the first label of
   * its hostnames). Letters, digits and hyphens only.
   * @param until - What to wait for.
   * @param options - `timeout` (in all, default 15 min), `interval` (first pause) and `signal`.
   * @throws {RaffValidationError} before any poll, for a status the resource does not have or bad
   * options.
   * @throws {RaffWaitFailedError} when the resource reaches a failure status first.
   * @throws {RaffTimeoutError} with `limit: 'wait'` when `timeout` runs out.
   * @example
   * ```ts
   * await raff.databases.waitFor(databaseId, 'running');
   * ```
   */
  waitFor(id: string, until: 'deleted', options?: WaitOptions): Promise<void>;

  /**
   * Polls `databases.get()` until the database reaches `until`, and resolves with its last state.
   *
   * `until` is a status (`pending`, `deploying`, `running`, `warning`, `resizing`, `restoring`,
   * `suspended`, `failed`, `deleting`, `deleted`), a list of them, a predicate, or `'deleted'`
   * (the get answers 404). A `failed` status ends the wait with a `RaffWaitFailedError`. Polls are
   * normal GETs (rate limiter and retries apply), the first after 2000 ms, each pause half again
   * as long as the one before, up to 15 s.
   *
   * @param id - The database: its UUID (`id`) or its short id (`database_id`, the first label of
   * its hostnames). Letters, digits and hyphens only.
   * @param until - What to wait for.
   * @param options - `timeout` (in all, default 15 min), `interval` (first pause) and `signal`.
   * @throws {RaffValidationError} before any poll, for a status the resource does not have or bad
   * options.
   * @throws {RaffWaitFailedError} when the resource reaches a failure status first.
   * @throws {RaffTimeoutError} with `limit: 'wait'` when `timeout` runs out.
   * @example
   * ```ts
   * await raff.databases.waitFor(databaseId, 'running');
   * ```
   */
  waitFor(id: string, until: WaitUntil<Database, DatabaseStatus>, options?: WaitOptions): Promise<Database>;

  /**
   * Delete a database.
   *
   * Deletes the database together with its backups; this cannot be undone. It passes through
   * `deleting`, and is gone once getDatabase answers 404. What is left of a prepaid subscription
   * is refunded pro rata to the account balance.
   *
   * Any valid key.
   *
   * @param id - The database: its UUID (`id`) or its short id (`database_id`, the first label of
   * its hostnames). Letters, digits and hyphens only.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  delete(id: string, options?: RequestOptions): Promise<void>;

  /**
   * Rename a database.
   *
   * Changes the display name. The short id, and with it every hostname and connection string,
   * stays the same.
   *
   * Any valid key. Not retried on 5xx or timeouts (a PATCH may have reached Raff): check its
   * effect before repeating it.
   *
   * @param id - The database: its UUID (`id`) or its short id (`database_id`, the first label of
   * its hostnames). Letters, digits and hyphens only.
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const database = await raff.databases.update(databaseId, { name: 'orders-pg-main' });
   * ```
   */
  update(id: string, body: UpdateDatabaseBody, options?: RequestOptions): Promise<Database>;

  /**
   * Scale a database.
   *
   * Changes the plan, storage, high availability or read replicas of a running database; it is
   * `resizing` while the change is applied. The plan must be of the same engine, and its included
   * storage becomes the floor. Storage only grows. High availability changes only when `set_ha` is
   * true. `replica_count` is always applied, so send the current count when it should stay
   * (replicas are PostgreSQL only).
   *
   * Any valid key. Not retried on 5xx or timeouts (a POST may have reached Raff): check its effect
   * before repeating it.
   *
   * @param id - The database: its UUID (`id`) or its short id (`database_id`, the first label of
   * its hostnames). Letters, digits and hyphens only.
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const database = await raff.databases.scale(databaseId, { plan_id: 14, replica_count: 0 });
   * ```
   */
  scale(id: string, body: ScaleDatabaseBody, options?: RequestOptions): Promise<Database>;

  /**
   * Resume a suspended database.
   *
   * Wakes a free database that was `suspended` after 7 days without client connections. It goes
   * back through `deploying` to `running`, usually in about a minute, with all its data. A
   * database that cannot be resumed answers 400.
   *
   * Any valid key. Not retried on 5xx or timeouts (a POST may have reached Raff): check its effect
   * before repeating it.
   *
   * @param id - The database: its UUID (`id`) or its short id (`database_id`, the first label of
   * its hostnames). Letters, digits and hyphens only.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  resume(id: string, options?: RequestOptions): Promise<Database>;

  /**
   * Restore a database.
   *
   * Restores a backup (`backup_id`, one that is `restorable`) or, on PostgreSQL, a point in time
   * (`pitr_timestamp`, from the backups’ `restore_window_start` until now); with neither, the most
   * recent state. A time outside that window is refused with 400. With `clone_to_new: true` the
   * restore goes into a new database that copies the source’s plan, storage, VPC and project,
   * starts without replicas, is billed pay as you go, gets high availability only if `ha_enabled`
   * asks for it, and is returned as `new_database_id` to poll with getDatabase; free databases
   * cannot do this. With `in_place: true` the database is overwritten: Raff first keeps a safety
   * backup, the database shows `restoring` until done, `new_database_id` is empty, and whatever
   * was written later than the restore point is lost.
   *
   * Any valid key. Not retried on 5xx or timeouts (a POST may have reached Raff): check its effect
   * before repeating it.
   *
   * @param id - The database: its UUID (`id`) or its short id (`database_id`, the first label of
   * its hostnames). Letters, digits and hyphens only.
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const restoreDatabase = await raff.databases.restore(databaseId, {
   *   clone_to_new: true,
   *   backup_id: '1c2c38cb-e992-4fa7-9c0e-9c72e74d7b70',
   *   new_name: 'orders-pg-audit',
   * });
   * ```
   */
  restore(id: string, body: RestoreDatabaseBody, options?: RequestOptions): Promise<RestoreDatabaseResult>;

  /**
   * Get connection details.
   *
   * The admin user, default database and endpoints to connect with. `host`, `port` and
   * `connection_uri` are the private endpoint, reachable from inside the database’s VPC (empty
   * while it is in no VPC); `public_host`, `public_port` and `public_connection_uri` are set only
   * while the public endpoint is open. The password, alone and inside the URIs, is left out unless
   * `reveal=true`: a revealed answer is a credential. Every endpoint needs TLS; `ca_cert` is the
   * CA to trust.
   *
   * Any valid key.
   *
   * @param id - The database: its UUID (`id`) or its short id (`database_id`, the first label of
   * its hostnames). Letters, digits and hyphens only.
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const getDatabaseConnection = await raff.databases.connection(databaseId);
   * ```
   */
  connection(id: string, params?: GetDatabaseConnectionParams, options?: RequestOptions): Promise<GetDatabaseConnectionResult>;

  /**
   * Rotate the admin password.
   *
   * Gives the database’s admin user a new password. Connections already open stay up until they
   * close; new ones need the new password, which getDatabaseConnection returns with `reveal=true`.
   * The answer itself carries no password.
   *
   * Any valid key. Not retried on 5xx or timeouts (a POST may have reached Raff): check its effect
   * before repeating it.
   *
   * @param id - The database: its UUID (`id`) or its short id (`database_id`, the first label of
   * its hostnames). Letters, digits and hyphens only.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  rotateCredentials(id: string, options?: RequestOptions): Promise<void>;

  /**
   * Connect a database to a VPC.
   *
   * Puts the private endpoint (`<database_id>.db.raffusercloud.com`) of a database that is in no
   * VPC into one of the project’s VPCs, so that machines in that VPC can reach it.
   *
   * Any valid key. Not retried on 5xx or timeouts (a POST may have reached Raff): check its effect
   * before repeating it.
   *
   * @param id - The database: its UUID (`id`) or its short id (`database_id`, the first label of
   * its hostnames). Letters, digits and hyphens only.
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const database = await raff.databases.connectVpc(databaseId, { vpc_id:
   * 'c5d55dcb-e21f-427b-b970-8a6710c80b9e' });
   * ```
   */
  connectVpc(id: string, body: ConnectDatabaseVPCBody, options?: RequestOptions): Promise<Database>;

  /**
   * Disconnect a database from its VPC.
   *
   * Takes the private endpoint out of its VPC: clients inside the VPC lose access. The public
   * endpoint, if it is on, keeps working.
   *
   * Any valid key.
   *
   * @param id - The database: its UUID (`id`) or its short id (`database_id`, the first label of
   * its hostnames). Letters, digits and hyphens only.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  disconnectVpc(id: string, options?: RequestOptions): Promise<Database>;

  /**
   * Get current metrics.
   *
   * The most recent usage sample: CPU, memory, storage, client connections, replication lag and
   * WAL archiving lag. Samples are about a minute apart; a `0` means not measured yet.
   *
   * Any valid key.
   *
   * @param id - The database: its UUID (`id`) or its short id (`database_id`, the first label of
   * its hostnames). Letters, digits and hyphens only.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  metrics(id: string, options?: RequestOptions): Promise<GetDatabaseMetricsResult>;

  /**
   * Get metrics history.
   *
   * Usage over the last `window_hours` hours as points, oldest first, each covering
   * `bucket_seconds`; for charts.
   *
   * Any valid key.
   *
   * @param id - The database: its UUID (`id`) or its short id (`database_id`, the first label of
   * its hostnames). Letters, digits and hyphens only.
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const getDatabaseMetricsHistory = await raff.databases.metricsHistory(databaseId);
   * ```
   */
  metricsHistory(id: string, params?: GetDatabaseMetricsHistoryParams, options?: RequestOptions): Promise<GetDatabaseMetricsHistoryResult>;

  /**
   * Get traffic by database user.
   *
   * For each database user, the operations, errors and warnings counted over the last
   * `window_hours` hours, in buckets of `bucket_seconds`. Where a figure is `-1`, the engine keeps
   * no per-user count of it.
   *
   * Any valid key.
   *
   * @param id - The database: its UUID (`id`) or its short id (`database_id`, the first label of
   * its hostnames). Letters, digits and hyphens only.
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const getDatabaseClientTraffic = await raff.databases.clientTraffic(databaseId);
   * ```
   */
  clientTraffic(id: string, params?: GetDatabaseClientTrafficParams, options?: RequestOptions): Promise<GetDatabaseClientTrafficResult>;

  /**
   * Get slow queries.
   *
   * The slowest recent queries, at most `limit`. PostgreSQL: one entry per normalized statement
   * from `pg_stat_statements`, with its call count, mean and total time. Valkey: one entry per
   * slow command from `SLOWLOG` (`calls` is 1; `rows` does not apply). `collecting` is false until
   * statistics are being gathered.
   *
   * Any valid key.
   *
   * @param id - The database: its UUID (`id`) or its short id (`database_id`, the first label of
   * its hostnames). Letters, digits and hyphens only.
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const getDatabaseSlowQueries = await raff.databases.slowQueries(databaseId);
   * ```
   */
  slowQueries(id: string, params?: GetDatabaseSlowQueriesParams, options?: RequestOptions): Promise<GetDatabaseSlowQueriesResult>;

  /**
   * Get engine logs.
   *
   * The last `tail` lines of the engine’s log, the newest last.
   *
   * Any valid key.
   *
   * @param id - The database: its UUID (`id`) or its short id (`database_id`, the first label of
   * its hostnames). Letters, digits and hyphens only.
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const getDatabaseLogsItems = await raff.databases.logs(databaseId);
   * ```
   */
  logs(id: string, params?: GetDatabaseLogsParams, options?: RequestOptions): Promise<GetDatabaseLogsItem[]>;

  /**
   * List engine parameters.
   *
   * The engine settings in effect (`max_connections`, `work_mem`, …) with their defaults and the
   * origin of each value: the plan’s size, an override in `engine_config`, or the engine’s own
   * default.
   *
   * Any valid key.
   *
   * @param id - The database: its UUID (`id`) or its short id (`database_id`, the first label of
   * its hostnames). Letters, digits and hyphens only.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  parameters(id: string, options?: RequestOptions): Promise<DatabaseParameter[]>;

  /**
   * Run a query.
   *
   * Runs one statement as the admin user: SQL on PostgreSQL, MySQL and ClickHouse, one command on
   * Valkey. The run is read-only, refusing writes, unless `read_only` is false. At most `max_rows`
   * rows come back (`truncated` tells when there were more), and a statement still running after
   * 15 seconds is cancelled. Values come as text in `cells`, with `nulls[i]` true where value `i`
   * is NULL.
   *
   * Any valid key. Not retried on 5xx or timeouts (a POST may have reached Raff): check its effect
   * before repeating it.
   *
   * @param id - The database: its UUID (`id`) or its short id (`database_id`, the first label of
   * its hostnames). Letters, digits and hyphens only.
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const runDatabaseQuery = await raff.databases.query(databaseId, {
   *   statement: 'SELECT id, email, last_login FROM customers ORDER BY id LIMIT 2;',
   *   max_rows: 100,
   * });
   * ```
   */
  query(id: string, body: RunDatabaseQueryBody, options?: RequestOptions): Promise<RunDatabaseQueryResult>;

  /**
   * Browse a database.
   *
   * Reads the database one level per call. SQL engines: `path: []` lists schemas, `[schema]` its
   * tables, `[schema, table]` a page of rows (size `limit`; pass `next_cursor` as `cursor` for the
   * next). Valkey: `[]` lists keys, narrowed by `match` (a glob such as `session:*`), and `[key]`
   * returns the key’s value with its type and time to live in `meta`. The answer is `kind: nodes`
   * (read `nodes`) or `kind: rows` (read `columns` and `rows`).
   *
   * Any valid key. Not retried on 5xx or timeouts (a POST may have reached Raff): check its effect
   * before repeating it.
   *
   * @param id - The database: its UUID (`id`) or its short id (`database_id`, the first label of
   * its hostnames). Letters, digits and hyphens only.
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const browseDatabase = await raff.databases.browse(databaseId, { path: ['public'] });
   * ```
   */
  browse(id: string, body: BrowseDatabaseBody, options?: RequestOptions): Promise<BrowseDatabaseResult>;

  /**
   * List apps and functions using a database.
   *
   * Which Raff app services and functions have a binding to this database, and how each binding
   * stands.
   *
   * Any valid key.
   *
   * @param id - The database: its UUID (`id`) or its short id (`database_id`, the first label of
   * its hostnames). Letters, digits and hyphens only.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  consumers(id: string, options?: RequestOptions): Promise<DatabaseConsumer[]>;
}
