import type { components } from '../../generated/openapi.js';
import type { QueryParams } from '../core/operation-types.js';
import type { RequestOptions } from '../core/options.js';
import type { Page } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';

/** Raff's health answer. */
export type HealthStatus = components['schemas']['HealthStatus'];
/** A region where resources can be created. */
export type Region = components['schemas']['Region'];
/** An OS template; its `id` is the `template_id` of `vms.create()`. */
export type Template = components['schemas']['Template'];
/** A VM plan; its `id` is the `pricing_id` of `vms.create()`. */
export type VMPricingPlan = components['schemas']['VMPricingPlan'];
/** Per-GB pricing of volumes, snapshots or backups. */
export type StoragePricing = components['schemas']['StoragePricing'];
/** Pricing of IP addresses. */
export type IPPricing = components['schemas']['IPPricing'];
/** Filters for `templates.list()`. */
export type ListTemplatesParams = QueryParams<'listTemplates'>;
/** Filters for `pricing.vms()`. */
export type VMPricingParams = QueryParams<'listVMPricing'>;
/** Filters for the storage pricing lists. */
export type StoragePricingParams = QueryParams<'listVolumePricing'>;

/**
 * Raff's health check. Public: works on a keyless client (`apiKey: null`).
 */
export class Health extends APIResource {
  /**
   * Whether the API is up. Sends no key.
   *
   * @example
   * ```ts
   * const { status } = await raff.health.check();
   * ```
   */
  check(options?: RequestOptions): Promise<HealthStatus> {
    return this._call('healthCheck', {}, options);
  }
}

/**
 * The regions resources can be created in. Public: no key needed.
 */
export class Regions extends APIResource {
  /**
   * Every region. Sends no key.
   *
   * @example
   * ```ts
   * const regions = await raff.regions.list();
   * console.log(regions.map((r) => r.name));
   * ```
   */
  list(options?: RequestOptions): Promise<Region[]> {
    return this._call('listRegions', {}, options);
  }
}

/**
 * OS templates for new VMs. Public: no key needed.
 */
export class Templates extends APIResource {
  /**
   * The OS templates, optionally of one category, VM type or region. Sends no key.
   *
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @example
   * ```ts
   * const { data } = await raff.templates.list({ region: 'us-east' });
   * ```
   */
  list(params: ListTemplatesParams = {}, options?: RequestOptions): Promise<Page<Template>> {
    return this._call('listTemplates', { query: params }, options);
  }
}

/**
 * Raff's price list. Public: no key needed.
 */
export class Pricing extends APIResource {
  /**
   * The VM plans and their prices. Sends no key.
   *
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @example
   * ```ts
   * const plans = await raff.pricing.vms({ region: 'us-east' });
   * ```
   */
  vms(params: VMPricingParams = {}, options?: RequestOptions): Promise<VMPricingPlan[]> {
    return this._call('listVMPricing', { query: params }, options);
  }

  /**
   * Volume storage pricing. Sends no key.
   *
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * const pricing = await raff.pricing.volumes();
   * ```
   */
  volumes(params: StoragePricingParams = {}, options?: RequestOptions): Promise<StoragePricing> {
    return this._call('listVolumePricing', { query: params }, options);
  }

  /**
   * Snapshot storage pricing. Sends no key.
   *
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * const pricing = await raff.pricing.snapshots();
   * ```
   */
  snapshots(
    params: QueryParams<'listSnapshotPricing'> = {},
    options?: RequestOptions,
  ): Promise<StoragePricing> {
    return this._call('listSnapshotPricing', { query: params }, options);
  }

  /**
   * Backup storage pricing. Sends no key.
   *
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * const pricing = await raff.pricing.backups();
   * ```
   */
  backups(
    params: QueryParams<'listBackupPricing'> = {},
    options?: RequestOptions,
  ): Promise<StoragePricing> {
    return this._call('listBackupPricing', { query: params }, options);
  }

  /**
   * IP address pricing. Sends no key.
   *
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * const pricing = await raff.pricing.ips();
   * ```
   */
  ips(options?: RequestOptions): Promise<IPPricing> {
    return this._call('listIPPricing', {}, options);
  }
}
