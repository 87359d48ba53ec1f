/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import type { RequestOptions } from '../../src/core/options.js';
import type { Page } from '../../src/core/pagination.js';
import type { APIResource } from '../../src/core/resource.js';
import type { WaitOptions, WaitUntil } from '../../src/core/waiter.js';
import type { ConvertLambdaBody, ConvertLambdaResult, CreateFunctionBindingBody, CreateFunctionBody, CreateFunctionDeploymentBody, CreateFunctionTriggerBody, FunctionBinding, FunctionDeployment, FunctionEnvVar, FunctionInvocation, FunctionLogLine, FunctionMetrics, FunctionRevealedEnvVar, FunctionRevision, FunctionRuntimeInfo, FunctionSourceUpload, FunctionTrigger, FunctionTriggerRun, FunctionsSpendSettings, FunctionsUsage, GetFunctionDeploymentLogsResult, GetFunctionMetricsParams, GetFunctionSourceParams, GetFunctionSourceResult, GetFunctionsUsageParams, ListFunctionBindingsParams, ListFunctionDeploymentsParams, ListFunctionEnvVarsParams, ListFunctionInvocationsParams, ListFunctionLogsParams, ListFunctionTriggerRunsParams, ListFunctionTriggersParams, ListFunctionsParams, RollbackFunctionBody, ServerlessFunction, ServerlessFunctionStatus, SetFunctionEnvVarBody, UpdateFunctionBody, UpdateFunctionTriggerBody, UpdateFunctionsSpendSettingsBody } from '../types.js';

/**
 * Managed resources (databases, buckets) bound to a function through injected environment
 * variables.
 *
 * `raff.functions.bindings`: its methods are made from the operation table when the client is
 * built.
 */
export interface FunctionBindings extends APIResource {
  /**
   * List bindings.
   *
   * Returns the databases and buckets wired into the function.
   *
   * Any valid key.
   *
   * @param functionId - The function: its UUID `id`, its short id (`fn-…`, the `function_id`
   * field), its URL `slug` or its `name`. Any of the four works wherever a function is named in
   * the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces,
   * control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other
   * routes) are refused; use the id or slug for such a function.
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const { data, total } = await raff.functions.bindings.list(functionId);
   * ```
   */
  list(functionId: string, params?: ListFunctionBindingsParams, options?: RequestOptions): Promise<Page<FunctionBinding>>;

  /**
   * Bind a database or bucket.
   *
   * Wires a managed database, or a bucket in Object Storage, of the account into the function.
   * Raff makes a credential for this binding alone (a database role or a storage key, separate
   * from the resource’s own) and gives it to the function as read-only system variables: for a
   * database `{PREFIX}_URL`, `{PREFIX}_HOST` and the like, for a bucket `{PREFIX}_ENDPOINT`,
   * `{PREFIX}_ACCESS_KEY` and the like. Databases are reached over Raff’s private network. A
   * `live` function is redeployed with the new variables without downtime. The answer does not
   * contain the credential.
   *
   * Any valid key. Not retried on 5xx or timeouts (a POST may have reached Raff): check its effect
   * before repeating it.
   *
   * @param functionId - The function: its UUID `id`, its short id (`fn-…`, the `function_id`
   * field), its URL `slug` or its `name`. Any of the four works wherever a function is named in
   * the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces,
   * control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other
   * routes) are refused; use the id or slug for such a function.
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
   * const functionBinding = await raff.functions.bindings.create(functionId, {
   *   binding_type: 'database',
   *   resource_id: 'f0c3a6e9-2d5b-4a18-b7e4-3c9d1f0a8b62',
   * });
   * ```
   */
  create(functionId: string, body: CreateFunctionBindingBody, options?: RequestOptions): Promise<FunctionBinding>;

