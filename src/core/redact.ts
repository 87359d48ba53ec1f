import { redactRaffApiKeys } from '../offline/secret-scan.js';

/** What replaces a secret value in logs, errors and inspect output. */
export const REDACTED = '[redacted]';

// Fields whose value is a secret whatever it looks like.
const SECRET_FIELDS = new Set(['secret', 'apikey', 'api_key', 'x-api-key', 'password']);

/** Scrubs every `raff_…` token, well-formed or not, from a string. */
export function redactText(text: string): string {
  return redactRaffApiKeys(text, { loose: true });
}

/**
 * A deep copy of a JSON-like value with secret fields replaced and `raff_…` strings scrubbed.
 * Depth-limited and cycle-safe: it is applied to whatever a server sent back.
 */
export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 8) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = SECRET_FIELDS.has(key.toLowerCase()) ? REDACTED : redactValue(item, depth + 1);
  }
  return out;
}

/** Response or request headers as a plain object, with secret headers replaced. */
export function redactHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = SECRET_FIELDS.has(name) ? REDACTED : redactText(value);
  });
  return out;
}

// PLACEHOLDER (lead): replaced by helper H6's implementation.
export class SecretScrubber {
  readonly #secrets = new Set<string>();
  add(secret: string): void {
    this.#secrets.add(secret);
  }
  scrub(text: string): string {
    let out = text;
    for (const s of this.#secrets) out = out.split(s).join(REDACTED);
    return out;
  }
}
