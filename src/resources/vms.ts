import type { components } from '../../generated/openapi.js';
import type { ClientContext } from '../core/context.js';
import type { PathParams, QueryParams, RequestBody, Result } from '../core/operation-types.js';
import type { RequestOptions } from '../core/options.js';
import type { Page, PaginationParams } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import type { WaitOptions, WaitUntil } from '../core/waiter.js';
import { waitFor } from '../core/waiter.js';
import { VmNetworks } from './vm-networks.js';
import { VmNotes } from './vm-notes.js';
import { VmTags } from './vm-tags.js';

/** A virtual machine. */
export type VM = components['schemas']['VM'];
/** Filters and paging for `vms.list()`. */
export type ListVMsParams = QueryParams<'listVMs'>;
/** The body of `vms.create()`. */
export type CreateVMBody = RequestBody<'createVM'>;
/** The body of `vms.delete()`: what happens to attached volumes (`detach` by default). */
export type DeleteVMBody = RequestBody<'deleteVM'>;
/** The body of `vms.deleteMany()`. */
export type DeleteVMsBody = RequestBody<'deleteVMsBulk'>;
/** What `vms.deleteMany()` reports, VM by VM. */
export type DeleteVMsResult = Result<'deleteVMsBulk'>;
/** The body of `vms.resize()`. */
export type ResizeVMBody = RequestBody<'resizeVM'>;
/** The body of `vms.resizeDisk()`. */
export type ResizeVMDiskBody = RequestBody<'resizeVMDisk'>;
/** What a resize reports: the change and how it is billed. */
export type VMResizeResult = Result<'resizeVM'>;
/** The body of `vms.rename()`. */
export type RenameVMBody = RequestBody<'renameVM'>;
/** The body of `vms.reinstall()`. */
export type ReinstallVMBody = RequestBody<'reinstallVM'>;
/** The body of `vms.saveImage()`. */
export type SaveVMImageBody = RequestBody<'saveVMDiskAsImage'>;
/** The image `vms.saveImage()` creates. */
export type VMImage = components['schemas']['VMImage'];

/**
 * Virtual machines, project-scoped: mutations need a project (the call's `projectId` or
 * the client's); lists without one span every project the key reaches.
 */
export class Vms extends APIResource {
  /** The VM's tags. */
  readonly tags: VmTags;
  /** The VM's personal and account notes. */
  readonly notes: VmNotes;
  /** The VM's network interfaces: VPCs, IPs and security groups. */
  readonly networks: VmNetworks;

  /** @internal */
  constructor(context: ClientContext) {
    super(context);
    this.tags = new VmTags(context);
    this.notes = new VmNotes(context);
    this.networks = new VmNetworks(context);
  }

  /**
   * One page of VMs: of the client's (or the call's) project, or, with `projectId: null`,
   * of every project the key reaches.
   *
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `vm.view`.
   * @example
   * ```ts
   * const { data, total } = await raff.vms.list({ status: 'active' });
   * ```
   */
  list(params: ListVMsParams = {}, options?: RequestOptions): Promise<Page<VM>> {
    return this._call('listVMs', { query: params }, options);
  }

  /**
   * Every VM, page by page, requested lazily.
   * A per-call `totalTimeout` or `signal` bounds the whole walk.
   *
   * @throws {RaffAPIError} from any page request.
   * @example
   * ```ts
   * for await (const vm of raff.vms.listAll()) console.log(vm.name, vm.status);
   * ```
   */
  listAll(
    params: Omit<ListVMsParams, 'limit' | 'offset'> & PaginationParams = {},
    options?: RequestOptions,
  ): AsyncIterable<VM> {
    return this._listAll('listVMs', params, options);
  }

  /**
   * One VM by id.
   *
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `vm.view`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * const vm = await raff.vms.get(vmId);
   * ```
   */
  get(id: PathParams<'getVM'>['id'], options?: RequestOptions): Promise<VM> {
    return this._call('getVM', { path: { id } }, options);
  }

  /**
   * Creates a VM. It answers at once in `initiating`; wait for `active` with `waitFor`.
   *
   * Not retried on 5xx or timeouts (a POST): repeat it only after checking the VM's status.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPaymentRequiredError} when the account cannot pay for it.
   * @throws {RaffPermissionDeniedError} without `vm.create`.
   * @example
   * ```ts
   * const vm = await raff.vms.create({
   *   name: 'web-1', template_id: templateId, pricing_id: 3, region: 'us-east',
   * });
   * await raff.vms.waitFor(vm.id, 'active');
   * ```
   */
  create(body: CreateVMBody, options?: RequestOptions): Promise<VM> {
    return this._call('createVM', { body }, options);
  }