  /**
   * Remove a binding.
   *
   * Revokes the binding’s credential and removes the variables it injected. Raff documents no
   * response body.
   *
   * Any valid key.
   *
   * @param functionId - The function: its UUID `id`, its short id (`fn-…`, the `function_id`
   * field), its URL `slug` or its `name`. Any of the four works wherever a function is named in
   * the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces,
   * control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other
   * routes) are refused; use the id or slug for such a function.
   * @param bindingId - Binding id (UUID), the `id` of a FunctionBinding.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  delete(functionId: string, bindingId: string, options?: RequestOptions): Promise<void>;

  /**
   * Rotate a binding’s credential.
   *
   * Makes a new credential for the binding and updates the injected variables; the old credential
   * stops working at once. The function is redeployed without downtime. The answer is the binding,
   * without the credential.
   *
   * Any valid key. Not retried on 5xx or timeouts (a POST may have reached Raff): check its effect
   * before repeating it.
   *
   * @param functionId - The function: its UUID `id`, its short id (`fn-…`, the `function_id`
   * field), its URL `slug` or its `name`. Any of the four works wherever a function is named in
   * the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces,
   * control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other
   * routes) are refused; use the id or slug for such a function.
   * @param bindingId - Binding id (UUID), the `id` of a FunctionBinding.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  rotate(functionId: string, bindingId: string, options?: RequestOptions): Promise<FunctionBinding>;
}

/**
 * The builds and releases of a function, with their build logs.
 *
 * `raff.functions.deployments`: its methods are made from the operation table when the client is
 * built.
 */
export interface FunctionDeployments extends APIResource {
  /**
   * List a function’s deployments.
   *
   * Returns the function’s deployments, newest first, with their build status.
   *
   * Any valid key.
   *
   * @param functionId - The function: its UUID `id`, its short id (`fn-…`, the `function_id`
   * field), its URL `slug` or its `name`. Any of the four works wherever a function is named in
   * the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces,
   * control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other
   * routes) are refused; use the id or slug for such a function.
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const { data, total } = await raff.functions.deployments.list(functionId);
   * ```
   */
  list(functionId: string, params?: ListFunctionDeploymentsParams, options?: RequestOptions): Promise<Page<FunctionDeployment>>;

  /**
   * Deploy a function.
   *
   * Builds new code and rolls it out. Give exactly one source: `source_blob_key` (a finished
   * upload), `template` (a starter) or `files` (inline). A function connected to GitHub deploys
   * its branch head when none is given. The deployment answers `queued`; follow it with
   * getFunctionDeployment and its build logs. Like createFunction, this is refused with 403 before
   * the account’s first top-up.
   *
   * Any valid key. Not retried on 5xx or timeouts (a POST may have reached Raff): check its effect
   * before repeating it.
   *
   * @param functionId - The function: its UUID `id`, its short id (`fn-…`, the `function_id`
   * field), its URL `slug` or its `name`. Any of the four works wherever a function is named in
   * the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces,
   * control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other
   * routes) are refused; use the id or slug for such a function.
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403: functions are locked for this account: they unlock
   * once the account has been topped up for the first time, with at least $5 (the money stays in
   * the balance).
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const functionDeployment = await raff.functions.deployments.create(functionId, {
   *   source_blob_key: 'fn-sources/fn-k3v9q2xz/7d2c9e41.zip',
   *   channel: 'cli',
   *   message: 'Resize with Lanczos',
   * });
   * ```
   */
  create(functionId: string, body: CreateFunctionDeploymentBody, options?: RequestOptions): Promise<FunctionDeployment>;

