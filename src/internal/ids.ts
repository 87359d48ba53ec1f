import { RaffValidationError } from '../shared/errors.js';

// Ids go into URL paths: they must be non-empty and free of anything that could change the path.
const SAFE_ID = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * Checks an id before it is put into a path: a string id (uuid, slug) or a whole-number id
 * (volumes, snapshots, NICs), returned as the text to encode.
 *
 * @throws {RaffValidationError} for an empty, non-string or path-changing id.
 */
export function requireId(value: unknown, field: string): string {
  if (typeof value === 'string' && SAFE_ID.test(value)) return value;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  const given =
    value === undefined ? 'nothing' : typeof value === 'string' ? 'an unsafe string' : typeof value;
  throw new RaffValidationError(
    `Invalid ${field}: expected the id of an existing resource (letters, digits, - or _, or a ` +
      `whole number), got ${given}. Nothing was sent.`,
    [{ path: [field], code: 'invalid_id', message: 'expected a resource id' }],
  );
}
