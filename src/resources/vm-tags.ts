import type { components } from '../../generated/openapi.js';
import type { PathParams, RequestBody } from '../core/operation-types.js';
import type { RequestOptions } from '../core/options.js';
import { APIResource } from '../core/resource.js';

/** A tag on a VM. */
export type VMTag = components['schemas']['VMTag'];
/** The body of `vms.tags.add()`. */
export type AddVMTagBody = RequestBody<'addVMTag'>;
/** The body of `vms.tags.update()`. */
export type UpdateVMTagBody = RequestBody<'updateVMTag'>;

/**
 * A VM's tags. Each call answers with the VM's tags after the change.
 */
export class VmTags extends APIResource {
  /**
   * Adds a tag to a VM.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `vm.manage`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * const tags = await raff.vms.tags.add(vmId, { name: 'web' });
   * ```
   */
  add(
    vmId: PathParams<'addVMTag'>['id'],
    body: AddVMTagBody,
    options?: RequestOptions,
  ): Promise<VMTag[]> {
    return this._call('addVMTag', { path: { id: vmId }, body }, options);
  }

  /**
   * Renames or re-orders a tag.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `vm.manage`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * await raff.vms.tags.update(vmId, tagId, { priority: 1 });
   * ```
   */
  update(
    vmId: PathParams<'updateVMTag'>['id'],
    tagId: PathParams<'updateVMTag'>['tagId'],
    body: UpdateVMTagBody,
    options?: RequestOptions,
  ): Promise<VMTag[]> {
    return this._call('updateVMTag', { path: { id: vmId, tagId }, body }, options);
  }

  /**
   * Removes a tag from a VM.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `vm.manage`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * await raff.vms.tags.remove(vmId, tagId);
   * ```
   */
  remove(
    vmId: PathParams<'removeVMTag'>['id'],
    tagId: PathParams<'removeVMTag'>['tagId'],
    options?: RequestOptions,
  ): Promise<VMTag[]> {
    return this._call('removeVMTag', { path: { id: vmId, tagId } }, options);
  }
}
