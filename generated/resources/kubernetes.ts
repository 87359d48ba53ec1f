/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import type { RequestOptions } from '../../src/core/options.js';
import type { ListAllParams, Page } from '../../src/core/pagination.js';
import type { APIResource } from '../../src/core/resource.js';
import type { WaitOptions, WaitUntil } from '../../src/core/waiter.js';
import type { AddK8sNodePoolBody, AssignK8sClusterFirewallBody, CreateK8sClusterBody, GetK8sClusterFirewallResult, GetK8sClusterMetricsResult, GetK8sClusterStatsParams, GetK8sKubeconfigParams, GetK8sKubeconfigResult, K8sCluster, K8sClusterEvent, K8sClusterNode, K8sClusterStats, K8sClusterStatus, K8sClusterVolume, K8sMetalLBPool, K8sNodePool, K8sTcpForward, K8sVersion, ListK8sClusterEventsParams, ListK8sClusterUpgradesResult, ListK8sClustersParams, ListK8sNodePlansResult, ListK8sNodePoolsParams, RenameK8sClusterBody, ScaleK8sNodePoolBody, ScaleK8sNodePoolResult, UpdateK8sClusterMaintenanceBody, UpdateK8sMetalLBPoolBody, UpdateK8sNodePoolBody, UpgradeK8sClusterVersionBody } from '../types.js';

/**
 * Kubernetes clusters: create, scale, upgrade, kubeconfigs, firewall and load balancing, and
 * `waitFor`.
 *
 * `raff.kubernetes.clusters`: its methods are made from the operation table when the client is
 * built.
 */
export interface KubernetesClusters extends APIResource {
  /**
   * List Kubernetes clusters.
   *
   * Pages through clusters, newest first, in one project (with `X-Project-ID`) or in every project
   * the key can reach (without it). `total` counts every match, not just this page.
   *
   * Raff documents no permission for it beyond access to the project. Sends `X-Project-ID` when a
   * project is known.
   *
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: input that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const { data, total } = await raff.kubernetes.clusters.list();
   * ```
   */
  list(params?: ListK8sClustersParams, options?: RequestOptions): Promise<Page<K8sCluster>>;

  /**
   * Every item of `kubernetes.clusters.list()`, page by page, requested lazily as the loop asks
   * for more.
   *
   * Pages of up to 100 (`limit`), from `offset`; the other parameters are sent with every page. A
   * per-call `totalTimeout` or `signal` bounds the whole walk.
   *
   * @param params - The query parameters, with `limit` as the page size and `offset` where to
   * start.
   * @param options - Per-call options; `totalTimeout` and `signal` bound the whole walk.
   * @throws {RaffAPIError} from any page request, as the list method does.
   * @example
   * ```ts
   * for await (const k8sCluster of raff.kubernetes.clusters.listAll()) {
   *   console.log(k8sCluster);
   * }
   * ```
   */
  listAll(params?: ListAllParams<ListK8sClustersParams>, options?: RequestOptions): AsyncIterable<K8sCluster>;

  /**
   * Create a Kubernetes cluster.
   *
   * Starts building a cluster in the project named by `X-Project-ID`. The answer comes at once
   * with status `pending`; building takes about 8–12 minutes, and the cluster can be used when
   * `ready` is true (poll getK8sCluster). Pay-as-you-go accounts pay per node-hour; on a
   * subscription account the saved payment method is checked and charged for the first month.
   * Without `k8s_version_id` the cluster gets the default version. Send an `Idempotency-Key` to
   * make retries safe: a repeat with the same key and body returns the first cluster instead of
   * building another, and the same key with another body is a 409.
   *
   * Raff documents no permission for it beyond access to the project. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires. Sends an `Idempotency-Key` (one
   * per call, the same on every retry), so it is retried on 5xx, timeouts and network errors like
   * a read.
   *
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: no project, input that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPaymentRequiredError} 402.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffConflictError} 409: the `Idempotency-Key` was already used, within the last 24
   * hours, for a create with another body or project, or for a cluster that has since been
   * deleted.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const k8sCluster = await raff.kubernetes.clusters.create({
   *   name: 'shop-prod',
   *   node_pools: [{ name: 'general', node_count: 2, plan_id: 21 }],
   * });
   * ```
   */
  create(body: CreateK8sClusterBody, options?: RequestOptions): Promise<K8sCluster>;