  /**
   * Deletes a VM; `volume_action` says whether attached volumes are detached (default) or
   * deleted with it.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `vm.delete`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * await raff.vms.delete(vmId, { volume_action: 'detach' });
   * ```
   */
  delete(
    id: PathParams<'deleteVM'>['id'],
    body: DeleteVMBody = {},
    options?: RequestOptions,
  ): Promise<void> {
    return this._call('deleteVM', { path: { id }, body }, options);
  }

  /**
   * Deletes several VMs of one project and reports the outcome per VM.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `vm.delete`.
   * @example
   * ```ts
   * const result = await raff.vms.deleteMany({ ids: [vmA, vmB] });
   * console.log(result.failed_count);
   * ```
   */
  deleteMany(body: DeleteVMsBody, options?: RequestOptions): Promise<DeleteVMsResult> {
    return this._call('deleteVMsBulk', { body }, options);
  }

  /**
   * Starts a stopped (`passive`) VM: `passive → booting → active`.
   *
   * Not retried on 5xx or timeouts (a POST): repeat it only after checking the VM's status.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `vm.power`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @throws {RaffConflictError} when the resource is not in a state that allows it.
   * @example
   * ```ts
   * await raff.vms.start(vmId);
   * await raff.vms.waitFor(vmId, 'active');
   * ```
   */
  start(id: PathParams<'startVM'>['id'], options?: RequestOptions): Promise<void> {
    return this._call('startVM', { path: { id } }, options);
  }

  /**
   * Stops a running VM: `active → finalizing → passive`.
   *
   * Not retried on 5xx or timeouts (a POST): repeat it only after checking the VM's status.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `vm.power`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @throws {RaffConflictError} when the resource is not in a state that allows it.
   * @example
   * ```ts
   * await raff.vms.stop(vmId);
   * await raff.vms.waitFor(vmId, 'passive');
   * ```
   */
  stop(id: PathParams<'stopVM'>['id'], options?: RequestOptions): Promise<void> {
    return this._call('stopVM', { path: { id } }, options);
  }

  /**
   * Reboots a running VM gracefully: `active → booting → active`.
   *
   * Not retried on 5xx or timeouts (a POST): repeat it only after checking the VM's status.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `vm.power`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @throws {RaffConflictError} when the resource is not in a state that allows it.
   * @example
   * ```ts
   * await raff.vms.reboot(vmId);
   * ```
   */
  reboot(id: PathParams<'rebootVM'>['id'], options?: RequestOptions): Promise<void> {
    return this._call('rebootVM', { path: { id } }, options);
  }

  /**
   * Power-cycles a running VM (no graceful shutdown).
   *
   * Not retried on 5xx or timeouts (a POST): repeat it only after checking the VM's status.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `vm.power`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @throws {RaffConflictError} when the resource is not in a state that allows it.
   * @example
   * ```ts
   * await raff.vms.hardReboot(vmId);
   * ```
   */
  hardReboot(id: PathParams<'hardRebootVM'>['id'], options?: RequestOptions): Promise<void> {
    return this._call('hardRebootVM', { path: { id } }, options);
  }

  /**
   * Renames a VM.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `vm.manage`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * await raff.vms.rename(vmId, { name: 'web-2' });
   * ```
   */
  rename(
    id: PathParams<'renameVM'>['id'],
    body: RenameVMBody,
    options?: RequestOptions,
  ): Promise<void> {
    return this._call('renameVM', { path: { id }, body }, options);
  }

  /**
   * Resets the VM's root password.
   *
   * Not retried on 5xx or timeouts (a POST): repeat it only after checking the VM's status.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `vm.manage`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * await raff.vms.resetPassword(vmId);
   * ```
   */
  resetPassword(id: PathParams<'resetVMPassword'>['id'], options?: RequestOptions): Promise<void> {
    return this._call('resetVMPassword', { path: { id } }, options);
  }

  /**
   * Reinstalls the VM from a template (its disk is wiped); it keeps its id, plan and IPs.
   *
   * Not retried on 5xx or timeouts (a POST): repeat it only after checking the VM's status.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `vm.manage`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @throws {RaffConflictError} when the resource is not in a state that allows it.
   * @example
   * ```ts
   * await raff.vms.reinstall(vmId, { template_id: templateId });
   * ```
   */
  reinstall(
    id: PathParams<'reinstallVM'>['id'],
    body: ReinstallVMBody,
    options?: RequestOptions,
  ): Promise<void> {
    return this._call('reinstallVM', { path: { id }, body }, options);
  }