  /**
   * Get a deployment.
   *
   * Returns one deployment of the function, with its build status; `ready` and `failed` are final.
   *
   * Any valid key.
   *
   * @param functionId - The function: its UUID `id`, its short id (`fn-…`, the `function_id`
   * field), its URL `slug` or its `name`. Any of the four works wherever a function is named in
   * the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces,
   * control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other
   * routes) are refused; use the id or slug for such a function.
   * @param deploymentId - Deployment id (UUID), the `id` of a FunctionDeployment.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  get(functionId: string, deploymentId: string, options?: RequestOptions): Promise<FunctionDeployment>;

  /**
   * Get a deployment’s build log.
   *
   * Returns the build log so far. Call again while `complete` is false; each answer holds the
   * whole log up to now.
   *
   * Any valid key.
   *
   * @param functionId - The function: its UUID `id`, its short id (`fn-…`, the `function_id`
   * field), its URL `slug` or its `name`. Any of the four works wherever a function is named in
   * the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces,
   * control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other
   * routes) are refused; use the id or slug for such a function.
   * @param deploymentId - Deployment id (UUID), the `id` of a FunctionDeployment.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  logs(functionId: string, deploymentId: string, options?: RequestOptions): Promise<GetFunctionDeploymentLogsResult>;
}

/**
 * A function’s environment variables; `reveal` returns the secret values.
 *
 * `raff.functions.env`: its methods are made from the operation table when the client is built.
 */
export interface FunctionEnv extends APIResource {
  /**
   * List environment variables.
   *
   * Returns the function’s environment variables; values of secrets are left empty
   * (revealFunctionEnvVars shows them).
   *
   * Any valid key.
   *
   * @param functionId - The function: its UUID `id`, its short id (`fn-…`, the `function_id`
   * field), its URL `slug` or its `name`. Any of the four works wherever a function is named in
   * the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces,
   * control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other
   * routes) are refused; use the id or slug for such a function.
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const { data, total } = await raff.functions.env.list(functionId);
   * ```
   */
  list(functionId: string, params?: ListFunctionEnvVarsParams, options?: RequestOptions): Promise<Page<FunctionEnvVar>>;

  /**
   * Set an environment variable.
   *
   * Creates or overwrites one variable. A `live` function picks the change up in a fresh revision,
   * with no downtime. The platform keeps names beginning with `PORT`, `K_` and `RAFF_` for itself.
   * Raff documents no response body.
   *
   * Any valid key.
   *
   * @param functionId - The function: its UUID `id`, its short id (`fn-…`, the `function_id`
   * field), its URL `slug` or its `name`. Any of the four works wherever a function is named in
   * the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces,
   * control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other
   * routes) are refused; use the id or slug for such a function.
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
   * await raff.functions.env.set(functionId, {
   *   key: 'SENTRY_DSN',
   *   value: 'https://4f1c0a9e@errors.example.net/17',
   *   is_secret: true,
   * });
   * ```
   */
  set(functionId: string, body: SetFunctionEnvVarBody, options?: RequestOptions): Promise<void>;

  /**
   * Reveal environment variables.
   *
   * Returns the function’s environment variables with every value in clear text, secrets included.
   * Raff requires a manage permission for this and records each call in the audit log; a key
   * without it gets 403.
   *
   * Any valid key.
   *
   * @param functionId - The function: its UUID `id`, its short id (`fn-…`, the `function_id`
   * field), its URL `slug` or its `name`. Any of the four works wherever a function is named in
   * the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces,
   * control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other
   * routes) are refused; use the id or slug for such a function.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  reveal(functionId: string, options?: RequestOptions): Promise<FunctionRevealedEnvVar[]>;

  /**
   * Delete an environment variable.
   *
   * Removes one variable; a `live` function rolls the change out without downtime. Variables set
   * by a binding go away with the binding instead. Raff documents no response body.
   *
   * Any valid key.
   *
   * @param functionId - The function: its UUID `id`, its short id (`fn-…`, the `function_id`
   * field), its URL `slug` or its `name`. Any of the four works wherever a function is named in
   * the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces,
   * control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other
   * routes) are refused; use the id or slug for such a function.
   * @param key - Name of the environment variable, exactly as listed (names are case-sensitive).
   * Characters that cannot travel in one path segment are refused.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  delete(functionId: string, key: string, options?: RequestOptions): Promise<void>;
}

/**
 * What invokes a function besides HTTP: schedules and events.
 *
 * `raff.functions.triggers`: its methods are made from the operation table when the client is
 * built.
 */
export interface FunctionTriggers extends APIResource {
  /**
   * List triggers.
   *
   * Returns the function’s schedules and bucket subscriptions. HTTP is always on and is not
   * listed.
   *
   * Any valid key.
   *
   * @param functionId - The function: its UUID `id`, its short id (`fn-…`, the `function_id`
   * field), its URL `slug` or its `name`. Any of the four works wherever a function is named in
   * the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces,
   * control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other
   * routes) are refused; use the id or slug for such a function.
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const { data, total } = await raff.functions.triggers.list(functionId);
   * ```
   */
  list(functionId: string, params?: ListFunctionTriggersParams, options?: RequestOptions): Promise<Page<FunctionTrigger>>;

