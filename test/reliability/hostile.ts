// Hostile inputs for the property tests, and the one rule every public function must follow for
// them: a typed RaffValidationError (with nothing sent) or a normal answer, never another throw.
import fc from 'fast-check';
import { expect, vi } from 'vitest';
import { RaffAPIError, RaffApiKeyGrantError, RaffValidationError } from '../../src/index.js';

/** Characters that break headers, paths and parsers when they reach the wire unchecked. */
export const INJECTIONS = [
  '\r',
  '\n',
  '\r\nX-Injected: 1',
  '\0',
  '\u0085',
  '\u2028',
  '\t',
  ' ',
  'é',
  'Ж',
  '😀',
  '\ud800', // a lone surrogate
] as const;

/**
 * Any code point but a surrogate: fast-check's `unit: 'binary'`, drawn index for index the same
 * (the same strings for the same seed, the same shrinking), but its unmapper computes where
 * fast-check's builds a table of all 1,112,064 code points, which costs each worker that loads
 * this module 1.5 s and 100 MB.
 */
const codePoint = fc.nat({ max: 0x10ffff - 0x800 }).map(
  (index) => String.fromCodePoint(index < 0xd800 ? index : index + 0x800),
  (value) => {
    const point = typeof value === 'string' ? value.codePointAt(0) : undefined;
    if (point === undefined || String.fromCodePoint(point) !== value) {
      throw new Error('not a single code point');
    }
    if (point >= 0xd800 && point <= 0xdfff) throw new Error('a surrogate');
    return point < 0xd800 ? point : point - 0x800;
  },
);

/** Strings aimed at ids, paths, headers and query strings. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: codePoint }),
  fc.string({ unit: 'grapheme' }),
  fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/),
  fc.uuid(),
  fc.constantFrom(
    '',
    ' ',
    '.',
    '..',
    '../api-keys',
    '/api/v1/api-keys',
    'a/b',
    '%2F',
    '%2e%2e',
    'a?limit=1',
    'a#frag',
    '__proto__',
    'constructor',
    'x'.repeat(129),
    'x'.repeat(10_000),
    `raff_${'ab'.repeat(32)}`,
  ),
  fc
    .tuple(fc.string(), fc.constantFrom(...INJECTIONS), fc.string())
    .map(([a, bad, b]) => `${a}${bad}${b}`),
);

const cyclic: Record<string, unknown> = { name: 'cyclic' };
cyclic.self = cyclic;

/** Any value a JavaScript caller could pass where a typed one is expected. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withSparseArray: true,
    withTypedArray: true,
    maxDepth: 2,
  }),
  fc.constantFrom(
    undefined,
    null,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -1,
    0,
    1.5,
    2 ** 53,
    10n ** 30n,
    Symbol('hostile'),
    cyclic,
  ),
);

/** An object whose fields are `fields`, each hostile or absent, or any hostile value instead. */
export function hostileRecord(fields: readonly string[]): fc.Arbitrary<unknown> {
  const record = Object.fromEntries(fields.map((field) => [field, hostileValue]));
  return fc.oneof(
    { weight: 3, arbitrary: fc.record(record, { requiredKeys: [] }) },
    { weight: 1, arbitrary: hostileValue },
    { weight: 1, arbitrary: fc.dictionary(hostileString, hostileValue, { maxKeys: 4 }) },
  );
}

/** One request a client sent, as its `fetch` saw it. */
export interface SentRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Headers;
}

/**
 * A `fetch` for the `fetch` client option that records every request and passes it on to the
 * real fetch (the emulator) or, with `answer`, answers itself without any I/O.
 */
export function recordingFetch(answer?: () => Response): {
  fetch: typeof globalThis.fetch;
  sent: SentRequest[];
} {
  const sent: SentRequest[] = [];
  const fetch = vi.fn(async (input: Parameters<typeof globalThis.fetch>[0], init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    sent.push({
      method: request.method,
      path: new URL(request.url).pathname,
      headers: new Headers(request.headers),
    });
    return answer ? answer() : globalThis.fetch(input, init);
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, sent };
}

/** A canned `{ success: true, data: [] }` answer for clients that must not touch the network. */
export function emptyList(): Response {
  return new Response(JSON.stringify({ success: true, data: [], total: 0 }), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });
}

/**
 * The rule: `run` resolves, or rejects with a RaffValidationError after sending nothing but the
 * role look-ups it needs to judge a role reference (`GET /api/v1/roles`), or with a RaffAPIError
 * 4xx for input only the server can judge (alone, or as the cause of a rolled-back
 * RaffApiKeyGrantError). A TypeError, a SyntaxError, a 5xx from the emulator
 * (its bug) or a mislabelled error fails.
 */
export async function expectTypedOutcome(
  run: () => Promise<unknown>,
  sent: readonly SentRequest[],
): Promise<'result' | 'invalid' | 'rejected'> {
  const before = sent.length;
  try {
    await run();
    return 'result';
  } catch (error) {
    if (error instanceof RaffValidationError) {
      const writes = sent
        .slice(before)
        .filter((r) => !(r.method === 'GET' && r.path === '/api/v1/roles'));
      expect(writes, 'requests sent for input rejected as invalid').toEqual([]);
      expect(error.issues.length, 'a validation error names its issues').toBeGreaterThan(0);
      return 'invalid';
    }
    // A key created but refused a project grant (the project was deleted by an earlier run, say)
    // is typed by its composite error: rolled back, with the server's 4xx as its cause.
    const cause = error instanceof RaffApiKeyGrantError ? error.cause : error;
    if (error instanceof RaffApiKeyGrantError) {
      expect(error.rolledBack, 'a failed grant revokes the new key again').toBe(true);
    }
    expect(cause, `${(error as Error)?.name}: ${(error as Error)?.message}`).toBeInstanceOf(
      RaffAPIError,
    );
    const { status } = cause as RaffAPIError;
    expect(status, (error as Error).message).toBeGreaterThanOrEqual(400);
    expect(status, (error as Error).message).toBeLessThan(500);
    return 'rejected';
  }
}
