/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import type { RequestOptions } from '../../src/core/options.js';
import type { Page } from '../../src/core/pagination.js';
import type { APIResource } from '../../src/core/resource.js';
import type { WaitOptions, WaitUntil } from '../../src/core/waiter.js';
import type { AddAppCustomDomainBody, AppCustomDomain, AppDeployment, AppEnvVar, AppEnvVarRevealed, AppJobRun, AppLogLine, AppMetricSeries, AppService, AppServiceStatus, AppSpendSettings, AppTier, BulkSetAppEnvVarsBody, BulkSetAppEnvVarsResult, CreateAppDeploymentBody, CreateAppServiceBody, CreateAppServiceResult, GetAppDeploymentLogsResult, GetAppServiceMetricsParams, GetAppsUsageParams, GetAppsUsageResult, ListAppCustomDomainsParams, ListAppDeploymentsParams, ListAppEnvVarsParams, ListAppLogsParams, ListAppServicesParams, ListAppTiersParams, RequestAppSourceUploadResult, RollbackAppServiceBody, ScaleAppServiceBody, SetAppEnvVarBody, SetAppEnvVarResult, UpdateAppSpendSettingsBody } from '../types.js';

/**
 * The builds and releases of an App service, with their build logs.
 *
 * `raff.apps.deployments`: its methods are made from the operation table when the client is built.
 */
export interface AppDeployments extends APIResource {
  /**
   * List deployments.
   *
   * The latest deployments of a service, newest first. Not paged: `limit` caps how many come back.
   *
   * Any valid key.
   *
   * @param serviceId - The service: its UUID (`id`) or its short id (`service_id`).
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const { data, total } = await raff.apps.deployments.list(serviceId);
   * ```
   */
  list(serviceId: string, params?: ListAppDeploymentsParams, options?: RequestOptions): Promise<Page<AppDeployment>>;

  /**
   * Deploy an app service.
   *
   * Queues a new build and rollout: of an uploaded tarball (`source_blob_key`), of a container
   * image (`image_ref`), or, with neither, of the head of the connected GitHub branch. Follow it
   * with getAppDeployment and getAppDeploymentLogs. A pay-as-you-go service cannot be deployed
   * while the spend cap has Apps paused (412).
   *
   * Any valid key. Not retried on 5xx or timeouts (a POST may have reached Raff): check its effect
   * before repeating it.
   *
   * @param serviceId - The service: its UUID (`id`) or its short id (`service_id`).
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffPreconditionFailedError} 412: refused because the account’s Apps spend cap (with
   * `cap_action: pause`) has stopped its apps billed by the hour.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const appDeployment = await raff.apps.deployments.create(serviceId, {
   *   channel: 'cli',
   *   source_blob_key: 'app-sources/k3m9tx/7d1e0c54.tar.gz',
   * });
   * ```
   */
  create(serviceId: string, body: CreateAppDeploymentBody, options?: RequestOptions): Promise<AppDeployment>;

  /**
   * Get a deployment.
   *
   * Returns one deployment by its id, with its build state.
   *
   * Any valid key.
   *
   * @param id - Deployment id (UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  get(id: string, options?: RequestOptions): Promise<AppDeployment>;

  /**
   * Get a deployment’s build log.
   *
   * The build output of a deployment so far. While `complete` is false the build is still running
   * and more lines will come; call again to get them.
   *
   * Any valid key.
   *
   * @param id - Deployment id (UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  logs(id: string, options?: RequestOptions): Promise<GetAppDeploymentLogsResult>;
}

/**
 * Custom domains of an App service and their verification.
 *
 * `raff.apps.domains`: its methods are made from the operation table when the client is built.
 */
export interface AppDomains extends APIResource {
  /**
   * List custom domains.
   *
   * The custom domains pointing at a service, with their verification and certificate state.
   *
   * Any valid key.
   *
   * @param serviceId - The service: its UUID (`id`) or its short id (`service_id`).
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const { data, total } = await raff.apps.domains.list(serviceId);
   * ```
   */
  list(serviceId: string, params?: ListAppCustomDomainsParams, options?: RequestOptions): Promise<Page<AppCustomDomain>>;