  /**
   * Create a trigger.
   *
   * Adds a schedule (`cron`, five fields, with an optional IANA time zone), a single run (`once`
   * at `run_at`) or a subscription to an Object Storage bucket’s events (`s3`, optionally filtered
   * by key prefix and suffix). Each delivery is a signed CloudEvent (HMAC in `X-Raff-Signature`),
   * tried up to 3 times. Triggers are free.
   *
   * Any valid key. Not retried on 5xx or timeouts (a POST may have reached Raff): check its effect
   * before repeating it.
   *
   * @param functionId - The function: its UUID `id`, its short id (`fn-…`, the `function_id`
   * field), its URL `slug` or its `name`. Any of the four works wherever a function is named in
   * the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces,
   * control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other
   * routes) are refused; use the id or slug for such a function.
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
   * const functionTrigger = await raff.functions.triggers.create(functionId, {
   *   trigger_type: 'cron',
   *   cron_expression: '0 3 * * *',
   *   timezone: 'Europe/Berlin',
   *   payload_json: '{"job":"nightly-cleanup"}',
   * });
   * ```
   */
  create(functionId: string, body: CreateFunctionTriggerBody, options?: RequestOptions): Promise<FunctionTrigger>;

  /**
   * Delete a trigger.
   *
   * Removes the trigger; it fires no more. Raff documents no response body.
   *
   * Any valid key.
   *
   * @param functionId - The function: its UUID `id`, its short id (`fn-…`, the `function_id`
   * field), its URL `slug` or its `name`. Any of the four works wherever a function is named in
   * the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces,
   * control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other
   * routes) are refused; use the id or slug for such a function.
   * @param triggerId - Trigger id (UUID), the `id` of a FunctionTrigger.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  delete(functionId: string, triggerId: string, options?: RequestOptions): Promise<void>;

  /**
   * Change a trigger.
   *
   * Turns a trigger on or off, or changes its schedule or payload; fields left out keep their
   * value. Raff documents no response body.
   *
   * Any valid key. Not retried on 5xx or timeouts (a PATCH may have reached Raff): check its
   * effect before repeating it.
   *
   * @param functionId - The function: its UUID `id`, its short id (`fn-…`, the `function_id`
   * field), its URL `slug` or its `name`. Any of the four works wherever a function is named in
   * the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces,
   * control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other
   * routes) are refused; use the id or slug for such a function.
   * @param triggerId - Trigger id (UUID), the `id` of a FunctionTrigger.
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
   * await raff.functions.triggers.update(functionId, triggerId, { enabled: false });
   * ```
   */
  update(functionId: string, triggerId: string, body: UpdateFunctionTriggerBody, options?: RequestOptions): Promise<void>;
}

/**
 * Serverless functions: HTTP handlers built from an upload, a starter template or a GitHub branch,
 * served at their own HTTPS URL and billed by memory and CPU seconds beyond a free monthly
 * allowance. They unlock with the account’s first top-up.
 *
 * `raff.functions`: its methods are made from the operation table when the client is built.
 */
export interface Functions extends APIResource {
  /**
   * Managed resources (databases, buckets) bound to a function through injected environment
   * variables.
   */
  readonly bindings: FunctionBindings;

