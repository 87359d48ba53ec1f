/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import type { RequestOptions } from '../../src/core/options.js';
import type { Page } from '../../src/core/pagination.js';
import type { APIResource } from '../../src/core/resource.js';
import type { CreateSSHKeyBody, ListSSHKeysParams, SSHKey, UpdateSSHKeyBody } from '../types.js';

/**
 * Public keys saved at account level for logging in to VMs.
 *
 * `raff.sshKeys`: its methods are made from the operation table when the client is built.
 */
export interface SshKeys extends APIResource {
  /**
   * List SSH keys.
   *
   * Every SSH public key saved in the account. The list does not page. SSH keys belong to the
   * account, not to a project: no `X-Project-ID`, and any valid key may call this.
   *
   * Any valid key.
   *
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: input that cannot be sent.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const { data, total } = await raff.sshKeys.list();
   * ```
   */
  list(params?: ListSSHKeysParams, options?: RequestOptions): Promise<Page<SSHKey>>;

  /**
   * Add an SSH key.
   *
   * Saves a public key (RSA, ECDSA or Ed25519) in the account; `key_type` is read from the key
   * itself. Its text can then go in createVM's `ssh_keys`. SSH keys belong to the account, not to
   * a project: no `X-Project-ID`, and any valid key may call this.
   *
   * Any valid key. Not retried on 5xx or timeouts (a POST may have reached Raff): check its effect
   * before repeating it.
   *
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: input that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const sshKey = await raff.sshKeys.create({
   *   name: 'deploy-ci',
   *   public_key: 'ssh-ed25519
   *   AAAAC3NzaC1lZDI1NTE5AAAAIG4kq0cUu1sX3tq7b5Zl0cQkS2bqv4l8Qm8ZpQ1wHc3Y deploy@ci',
   * });
   * ```
   */
  create(body: CreateSSHKeyBody, options?: RequestOptions): Promise<SSHKey>;

  /**
   * Get an SSH key.
   *
   * Returns one saved SSH key. SSH keys belong to the account, not to a project: no
   * `X-Project-ID`, and any valid key may call this.
   *
   * Any valid key.
   *
   * @param id - SSH key id (UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  get(id: string, options?: RequestOptions): Promise<SSHKey>;

  /**
   * Rename an SSH key.
   *
   * Changes a saved key's display name. The key material cannot change: to rotate, add the new key
   * and delete the old one. SSH keys belong to the account, not to a project: no `X-Project-ID`,
   * and any valid key may call this.
   *
   * Any valid key.
   *
   * @param id - SSH key id (UUID).
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
   * const sshKey = await raff.sshKeys.update(sshKeyId, { name: 'deploy-ci-2026' });
   * ```
   */
  update(id: string, body: UpdateSSHKeyBody, options?: RequestOptions): Promise<SSHKey>;

  /**
   * Delete an SSH key.
   *
   * Removes a saved key from the account and answers with the removed key. VMs that already trust
   * the key keep trusting it until it is taken out of their `authorized_keys`. SSH keys belong to
   * the account, not to a project: no `X-Project-ID`, and any valid key may call this.
   *
   * Any valid key.
   *
   * @param id - SSH key id (UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  delete(id: string, options?: RequestOptions): Promise<void>;
}
