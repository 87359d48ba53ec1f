import type { components } from '../../generated/openapi.js';
import type { PathParams, QueryParams, RequestBody, Result } from '../core/operation-types.js';
import type { RequestOptions } from '../core/options.js';
import { APIResource } from '../core/resource.js';

/** One network interface of a VM. */
export type VMNetwork = components['schemas']['VMNetwork'];
/** The body of `vms.networks.attachVpc()`. */
export type AttachVpcBody = RequestBody<'attachVMToVPC'>;
/** The body of `vms.networks.attachIp()`. */
export type AttachIpBody = RequestBody<'attachVMIP'>;
/** What `vms.networks.attachIp()` reports. */
export type AttachIpResult = Result<'attachVMIP'>;
/** The body of `vms.networks.attachSecurityGroup()`. */
export type AttachSecurityGroupBody = RequestBody<'attachVMSecurityGroup'>;

/**
 * A VM's network interfaces (NICs): VPCs, public IPs and security groups attached to them.
 */
export class VmNetworks extends APIResource {
  /**
   * The VM's interfaces.
   *
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `vm.view`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * const nics = await raff.vms.networks.list(vmId);
   * ```
   */
  list(
    vmId: PathParams<'listVMNetworks'>['id'],
    params: QueryParams<'listVMNetworks'> = {},
    options?: RequestOptions,
  ): Promise<VMNetwork[]> {
    return this._call('listVMNetworks', { path: { id: vmId }, query: params }, options);
  }

  /**
   * Attaches the VM to a VPC (a new interface).
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `vm.manage`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * await raff.vms.networks.attachVpc(vmId, { vpc_id: vpcId });
   * ```
   */
  attachVpc(
    vmId: PathParams<'attachVMToVPC'>['id'],
    body: AttachVpcBody,
    options?: RequestOptions,
  ): Promise<void> {
    return this._call('attachVMToVPC', { path: { id: vmId }, body }, options);
  }

  /**
   * Detaches the VM from a VPC by the interface's id.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `vm.manage`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * await raff.vms.networks.detachVpc(vmId, nicId);
   * ```
   */
  detachVpc(
    vmId: PathParams<'detachVMFromVPC'>['id'],
    nicId: PathParams<'detachVMFromVPC'>['nic_id'],
    options?: RequestOptions,
  ): Promise<void> {
    return this._call('detachVMFromVPC', { path: { id: vmId, nic_id: nicId } }, options);
  }

  /**
   * Attaches a public IP: a reserved one by `ip_id`, or a new one.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPaymentRequiredError} when the account cannot pay for it.
   * @throws {RaffPermissionDeniedError} without `vm.manage`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * const { data } = await raff.vms.networks.attachIp(vmId, { ip_id: ipId });
   * ```
   */
  attachIp(
    vmId: PathParams<'attachVMIP'>['id'],
    body: AttachIpBody = {},
    options?: RequestOptions,
  ): Promise<AttachIpResult> {
    return this._call('attachVMIP', { path: { id: vmId }, body }, options);
  }

  /**
   * Detaches a public IP by its interface id (a reserved IP goes back to `free`).
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `vm.manage`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * await raff.vms.networks.detachIp(vmId, nicId);
   * ```
   */
  detachIp(
    vmId: PathParams<'detachVMIP'>['id'],
    nicId: PathParams<'detachVMIP'>['nic_id'],
    options?: RequestOptions,
  ): Promise<void> {
    return this._call('detachVMIP', { path: { id: vmId, nic_id: nicId } }, options);
  }

  /**
   * Attaches a security group to one of the VM's interfaces.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `vm.manage`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * await raff.vms.networks.attachSecurityGroup(vmId, { security_group_id: sgId, nic_id: nicId });
   * ```
   */
  attachSecurityGroup(
    vmId: PathParams<'attachVMSecurityGroup'>['id'],
    body: AttachSecurityGroupBody,
    options?: RequestOptions,
  ): Promise<void> {
    return this._call('attachVMSecurityGroup', { path: { id: vmId }, body }, options);
  }

  /**
   * Detaches a security group from an interface.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `vm.manage`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * await raff.vms.networks.detachSecurityGroup(vmId, sgId, nicId);
   * ```
   */
  detachSecurityGroup(
    vmId: PathParams<'detachVMSecurityGroup'>['id'],
    securityGroupId: PathParams<'detachVMSecurityGroup'>['sg_id'],
    nicId: PathParams<'detachVMSecurityGroup'>['nic_id'],
    options?: RequestOptions,
  ): Promise<void> {
    return this._call(
      'detachVMSecurityGroup',
      { path: { id: vmId, sg_id: securityGroupId, nic_id: nicId } },
      options,
    );
  }
}