  /**
   * Add a custom domain.
   *
   * Points a domain at a web service. The answer (status `pending_dns`) names the two records the
   * domain’s owner must publish: a CNAME pointing at `cname_target`, and a TXT record
   * `verification_txt_name` holding `verification_txt_value`. Once they resolve, Raff verifies the
   * domain and issues its certificate by itself.
   *
   * Any valid key. Not retried on 5xx or timeouts (a POST may have reached Raff): check its effect
   * before repeating it.
   *
   * @param serviceId - The service: its UUID (`id`) or its short id (`service_id`).
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
   * const appCustomDomain = await raff.apps.domains.add(serviceId, { domain:
   * 'shop.northwind.example' });
   * ```
   */
  add(serviceId: string, body: AddAppCustomDomainBody, options?: RequestOptions): Promise<AppCustomDomain>;

  /**
   * Remove a custom domain.
   *
   * Detaches a custom domain from its service; the removal finishes in the background.
   *
   * Any valid key.
   *
   * @param id - Custom domain id (UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  delete(id: string, options?: RequestOptions): Promise<void>;

  /**
   * Retry domain verification.
   *
   * Checks the domain’s DNS records again and, if they are right, tries the certificate again. Use
   * it after fixing the records of a domain in `error`.
   *
   * Any valid key. Not retried on 5xx or timeouts (a POST may have reached Raff): check its effect
   * before repeating it.
   *
   * @param id - Custom domain id (UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  retry(id: string, options?: RequestOptions): Promise<AppCustomDomain>;
}

/**
 * An App service’s environment variables; `reveal` returns the secret values.
 *
 * `raff.apps.env`: its methods are made from the operation table when the client is built.
 */
export interface AppEnv extends APIResource {
  /**
   * List environment variables.
   *
   * The service’s environment variables. Secret values come back blank: read them with
   * revealAppEnvVars.
   *
   * Any valid key.
   *
   * @param serviceId - The service: its UUID (`id`) or its short id (`service_id`).
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const { data, total } = await raff.apps.env.list(serviceId);
   * ```
   */
  list(serviceId: string, params?: ListAppEnvVarsParams, options?: RequestOptions): Promise<Page<AppEnvVar>>;

  /**
   * Set an environment variable.
   *
   * Creates or overwrites one variable. Unless `redeploy` is false, the service picks it up at
   * once: its instances restart, or, for a `build` or `both` variable, its image is rebuilt. With
   * `redeploy: false` it waits for the next deployment. The answer lists all the service’s
   * variables.
   *
   * Any valid key.
   *
   * @param serviceId - The service: its UUID (`id`) or its short id (`service_id`).
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
   * const setAppEnvVar = await raff.apps.env.set(serviceId, {
   *   key: 'SESSION_SECRET',
   *   value: 'example-session-secret-4f2a',
   *   is_secret: true,
   * });
   * ```
   */
  set(serviceId: string, body: SetAppEnvVarBody, options?: RequestOptions): Promise<SetAppEnvVarResult>;

  /**
   * Set several environment variables.
   *
   * Creates or overwrites many variables as one change (the contents of an `.env` file, say),
   * rolled out once. Variables not named are left alone. The answer lists all the service’s
   * variables.
   *
   * Any valid key.
   *
   * @param serviceId - The service: its UUID (`id`) or its short id (`service_id`).
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
   * const bulkSetAppEnvVars = await raff.apps.env.setMany(serviceId, {
   *   vars: [
   *     { key: 'LOG_LEVEL', value: 'debug' },
   *     {
   *       key: 'DATABASE_URL',
   *       value: 'postgres://shop:example-password@db.internal:5432/shop',
   *       is_secret: true,
   *     },
   *   ],
   * });
   * ```
   */
  setMany(serviceId: string, body: BulkSetAppEnvVarsBody, options?: RequestOptions): Promise<BulkSetAppEnvVarsResult>;

