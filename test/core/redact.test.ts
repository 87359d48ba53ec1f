import nock from 'nock';
import { describe, expect, it } from 'vitest';
import {
  createSecretScrubber,
  MAX_ADDED_SECRETS,
  SecretScrubber,
} from '../../src/core/secret-scrubber.js';
import { RaffBadRequestError } from '../../src/index.js';
import { REDACTED, redactHeaders, redactValue } from '../../src/shared/redact.js';
import { API, KEY, OTHER_KEY, testClient } from '../support/client.js';
import { expectNoSecret } from '../support/secrets.js';

const HEX = KEY.slice('raff_'.length);
const PREFIX = 'raff_17d70fcf…';
const base64 = (text: string) => Buffer.from(text).toString('base64');
const base64url = (text: string) => Buffer.from(text).toString('base64url');
const hexOf = (text: string) => Buffer.from(text).toString('hex');
/** `hex` in groups of `size` digits with a space between them. */
const grouped = (hex: string, size: number) =>
  (hex.match(new RegExp(`.{1,${size}}`, 'g')) ?? []).join(' ');
const percentEncoded = (text: string, hex: 'upper' | 'lower') =>
  [...text]
    .map((c) => {
      const code = c.charCodeAt(0).toString(16).padStart(2, '0');
      return `%${hex === 'upper' ? code.toUpperCase() : code}`;
    })
    .join('');

describe('redactValue: property names as well as values', () => {
  it('keeps a key that is a property name out of the copy', () => {
    const body = JSON.parse(`{"invalid_keys":{"${KEY}":"revoked"}}`);
    const copy = redactValue(body);
    expect(copy).toEqual({ invalid_keys: { [PREFIX]: 'revoked' } });
    expectNoSecret(KEY, { others: [copy] });
  });

  it('keeps a key out of JSON.stringify and util.inspect of the error it ends up in', async () => {
    nock(API)
      .get('/api/v1/api-keys')
      .reply(400, `{"error":"Bad Request","invalid_keys":{"${KEY}":"revoked"}}`, {
        'Content-Type': 'application/json',
      });
    const error = await testClient({ maxRetries: 0 })
      .apiKeys.list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffBadRequestError);
    expect((error as RaffBadRequestError).body).toEqual({
      error: 'Bad Request',
      invalid_keys: { [PREFIX]: 'revoked' },
    });
    expectNoSecret(KEY, { error });
  });

  it('keeps both entries when two names scrub to the same text', () => {
    const body = JSON.parse(`{"${KEY}":"a","${PREFIX}":"b","raff_${'0'.repeat(64)}":"c"}`);
    expect(redactValue(body)).toEqual({
      [PREFIX]: 'a',
      [`${PREFIX} (2)`]: 'b',
      'raff_00000000…': 'c',
    });
  });

  it('numbers many colliding names without checking each earlier number again', () => {
    const keys = Array.from({ length: 2_000 }, (_, i) => `raff_${String(i).padStart(12, 'x')}`);
    const body = Object.fromEntries(keys.map((key) => [key, 1]));
    const copy = redactValue(body) as Record<string, number>;
    expect(Object.keys(copy)).toHaveLength(2_000);
    expect(Object.keys(copy).at(-1)).toBe('raff_[redacted] (2000)');
  });

  it('keeps a __proto__ key an own data property of the copy, as JSON.parse made it', () => {
    const body = JSON.parse('{"__proto__":{"reason":"banned"},"message":"no"}');
    const copy = redactValue(body) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.hasOwn(copy, '__proto__')).toBe(true);
    expect((copy as { reason?: unknown }).reason).toBeUndefined();
    expect(JSON.stringify(copy)).toBe('{"__proto__":{"reason":"banned"},"message":"no"}');
  });

  it('copies data properties without running getters', () => {
    let ran = false;
    const value = {
      plain: 1,
      get trap() {
        ran = true;
        return KEY;
      },
    };
    expect(redactValue(value)).toEqual({ plain: 1, trap: undefined });
    expect(ran).toBe(false);
  });

  it('cuts strings and names past maxStringLength, after scrubbing, and says so', () => {
    const long = `${'a'.repeat(990)}${HEX}`;
    const copy = redactValue(
      { [long]: long, short: 'ok' },
      { scrub: createSecretScrubber([KEY]), maxStringLength: 1_000 },
    );
    const cut = `${'a'.repeat(990)}[redacted]`;
    expect(copy).toEqual({ [cut]: cut, short: 'ok' });
    const huge = redactValue(`${'b'.repeat(5_000_000)}${KEY}`, { maxStringLength: 100 });
    expect(huge).toBe(`${'b'.repeat(100)}… [cut: 5,000,069 characters in all]`);
  });

  it('replaces secret fields whatever their value, and scrubs header names and values', () => {
    const scrub = createSecretScrubber([KEY]);
    expect(redactValue({ secret: 'anything', nested: [{ api_key: 1 }] }, { scrub })).toEqual({
      secret: REDACTED,
      nested: [{ api_key: REDACTED }],
    });
    const headers = new Headers({
      'x-api-key': KEY,
      'x-echo': `Basic ${base64(`user:${KEY}`)}`,
      location: `https://example.test/?k=raff%5F${HEX}`,
    });
    const safe = redactHeaders(headers, scrub);
    expect(safe['x-api-key']).toBe(REDACTED);
    expect(safe.location).toBe(`https://example.test/?k=${PREFIX}`);
    expectNoSecret(KEY, { others: [safe] });
    expect(safe['x-echo']).not.toContain(base64(KEY).slice(8, 40));
  });
});