  /**
   * Get cluster utilization.
   *
   * CPU, memory, pod and node-readiness figures for several clusters in one call, refreshed every
   * 60 seconds. `ids` picks the clusters; without it every cluster is included. `X-Project-ID` is
   * required.
   *
   * Raff documents no permission for it beyond access to the project. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires.
   *
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: no project, input that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const k8sClusterStatss = await raff.kubernetes.clusters.stats();
   * ```
   */
  stats(params?: GetK8sClusterStatsParams, options?: RequestOptions): Promise<K8sClusterStats[]>;

  /**
   * Get a Kubernetes cluster.
   *
   * Returns one cluster with its node pools and their nodes. Unlike most get-by-id calls this one
   * requires `X-Project-ID`, as does every call on a cluster. `ready` is the flag to wait for:
   * true once the cluster runs and no pool is mid-change. `failed` and `delete_failed` are final
   * until you act (see `status_message`).
   *
   * Raff documents no permission for it beyond access to the project. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires.
   *
   * @param id - The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and
   * digits, as in its hostname.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  get(id: string, options?: RequestOptions): Promise<K8sCluster>;

  /**
   * Polls `kubernetes.clusters.get()` until the k8sCluster reaches `until`, and resolves with
   * nothing once it is gone.
   *
   * `until` is a status (`pending`, `deploying`, `running`, `warning`, `failed`, `deleting`,
   * `delete_failed`, `deleted`), a list of them, a predicate, or `'deleted'` (the get answers
   * 404). A `failed` or `delete_failed` status ends the wait with a `RaffWaitFailedError`. Polls
   * are normal GETs (rate limiter and retries apply), the first after 10000 ms, each pause half
   * again as long as the one before, up to 15 s.
   *
   * @param id - The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and
   * digits, as in its hostname.
   * @param until - What to wait for.
   * @param options - `timeout` (in all, default 15 min), `interval` (first pause) and `signal`.
   * @throws {RaffValidationError} before any poll, for a status the resource does not have or bad
   * options.
   * @throws {RaffWaitFailedError} when the resource reaches a failure status first.
   * @throws {RaffTimeoutError} with `limit: 'wait'` when `timeout` runs out.
   * @example
   * ```ts
   * await raff.kubernetes.clusters.waitFor(clusterId, 'running');
   * ```
   */
  waitFor(id: string, until: 'deleted', options?: WaitOptions): Promise<void>;

  /**
   * Polls `kubernetes.clusters.get()` until the k8sCluster reaches `until`, and resolves with its
   * last state.
   *
   * `until` is a status (`pending`, `deploying`, `running`, `warning`, `failed`, `deleting`,
   * `delete_failed`, `deleted`), a list of them, a predicate, or `'deleted'` (the get answers
   * 404). A `failed` or `delete_failed` status ends the wait with a `RaffWaitFailedError`. Polls
   * are normal GETs (rate limiter and retries apply), the first after 10000 ms, each pause half
   * again as long as the one before, up to 15 s.
   *
   * @param id - The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and
   * digits, as in its hostname.
   * @param until - What to wait for.
   * @param options - `timeout` (in all, default 15 min), `interval` (first pause) and `signal`.
   * @throws {RaffValidationError} before any poll, for a status the resource does not have or bad
   * options.
   * @throws {RaffWaitFailedError} when the resource reaches a failure status first.
   * @throws {RaffTimeoutError} with `limit: 'wait'` when `timeout` runs out.
   * @example
   * ```ts
   * await raff.kubernetes.clusters.waitFor(clusterId, 'running');
   * ```
   */
  waitFor(id: string, until: WaitUntil<K8sCluster, K8sClusterStatus>, options?: WaitOptions): Promise<K8sCluster>;

