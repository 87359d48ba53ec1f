import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  apiKeyPrefix,
  checkRaffApiKey,
  describeRaffApiKeyProblem,
  isRaffApiKey,
  type RaffApiKeyProblem,
  REDACTED_API_KEY,
  redactApiKey,
} from '../../src/offline/index.js';
import { RaffValidationError } from '../../src/shared/errors.js';

// The example key from Raff's documentation.
const KEY = 'raff_17d70fcf7e7510968a4c19279b25707f088f1cc5ad8b74210341d8e470b5bb7a';
const HEX = KEY.slice(5);

const hexKey = fc
  .array(fc.constantFrom(...'0123456789abcdef'), { minLength: 64, maxLength: 64 })
  .map((digits) => `raff_${digits.join('')}`);

const throwing = () => {
  throw new Error('touched');
};
const hostile = {
  toString: throwing,
  valueOf: throwing,
  [Symbol.toPrimitive]: throwing,
  get length() {
    return throwing();
  },
};
const proxy = new Proxy({}, { get: throwing, has: throwing, ownKeys: throwing });

// Values are wrapped in functions so that vitest never formats the hostile ones into a test name.
const nearMisses: [label: string, reason: RaffApiKeyProblem, value: () => unknown][] = (
  [
    ['63 hex digits', KEY.slice(0, -1), 'wrong_length'],
    ['65 hex digits', `${KEY}a`, 'wrong_length'],
    ['only the public prefix', 'raff_17d70fcf', 'wrong_length'],
    ['the prefix alone', 'raff_', 'wrong_length'],
    ['an upper-case prefix', `RAFF_${HEX}`, 'missing_prefix'],
    ['a capitalised prefix', `Raff_${HEX}`, 'missing_prefix'],
    ['a hyphen instead of the underscore', `raff-${HEX}`, 'missing_prefix'],
    ['no prefix at all', HEX, 'missing_prefix'],
    ['a Cyrillic а in the prefix', `rаff_${HEX}`, 'missing_prefix'],
    ['a leading space', ` ${KEY}`, 'whitespace'],
    ['a trailing newline', `${KEY}\n`, 'whitespace'],
    ['a trailing CRLF', `${KEY}\r\n`, 'whitespace'],
    ['an inner space', `${KEY.slice(0, 30)} ${KEY.slice(30)}`, 'whitespace'],
    ['an inner tab', `${KEY.slice(0, 30)}\t${KEY.slice(31)}`, 'whitespace'],
    ['a no-break space', `${KEY}\u00a0`, 'whitespace'],
    ['a byte order mark', `\ufeff${KEY}`, 'whitespace'],
    ['a zero-width space', `${KEY.slice(0, 20)}\u200b${KEY.slice(21)}`, 'whitespace'],
    ['upper-case hex digits', `raff_${HEX.toUpperCase()}`, 'invalid_characters'],
    ['one upper-case hex digit', `${KEY.slice(0, -1)}A`, 'invalid_characters'],
    ['a non-hex letter', `${KEY.slice(0, -1)}g`, 'invalid_characters'],
    ['a Cyrillic а look-alike', `${KEY.slice(0, -1)}а`, 'invalid_characters'],
    ['a fullwidth digit', KEY.replace('1', '１'), 'invalid_characters'],
    ['an empty string', '', 'empty'],
    ['undefined', undefined, 'not_a_string'],
    ['null', null, 'not_a_string'],
    ['a number', 42, 'not_a_string'],
    ['a symbol', Symbol('raff'), 'not_a_string'],
    ['a String object', new String(KEY), 'not_a_string'],
    ['an array holding the key', [KEY], 'not_a_string'],
    ['an object with a throwing toString', hostile, 'not_a_string'],
    ['a proxy whose traps throw', proxy, 'not_a_string'],
    ['a function', () => KEY, 'not_a_string'],
  ] as [string, unknown, RaffApiKeyProblem][]
).map(([label, value, reason]) => [label, reason, () => value]);

describe('checkRaffApiKey', () => {
  it('accepts the documented example key and reports its public prefix', () => {
    expect(checkRaffApiKey(KEY)).toEqual({ valid: true, prefix: 'raff_17d70fcf' });
  });

  it.each(nearMisses)('rejects a value with %s as %s', (_label, reason, value) => {
    expect(checkRaffApiKey(value())).toEqual({ valid: false, reason });
  });

  it('reports a problem without echoing any part of the value', () => {
    const result = checkRaffApiKey(`${KEY} `);
    expect(JSON.stringify(result)).not.toContain('17d70fcf');
  });
});

