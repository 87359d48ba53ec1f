import type { components } from '../../generated/openapi.js';
import type { PathParams, RequestBody } from '../core/operation-types.js';
import type { RequestOptions } from '../core/options.js';
import { APIResource } from '../core/resource.js';

/** An SSH public key of the account, for new VMs. */
export type SSHKey = components['schemas']['SSHKey'];
/** The body of `sshKeys.create()`. */
export type CreateSSHKeyBody = RequestBody<'createSSHKey'>;
/** The body of `sshKeys.update()`. */
export type UpdateSSHKeyBody = RequestBody<'updateSSHKey'>;

/**
 * The account's SSH public keys. Account-level: these calls never send `X-Project-ID`.
 */
export class SshKeys extends APIResource {
  /**
   * The account's SSH keys.
   *
   * @example
   * ```ts
   * const keys = await raff.sshKeys.list();
   * ```
   */
  list(options?: RequestOptions): Promise<SSHKey[]> {
    return this._call('listSSHKeys', {}, options);
  }

  /**
   * One SSH key by id.
   *
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * const key = await raff.sshKeys.get(keyId);
   * ```
   */
  get(id: PathParams<'getSSHKey'>['id'], options?: RequestOptions): Promise<SSHKey> {
    return this._call('getSSHKey', { path: { id } }, options);
  }

  /**
   * Adds an SSH public key.
   *
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @example
   * ```ts
   * await raff.sshKeys.create({ name: 'ops laptop', public_key: 'ssh-ed25519 AAAA… ops@example.com' });
   * ```
   */
  create(body: CreateSSHKeyBody, options?: RequestOptions): Promise<SSHKey> {
    return this._call('createSSHKey', { body }, options);
  }

  /**
   * Renames an SSH key.
   *
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * await raff.sshKeys.update(keyId, { name: 'ops laptop (old)' });
   * ```
   */
  update(
    id: PathParams<'updateSSHKey'>['id'],
    body: UpdateSSHKeyBody,
    options?: RequestOptions,
  ): Promise<SSHKey> {
    return this._call('updateSSHKey', { path: { id }, body }, options);
  }

  /**
   * Deletes an SSH key; resolves with the deleted key.
   *
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * await raff.sshKeys.delete(keyId);
   * ```
   */
  delete(id: PathParams<'deleteSSHKey'>['id'], options?: RequestOptions): Promise<SSHKey> {
    return this._call('deleteSSHKey', { path: { id } }, options);
  }
}