  /**
   * Delete a Kubernetes cluster.
   *
   * Starts tearing the cluster down: its nodes, network, reserved addresses, DNS names and the
   * volumes its persistent volume claims created. The call returns at once; the cluster shows
   * `deleting`, then disappears (getK8sCluster answers 404). If teardown stops half-way the status
   * becomes `delete_failed` with nothing removed; delete again to retry.
   *
   * Raff documents no permission for it beyond access to the project. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires.
   *
   * @param id - The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and
   * digits, as in its hostname.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  delete(id: string, options?: RequestOptions): Promise<void>;

  /**
   * Rename a Kubernetes cluster.
   *
   * Changes the cluster’s display name. Its short id, hostname and API endpoint stay as they are.
   *
   * Raff documents no permission for it beyond access to the project. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a
   * PATCH may have reached Raff): check its effect before repeating it.
   *
   * @param id - The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and
   * digits, as in its hostname.
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project, input
   * that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const k8sCluster = await raff.kubernetes.clusters.rename(clusterId, { name: 'shop-production'
   * });
   * ```
   */
  rename(id: string, body: RenameK8sClusterBody, options?: RequestOptions): Promise<K8sCluster>;

  /**
   * Get a kubeconfig.
   *
   * Issues a new kubeconfig with full cluster-admin rights. Every kubeconfig expires: after 7 days
   * unless `expires_in` asks for between 10 minutes and 30 days. Treat it as a password;
   * rotateK8sKubeconfigAccess revokes every one issued so far.
   *
   * Raff documents no permission for it beyond access to the project. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires.
   *
   * @param id - The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and
   * digits, as in its hostname.
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project, input
   * that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const getK8sKubeconfig = await raff.kubernetes.clusters.kubeconfig(clusterId);
   * ```
   */
  kubeconfig(id: string, params?: GetK8sKubeconfigParams, options?: RequestOptions): Promise<GetK8sKubeconfigResult>;

  /**
   * Revoke issued kubeconfigs.
   *
   * Makes every kubeconfig issued for this cluster so far stop working at once (for a leaked file
   * or a departing team member). Kubeconfigs requested afterwards work as usual; the cluster’s own
   * admin kubeconfig is not affected.
   *
   * Raff documents no permission for it beyond access to the project. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a
   * POST may have reached Raff): check its effect before repeating it.
   *
   * @param id - The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and
   * digits, as in its hostname.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  rotateKubeconfig(id: string, options?: RequestOptions): Promise<void>;

  /**
   * Upgrade to an HA control plane.
   *
   * Grows a single-master control plane to three masters. Takes no body. From then on the flat HA
   * fee applies: hourly on a pay-as-you-go cluster; on a subscription cluster the pro-rated fee
   * for the rest of the month is taken from the account balance, then from the saved payment
   * method, and the monthly price goes up. 409 when the cluster is already highly available.
   *
   * Raff documents no permission for it beyond access to the project. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a
   * POST may have reached Raff): check its effect before repeating it.
   *
   * @param id - The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and
   * digits, as in its hostname.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffConflictError} 409: the cluster or pool is not in a state that allows this now:
   * the control plane is already highly available, or the pool is already scaling or busy with
   * another change.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  upgradeHa(id: string, options?: RequestOptions): Promise<void>;

  /**
   * List version upgrades.
   *
   * The versions this cluster can move to now (patch releases of its minor and the next minor:
   * Kubernetes moves one minor at a time), with the current upgrade status, upgrade mode and
   * maintenance window.
   *
   * Raff documents no permission for it beyond access to the project. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires.
   *
   * @param id - The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and
   * digits, as in its hostname.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  upgrades(id: string, options?: RequestOptions): Promise<ListK8sClusterUpgradesResult>;

  /**
   * Upgrade the Kubernetes version.
   *
   * Starts a rolling upgrade to a `version_id` from listK8sClusterUpgrades: control-plane nodes
   * one by one, then each worker drained (pod disruption budgets respected) and upgraded. An HA
   * cluster keeps its API up throughout; a single-master cluster has a short outage and needs
   * `confirm_single_master: true`. Free of charge; follow progress in the cluster’s events. An
   * unknown target, a downgrade or a skip of more than one minor is a 400; a busy pool or a
   * missing confirmation is a 412.
   *
   * Raff documents no permission for it beyond access to the project. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a
   * POST may have reached Raff): check its effect before repeating it.
   *
   * @param id - The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and
   * digits, as in its hostname.
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project, input
   * that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffPreconditionFailedError} 412: the upgrade did not pass its pre-flight checks: a
   * pool is busy, or a single-master cluster was upgraded without `confirm_single_master: true`.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * await raff.kubernetes.clusters.upgrade(clusterId, { version_id: 4, confirm_single_master: true
   * });
   * ```
   */
  upgrade(id: string, body: UpgradeK8sClusterVersionBody, options?: RequestOptions): Promise<void>;