describe('SecretScrubber: the client’s own secrets in changed forms', () => {
  const scrubber = new SecretScrubber([KEY]);
  const withZeroWidth = [...KEY].join('\u200b');

  it.each([
    ['as it is', KEY, PREFIX],
    ['as its 64 hex digits alone', HEX, REDACTED],
    ['with raff%5F for the underscore', `raff%5F${HEX}`, PREFIX],
    ['with raff%5f for the underscore', `raff%5f${HEX}`, PREFIX],
    ['fully percent-encoded, upper-case hex', percentEncoded(KEY, 'upper'), PREFIX],
    ['fully percent-encoded, lower-case hex', percentEncoded(KEY, 'lower'), PREFIX],
    ['in base64', base64(KEY), REDACTED],
    ['in base64url', base64url(KEY), REDACTED],
    ['as the base64 of its hex digits, padded', base64(HEX), REDACTED],
    ['as the base64 of its hex digits, unpadded', base64(HEX).replace(/=+$/, ''), REDACTED],
    ['as the base64url of its hex digits', base64url(HEX), REDACTED],
    ['with a zero-width space between every character', withZeroWidth, PREFIX],
    [
      'with U+200C, U+200D, U+2060 and U+FEFF inside',
      `raff_\u200c${HEX.slice(0, 20)}\u200d${HEX.slice(20, 40)}\u2060${HEX.slice(40, 63)}\ufeff${HEX.slice(63)}`,
      PREFIX,
    ],
    ['with the underscore as &#95;', `raff&#95;${HEX}`, PREFIX],
    ['with the underscore as &#x5f;', `raff&#x5f;${HEX}`, PREFIX],
    ['with the underscore as &#X5F;', `raff&#X5F;${HEX}`, PREFIX],
    ['with the underscore as &lowbar;', `raff&lowbar;${HEX}`, PREFIX],
    ['with a zero-width space inside its %5F', `raff%5\u200bF${HEX}`, PREFIX],
    // Issue 24, defect 3: hex in any letter case, the hex of the key's bytes, grouped hex.
    ['as its 64 hex digits in upper case', HEX.toUpperCase(), REDACTED],
    [
      'as its 64 hex digits in mixed case',
      `${HEX.slice(0, 30).toUpperCase()}${HEX.slice(30)}`,
      REDACTED,
    ],
    ['as the hex of its bytes', hexOf(KEY), REDACTED],
    ['as the upper-case hex of its bytes', hexOf(KEY).toUpperCase(), REDACTED],
    ['as the hex of the bytes of its hex digits', hexOf(HEX), REDACTED],
    ['as its hex digits in space-separated groups of 8', grouped(HEX, 8), REDACTED],
    ['as upper-case hex in groups of 8', grouped(HEX, 8).toUpperCase(), REDACTED],
    [
      'with its prefix and its hex digits in groups of 8',
      `raff_${grouped(HEX, 8)}`,
      'raff_[redacted]',
    ],
    ['as its hex digits in groups of 4', grouped(HEX, 4), REDACTED],
    ['as the hex of its bytes, byte by byte (a hex dump)', grouped(hexOf(KEY), 2), REDACTED],
    ['as the hex of its bytes in groups of 8', grouped(hexOf(KEY).toUpperCase(), 8), REDACTED],
    [
      'fully percent-encoded after upper-casing its hex',
      percentEncoded(`raff_${HEX.toUpperCase()}`, 'lower'),
      // The escaped prefix stays: it is public.
      `${percentEncoded('raff_', 'lower')}${REDACTED}`,
    ],
  ])('removes the key written %s', (_, written, replacement) => {
    expect(scrubber.scrub(`before ${written} after`)).toBe(`before ${replacement} after`);
  });

  it('removes the key from inside a longer base64 run, at every byte alignment', () => {
    for (const user of ['u', 'us', 'usr']) {
      const header = base64(`${user}:${KEY}`);
      const scrubbed = scrubber.scrub(`Authorization: Basic ${header}`);
      expect(scrubbed).toContain(REDACTED);
      // What is left of the run is at most a few characters either side of the key.
      expect(
        scrubbed.replace(`Authorization: Basic `, '').replace(REDACTED, '').length,
      ).toBeLessThan(8);
    }
  });

  it('removes a secret that is not a Raff key, and its base64, whole', () => {
    const password = 'correct horse battery staple';
    const scrub = createSecretScrubber([password]);
    expect(scrub(`pw=${password}; b=${base64(password)}`)).toBe(`pw=${REDACTED}; b=${REDACTED}`);
  });

  it('removes the hex of a secret that is not a Raff key, in either case, but not the secret in another case', () => {
    const password = 'correct horse battery staple';
    const scrub = createSecretScrubber([password]);
    const hex = hexOf(password);
    expect(scrub(`h=${hex} H=${hex.toUpperCase()} g=${grouped(hex, 8)}`)).toBe(
      `h=${REDACTED} H=${REDACTED} g=${REDACTED}`,
    );
    // Only hex is matched without regard to case: a password is its exact letters.
    expect(scrub(password.toUpperCase())).toBe(password.toUpperCase());
  });

  it('leaves other hex alone: ids, hashes and the key’s public prefix', () => {
    const text = `sha256 ${'ab12'.repeat(16)} id 5f0c3a9e-8d1b-4c2a prefix 17D70FCF`;
    expect(scrubber.scrub(text)).toBe(text);
  });

  it('still scrubs raff_ tokens it was never told about', () => {
    expect(scrubber.scrub(`other ${OTHER_KEY} and damaged RAFF_ABCDEF0123456789`)).toBe(
      'other raff_abababab… and damaged raff_[redacted]',
    );
  });

  it('leaves text without secrets as it is, escapes and zero-width characters included', () => {
    const text = '100% sure & done: a%2Fb &amp; &#95; &lowbar; \u200b %zz &#xzz;';
    expect(scrubber.scrub(text)).toBe(text);
  });

  it('ignores secrets shorter than 16 characters, which would cut holes in ordinary text', () => {
    const scrub = createSecretScrubber(['short', 'a']);
    expect(scrub('a short text')).toBe('a short text');
  });

  it('keeps the secrets it started with while it rotates out the oldest added ones', () => {
    const keys = Array.from(
      { length: MAX_ADDED_SECRETS + 1 },
      (_, i) => `s3cret-value-number-${i}`,
    );
    const rotating = new SecretScrubber([KEY]);
    for (const key of keys) rotating.add(key);
    expect(rotating.size).toBe(MAX_ADDED_SECRETS + 1);
    expect(rotating.scrub(`${keys[0]} ${keys[1]} ${HEX}`)).toBe(
      `${keys[0]} ${REDACTED} ${REDACTED}`,
    );
  });

  it('shows none of its secrets in util.inspect or JSON.stringify', () => {
    const held = new SecretScrubber([KEY]);
    held.add(OTHER_KEY);
    expectNoSecret(KEY, { others: [held] });
    expectNoSecret(OTHER_KEY, { others: [held] });
  });

  it('scrubs values, names and nested strings when given to redactValue', () => {
    const body = {
      [base64(KEY)]: [`token raff%5F${HEX}`, { deep: withZeroWidth }],
      message: `key &lowbar; raff&lowbar;${HEX}`,
    };
    const copy = redactValue(body, { scrub: scrubber.scrub });
    expect(copy).toEqual({
      [REDACTED]: [`token ${PREFIX}`, { deep: PREFIX }],
      message: `key &lowbar; ${PREFIX}`,
    });
  });
});