  /**
   * Resets the VM to its original template (its disk is wiped).
   *
   * Not retried on 5xx or timeouts (a POST): repeat it only after checking the VM's status.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `vm.manage`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @throws {RaffConflictError} when the resource is not in a state that allows it.
   * @example
   * ```ts
   * await raff.vms.factoryReset(vmId);
   * ```
   */
  factoryReset(id: PathParams<'factoryResetVM'>['id'], options?: RequestOptions): Promise<void> {
    return this._call('factoryResetVM', { path: { id } }, options);
  }

  /**
   * Moves a stopped (`passive`) VM to another plan.
   *
   * Not retried on 5xx or timeouts (a POST): repeat it only after checking the VM's status.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPaymentRequiredError} when the account cannot pay for it.
   * @throws {RaffPermissionDeniedError} without `vm.manage`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @throws {RaffConflictError} when the resource is not in a state that allows it.
   * @example
   * ```ts
   * await raff.vms.stop(vmId);
   * await raff.vms.waitFor(vmId, 'passive');
   * await raff.vms.resize(vmId, { pricing_id: 4 });
   * ```
   */
  resize(
    id: PathParams<'resizeVM'>['id'],
    body: ResizeVMBody,
    options?: RequestOptions,
  ): Promise<VMResizeResult> {
    return this._call('resizeVM', { path: { id }, body }, options);
  }

  /**
   * Grows a stopped (`passive`) VM's disk.
   *
   * Not retried on 5xx or timeouts (a POST): repeat it only after checking the VM's status.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPaymentRequiredError} when the account cannot pay for it.
   * @throws {RaffPermissionDeniedError} without `vm.manage`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @throws {RaffConflictError} when the resource is not in a state that allows it.
   * @example
   * ```ts
   * await raff.vms.resizeDisk(vmId, { new_size: 160 });
   * ```
   */
  resizeDisk(
    id: PathParams<'resizeVMDisk'>['id'],
    body: ResizeVMDiskBody,
    options?: RequestOptions,
  ): Promise<VMResizeResult> {
    return this._call('resizeVMDisk', { path: { id }, body }, options);
  }

  /**
   * Saves the VM's disk as a reusable image.
   *
   * Not retried on 5xx or timeouts (a POST): repeat it only after checking the VM's status.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `vm.manage`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * const image = await raff.vms.saveImage(vmId, { name: 'golden-2026-12' });
   * ```
   */
  saveImage(
    id: PathParams<'saveVMDiskAsImage'>['id'],
    body: SaveVMImageBody,
    options?: RequestOptions,
  ): Promise<VMImage> {
    return this._call('saveVMDiskAsImage', { path: { id }, body }, options);
  }

  /**
   * Polls `get(id)` until the VM reaches `until`: a status, a list of statuses, a predicate,
   * or `'deleted'` (a 404). Resolves with the VM as last read (`undefined` for `'deleted'`).
   * VM statuses: `initiating`, `provisioning`, `booting`, `active`, `finalizing`, `passive`, `failure`.
   * Polling backs off from `interval` (default 1 s) and goes through the client's rate limiter
   * and retries.
   *
   * @throws {RaffWaitFailedError} when it reaches a terminal failure status first (`failed`,
   * `failure`); the error carries its last state.
   * @throws {RaffTimeoutError} with `limit: 'wait'` when `timeout` (default 15 min) runs out.
   * @example
   * ```ts
   * const vm = await raff.vms.create(body);
   * await raff.vms.waitFor(vm.id, 'active', { timeout: 10 * 60_000 });
   * ```
   */
  waitFor(
    id: PathParams<'getVM'>['id'],
    until: 'deleted',
    options?: WaitOptions,
  ): Promise<undefined>;
  waitFor(id: PathParams<'getVM'>['id'], until: WaitUntil<VM>, options?: WaitOptions): Promise<VM>;
  waitFor(
    id: PathParams<'getVM'>['id'],
    until: WaitUntil<VM> | 'deleted',
    options?: WaitOptions,
  ): Promise<VM | undefined> {
    return waitFor(
      `VM ${String(id)}`,
      (callOptions) => this.get(id, callOptions),
      until,
      options,
      this._context.config,
    );
  }
}