  /**
   * Choose the upgrade mode and window.
   *
   * Chooses who starts upgrades: `manual` (the default, you do), `auto_patch` (patch releases
   * applied in the window, announced by e-mail about 72 hours ahead) or `auto_minor` (minor
   * versions too, once they have proved stable). The window lasts 4 hours from `maintenance_start`
   * (hour, UTC) on `maintenance_day` (0 = Sunday).
   *
   * Raff documents no permission for it beyond access to the project. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a
   * PATCH may have reached Raff): check its effect before repeating it.
   *
   * @param id - The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and
   * digits, as in its hostname.
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project, input
   * that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * await raff.kubernetes.clusters.setMaintenance(clusterId, { upgrade_mode: 'auto_patch',
   * maintenance_day: 0, maintenance_start: 2 });
   * ```
   */
  setMaintenance(id: string, body: UpdateK8sClusterMaintenanceBody, options?: RequestOptions): Promise<void>;

  /**
   * List cluster nodes.
   *
   * Every node of the cluster (control plane, workers, legacy storage nodes and the network
   * gateway), with live Kubernetes readiness and usage where the cluster can be reached
   * (`has_live_data`).
   *
   * Raff documents no permission for it beyond access to the project. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires.
   *
   * @param id - The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and
   * digits, as in its hostname.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  nodes(id: string, options?: RequestOptions): Promise<K8sClusterNode[]>;

  /**
   * List cluster events.
   *
   * The cluster’s lifecycle log, newest first: build steps, scaling, autoscaler moves, upgrades
   * and warnings. Not paged beyond `limit`.
   *
   * Raff documents no permission for it beyond access to the project. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires.
   *
   * @param id - The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and
   * digits, as in its hostname.
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project, input
   * that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const k8sClusterEvents = await raff.kubernetes.clusters.events(clusterId);
   * ```
   */
  events(id: string, params?: ListK8sClusterEventsParams, options?: RequestOptions): Promise<K8sClusterEvent[]>;

  /**
   * List cluster volumes.
   *
   * The volumes behind the cluster’s persistent volume claims on the `raff-block` storage class,
   * each billed per GB. Read-only here: grow a volume by raising its claim’s requested size and
   * delete it by deleting the claim, with kubectl.
   *
   * Raff documents no permission for it beyond access to the project. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires.
   *
   * @param id - The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and
   * digits, as in its hostname.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  volumes(id: string, options?: RequestOptions): Promise<K8sClusterVolume[]>;

  /**
   * Get live cluster metrics.
   *
   * Current CPU, memory and pod usage with a per-node breakdown, refreshed every 60 seconds, and a
   * summary of control-plane health over the last 24 hours. 503 when the cluster cannot be
   * reached.
   *
   * Raff documents no permission for it beyond access to the project. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires.
   *
   * @param id - The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and
   * digits, as in its hostname.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  metrics(id: string, options?: RequestOptions): Promise<GetK8sClusterMetricsResult>;

  /**
   * Get the cluster firewall.
   *
   * Which security group guards the cluster’s public gateway (the platform baseline or one of
   * yours), and the account’s security groups that could be assigned instead.
   *
   * Raff documents no permission for it beyond access to the project. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires.
   *
   * @param id - The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and
   * digits, as in its hostname.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  firewall(id: string, options?: RequestOptions): Promise<GetK8sClusterFirewallResult>;

  /**
   * Assign a firewall to the cluster.
   *
   * Puts one of your security groups in front of the cluster’s public gateway, in place of the
   * platform baseline.
   *
   * Raff documents no permission for it beyond access to the project. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a
   * POST may have reached Raff): check its effect before repeating it.
   *
   * @param id - The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and
   * digits, as in its hostname.
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project, input
   * that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * await raff.kubernetes.clusters.assignFirewall(clusterId, { security_group_id:
   * '41d9e6b2-7c05-4a38-9f1e-0b6a2d8c5e73' });
   * ```
   */
  assignFirewall(id: string, body: AssignK8sClusterFirewallBody, options?: RequestOptions): Promise<void>;

