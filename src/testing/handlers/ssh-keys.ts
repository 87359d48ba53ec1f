import { randomUUID } from 'node:crypto';
import { badRequest, notFound } from '../errors.js';
import { sshKeyView } from '../network-views.js';
import type { SshKeyRecord } from '../resource-records.js';
import { all, fields, type Handler, type HandlerContext, one } from './context.js';

const KEY_TYPES: readonly SshKeyRecord['keyType'][] = [
  'ssh-rsa',
  'ssh-ed25519',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
];

/** The key type of an OpenSSH public key line whose body names the same algorithm; 400 otherwise. */
function keyTypeOf(line: string): SshKeyRecord['keyType'] {
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

function findKey(context: HandlerContext): SshKeyRecord {
  const key = context.state.sshKeys.get(context.params.id ?? '');
  if (key === undefined) throw notFound(`SSH key ${context.params.id} not found`);
  return key;
}

const listSSHKeys: Handler = (context) => all([...context.state.sshKeys.values()].map(sshKeyView));

const createSSHKey: Handler = (context) => {
  const body = fields(context);
  const publicKey = (body.public_key as string).trim();
  const keyType = keyTypeOf(publicKey);
  const material = publicKey.split(/\s+/)[1];
  for (const existing of context.state.sshKeys.values()) {
    if (existing.publicKey.split(/\s+/)[1] === material) {
      throw badRequest(`This public key is already saved as "${existing.name}"`);
    }
  }
  const key: SshKeyRecord = {
    id: randomUUID(),
    name: body.name as string,
    publicKey,
    keyType,
    createdAt: context.now,
    updatedAt: context.now,
  };
  context.state.sshKeys.set(key.id, key);
  return one(sshKeyView(key));
};

const updateSSHKey: Handler = (context) => {
  const key = findKey(context);
  key.name = fields(context).name as string;
  key.updatedAt = context.now;
  return one(sshKeyView(key));
};

const deleteSSHKey: Handler = (context) => {
  const key = findKey(context);
  context.state.sshKeys.delete(key.id);
  return one(sshKeyView(key));
};

/**
 * The SSH Keys operations: account-wide, no project, any valid key.
 *
 * @internal
 */
export const SSH_KEY_HANDLERS: Readonly<Record<string, Handler>> = {
  listSSHKeys,
  createSSHKey,
  getSSHKey: (context) => one(sshKeyView(findKey(context))),
  updateSSHKey,
  deleteSSHKey,
};
