/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import type { RequestOptions } from '../../src/core/options.js';
import type { APIResource } from '../../src/core/resource.js';
import type { AppTier, FunctionsPricing, IPPricing, ListDatabasePricingParams, ListDatabasePricingResult, ListKubernetesPricingResult, StoragePricing, StoragePricingParams, VMPricingParams, VMPricingPlan } from '../types.js';

/**
 * Public prices of VM plans, storage, IP addresses, managed databases, Kubernetes, Functions and
 * Apps; no key needed.
 *
 * `raff.pricing`: its methods are made from the operation table when the client is built.
 */
export interface Pricing extends APIResource {
  /**
   * List VM plans.
   *
   * The compute plans with their prices. A plan's `id` is what createVM and resizeVM take as
   * `pricing_id`. Needs no key.
   *
   * Public: needs no key.
   *
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: input that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const vmPricingPlans = await raff.pricing.vms();
   * ```
   */
  vms(params?: VMPricingParams, options?: RequestOptions): Promise<VMPricingPlan[]>;

  /**
   * Get volume pricing.
   *
   * What volume storage costs per GB, by the hour, the month and for 12- or 24-month commitments.
   * Needs no key.
   *
   * Public: needs no key.
   *
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: input that cannot be sent.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const storagePricing = await raff.pricing.volumes();
   * ```
   */
  volumes(params?: StoragePricingParams, options?: RequestOptions): Promise<StoragePricing>;

  /**
   * Get snapshot pricing.
   *
   * What snapshot storage costs per GB, by the hour, the month and for 12- or 24-month
   * commitments. Needs no key.
   *
   * Public: needs no key.
   *
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: input that cannot be sent.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const storagePricing = await raff.pricing.snapshots();
   * ```
   */
  snapshots(params?: StoragePricingParams, options?: RequestOptions): Promise<StoragePricing>;

  /**
   * Get backup pricing.
   *
   * What backup storage costs per GB, by the hour, the month and for 12- or 24-month commitments.
   * Needs no key.
   *
   * Public: needs no key.
   *
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: input that cannot be sent.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const storagePricing = await raff.pricing.backups();
   * ```
   */
  backups(params?: StoragePricingParams, options?: RequestOptions): Promise<StoragePricing>;

  /**
   * Get IP address pricing.
   *
   * What a public IPv4 and an IPv6 address cost, by the hour, the month and for 12- or 24-month
   * commitments. Needs no key.
   *
   * Public: needs no key.
   *
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  ips(options?: RequestOptions): Promise<IPPricing>;

  /**
   * Apps pricing.
   *
   * The public price list of Apps compute tiers. Needs no key; same answer as listAppTiers.
   *
   * Public: needs no key.
   *
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  apps(options?: RequestOptions): Promise<AppTier[]>;

  /**
   * List managed-database prices.
   *
   * The managed-database plans with their prices, and what high availability, read replicas and
   * storage beyond a plan’s allotment add, for every engine or for one. The same catalog as
   * listDatabasePlans, readable without a key. A plan with high availability costs its
   * `price_per_month` times `1 + price_multiplier` of its engine’s `ha_pricing`.
   *
   * Public: needs no key.
   *
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: input that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const listDatabasePricing = await raff.pricing.databases();
   * ```
   */
  databases(params?: ListDatabasePricingParams, options?: RequestOptions): Promise<ListDatabasePricingResult>;

  /**
   * Get Functions prices.
   *
   * The prices of the two billed meters (memory, per GB-second of wall-clock time; CPU actually
   * used, per vCPU-second), the free monthly allowance shared by the whole account, and the price
   * of AI Lambda rewrites. Requests, egress, triggers, logs and metrics are free. Needs no key.
   *
   * Public: needs no key.
   *
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  functions(options?: RequestOptions): Promise<FunctionsPricing[]>;

  /**
   * List Kubernetes prices.
   *
   * Worker node plans with their prices, the monthly fee of the optional highly available control
   * plane (the standard one costs nothing), and per-GB storage prices. The same answer as
   * listK8sNodePlans, without a key.
   *
   * Public: needs no key.
   *
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  kubernetes(options?: RequestOptions): Promise<ListKubernetesPricingResult>;
}
