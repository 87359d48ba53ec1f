import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RaffAPIError, RaffClient, RaffError, RaffValidationError } from '../../src/index.js';
import { KEY, PROJECT } from '../support/client.js';
import { startEmulator } from '../support/emulator.js';
import { expectNoSecret } from '../support/secrets.js';
import { emptyList, hostileString, hostileValue, INJECTIONS, recordingFetch } from './hostile.js';

const LOCAL = 'http://127.0.0.1:9';

beforeEach(() => {
  // Options left out must not be filled from the developer's environment.
  for (const name of ['RAFF_API_KEY', 'RAFF_PROJECT_ID', 'RAFF_API_URL', 'RAFF_LOG']) {
    vi.stubEnv(name, undefined);
  }
});

afterEach(() => {
  vi.unstubAllEnvs();
});

/** Either a client, or a RaffValidationError; anything else fails the test. */
function construct(build: () => RaffClient): RaffClient | RaffValidationError {
  try {
    return build();
  } catch (error) {
    expect(error, `${(error as Error)?.name}: ${(error as Error)?.message}`).toBeInstanceOf(
      RaffValidationError,
    );
    return error as RaffValidationError;
  }
}

/** `value` with one injected character sequence at a random position. */
const injected = (value: string) =>
  fc
    .tuple(fc.nat({ max: value.length }), fc.constantFrom(...INJECTIONS))
    .map(([at, bad]) => `${value.slice(0, at)}${bad}${value.slice(at)}`);

/** Mostly valid (so that clients get built and used), sometimes hostile. */
const mostly = <T>(valid: fc.Arbitrary<T>, ...hostile: fc.Arbitrary<unknown>[]) =>
  fc.oneof(
    { weight: 6, arbitrary: valid },
    ...hostile.map((arbitrary) => ({ weight: 1, arbitrary })),
  );

const clientOptions = fc.record(
  {
    apiKey: mostly(fc.constant(KEY), hostileValue, injected(KEY)),
    projectId: mostly(fc.constant(PROJECT), hostileValue, injected(PROJECT)),
    baseUrl: mostly(
      fc.constantFrom(
        LOCAL,
        'https://api.rafftechnologies.com',
        'http://localhost:1',
        'http://[::1]:1',
      ),
      fc.constantFrom(
        'http://example.com',
        'ftp://x',
        'https://u:p@x.example',
        'https://x/?q',
        '//x',
      ),
      hostileValue,
    ),
    timeout: mostly(fc.integer({ min: 1, max: 60_000 }), hostileValue),
    totalTimeout: mostly(fc.integer({ min: 1, max: 120_000 }), hostileValue),
    maxRetries: mostly(fc.integer({ min: 0, max: 10 }), hostileValue),
    fetch: mostly(fc.constant('recording'), hostileValue),
    logLevel: mostly(fc.constantFrom('off', 'error', 'warn', 'info', 'debug'), hostileValue),
    logger: mostly(fc.constant('silent'), hostileValue),
    headers: mostly(
      fc.dictionary(fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,20}$/), fc.string(), { maxKeys: 3 }),
      fc.dictionary(hostileString, hostileString, { maxKeys: 3 }),
      hostileValue,
    ),
    rateLimit: mostly(
      fc.constantFrom('standard', 'high'),
      fc.record({ perSecond: hostileValue, burst: hostileValue }),
      hostileValue,
    ),
    dangerouslyAllowBrowser: mostly(fc.boolean(), hostileValue),
  },
  { requiredKeys: ['apiKey', 'fetch'] },
);

const silent = { debug() {}, info() {}, warn() {}, error() {} };