describe('SecretScrubber: cost', () => {
  // The median of 3 runs after a warm-up, so that one GC pause or a busy moment does not decide.
  const timed = (scrub: (text: string) => string, text: string) => {
    let out = scrub(text);
    const runs: number[] = [];
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      out = scrub(text);
      runs.push(performance.now() - started);
    }
    return { ms: runs.toSorted((a, b) => a - b)[1] ?? 0, out };
  };
  const many = new SecretScrubber([KEY]);
  for (let i = 0; i < MAX_ADDED_SECRETS; i++)
    many.add(`raff_${i.toString(16).padStart(2, '0').repeat(32)}`);

  it('scrubs 1 MB of text full of escapes with 33 secrets well within a second', () => {
    const chunk = `lorem %20 ipsum &amp; \u200b dolor ${'y'.repeat(100)} `;
    const text = `${chunk.repeat(Math.ceil(2 ** 20 / chunk.length))}${percentEncoded(KEY, 'upper')}`;
    const { ms, out } = timed(many.scrub, text);
    expect(out.endsWith(PREFIX)).toBe(true);
    expect(ms).toBeLessThan(1_000);
  });

  // Half a megabyte each: a scan that went quadratic would take minutes on it, not a second.
  it.each([
    ['percent signs', '%'.repeat(2 ** 19)],
    ['broken escapes', '%5'.repeat(2 ** 18)],
    ['unfinished entities', '&#9'.repeat(2 ** 17)],
    ['zero-width characters', '\u200b'.repeat(2 ** 19)],
    ['letters and zero-width characters in turn', 'a\u200b'.repeat(2 ** 18)],
    ['short escapes', '%41'.repeat(2 ** 17)],
    ['a repeated key start', 'raff_17d70fcf'.repeat(2 ** 15)],
    ['a repeated start of its upper-case hex in groups', '17D70FCF 7E751096 '.repeat(2 ** 15)],
    ['a repeated start of the hex of its bytes', '726166665f3137'.repeat(2 ** 15)],
    ['upper- and lower-case letters in turn', 'Ab'.repeat(2 ** 18)],
  ])('stays linear on 512 KB of %s', (_, text) => {
    expect(timed(many.scrub, text).ms).toBeLessThan(1_000);
  });
});