  /**
   * Reveal environment variables.
   *
   * The service’s environment variables with every value in clear, secrets included. It needs
   * manage rights on the service, and Raff records each call.
   *
   * Any valid key.
   *
   * @param serviceId - The service: its UUID (`id`) or its short id (`service_id`).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  reveal(serviceId: string, options?: RequestOptions): Promise<AppEnvVarRevealed[]>;

  /**
   * Delete an environment variable.
   *
   * Removes one variable and rolls the change out. The answer lists the variables that remain.
   *
   * Any valid key.
   *
   * @param serviceId - The service: its UUID (`id`) or its short id (`service_id`).
   * @param key - Name of the environment variable.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  delete(serviceId: string, key: string, options?: RequestOptions): Promise<void>;
}

/**
 * Runs of an App job service.
 *
 * `raff.apps.jobs`: its methods are made from the operation table when the client is built.
 */
export interface AppJobs extends APIResource {
  /**
   * Run a job now.
   *
   * Runs a `cron` or `job` service immediately, outside any schedule. A pay-as-you-go service
   * cannot run while the spend cap has Apps paused (412).
   *
   * Any valid key. Not retried on 5xx or timeouts (a POST may have reached Raff): check its effect
   * before repeating it.
   *
   * @param serviceId - The service: its UUID (`id`) or its short id (`service_id`).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffPreconditionFailedError} 412: refused because the account’s Apps spend cap (with
   * `cap_action: pause`) has stopped its apps billed by the hour.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  run(serviceId: string, options?: RequestOptions): Promise<AppJobRun>;

  /**
   * List job runs.
   *
   * Past and current runs of a `cron` or `job` service, newest first.
   *
   * Any valid key.
   *
   * @param serviceId - The service: its UUID (`id`) or its short id (`service_id`).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  runs(serviceId: string, options?: RequestOptions): Promise<AppJobRun[]>;

  /**
   * Cancel a job run.
   *
   * Stops a job run that has not ended.
   *
   * Any valid key. Not retried on 5xx or timeouts (a POST may have reached Raff): check its effect
   * before repeating it.
   *
   * @param runId - Job run id (UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  cancel(runId: string, options?: RequestOptions): Promise<AppJobRun>;
}

/**
 * App services: what runs (web, private, worker, cron and job services), with their lifecycle,
 * scaling, logs and metrics, and `waitFor`.
 *
 * `raff.apps.services`: its methods are made from the operation table when the client is built.
 */
export interface AppServices extends APIResource {
  /**
   * List app services.
   *
   * Every app service the key can reach, optionally narrowed to one project (by the `project_id`
   * query parameter, not the header), one type or one status. Not paged.
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
   * const { data, total } = await raff.apps.services.list();
   * ```
   */
  list(params?: ListAppServicesParams, options?: RequestOptions): Promise<Page<AppService>>;

  /**
   * Create an app service.
   *
   * Creates a service in the project named by `X-Project-ID`. It answers at once with the service
   * in `pending`; the service then goes `building` → `deploying` → `live` (poll getAppService).
   * Code arrives through requestAppSourceUpload and createAppDeployment, from the connected GitHub
   * branch, or, for an image source with `deploy_now`, right away. Billing standing and balance
   * are checked first; a duplicate name is a 409, and a pay-as-you-go service cannot be created
   * while the spend cap has Apps paused (412).
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
   * @throws {RaffConflictError} 409: the project already has a service with that name.
   * @throws {RaffPreconditionFailedError} 412: refused because the account’s Apps spend cap (with
   * `cap_action: pause`) has stopped its apps billed by the hour.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const createAppService = await raff.apps.services.create({
   *   name: 'queue-worker',
   *   service_type: 'worker',
   *   source_type: 'image',
   *   builder: 'image',
   *   image_ref: 'ghcr.io/northwind/queue-worker:2.0.0',
   *   tier_id: 2,
   *   replicas: 1,
   *   region: 'us-east',
   *   deploy_now: true,
   * });
   * ```
   */
  create(body: CreateAppServiceBody, options?: RequestOptions): Promise<CreateAppServiceResult>;

  /**
   * Get an app service.
   *
   * Returns one service, by UUID or short id. Poll it to follow a create, deploy, pause or delete:
   * `live` is the running state, `error` is final.
   *
   * Any valid key.
   *
   * @param id - The service: its UUID (`id`) or its short id (`service_id`).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  get(id: string, options?: RequestOptions): Promise<AppService>;

  /**
   * Polls `apps.services.get()` until the appService reaches `until`, and resolves with nothing
   * once it is gone.
   *
   * `until` is a status (`pending`, `building`, `deploying`, `live`, `paused`, `suspended`,
   * `error`, `deleting`, `deleted`), a list of them, a predicate, or `'deleted'` (the get answers
   * 404). A `error` status ends the wait with a `RaffWaitFailedError`. Polls are normal GETs (rate
   * limiter and retries apply), the first after 3000 ms, each pause half again as long as the one
   * before, up to 15 s.
   *
   * @param id - The service: its UUID (`id`) or its short id (`service_id`).
   * @param until - What to wait for.
   * @param options - `timeout` (in all, default 15 min), `interval` (first pause) and `signal`.
   * @throws {RaffValidationError} before any poll, for a status the resource does not have or bad
   * options.
   * @throws {RaffWaitFailedError} when the resource reaches a failure status first.
   * @throws {RaffTimeoutError} with `limit: 'wait'` when `timeout` runs out.
   * @example
   * ```ts
   * await raff.apps.services.waitFor(serviceId, 'live');
   * ```
   */
  waitFor(id: string, until: 'deleted', options?: WaitOptions): Promise<void>;