  /**
   * The builds and releases of a function, with their build logs.
   */
  readonly deployments: FunctionDeployments;

  /**
   * A function’s environment variables; `reveal` returns the secret values.
   */
  readonly env: FunctionEnv;

  /**
   * What invokes a function besides HTTP: schedules and events.
   */
  readonly triggers: FunctionTriggers;

  /**
   * List functions.
   *
   * Returns every function of the account, in all projects, optionally only those in one status.
   * The list does not page.
   *
   * Any valid key.
   *
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: input that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const { data, total } = await raff.functions.list();
   * ```
   */
  list(params?: ListFunctionsParams, options?: RequestOptions): Promise<Page<ServerlessFunction>>;

  /**
   * Create a function.
   *
   * Creates an empty function in the project named by `X-Project-ID`. It answers `pending` and
   * serves nothing until code is deployed (requestFunctionSourceUpload and
   * createFunctionDeployment, or a starter template). The URL is `https://{slug}.fn.onraff.com`,
   * where the slug is the name plus a random suffix. Until the account has been topped up once (at
   * least $5) Functions stay locked and the call answers 403.
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
   * @throws {RaffPermissionDeniedError} 403: functions are locked for this account: they unlock
   * once the account has been topped up for the first time, with at least $5 (the money stays in
   * the balance).
   * @throws {RaffConflictError} 409: the account already has a function with this name (names are
   * unique per account, across projects).
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const serverlessFunction = await raff.functions.create({
   *   name: 'thumbnailer',
   *   description: 'Makes 256 px thumbnails of uploaded images',
   *   runtime: 'python',
   *   region: 'us-east',
   *   memory_mb: 512,
   *   timeout_seconds: 60,
   *   max_scale: 10,
   *   source_type: 'cli',
   * });
   * ```
   */
  create(body: CreateFunctionBody, options?: RequestOptions): Promise<ServerlessFunction>;

  /**
   * Get Functions usage.
   *
   * Usage so far in the current calendar month: memory GB-seconds and active vCPU-seconds (the two
   * billed meters), the free allowance left, AI Lambda rewrites used, and the charge so far beyond
   * the free allowance. `function_id` narrows the figures to one function, before the free
   * allowance (which is account-wide) is applied.
   *
   * Any valid key.
   *
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: input that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const functionsUsage = await raff.functions.usage();
   * ```
   */
  usage(params?: GetFunctionsUsageParams, options?: RequestOptions): Promise<FunctionsUsage>;

  /**
   * Get the Functions spend cap.
   *
   * Returns the account’s monthly spending limit for Functions. It is on by default at $50; at the
   * limit every function pauses instead of costing more; they serve again from the first day of
   * the following month, or sooner if the cap goes up.
   *
   * Any valid key.
   *
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  spendSettings(options?: RequestOptions): Promise<FunctionsSpendSettings>;

  /**
   * Change the Functions spend cap.
   *
   * Changes the cap; fields left out keep their value. Raising the cap above this month’s charges,
   * or switching it off, lets functions the cap paused serve again.
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
   * const functionsSpendSettings = await raff.functions.updateSpendSettings({ monthly_cap_usd: 200
   * });
   * ```
   */
  updateSpendSettings(body: UpdateFunctionsSpendSettingsBody, options?: RequestOptions): Promise<FunctionsSpendSettings>;

