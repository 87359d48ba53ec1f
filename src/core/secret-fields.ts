import { redactApiKey } from '../shared/key-format.js';
import { REDACTED } from '../shared/redact.js';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');
const RAFF_KEY = /^raff_[0-9a-f]{64}$/;

/** What learns a secret the client handled, so that errors and logs scrub it from then on. */
export interface SecretSink {
  add(secret: string): void;
}

/**
 * Keeps the credentials in a result out of sight: each field at `paths` (dotted, `[]` = every
 * item of an array, as the operation table lists them) stays readable as a property
 * (`created.secret`, `connection.password`) but becomes non-enumerable, so a spread,
 * `structuredClone`, `JSON.stringify`, `Object.keys` or `util.inspect` never carries it, and
 * `util.inspect` (so `console.log`) shows it as a prefix (`raff_17d70fcf…`) or `[redacted]`.
 * Every such value is also handed to `sink`, which scrubs it from errors and logs.
 *
 * The value is changed in place and returned; a frozen one is copied first.
 *
 * @example
 * ```ts
 * const key = protectSecrets(await createKey(), ['secret'], scrubber);
 * console.log(key); // { id: '…', name: 'Backups Lambda', secret: 'raff_17d70fcf…', … }
 * await saveToVault(key.secret); // the whole secret
 * JSON.stringify(key); // no secret in it
 * ```
 */
export function protectSecrets<T>(value: T, paths: readonly string[], sink: SecretSink): T {
  if (paths.length === 0 || value === null || typeof value !== 'object') return value;
  const target = (Object.isFrozen(value) ? copy(value) : value) as T;
  for (const path of paths) hide(target, path.split('.'), sink);
  return target;
}

function copy(value: object): object {
  return Array.isArray(value) ? [...value] : { ...value };
}

function hide(holder: unknown, path: readonly string[], sink: SecretSink): void {
  if (holder === null || typeof holder !== 'object') return;
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (head === '[]') {
    if (Array.isArray(holder)) for (const item of holder) hide(item, rest, sink);
    return;
  }
  // Own data properties only: a server's `__proto__` key stays data, and nothing is inherited.
  const descriptor = Object.getOwnPropertyDescriptor(holder, head);
  if (descriptor === undefined || !('value' in descriptor)) return;
  if (rest.length > 0) {
    hide(descriptor.value, rest, sink);
    return;
  }
  if (typeof descriptor.value !== 'string' || !Object.isExtensible(holder)) return;
  sink.add(descriptor.value);
  Object.defineProperty(holder, head, { ...descriptor, enumerable: false });
  addInspectView(holder, head);
}

/** `util.inspect` shows the hidden fields, redacted, where they were. */
function addInspectView(holder: object, field: string): void {
  const existing = Object.getOwnPropertyDescriptor(holder, INSPECT)?.value as
    | { fields: string[] }
    | undefined;
  if (existing?.fields) {
    if (!existing.fields.includes(field)) existing.fields.push(field);
    return;
  }
  const fields = [field];
  function inspect(this: Record<string, unknown>): Record<PropertyKey, unknown> {
    // An object (not a string): util.inspect formats it in place, with depth and colours as usual.
    const shown: Record<PropertyKey, unknown> = { ...this };
    for (const name of fields) {
      const secret = this[name];
      if (typeof secret === 'string')
        shown[name] = RAFF_KEY.test(secret) ? redactApiKey(secret) : REDACTED;
    }
    return shown;
  }
  Object.defineProperty(inspect, 'fields', { value: fields });
  Object.defineProperty(holder, INSPECT, { value: inspect, writable: true, configurable: true });
}
