import type { EmulatorState } from '../../server/account.js';
import { badRequest } from '../../server/errors.js';
import type { HandlerTable } from '../../server/handler.js';
import { all, one } from '../../server/replies.js';
import { type SshKeyType, sshKeys } from './records.js';
import { sshKeyView } from './views.js';

const KEY_TYPES: readonly SshKeyType[] = [
  'ssh-rsa',
  'ssh-ed25519',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
];

/** The key type of an OpenSSH public key line whose body names the same algorithm; 400 otherwise. */
function keyTypeOf(line: string): SshKeyType {
  const [type, body] = line.trim().split(/\s+/);
  const known = KEY_TYPES.find((candidate) => candidate === type);
  if (known === undefined || body === undefined || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) {
    throw badRequest('public_key is not an OpenSSH public key (RSA, ECDSA or Ed25519)');
  }
  const blob = Buffer.from(body, 'base64');
  const length = blob.length >= 4 ? blob.readUInt32BE(0) : 0;
  if (blob.subarray(4, 4 + length).toString('latin1') !== known) {
    throw badRequest(`public_key: the key body is not a ${known} key`);
  }
  return known;
}

/** 400 when the account already saved this key material (under any name). */
function requireNewMaterial(state: EmulatorState, publicKey: string): void {
  const material = publicKey.split(/\s+/)[1];
  for (const existing of sshKeys.in(state).values()) {
    if (existing.publicKey.split(/\s+/)[1] === material) {
      throw badRequest(`This public key is already saved as "${existing.name}"`);
    }
  }
}

/**
 * The SSH Keys operations: account-wide, no project, any valid key. A plain collection
 * (server/collection.ts) with a check of the key line on create.
 *
 * @internal
 */
export const SSH_KEY_HANDLERS = {
  listSSHKeys: ({ state }) => all(sshKeys.in(state).values().map(sshKeyView)),

  createSSHKey: ({ state, body, now }) => {
    const publicKey = body.public_key.trim();
    const keyType = keyTypeOf(publicKey);
    requireNewMaterial(state, publicKey);
    const key = sshKeys
      .in(state)
      .create(now, (stamp) => ({ ...stamp, name: body.name, publicKey, keyType }));
    return one(sshKeyView(key));
  },

  getSSHKey: ({ state, params }) => one(sshKeyView(sshKeys.in(state).get(params.id))),

  updateSSHKey: ({ state, params, body, now }) =>
    one(sshKeyView(sshKeys.in(state).update(params.id, { name: body.name }, now))),

  deleteSSHKey: ({ state, params }) => one(sshKeyView(sshKeys.in(state).remove(params.id))),
} satisfies HandlerTable;