describe('isRaffApiKey', () => {
  it('accepts the documented example key', () => {
    expect(isRaffApiKey(KEY)).toBe(true);
  });

  it.each(nearMisses)('rejects a value with %s (%s)', (_label, _reason, value) => {
    expect(isRaffApiKey(value())).toBe(false);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything({ withBoxedValues: true, withMap: true, withSet: true }), (value) => {
        expect(typeof isRaffApiKey(value)).toBe('boolean');
      }),
    );
  });

  it('accepts every string of raff_ and 64 lowercase hex digits', () => {
    fc.assert(fc.property(hexKey, (key) => isRaffApiKey(key) && checkRaffApiKey(key).valid));
  });

  it('narrows the type to RaffApiKey', () => {
    const value: unknown = KEY;
    if (isRaffApiKey(value)) expect(value.startsWith('raff_')).toBe(true);
    else expect.unreachable();
  });
});

describe('describeRaffApiKeyProblem', () => {
  const reasons: RaffApiKeyProblem[] = [
    'not_a_string',
    'empty',
    'whitespace',
    'missing_prefix',
    'wrong_length',
    'invalid_characters',
  ];

  it.each(reasons)('explains %s in one actionable sentence', (reason) => {
    const sentence = describeRaffApiKeyProblem(reason);
    expect(sentence).toMatch(/^The .+\.$/);
    expect(sentence).not.toContain('\n');
  });

  it('gives every problem its own explanation', () => {
    expect(new Set(reasons.map(describeRaffApiKeyProblem)).size).toBe(reasons.length);
  });

  it('tells a person how to fix stray whitespace', () => {
    expect(describeRaffApiKeyProblem('whitespace')).toMatchInlineSnapshot(
      `"The API key contains spaces, line breaks or invisible characters, usually picked up while copying it; trim the value and try again."`,
    );
  });
});

describe('apiKeyPrefix', () => {
  it('returns the first 13 characters of a key', () => {
    expect(apiKeyPrefix(KEY)).toBe('raff_17d70fcf');
  });

  it('throws a RaffValidationError that never contains the value', () => {
    const value = `${KEY.slice(0, -1)}G`;
    const error = catchError(() => apiKeyPrefix(value));
    expect(error).toBeInstanceOf(RaffValidationError);
    expect(error.issues).toEqual([
      { path: [], code: 'invalid_characters', message: expect.any(String) },
    ]);
    expect(error.message).toMatchInlineSnapshot(
      `"Invalid API key: The API key may hold only the digits 0-9 and the lower-case letters a-f after "raff_"; this value has other characters, such as capitals or look-alike letters from another alphabet."`,
    );
    expect(JSON.stringify({ message: error.message, issues: error.issues })).not.toContain(
      KEY.slice(5, 20),
    );
  });

  it.each(nearMisses)('throws for a value with %s (%s)', (_label, _reason, value) => {
    expect(() => apiKeyPrefix(value() as string)).toThrow(RaffValidationError);
  });
});

describe('redactApiKey', () => {
  it('shows only the public prefix of a key', () => {
    expect(redactApiKey(KEY)).toBe('raff_17d70fcf…');
  });

  it.each(nearMisses)(
    'replaces a value with %s (%s) by the fixed placeholder',
    (_label, _reason, value) => {
      expect(redactApiKey(value())).toBe(REDACTED_API_KEY);
    },
  );

  it('uses raff_[redacted] as the placeholder', () => {
    expect(REDACTED_API_KEY).toBe('raff_[redacted]');
  });

  it('never returns a whole key', () => {
    fc.assert(
      fc.property(hexKey, fc.string(), fc.string(), (key, before, after) => {
        expect(redactApiKey(key)).not.toContain(key);
        expect(redactApiKey(`${before}${key}${after}`)).not.toContain(key);
      }),
    );
  });

  it('never throws and never echoes anything but a key prefix', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const out = redactApiKey(value);
        expect(out === REDACTED_API_KEY || /^raff_[0-9a-f]{8}…$/.test(out)).toBe(true);
      }),
    );
  });
});

function catchError(fn: () => unknown): RaffValidationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof RaffValidationError) return error;
    throw error;
  }
  throw new Error('expected a RaffValidationError');
}
