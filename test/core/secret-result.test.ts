import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { hideSecretInInspect } from '../../src/core/secret-result.js';
import { KEY } from '../support/client.js';

const created = () => ({
  id: '4c6d7a2e-1b3f-4e5a-9c8d-7e6f5a4b3c2d',
  name: 'Backups Lambda',
  key_prefix: 'raff_17d70fcf',
  secret: KEY,
  project_accesses: [{ project_id: 'p1', role_slug: 'operator' }],
});

describe('hideSecretInInspect', () => {
  it('shows the secret as its 13-character prefix in util.inspect', () => {
    const key = hideSecretInInspect(created());
    expect(inspect(key)).toBe(inspect({ ...created(), secret: 'raff_17d70fcf…' }));
    const everything = { depth: Number.POSITIVE_INFINITY, showHidden: true, getters: true };
    expect(inspect(key, everything)).not.toContain(KEY.slice(13, 29));
  });

  it.each([0, 1, 2, 5, Number.POSITIVE_INFINITY])(
    'hides it at depth %s, also nested in an array inside an object',
    (depth) => {
      const key = hideSecretInInspect(created());
      const wrapped = { result: [key], meta: { keys: [[key]] } };
      const plain = { result: [{ ...created(), secret: 'raff_17d70fcf…' }] };
      const expected = {
        ...plain,
        meta: { keys: [[{ ...created(), secret: 'raff_17d70fcf…' }]] },
      };
      expect(inspect(wrapped, { depth })).toBe(inspect(expected, { depth }));
      expect(inspect(wrapped, { depth })).not.toContain(KEY.slice(13, 29));
      expect(inspect(key, { depth, colors: true })).not.toContain(KEY.slice(13, 29));
    },
  );

  it('keeps .secret, JSON.stringify, Object.keys and spread exactly as they were', () => {
    const key = hideSecretInInspect(created());
    expect(key.secret).toBe(KEY);
    expect(JSON.stringify(key)).toBe(JSON.stringify(created()));
    expect(Object.keys(key)).toEqual(Object.keys(created()));
    expect({ ...key }).toEqual(created());
    expect(Object.getOwnPropertySymbols({ ...key })).toEqual([]);
    expect(structuredClone(key)).toEqual(created());
  });

  it('reads the secret when printed, so a later change shows too', () => {
    const key = hideSecretInInspect(created());
    key.secret = `raff_${'ab'.repeat(32)}`;
    expect(inspect(key)).toContain("secret: 'raff_abababab…'");
  });

  it('shows a secret that is not a well-formed key as raff_[redacted]', () => {
    const key = hideSecretInInspect({ secret: 'not-a-key-but-secret' });
    expect(inspect(key)).toBe("{ secret: 'raff_[redacted]' }");
  });

  it('returns the same object, or a copy when it is frozen', () => {
    const value = created();
    expect(hideSecretInInspect(value)).toBe(value);
    const frozen = Object.freeze(created());
    const copy = hideSecretInInspect(frozen);
    expect(copy).not.toBe(frozen);
    expect(copy.secret).toBe(KEY);
    expect(inspect(copy)).not.toContain(KEY.slice(13, 29));
  });
});