  /**
   * Reset the cluster firewall.
   *
   * Detaches your security group from the cluster’s gateway and puts the platform baseline back.
   *
   * Raff documents no permission for it beyond access to the project. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires.
   *
   * @param id - The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and
   * digits, as in its hostname.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  resetFirewall(id: string, options?: RequestOptions): Promise<void>;

  /**
   * Get the MetalLB address pool.
   *
   * The private address range MetalLB hands out to `LoadBalancer` services, its size and the
   * largest size allowed.
   *
   * Raff documents no permission for it beyond access to the project. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires.
   *
   * @param id - The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and
   * digits, as in its hostname.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  metallbPool(id: string, options?: RequestOptions): Promise<K8sMetalLBPool>;

  /**
   * Resize the MetalLB address pool.
   *
   * Sets how many private addresses MetalLB may give to `LoadBalancer` services (at most the
   * pool’s `max_size`).
   *
   * Raff documents no permission for it beyond access to the project. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires.
   *
   * @param id - The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and
   * digits, as in its hostname.
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project, input
   * that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const k8sMetalLBPool = await raff.kubernetes.clusters.setMetallbPool(clusterId, { size: 8 });
   * ```
   */
  setMetallbPool(id: string, body: UpdateK8sMetalLBPoolBody, options?: RequestOptions): Promise<K8sMetalLBPool>;

  /**
   * List TCP forwards.
   *
   * The layer-4 forwards open on the cluster’s public gateway, each from a public port to an
   * address and port inside the cluster (made when an app is exposed over TCP).
   *
   * Raff documents no permission for it beyond access to the project. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires.
   *
   * @param id - The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and
   * digits, as in its hostname.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  tcpPorts(id: string, options?: RequestOptions): Promise<K8sTcpForward[]>;

  /**
   * Delete a TCP port forward.
   *
   * Closes the forward on this public port of the cluster’s gateway.
   *
   * Raff documents no permission for it beyond access to the project. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires.
   *
   * @param clusterId - The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters
   * and digits, as in its hostname.
   * @param port - Public port of the forward on the cluster’s gateway (`public_port` in
   * listK8sTcpPorts).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  deleteTcpPort(clusterId: string, port: number, options?: RequestOptions): Promise<void>;
}

/**
 * The worker node pools of a Kubernetes cluster.
 *
 * `raff.kubernetes.pools`: its methods are made from the operation table when the client is built.
 */
export interface KubernetesPools extends APIResource {
  /**
   * List node pools.
   *
   * The cluster’s worker pools, each with its nodes.
   *
   * Raff documents no permission for it beyond access to the project. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires.
   *
   * @param clusterId - The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters
   * and digits, as in its hostname.
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project, input
   * that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const { data, total } = await raff.kubernetes.pools.list(clusterId);
   * ```
   */
  list(clusterId: string, params?: ListK8sNodePoolsParams, options?: RequestOptions): Promise<Page<K8sNodePool>>;

  /**
   * Add a node pool.
   *
   * Adds a worker pool, on any plan (without `plan_id` it takes the first pool’s). Nodes are built
   * in the background; the pool is `running` when all have joined. New nodes bill hourly on a
   * pay-as-you-go cluster; on a subscription cluster the pro-rated cost is taken from the account
   * balance, then from the saved payment method, and the monthly price goes up.
   *
   * Raff documents no permission for it beyond access to the project. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a
   * POST may have reached Raff): check its effect before repeating it.
   *
   * @param clusterId - The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters
   * and digits, as in its hostname.
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project, input
   * that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffConflictError} 409: the cluster or pool is not in a state that allows this now:
   * the control plane is already highly available, or the pool is already scaling or busy with
   * another change.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const k8sNodePool = await raff.kubernetes.pools.add(clusterId, {
   *   name: 'batch',
   *   node_count: 2,
   *   plan_id: 34,
   *   labels: '{"workload":"batch"}',
   *   taints: '[{"key":"batch","value":"true","effect":"NoSchedule"}]',
   * });
   * ```
   */
  add(clusterId: string, body: AddK8sNodePoolBody, options?: RequestOptions): Promise<K8sNodePool>;

