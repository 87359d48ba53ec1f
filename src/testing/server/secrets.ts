import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { apiKeyPrefix } from '../../shared/key-format.js';
import type { EmulatorState, KeyRecord } from './account.js';

/**
 * A fresh key secret: `raff_` + 64 lowercase hex digits from the OS random source.
 *
 * @internal
 */
export function newSecret(): string {
  return `raff_${randomBytes(32).toString('hex')}`;
}

/**
 * SHA-256 of a secret; the only form in which the emulator keeps it.
 *
 * @internal
 */
export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

/**
 * Points `key` at a brand-new secret and returns it; the previous secret stops working at once
 * and is remembered (as a hash) as `regenerated`.
 *
 * @internal
 */
export function issueSecret(state: EmulatorState, key: KeyRecord): string {
  const secret = newSecret();
  const previous = key.hash.toString('hex');
  if (state.keyHashes.get(previous) === key.id) {
    state.keyHashes.delete(previous);
    state.retiredHashes.set(previous, 'regenerated');
  }
  key.hash = hashSecret(secret);
  key.prefix = apiKeyPrefix(secret);
  state.keyHashes.set(key.hash.toString('hex'), key.id);
  return secret;
}

/**
 * The key whose secret hashes to `hash`, compared in constant time, or why there is none.
 *
 * @internal
 */
export function findKeyByHash(
  state: EmulatorState,
  hash: Buffer,
): KeyRecord | 'unknown' | 'revoked' | 'regenerated' {
  const hex = hash.toString('hex');
  const id = state.keyHashes.get(hex);
  const key = id === undefined ? undefined : state.keys.get(id);
  // The map lookup is on a hash, never on the secret; the final comparison is constant-time.
  if (key !== undefined && timingSafeEqual(key.hash, hash)) return key;
  return state.retiredHashes.get(hex) ?? 'unknown';
}
