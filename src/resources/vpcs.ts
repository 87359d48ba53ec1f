import type { components } from '../../generated/openapi.js';
import type { PathParams, RequestBody, Result } from '../core/operation-types.js';
import type { RequestOptions } from '../core/options.js';
import { APIResource } from '../core/resource.js';

/** A VPC: a private network of a project. */
export type VPC = components['schemas']['VPC'];
/** A VPC with its leases, as `vpcs.get()` returns it. */
export type VPCDetail = components['schemas']['VPCDetail'];
/** The body of `vpcs.create()`. */
export type CreateVPCBody = RequestBody<'createVPC'>;
/** The body of `vpcs.update()`. */
export type UpdateVPCBody = RequestBody<'updateVPC'>;
/** Free CIDR ranges for a new VPC, as `vpcs.cidrSuggestions()` returns them. */
export type CIDRSuggestions = Result<'listVPCCIDRSuggestions'>;

/**
 * VPCs (private networks), project-scoped. Attach VMs with `vms.networks.attachVpc()`.
 */
export class Vpcs extends APIResource {
  /**
   * The project's VPCs (every project the key reaches without one).
   *
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `vpc.view`.
   * @example
   * ```ts
   * const vpcs = await raff.vpcs.list();
   * ```
   */
  list(options?: RequestOptions): Promise<VPC[]> {
    return this._call('listVPCs', {}, options);
  }

  /**
   * One VPC by id, with its leases.
   *
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `vpc.view`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * const vpc = await raff.vpcs.get(vpcId);
   * ```
   */
  get(id: PathParams<'getVPC'>['id'], options?: RequestOptions): Promise<VPCDetail> {
    return this._call('getVPC', { path: { id } }, options);
  }

  /**
   * Creates a VPC.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `vpc.create`.
   * @example
   * ```ts
   * const { suggested = '10.20.0.0/16' } = await raff.vpcs.cidrSuggestions();
   * const vpc = await raff.vpcs.create({ name: 'backend', cidr: suggested });
   * ```
   */
  create(body: CreateVPCBody, options?: RequestOptions): Promise<VPC> {
    return this._call('createVPC', { body }, options);
  }

  /**
   * Changes a VPC's name or description.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `vpc.manage`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * await raff.vpcs.update(vpcId, { name: 'backend-eu' });
   * ```
   */
  update(
    id: PathParams<'updateVPC'>['id'],
    body: UpdateVPCBody,
    options?: RequestOptions,
  ): Promise<VPC> {
    return this._call('updateVPC', { path: { id }, body }, options);
  }

  /**
   * Deletes a VPC that no VM uses any more.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `vpc.delete`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * await raff.vpcs.delete(vpcId);
   * ```
   */
  delete(id: PathParams<'deleteVPC'>['id'], options?: RequestOptions): Promise<void> {
    return this._call('deleteVPC', { path: { id } }, options);
  }

  /**
   * CIDR ranges that do not overlap the project's VPCs.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `vpc.view`.
   * @example
   * ```ts
   * const { suggested, alternatives } = await raff.vpcs.cidrSuggestions();
   * ```
   */
  cidrSuggestions(options?: RequestOptions): Promise<CIDRSuggestions> {
    return this._call('listVPCCIDRSuggestions', {}, options);
  }
}
