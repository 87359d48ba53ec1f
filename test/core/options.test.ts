import { afterEach, describe, expect, it, vi } from 'vitest';
import { RaffClient, RaffValidationError } from '../../src/index.js';
import { KEY, OTHER_KEY, PROJECT } from '../support/client.js';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

function constructionError(make: () => unknown): RaffValidationError {
  try {
    make();
  } catch (error) {
    expect(error).toBeInstanceOf(RaffValidationError);
    return error as RaffValidationError;
  }
  throw new Error('expected construction to throw');
}

describe('client options', () => {
  it('says how to fix a missing key', () => {
    vi.stubEnv('RAFF_API_KEY', '');
    const error = constructionError(() => new RaffClient());
    expect(error.message).toMatchInlineSnapshot(
      `"No Raff API key: pass { apiKey } to new RaffClient(), set the RAFF_API_KEY environment variable (or RAFF_API_KEY_FILE), or run \`raff configure\` for a raff-cli profile. Create a key in the dashboard under API Keys. (For the public endpoints alone, pass apiKey: null.)"`,
    );
    expect(error.issues).toEqual([
      { path: ['apiKey'], code: 'missing', message: 'an API key is required' },
    ]);
  });

  it('reads the key, project, base URL and log level from the environment', () => {
    vi.stubEnv('RAFF_API_KEY', KEY);
    vi.stubEnv('RAFF_PROJECT_ID', PROJECT);
    vi.stubEnv('RAFF_API_URL', 'http://127.0.0.1:4010/');
    vi.stubEnv('RAFF_LOG', 'DEBUG');
    const raff = new RaffClient();
    expect(raff.projectId).toBe(PROJECT);
    expect(raff.baseUrl).toBe('http://127.0.0.1:4010');
    expect(raff.toJSON()).toMatchObject({ logLevel: 'debug', apiKey: 'raff_17d70fcf…' });
  });

  it('prefers explicit options over the environment', () => {
    vi.stubEnv('RAFF_API_KEY', KEY);
    vi.stubEnv('RAFF_PROJECT_ID', PROJECT);
    const raff = new RaffClient({ apiKey: OTHER_KEY, projectId: 'other-project' });
    expect(raff.projectId).toBe('other-project');
    expect(raff.toJSON()).toMatchObject({ apiKey: 'raff_abababab…' });
  });

  it.each([
    ['leading whitespace', ` ${KEY}`, 'whitespace'],
    ['a wrong prefix', KEY.replace('raff_', 'raff-'), 'missing_prefix'],
    ['a truncated key', KEY.slice(0, -1), 'wrong_length'],
    ['uppercase hex', KEY.toUpperCase().replace('RAFF_', 'raff_'), 'invalid_characters'],
  ])('rejects a key with %s without echoing it', (_, apiKey, code) => {
    const error = constructionError(() => new RaffClient({ apiKey }));
    expect(error.issues[0]).toMatchObject({ path: ['apiKey'], code });
    expect(error.message).not.toContain(apiKey.trim().slice(5, 20));
    expect(JSON.stringify(error)).not.toContain(apiKey.trim().slice(5, 20));
  });

  it('refuses plain http for a non-loopback host', () => {
    const error = constructionError(
      () => new RaffClient({ apiKey: KEY, baseUrl: 'http://api.rafftechnologies.com' }),
    );
    expect(error.message).toMatchInlineSnapshot(
      `"Invalid baseUrl: it uses plain http:// for a non-loopback host; the API key would cross the network in clear text. Use https://, or http:// only for localhost / 127.0.0.1 / [::1]. For an emulator reached by name (e.g. in CI), pass allowInsecureHttp: true."`,
    );
  });

  it.each([
    ['api.rafftechnologies.com', 'https://api.rafftechnologies.com'],
    ['api.rafftechnologies.com/', 'https://api.rafftechnologies.com/'],
    ['localhost:4010', 'http://localhost:4010'],
    ['127.0.0.1:4010', 'http://127.0.0.1:4010'],
    ['[::1]:4010', 'http://[::1]:4010'],
  ])('refuses %s, a base URL without a scheme, and says how to write it', (baseUrl, fixed) => {
    const error = constructionError(() => new RaffClient({ apiKey: KEY, baseUrl }));
    expect(error.issues[0]).toMatchObject({ path: ['baseUrl'], code: 'invalid_url' });
    const loopback = fixed.startsWith('http://');
    expect(error.message).toBe(
      `Invalid baseUrl: it has no scheme (https://, or http:// for a loopback host): use ${fixed}${loopback ? ' (plain http is for loopback hosts only)' : ''}.`,
    );
  });

  it('says a scheme-less RAFF_API_URL is where the base URL came from', () => {
    vi.stubEnv('RAFF_API_URL', '127.0.0.1:4010');
    const error = constructionError(() => new RaffClient({ apiKey: KEY }));
    expect(error.message).toBe(
      'Invalid baseUrl: it has no scheme (https://, or http:// for a loopback host): use http://127.0.0.1:4010 (plain http is for loopback hosts only). The baseUrl came from RAFF_API_URL.',
    );
  });

  it('does not echo a scheme-less base URL with credentials in it', () => {
    const error = constructionError(
      () => new RaffClient({ apiKey: KEY, baseUrl: 'user:hunter2@api.rafftechnologies.com' }),
    );
    expect(error.message).not.toContain('hunter2');
  });

  it.each(['http://localhost:4010', 'http://127.0.0.1:4010', 'http://[::1]:4010'])(
    'allows plain http for loopback host %s',
    (baseUrl) => {
      expect(new RaffClient({ apiKey: KEY, baseUrl }).baseUrl).toBe(baseUrl);
    },
  );

  it.each([
    ['a negative timeout', { timeout: -1 }, 'timeout'],
    ['a fractional retry count', { maxRetries: 1.5 }, 'maxRetries'],
    ['too many retries', { maxRetries: 11 }, 'maxRetries'],
    ['a header-unsafe project id', { projectId: 'p1\r\nX-Evil: 1' }, 'projectId'],
    ['a non-ASCII project id', { projectId: 'prój' }, 'projectId'],
    ['an unknown log level', { logLevel: 'loud' }, 'logLevel'],
    ['an unknown option', { apikey: KEY }, ''],
    ['a reserved custom header', { headers: { 'X-API-Key': 'x' } }, 'headers'],
    ['a custom header with CR/LF', { headers: { 'X-Trace': 'a\r\nb' } }, 'headers'],
    ['a non-function fetch', { fetch: 'fetch' }, 'fetch'],
  ])('rejects %s', (_, options, field) => {
    const error = constructionError(() => new RaffClient({ apiKey: KEY, ...(options as object) }));
    expect(error.issues[0]?.path[0] ?? '').toBe(field);
  });

  it('refuses to run in a browser unless told it is safe', () => {
    vi.stubGlobal('window', {});
    vi.stubGlobal('document', {});
    const error = constructionError(() => new RaffClient({ apiKey: KEY }));
    expect(error.message).toContain('refuses to run in a browser');
    expect(new RaffClient({ apiKey: KEY, dangerouslyAllowBrowser: true })).toBeInstanceOf(
      RaffClient,
    );
  });

  it('withOptions returns a new client and leaves the original unchanged', () => {
    const raff = new RaffClient({ apiKey: KEY, projectId: PROJECT });
    const other = raff.withOptions({ projectId: 'customer1', apiKey: OTHER_KEY });
    expect(other).not.toBe(raff);
    expect(other).toBeInstanceOf(RaffClient);
    expect(raff.projectId).toBe(PROJECT);
    expect(other.projectId).toBe('customer1');
    expect(raff.toJSON()).toMatchObject({ apiKey: 'raff_17d70fcf…' });
    expect(other.toJSON()).toMatchObject({ apiKey: 'raff_abababab…' });
    expect(other.apiKeys).not.toBe(raff.apiKeys);
  });

  it('withOptions validates what it changes', () => {
    const raff = new RaffClient({ apiKey: KEY });
    expect(() => raff.withOptions({ timeout: 0 })).toThrow(RaffValidationError);
  });
});