  /**
   * Polls `apps.services.get()` until the appService reaches `until`, and resolves with its last
   * state.
   *
   * `until` is a status (`pending`, `building`, `deploying`, `live`, `paused`, `suspended`,
   * `error`, `deleting`, `deleted`), a list of them, a predicate, or `'deleted'` (the get answers
   * 404). A `error` status ends the wait with a `RaffWaitFailedError`. Polls are normal GETs (rate
   * limiter and retries apply), the first after 3000 ms, each pause half again as long as the one
   * before, up to 15 s.
   *
   * @param id - The service: its UUID (`id`) or its short id (`service_id`).
   * @param until - What to wait for.
   * @param options - `timeout` (in all, default 15 min), `interval` (first pause) and `signal`.
   * @throws {RaffValidationError} before any poll, for a status the resource does not have or bad
   * options.
   * @throws {RaffWaitFailedError} when the resource reaches a failure status first.
   * @throws {RaffTimeoutError} with `limit: 'wait'` when `timeout` runs out.
   * @example
   * ```ts
   * await raff.apps.services.waitFor(serviceId, 'live');
   * ```
   */
  waitFor(id: string, until: WaitUntil<AppService, AppServiceStatus>, options?: WaitOptions): Promise<AppService>;

  /**
   * Delete an app service.
   *
   * Starts removing the service and everything it runs. The answer only confirms that the removal
   * was accepted; the service passes through `deleting`, and its name and URL become free once it
   * is gone (getAppService then answers 404).
   *
   * Any valid key.
   *
   * @param id - The service: its UUID (`id`) or its short id (`service_id`).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  delete(id: string, options?: RequestOptions): Promise<void>;

  /**
   * Pause an app service.
   *
   * Stops every instance, so none is billed, and suspends a cron schedule. The settings are kept;
   * resumeAppService brings the service back.
   *
   * Any valid key. Not retried on 5xx or timeouts (a POST may have reached Raff): check its effect
   * before repeating it.
   *
   * @param id - The service: its UUID (`id`) or its short id (`service_id`).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  pause(id: string, options?: RequestOptions): Promise<AppService>;

  /**
   * Resume an app service.
   *
   * Starts a paused service again with its configured instance count (or autoscaling range). A
   * pay-as-you-go service cannot be resumed while the spend cap has Apps paused (412).
   *
   * Any valid key. Not retried on 5xx or timeouts (a POST may have reached Raff): check its effect
   * before repeating it.
   *
   * @param id - The service: its UUID (`id`) or its short id (`service_id`).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffPreconditionFailedError} 412: refused because the account’s Apps spend cap (with
   * `cap_action: pause`) has stopped its apps billed by the hour.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  resume(id: string, options?: RequestOptions): Promise<AppService>;

  /**
   * Scale an app service.
   *
   * Changes the instance count, the autoscaling settings or scale-to-zero. A live service takes
   * the change without downtime. Autoscaling fields are applied only with `autoscaling_set: true`.
   * At most 6 instances; `min_replicas` above `max_replicas` is a 400; scaling a pay-as-you-go
   * service up while the spend cap has Apps paused is a 412.
   *
   * Any valid key. Not retried on 5xx or timeouts (a POST may have reached Raff): check its effect
   * before repeating it.
   *
   * @param id - The service: its UUID (`id`) or its short id (`service_id`).
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffPreconditionFailedError} 412: refused because the account’s Apps spend cap (with
   * `cap_action: pause`) has stopped its apps billed by the hour.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const appService = await raff.apps.services.scale(serviceId, { replicas: 3 });
   * ```
   */
  scale(id: string, body: ScaleAppServiceBody, options?: RequestOptions): Promise<AppService>;

  /**
   * Get a source upload URL.
   *
   * Hands out a short-lived URL to upload the app’s source to, as a gzipped tarball. PUT the file
   * to `upload_url` (without the API key), then call createAppDeployment with `source_blob_key`
   * set to `blob_key`.
   *
   * Any valid key. Not retried on 5xx or timeouts (a POST may have reached Raff): check its effect
   * before repeating it.
   *
   * @param id - The service: its UUID (`id`) or its short id (`service_id`).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  requestSourceUpload(id: string, options?: RequestOptions): Promise<RequestAppSourceUploadResult>;

  /**
   * Roll back an app service.
   *
   * Goes back to an earlier deployment: a new deployment (`channel: rollback`) reuses that
   * deployment’s image and settings, so nothing is rebuilt.
   *
   * Any valid key. Not retried on 5xx or timeouts (a POST may have reached Raff): check its effect
   * before repeating it.
   *
   * @param id - The service: its UUID (`id`) or its short id (`service_id`).
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
   * const appDeployment = await raff.apps.services.rollback(serviceId, { target_deployment_id:
   * 'cadc0fb8-3378-41c9-94ef-bfcec0ce18e2' });
   * ```
   */
  rollback(id: string, body: RollbackAppServiceBody, options?: RequestOptions): Promise<AppDeployment>;

