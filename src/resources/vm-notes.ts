import type { components } from '../../generated/openapi.js';
import type { PathParams, QueryParams, RequestBody, Result } from '../core/operation-types.js';
import type { RequestOptions } from '../core/options.js';
import { APIResource } from '../core/resource.js';

/** A VM note: personal (yours) or account (shared). */
export type VMNote = components['schemas']['VMNote'];
/** Both notes of a VM, as `vms.notes.get()` returns them. */
export type VMNotes = Result<'getVMNotes'>;
/** Which note: `personal` or `account`. */
export type VMNoteType = PathParams<'upsertVMNote'>['type'];
/** The body of the note writes. */
export type VMNoteBody = RequestBody<'upsertVMNote'>;

/**
 * A VM's notes: a personal one and one shared with the account.
 */
export class VmNotes extends APIResource {
  /**
   * The VM's notes.
   *
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `vm.view`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * const { personal_note, account_note } = await raff.vms.notes.get(vmId);
   * ```
   */
  get(
    vmId: PathParams<'getVMNotes'>['id'],
    params: QueryParams<'getVMNotes'> = {},
    options?: RequestOptions,
  ): Promise<VMNotes> {
    return this._call('getVMNotes', { path: { id: vmId }, query: params }, options);
  }

  /**
   * Appends text to a note.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `vm.manage`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * await raff.vms.notes.append(vmId, 'account', { content: 'patched 2026-12-02' });
   * ```
   */
  append(
    vmId: PathParams<'appendVMNote'>['id'],
    type: VMNoteType,
    body: VMNoteBody,
    options?: RequestOptions,
  ): Promise<VMNote> {
    return this._call('appendVMNote', { path: { id: vmId, type }, body }, options);
  }

  /**
   * Replaces an existing note.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `vm.manage`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * await raff.vms.notes.update(vmId, 'personal', { content: 'owner: ops' });
   * ```
   */
  update(
    vmId: PathParams<'updateVMNote'>['id'],
    type: VMNoteType,
    body: VMNoteBody,
    options?: RequestOptions,
  ): Promise<VMNote> {
    return this._call('updateVMNote', { path: { id: vmId, type }, body }, options);
  }

  /**
   * Creates or replaces a note.
   *
   * @throws {RaffValidationError} when neither the call nor the client names a project (nothing is sent).
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `vm.manage`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * await raff.vms.notes.upsert(vmId, 'account', { content: 'runbook: …' });
   * ```
   */
  upsert(
    vmId: PathParams<'upsertVMNote'>['id'],
    type: VMNoteType,
    body: VMNoteBody,
    options?: RequestOptions,
  ): Promise<VMNote> {
    return this._call('upsertVMNote', { path: { id: vmId, type }, body }, options);
  }
}
