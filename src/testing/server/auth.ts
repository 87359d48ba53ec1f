import { isRaffApiKey } from '../../shared/key-format.js';
import type { EmulatorState, KeyRecord } from './account.js';
import { unauthorized } from './errors.js';
import { findKeyByHash, hashSecret } from './secrets.js';

/**
 * The key a request authenticates with, with `last_used_at` updated; throws a 401 that says why
 * otherwise. No message ever repeats the value that was sent.
 *
 * @internal
 */
export function authenticate(
  state: EmulatorState,
  header: string | string[] | undefined,
  now: number,
): KeyRecord {
  if (header === undefined || header === '') {
    throw unauthorized('API key missing: send it in the X-API-Key header');
  }
  if (typeof header !== 'string' || !isRaffApiKey(header)) {
    throw unauthorized(
      'Malformed API key: expected "raff_" followed by 64 lowercase hex characters',
    );
  }
  const found = findKeyByHash(state, hashSecret(header));
  if (found === 'unknown') throw unauthorized('Invalid API key');
  if (found === 'revoked') throw unauthorized('Invalid API key: it has been revoked');
  if (found === 'regenerated') {
    throw unauthorized('Invalid API key: it was regenerated and the old value no longer works');
  }
  if (!found.isActive) throw unauthorized('API key is disabled');
  if (found.expiresAt !== null && found.expiresAt <= now) {
    throw unauthorized('API key has expired; regenerate it to get a new value');
  }
  found.lastUsedAt = now;
  return found;
}