  /**
   * List runtime logs.
   *
   * Lines the service’s running instances wrote, filtered by level, text and time.
   *
   * Any valid key.
   *
   * @param id - The service: its UUID (`id`) or its short id (`service_id`).
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const appLogLines = await raff.apps.services.logs(serviceId);
   * ```
   */
  logs(id: string, params?: ListAppLogsParams, options?: RequestOptions): Promise<AppLogLine[]>;

  /**
   * Get app service metrics.
   *
   * Resource and traffic measures of the service over a recent window, one series per measure.
   *
   * Any valid key.
   *
   * @param id - The service: its UUID (`id`) or its short id (`service_id`).
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const appMetricSeriess = await raff.apps.services.metrics(serviceId);
   * ```
   */
  metrics(id: string, params?: GetAppServiceMetricsParams, options?: RequestOptions): Promise<AppMetricSeries[]>;
}

/**
 * Hosted app services (public web, private, worker, cron and one-off job), with their deployments,
 * environment variables, custom domains and job runs, plus usage and the account’s monthly spend
 * cap. Services are named by UUID or short id.
 *
 * `raff.apps`: its methods are made from the operation table when the client is built.
 */
export interface Apps extends APIResource {
  /**
   * The builds and releases of an App service, with their build logs.
   */
  readonly deployments: AppDeployments;

  /**
   * Custom domains of an App service and their verification.
   */
  readonly domains: AppDomains;

  /**
   * An App service’s environment variables; `reveal` returns the secret values.
   */
  readonly env: AppEnv;

  /**
   * Runs of an App job service.
   */
  readonly jobs: AppJobs;

  /**
   * App services: what runs (web, private, worker, cron and job services), with their lifecycle,
   * scaling, logs and metrics, and `waitFor`.
   */
  readonly services: AppServices;

  /**
   * List Apps tiers.
   *
   * The compute sizes an app service can run at, with their prices. Needs no key. A tier’s `id` is
   * what createAppService takes as `tier_id`. Same answer as getAppsPricing.
   *
   * Public: needs no key.
   *
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: input that cannot be sent.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const appTiers = await raff.apps.tiers();
   * ```
   */
  tiers(params?: ListAppTiersParams, options?: RequestOptions): Promise<AppTier[]>;

  /**
   * Get Apps usage.
   *
   * Instance-hours and estimated charges per service for this month so far or for last month,
   * across the account or for one service. Services deleted during the month still appear.
   *
   * Any valid key.
   *
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: input that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const getAppsUsage = await raff.apps.usage();
   * ```
   */
  usage(params?: GetAppsUsageParams, options?: RequestOptions): Promise<GetAppsUsageResult>;

  /**
   * Get the Apps spend cap.
   *
   * Reads the cap on what the account spends on Apps per calendar month. An account that never
   * changed it has the cap on at 50 USD with `notify_only`.
   *
   * Any valid key.
   *
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  spendSettings(options?: RequestOptions): Promise<AppSpendSettings>;

  /**
   * Update the Apps spend cap.
   *
   * Changes the fields sent and keeps the rest; `{ "enabled": false }` removes the cap. Account
   * owners and billing contacts are e-mailed at 75 %, 90 % and 100 % of the cap. At the cap,
   * `notify_only` only tells them; `pause` stops all apps billed by the hour (prepaid apps keep
   * running unless scaled beyond their plan) until the month ends or the cap is raised or switched
   * off; meanwhile creating, resuming, deploying, scaling up or running jobs of such apps answers
   * 412.
   *
   * Any valid key. Not retried on 5xx or timeouts (a PATCH may have reached Raff): check its
   * effect before repeating it.
   *
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: input that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const appSpendSettings = await raff.apps.updateSpendSettings({ monthly_cap_usd: 120,
   * cap_action: 'pause' });
   * ```
   */
  updateSpendSettings(body: UpdateAppSpendSettingsBody, options?: RequestOptions): Promise<AppSpendSettings>;
}
