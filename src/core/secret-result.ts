import { redactApiKey } from '../shared/key-format.js';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * Makes a result that carries a secret (e.g. `apiKeys.create()` or `regenerate()`) print safely:
 * `util.inspect` and `console.log` show `secret` as its public prefix (`raff_17d70fcf…`), at any
 * depth, also nested inside arrays and other objects. Nothing else changes: `.secret` and
 * `JSON.stringify` still give the whole value (it must be stored once), and `Object.keys`,
 * spread and `structuredClone` see the same properties as before, because the inspect hook is a
 * non-enumerable symbol property.
 *
 * The value is changed in place and returned; a frozen or sealed value is copied first.
 *
 * @example
 * ```ts
 * const key = hideSecretInInspect(await createKey());
 * console.log(key); // { id: '…', name: 'Backups Lambda', secret: 'raff_17d70fcf…', … }
 * await saveToVault(key.secret); // the whole secret
 * ```
 */
export function hideSecretInInspect<T extends { secret: string }>(value: T): T {
  const target = Object.isExtensible(value) ? value : { ...value };
  Object.defineProperty(target, INSPECT, {
    // Returning an object (not a string) lets util.inspect format it in place, so depth,
    // indentation, colours and `[Object]` past the depth limit all behave as for any object.
    value(this: T) {
      const shown: Record<PropertyKey, unknown> = { ...this };
      shown.secret = redactApiKey(this.secret);
      return shown;
    },
    enumerable: false,
    writable: true,
    configurable: true,
  });
  return target;
}