describe('hostile client options', () => {
  it('constructs a client or throws RaffValidationError, and a constructed client sends what it was given', async () => {
    const seen = { built: 0, rejected: 0, called: 0 };
    await fc.assert(
      fc.asyncProperty(clientOptions, async (generated) => {
        const recording = recordingFetch(emptyList);
        const options = {
          ...generated,
          ...(generated.fetch === 'recording' ? { fetch: recording.fetch } : {}),
          // Left out, the logger is the console: keep the test output clean.
          ...(generated.logger === 'silent' || !('logger' in generated) ? { logger: silent } : {}),
        } as never;
        const built = construct(() => new RaffClient(options));
        if (built instanceof RaffValidationError) {
          seen.rejected++;
          expect(recording.sent).toEqual([]);
          expectNoSecret(KEY, { error: built });
          return;
        }
        seen.built++;
        expectNoSecret(KEY, { others: [built] });
        if (generated.fetch !== 'recording') return;
        const outcome = await built.permissions.list().catch((error: unknown) => error);
        if (outcome instanceof Error) {
          // A 1 ms timeout may fire first; what matters is that the error is typed.
          expect(outcome).toBeInstanceOf(RaffError);
          return;
        }
        seen.called++;
        const [request] = recording.sent;
        expect(request?.headers.get('x-api-key')).toBe(generated.apiKey);
        expect(request?.headers.has('x-project-id'), 'account-level call').toBe(false);
        const custom = Object.entries((generated.headers ?? {}) as Record<string, string>);
        for (const [name, value] of custom) {
          // Names that differ only in case are one header on the wire (values joined by ", ").
          const same = custom.filter(([other]) => other.toLowerCase() === name.toLowerCase());
          if (same.length === 1) expect(request?.headers.get(name)).toBe(value.trim());
        }
      }),
      // About one generated client in eight is valid and makes its call: 300 runs give ~35 such
      // calls (150 gave 13–20, and 9 in one CI run, under the floor of 10 below).
      { numRuns: 300 },
    );
    // Both sides of the property were exercised, and clients were used, not just built.
    expect(seen.rejected).toBeGreaterThanOrEqual(10);
    expect(seen.called).toBeGreaterThanOrEqual(10);
  });

  it('derives a client with withOptions or throws RaffValidationError, leaving the original intact', () => {
    const base = new RaffClient({ apiKey: KEY, projectId: PROJECT, baseUrl: LOCAL });
    const before = JSON.stringify(base);
    fc.assert(
      fc.property(clientOptions, (generated) => {
        const built = construct(() => base.withOptions(generated as never));
        if (built instanceof RaffValidationError) expectNoSecret(KEY, { error: built });
        expect(JSON.stringify(base)).toBe(before);
      }),
      { numRuns: 150 },
    );
  });

  it('rejects anything but an options object with RaffValidationError', () => {
    fc.assert(
      fc.property(
        hostileValue.filter(
          (value) => value === null || (typeof value !== 'object' && value !== undefined),
        ),
        (value) => {
          expect(() => new RaffClient(value as never)).toThrow(RaffValidationError);
        },
      ),
    );
  });
});

