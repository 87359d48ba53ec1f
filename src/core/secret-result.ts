// PLACEHOLDER (lead): replaced by helper H6's implementation.
import { redactApiKey } from '../offline/key-format.js';

export function hideSecretInInspect<T extends { secret: string }>(value: T): T {
  Object.defineProperty(value, Symbol.for('nodejs.util.inspect.custom'), {
    value: () => ({ ...value, secret: redactApiKey(value.secret) }),
    enumerable: false,
  });
  return value;
}