  /**
   * Delete a node pool.
   *
   * Removes a pool and its nodes in the background: one node at a time is cordoned, drained (pod
   * disruption budgets respected) and its VM destroyed. If a node cannot be drained the deletion
   * stops and the pool stays (see its `status_message`). A cluster’s last pool cannot be deleted,
   * nor one whose removal would leave fewer than 2 workers (400).
   *
   * Raff documents no permission for it beyond access to the project. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires.
   *
   * @param clusterId - The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters
   * and digits, as in its hostname.
   * @param poolId - Node pool id (UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  delete(clusterId: string, poolId: string, options?: RequestOptions): Promise<void>;

  /**
   * Update a node pool.
   *
   * Changes a pool’s autoscaling settings, labels or taints; fields left out keep their values.
   * New labels and taints reach the pool’s nodes within about a minute. To change the node count
   * use scaleK8sNodePool.
   *
   * Raff documents no permission for it beyond access to the project. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a
   * PATCH may have reached Raff): check its effect before repeating it.
   *
   * @param clusterId - The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters
   * and digits, as in its hostname.
   * @param poolId - Node pool id (UUID).
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project, input
   * that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const k8sNodePool = await raff.kubernetes.pools.update(clusterId, poolId, { autoscale_enabled:
   * true, min_nodes: 2, max_nodes: 6 });
   * ```
   */
  update(clusterId: string, poolId: string, body: UpdateK8sNodePoolBody, options?: RequestOptions): Promise<K8sNodePool>;

  /**
   * Scale a node pool.
   *
   * Sets the pool’s node count. Growing builds new nodes; shrinking drains the newest nodes first
   * (pod disruption budgets respected, nothing forced) and then removes them. Both run in the
   * background: watch the pool’s `status` and `status_message`. Shrinking credits the unused time;
   * growing bills hourly on a pay-as-you-go cluster, and on a subscription cluster the pro-rated
   * extra is taken from the account balance, then from the saved payment method. The cluster as a
   * whole keeps at least 2 workers. 409 while the pool is already scaling.
   *
   * Raff documents no permission for it beyond access to the project. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a
   * POST may have reached Raff): check its effect before repeating it.
   *
   * @param clusterId - The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters
   * and digits, as in its hostname.
   * @param poolId - Node pool id (UUID).
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project, input
   * that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffConflictError} 409: the cluster or pool is not in a state that allows this now:
   * the control plane is already highly available, or the pool is already scaling or busy with
   * another change.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const scaleK8sNodePool = await raff.kubernetes.pools.scale(clusterId, poolId, { node_count: 3
   * });
   * ```
   */
  scale(clusterId: string, poolId: string, body: ScaleK8sNodePoolBody, options?: RequestOptions): Promise<ScaleK8sNodePoolResult>;
}

/**
 * Managed Kubernetes: versions and node plans, clusters and their worker pools, kubeconfigs,
 * version upgrades, firewall, MetalLB addresses and TCP forwards. Every call on a cluster needs
 * `X-Project-ID`, reads included; clusters are addressed by their short id.
 *
 * `raff.kubernetes`: its methods are made from the operation table when the client is built.
 */
export interface Kubernetes extends APIResource {
  /**
   * Kubernetes clusters: create, scale, upgrade, kubeconfigs, firewall and load balancing, and
   * `waitFor`.
   */
  readonly clusters: KubernetesClusters;

  /**
   * The worker node pools of a Kubernetes cluster.
   */
  readonly pools: KubernetesPools;

  /**
   * List Kubernetes versions.
   *
   * The Kubernetes versions a new cluster can run. Pass a version’s `id` as `k8s_version_id` to
   * createK8sCluster; without it a cluster gets the one marked `is_default`. Account-level: takes
   * no `X-Project-ID`.
   *
   * Any valid key.
   *
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  versions(options?: RequestOptions): Promise<K8sVersion[]>;

  /**
   * List worker node plans.
   *
   * Worker node plans (a pool’s `plan_id` comes from here), the HA control-plane fee and per-GB
   * storage prices, all in USD. The same data as the public listKubernetesPricing. Account-level:
   * takes no `X-Project-ID`.
   *
   * Any valid key.
   *
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  nodePlans(options?: RequestOptions): Promise<ListK8sNodePlansResult>;
}
