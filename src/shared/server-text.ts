import { redactText, scrubAndCap, type TextScrubber } from './redact.js';

/** The most characters of one server string an error message quotes, after scrubbing. */
export const MAX_SERVER_TEXT = 200;

/**
 * A string a server sent (a role slug, a key's name, a status), made fit to go into an error
 * message: scrubbed by `scrub` — pass the client's scrubber, which knows its key and every secret
 * it handled, in every form it looks for — cut to `max` characters, and escaped as in a JSON
 * string (quotes, backslashes, line breaks and other control characters), without the quotes,
 * so that it can neither carry a secret nor forge a second log line. A value that is not a string
 * is named by its type, never shown.
 *
 * Every message the SDK builds from server text goes through this one function.
 *
 * @example
 * ```ts
 * throw new RaffValidationError(`Unknown role "${serverText(slug, config.secrets.scrub)}"`);
 * ```
 */
export function serverText(
  value: unknown,
  scrub: TextScrubber = redactText,
  max: number = MAX_SERVER_TEXT,
): string {
  if (typeof value !== 'string') return `(${value === null ? 'null' : typeof value})`;
  return JSON.stringify(scrubAndCap(value, scrub, max)).slice(1, -1);
}