  /**
   * Convert an AWS Lambda.
   *
   * Turns AWS Lambda source into a Raff function’s source and settings, and stores nothing: review
   * what comes back before you turn it into a function and deploy its files. `rewrite` (the
   * default) has AI rewrite the handler into a portable one; it takes up to 64 KB of source, a few
   * conversions a month are free and later ones are charged to the balance, and it needs an
   * account that has been topped up (403 otherwise). `adapter` keeps the code unchanged behind a
   * small shim; it is free and works on any account. Memory, timeout, variables and EventBridge
   * `rate()` schedules are mapped the same way in both modes.
   *
   * Any valid key. Not retried on 5xx or timeouts (a POST may have reached Raff): check its effect
   * before repeating it.
   *
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: input that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403: functions are locked for this account: they unlock
   * once the account has been topped up for the first time, with at least $5 (the money stays in
   * the balance).
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const convertLambda = await raff.functions.importLambda({
   *   lambda_runtime: 'python3.12',
   *   handler: 'app.handler',
   *   mode: 'adapter',
   *   memory_mb: 512,
   *   timeout_seconds: 30,
   *   env_vars: { TABLE_NAME: 'orders' },
   *   files: [
   *     {
   *       name: 'app.py',
   *       content: 'def handler(event, context):
   *     return {"statusCode": 200, "body": "ok"}
   * ',
   *     },
   *   ],
   * });
   * ```
   */
  importLambda(body: ConvertLambdaBody, options?: RequestOptions): Promise<ConvertLambdaResult>;

  /**
   * Get a function.
   *
   * Returns one function, named by its id, short id, slug or name. Poll it after a deployment or
   * resume until `live`; `error` is final until the next deployment.
   *
   * Any valid key.
   *
   * @param id - The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its
   * URL `slug` or its `name`. Any of the four works wherever a function is named in the path.
   * Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control
   * characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes)
   * are refused; use the id or slug for such a function.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  get(id: string, options?: RequestOptions): Promise<ServerlessFunction>;

  /**
   * Polls `functions.get()` until the serverlessFunction reaches `until`, and resolves with
   * nothing once it is gone.
   *
   * `until` is a status (`pending`, `building`, `live`, `paused`, `error`, `deleting`), a list of
   * them, a predicate, or `'deleted'` (the get answers 404). A `error` status ends the wait with a
   * `RaffWaitFailedError`. Polls are normal GETs (rate limiter and retries apply), the first after
   * 2000 ms, each pause half again as long as the one before, up to 15 s.
   *
   * @param id - The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its
   * URL `slug` or its `name`. Any of the four works wherever a function is named in the path.
   * Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control
   * characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes)
   * are refused; use the id or slug for such a function.
   * @param until - What to wait for.
   * @param options - `timeout` (in all, default 15 min), `interval` (first pause) and `signal`.
   * @throws {RaffValidationError} before any poll, for a status the resource does not have or bad
   * options.
   * @throws {RaffWaitFailedError} when the resource reaches a failure status first.
   * @throws {RaffTimeoutError} with `limit: 'wait'` when `timeout` runs out.
   * @example
   * ```ts
   * await raff.functions.waitFor(functionId, 'live');
   * ```
   */
  waitFor(id: string, until: 'deleted', options?: WaitOptions): Promise<void>;

  /**
   * Polls `functions.get()` until the serverlessFunction reaches `until`, and resolves with its
   * last state.
   *
   * `until` is a status (`pending`, `building`, `live`, `paused`, `error`, `deleting`), a list of
   * them, a predicate, or `'deleted'` (the get answers 404). A `error` status ends the wait with a
   * `RaffWaitFailedError`. Polls are normal GETs (rate limiter and retries apply), the first after
   * 2000 ms, each pause half again as long as the one before, up to 15 s.
   *
   * @param id - The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its
   * URL `slug` or its `name`. Any of the four works wherever a function is named in the path.
   * Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control
   * characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes)
   * are refused; use the id or slug for such a function.
   * @param until - What to wait for.
   * @param options - `timeout` (in all, default 15 min), `interval` (first pause) and `signal`.
   * @throws {RaffValidationError} before any poll, for a status the resource does not have or bad
   * options.
   * @throws {RaffWaitFailedError} when the resource reaches a failure status first.
   * @throws {RaffTimeoutError} with `limit: 'wait'` when `timeout` runs out.
   * @example
   * ```ts
   * await raff.functions.waitFor(functionId, 'live');
   * ```
   */
  waitFor(id: string, until: WaitUntil<ServerlessFunction, ServerlessFunctionStatus>, options?: WaitOptions): Promise<ServerlessFunction>;

