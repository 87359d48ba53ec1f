import { RaffValidationError } from '../shared/errors.js';

// Ids go into URL paths, percent-encoded. Raff's ids are UUIDs, short ids, slugs, `fn-…` refs and
// names (database users, saved queries): anything printable, but never something that could
// change the path once decoded (a `/`, `?`, `#`, `%` or `\`, a dot segment) or split a request
// (whitespace and control characters).
const SAFE_ID = /^[^\s\p{Cc}/?#%\\]{1,255}$/u;
const DOT_SEGMENT = /^\.{1,2}$/;

/**
 * Checks an id before it is put into a path: a string id (UUID, short id, slug, name) or a
 * whole-number id (volumes, snapshots, NICs, ports), returned as the text to encode.
 *
 * @throws {RaffValidationError} for an empty, non-string or path-changing id.
 */
export function requireId(value: unknown, field: string): string {
  if (typeof value === 'string' && SAFE_ID.test(value) && !DOT_SEGMENT.test(value)) {
    // A lone surrogate cannot be percent-encoded (encodeURIComponent throws a URIError).
    try {
      encodeURIComponent(value);
      return value;
    } catch {
      // falls through to the error below
    }
  }
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  const given =
    value === undefined ? 'nothing' : typeof value === 'string' ? 'an unsafe string' : typeof value;
  throw new RaffValidationError(
    `Invalid ${field}: expected the id of an existing resource (printable characters without ` +
      `spaces, "/", "?", "#", "%" or "\\", not "." or "..", at most 255; or a whole number), got ` +
      `${given}. Nothing was sent.`,
    [{ path: [field], code: 'invalid_id', message: 'expected a resource id' }],
  );
}
