import { RaffValidationError } from '../shared/errors.js';
import { nodeFs, readSmallFile } from './small-file.js';

// A key is 69 characters; anything much larger is not a key file.
const MAX_KEY_FILE_BYTES = 4096;

/**
 * The key in the file `RAFF_API_KEY_FILE` names (the container-secrets convention), with one
 * trailing `\n` or `\r\n` dropped: what `echo` and most secret stores leave. Anything else
 * stays, so that stray whitespace is reported by the key check instead of silently trimmed.
 * Its format is checked by the caller, like any key.
 *
 * @throws {RaffValidationError} when the file cannot be read, or this runtime reads no files.
 * The message names the variable and the path, never the content.
 * @internal
 */
export function readApiKeyFile(path: string): string {
  const fs = nodeFs();
  const file = fs
    ? readSmallFile(fs, path, MAX_KEY_FILE_BYTES)
    : { problem: 'cannot be read: this runtime has no file system' };
  if ('text' in file) return file.text.replace(/\r?\n$/, '');
  const why = 'missing' in file ? 'does not exist' : file.problem;
  throw new RaffValidationError(
    `RAFF_API_KEY_FILE names ${path}, which ${why}. Point it at a file holding the key, or unset ` +
      'it. Nothing was sent.',
    [{ path: ['apiKey'], code: 'unreadable_key_file', message: `RAFF_API_KEY_FILE ${why}` }],
  );
}