  /**
   * Delete a function.
   *
   * Deletes the function with all its revisions. Deletion runs in the background (the function
   * shows `deleting`, then 404); its name and URL become free when it ends. Raff documents no
   * response body.
   *
   * Any valid key.
   *
   * @param id - The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its
   * URL `slug` or its `name`. Any of the four works wherever a function is named in the path.
   * Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control
   * characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes)
   * are refused; use the id or slug for such a function.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  delete(id: string, options?: RequestOptions): Promise<void>;

  /**
   * Change a function’s settings.
   *
   * Changes memory, timeout, scaling bounds or description; fields left out keep their value. A
   * `live` function picks the change up in a fresh revision, with no downtime.
   *
   * Any valid key. Not retried on 5xx or timeouts (a PATCH may have reached Raff): check its
   * effect before repeating it.
   *
   * @param id - The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its
   * URL `slug` or its `name`. Any of the four works wherever a function is named in the path.
   * Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control
   * characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes)
   * are refused; use the id or slug for such a function.
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
   * const serverlessFunction = await raff.functions.update(functionId, { memory_mb: 1024,
   * min_scale: 1 });
   * ```
   */
  update(id: string, body: UpdateFunctionBody, options?: RequestOptions): Promise<ServerlessFunction>;

  /**
   * Pause a function.
   *
   * Stops serving traffic; the function turns `paused`. Its image and revisions are kept, and
   * resumeFunction brings it back. Raff documents no response body.
   *
   * Any valid key. Not retried on 5xx or timeouts (a POST may have reached Raff): check its effect
   * before repeating it.
   *
   * @param id - The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its
   * URL `slug` or its `name`. Any of the four works wherever a function is named in the path.
   * Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control
   * characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes)
   * are refused; use the id or slug for such a function.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  pause(id: string, options?: RequestOptions): Promise<void>;

  /**
   * Resume a function.
   *
   * Deploys the current revision again and serves traffic once it is up: the function is
   * `building` and then `live` (poll getFunction). Raff documents no response body.
   *
   * Any valid key. Not retried on 5xx or timeouts (a POST may have reached Raff): check its effect
   * before repeating it.
   *
   * @param id - The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its
   * URL `slug` or its `name`. Any of the four works wherever a function is named in the path.
   * Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control
   * characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes)
   * are refused; use the id or slug for such a function.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  resume(id: string, options?: RequestOptions): Promise<void>;

  /**
   * Get a source upload URL.
   *
   * Hands out a presigned URL for one source zip (at most 100 MB). PUT the zip there with
   * `Content-Type: application/zip` and no API key, then deploy it with createFunctionDeployment
   * and the returned `source_blob_key`.
   *
   * Any valid key. Not retried on 5xx or timeouts (a POST may have reached Raff): check its effect
   * before repeating it.
   *
   * @param id - The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its
   * URL `slug` or its `name`. Any of the four works wherever a function is named in the path.
   * Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control
   * characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes)
   * are refused; use the id or slug for such a function.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  requestSourceUpload(id: string, options?: RequestOptions): Promise<FunctionSourceUpload>;

  /**
   * List a function’s revisions.
   *
   * Returns the deployed versions of the function, newest first. Any of them can be served again
   * with rollbackFunction; keeping them costs nothing.
   *
   * Any valid key.
   *
   * @param id - The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its
   * URL `slug` or its `name`. Any of the four works wherever a function is named in the path.
   * Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control
   * characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes)
   * are refused; use the id or slug for such a function.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  revisions(id: string, options?: RequestOptions): Promise<FunctionRevision[]>;

  /**
   * Roll a function back.
   *
   * Serves an earlier revision again: its image is redeployed without a rebuild and without
   * downtime. Raff documents no response body; follow the rollout with getFunction.
   *
   * Any valid key. Not retried on 5xx or timeouts (a POST may have reached Raff): check its effect
   * before repeating it.
   *
   * @param id - The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its
   * URL `slug` or its `name`. Any of the four works wherever a function is named in the path.
   * Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control
   * characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes)
   * are refused; use the id or slug for such a function.
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
   * await raff.functions.rollback(functionId, { revision_id:
   * '7c1f0a94-e2b3-4d58-9f6a-0b3e8d2c5a71' });
   * ```
   */
  rollback(id: string, body: RollbackFunctionBody, options?: RequestOptions): Promise<void>;