describe('header injection', () => {
  const { fetch, sent } = recordingFetch(emptyList);
  const client = (options = {}) =>
    new RaffClient({ apiKey: KEY, baseUrl: LOCAL, logLevel: 'off', fetch, ...options });

  afterEach(() => {
    expect(sent, 'nothing reaches the wire').toEqual([]);
  });

  it('rejects a projectId with CR, LF, NUL, whitespace or non-ASCII in the client options', () => {
    fc.assert(
      fc.property(injected(PROJECT), (projectId) => {
        expect(() => client({ projectId })).toThrow(RaffValidationError);
        expect(() => client().withOptions({ projectId })).toThrow(RaffValidationError);
      }),
    );
  });

  it('rejects such a projectId as a per-call option, before any request', async () => {
    await fc.assert(
      fc.asyncProperty(injected(PROJECT), async (projectId) => {
        await expect(client().vms.list({}, { projectId })).rejects.toBeInstanceOf(
          RaffValidationError,
        );
        await expect(
          client().backups.create({ vm_id: 'vm-1' }, { projectId }),
        ).rejects.toBeInstanceOf(RaffValidationError);
      }),
    );
  });

  it('rejects such a projectId in the raff.api X-Project-ID header param, before any request', async () => {
    await fc.assert(
      fc.asyncProperty(injected(PROJECT), async (projectId) => {
        const error = await client()
          .api.POST('/api/v1/backups', {
            body: { vm_id: 'vm-1' },
            params: { header: { 'X-Project-ID': projectId } },
          })
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(RaffValidationError);
        await expect(
          client().api.GET('/api/v1/vms', { params: { header: { 'X-Project-ID': projectId } } }),
        ).rejects.toBeInstanceOf(RaffValidationError);
      }),
    );
  });

  it('rejects a projectId longer than 128 characters everywhere it can be given', async () => {
    const projectId = 'p'.repeat(129);
    expect(() => client({ projectId })).toThrow(RaffValidationError);
    await expect(client().vms.list({}, { projectId })).rejects.toBeInstanceOf(RaffValidationError);
    expect(() => client({ projectId: 'p'.repeat(100_000) })).toThrow(RaffValidationError);
  });

  it('rejects a key with an injected character, and never echoes it', () => {
    fc.assert(
      fc.property(injected(KEY), (apiKey) => {
        let error: unknown;
        try {
          client({ apiKey });
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(RaffValidationError);
        expectNoSecret(KEY, { error });
        expect(() => client().withOptions({ apiKey })).toThrow(RaffValidationError);
      }),
    );
  });

  it('rejects a very long key without echoing it', () => {
    const apiKey = `${KEY}${'a'.repeat(100_000)}`;
    let error: unknown;
    try {
      client({ apiKey });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RaffValidationError);
    expectNoSecret(KEY, { error });
    expect(JSON.stringify(error).length).toBeLessThan(2_000);
  });

  it('rejects custom header names that are not tokens, and values with CR, LF, NUL or non-ASCII', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          injected('X-Trace').map((name) => ({ [name]: 'ok' })),
          injected('trace-value').map((value) => ({ 'X-Trace': value })),
          fc.constantFrom<Record<string, string>>(
            { '': 'empty name' },
            { 'X Trace': 'space in the name' },
            { 'X-Trace:': 'colon in the name' },
            { 'X-Trace': '\u007f' },
          ),
        ),
        (headers) => {
          // A tab or space inside a value is legal (only the ends are trimmed): not an injection.
          const [name = '', value = ''] = Object.entries(headers)[0] ?? [];
          if (/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name) && /^[\t\x20-\x7e]*$/.test(value)) return;
          expect(() => client({ headers })).toThrow(RaffValidationError);
          expect(() => client().withOptions({ headers })).toThrow(RaffValidationError);
        },
      ),
    );
  });

  it('refuses every header the client sets or the Fetch standard forbids, in any case, wherever headers are given', async () => {
    const names = fc
      .constantFrom(
        'X-API-Key',
        'X-Project-ID',
        'Idempotency-Key',
        'User-Agent',
        'Content-Type',
        'Accept',
        'Content-Length',
        'Transfer-Encoding',
        'Expect',
        'Upgrade',
        'Keep-Alive',
        'Connection',
        'TE',
        'Trailer',
        'Host',
        'Proxy-Authorization',
        'Sec-Fetch-Site',
        'Cookie',
        'X-HTTP-Method-Override',
      )
      .chain((name) =>
        fc
          .array(fc.boolean(), { minLength: name.length, maxLength: name.length })
          .map((upper) =>
            [...name].map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase())).join(''),
          ),
      );
    await fc.assert(
      fc.asyncProperty(names, fc.boolean(), async (name, underscores) => {
        const headers = { [underscores ? name.replaceAll('-', '_') : name]: KEY };
        expect(() => client({ headers })).toThrow(RaffValidationError);
        expect(() => client().withOptions({ headers })).toThrow(RaffValidationError);
        await expect(client().vms.list({}, { headers })).rejects.toBeInstanceOf(
          RaffValidationError,
        );
        await expect(client().api.GET('/api/v1/permissions', { headers })).rejects.toBeInstanceOf(
          RaffValidationError,
        );
      }),
      { numRuns: 100 },
    );
  });

  it('refuses X-API-Key and X-Project-ID in custom headers, in any letter case', () => {
    for (const name of ['X-API-Key', 'x-api-key', 'X-Api-Key', 'X-PROJECT-ID', 'x-project-id']) {
      expect(() => client({ headers: { [name]: KEY } })).toThrow(RaffValidationError);
    }
  });

  it('refuses another X-API-Key in per-call headers on raff.api, sending nothing', async () => {
    const recording = recordingFetch(emptyList);
    const raff = new RaffClient({ apiKey: KEY, baseUrl: LOCAL, fetch: recording.fetch });
    const error = await raff.api
      .GET('/api/v1/permissions', {
        headers: { 'X-API-Key': `raff_${'0'.repeat(64)}` },
      } as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffValidationError);
    expect((error as Error).message).toContain('headers.X-API-Key: is set by the client itself');
    expect(recording.sent).toEqual([]);
  });
});

describe('very long headers against a real server', () => {
  it('sends a 64 KB custom header as one header; the server answers 431, a RaffAPIError', async () => {
    const emulator = await startEmulator();
    const raff = new RaffClient({
      apiKey: emulator.ownerKey,
      baseUrl: emulator.url,
      logLevel: 'off',
      headers: { 'X-Big': 'a'.repeat(64 * 1024) },
    });
    const error = await raff.permissions.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffAPIError);
    expect(error).toMatchObject({ status: 431, attempts: 1 });
    // Node's HTTP parser answers before the emulator sees a request.
    expect(emulator.exchanges).toEqual([]);
    expectNoSecret(emulator.ownerKey, { error });
  });
});