  /**
   * Get a revision’s source.
   *
   * Returns a download link for the source zip of a revision (the current one by default), and the
   * files inline when the source is small.
   *
   * Any valid key.
   *
   * @param id - The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its
   * URL `slug` or its `name`. Any of the four works wherever a function is named in the path.
   * Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control
   * characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes)
   * are refused; use the id or slug for such a function.
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const getFunctionSource = await raff.functions.source(functionId);
   * ```
   */
  source(id: string, params?: GetFunctionSourceParams, options?: RequestOptions): Promise<GetFunctionSourceResult>;

  /**
   * Read a function’s logs.
   *
   * Returns what the running function wrote to stdout and stderr, oldest first. Raff keeps 14 days
   * of logs at no charge. By default the last hour.
   *
   * Any valid key.
   *
   * @param id - The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its
   * URL `slug` or its `name`. Any of the four works wherever a function is named in the path.
   * Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control
   * characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes)
   * are refused; use the id or slug for such a function.
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const functionLogLines = await raff.functions.logs(functionId);
   * ```
   */
  logs(id: string, params?: ListFunctionLogsParams, options?: RequestOptions): Promise<FunctionLogLine[]>;

  /**
   * Get a function’s metrics.
   *
   * Returns request counts, latency percentiles and errors over a window, as series and as totals.
   * Metrics cost nothing.
   *
   * Any valid key.
   *
   * @param id - The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its
   * URL `slug` or its `name`. Any of the four works wherever a function is named in the path.
   * Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control
   * characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes)
   * are refused; use the id or slug for such a function.
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const functionMetrics = await raff.functions.metrics(functionId);
   * ```
   */
  metrics(id: string, params?: GetFunctionMetricsParams, options?: RequestOptions): Promise<FunctionMetrics>;

  /**
   * List recent requests.
   *
   * Returns the most recent HTTP requests the function served, newest first.
   *
   * Any valid key.
   *
   * @param id - The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its
   * URL `slug` or its `name`. Any of the four works wherever a function is named in the path.
   * Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control
   * characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes)
   * are refused; use the id or slug for such a function.
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const functionInvocations = await raff.functions.invocations(functionId);
   * ```
   */
  invocations(id: string, params?: ListFunctionInvocationsParams, options?: RequestOptions): Promise<FunctionInvocation[]>;

  /**
   * List trigger runs.
   *
   * Returns deliveries of the function’s triggers, newest first, from the last 30 days.
   *
   * Any valid key.
   *
   * @param id - The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its
   * URL `slug` or its `name`. Any of the four works wherever a function is named in the path.
   * Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control
   * characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes)
   * are refused; use the id or slug for such a function.
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const functionTriggerRuns = await raff.functions.triggerRuns(functionId);
   * ```
   */
  triggerRuns(id: string, params?: ListFunctionTriggerRunsParams, options?: RequestOptions): Promise<FunctionTriggerRun[]>;

  /**
   * List Functions runtimes.
   *
   * The runtimes a function can be built with. Needs no key.
   *
   * Public: needs no key.
   *
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  runtimes(options?: RequestOptions): Promise<FunctionRuntimeInfo[]>;
}
