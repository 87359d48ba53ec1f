import { readFileSync } from 'node:fs';
import nock from 'nock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SDK_VERSION } from '../../src/core/sdk-version.js';
import { runtimeProduct } from '../../src/core/user-agent.js';
import { RaffClient, RaffValidationError } from '../../src/index.js';
import { API, KEY, testClient } from '../support/client.js';

const { version } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as { version: string };
const SDK = `raff-sdk-typescript/${version} node/${process.versions.node}`;

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The User-Agent of the one request `call` makes, read from a fetch that answers 200. */
async function sentUserAgent(
  make: (fetch: typeof globalThis.fetch) => RaffClient,
  call: (raff: RaffClient) => Promise<unknown>,
): Promise<string | null> {
  let seen: string | null | undefined;
  const fetch: typeof globalThis.fetch = async (input) => {
    seen = (input as Request).headers.get('user-agent');
    return Response.json({ success: true, data: [], total: 0 });
  };
  await call(make(fetch));
  expect(seen).not.toBeUndefined();
  return seen ?? null;
}

describe('User-Agent', () => {
  it('carries the version of package.json (src/core/sdk-version.ts is in step with it)', () => {
    expect(SDK_VERSION).toBe(version);
  });

  it('is sent on every namespace call: the SDK, then the runtime and its full version', async () => {
    const scope = nock(API)
      .matchHeader('user-agent', SDK)
      .get('/api/v1/roles')
      .reply(200, { success: true, data: [] })
      .get('/health')
      .reply(200, { status: 'ok' });
    const raff = testClient();
    await raff.roles.list();
    await raff.health.check();
    expect(scope.isDone()).toBe(true);
  });

  it('is sent on raff.api, known path or not', async () => {
    const scope = nock(API)
      .matchHeader('user-agent', SDK)
      .get('/api/v1/permissions')
      .reply(200, { success: true, data: [] })
      .get('/api/v1/not-in-the-spec')
      .reply(200, { success: true });
    const raff = testClient();
    await raff.api.GET('/api/v1/permissions');
    await raff.api.GET('/api/v1/not-in-the-spec');
    expect(scope.isDone()).toBe(true);
  });

  it('puts the tool’s own products first with the userAgent option, also on derived clients', async () => {
    const tool = nock(API)
      .matchHeader('user-agent', `my-tool/1.2 (+https://example.com) ${SDK}`)
      .get('/api/v1/roles')
      .reply(200, { success: true, data: [] });
    const raff = testClient({ userAgent: 'my-tool/1.2 (+https://example.com)' });
    await raff.withOptions({ timeout: 5_000 }).roles.list();
    expect(tool.isDone()).toBe(true);
    const other = nock(API)
      .matchHeader('user-agent', `other/2 ${SDK}`)
      .get('/api/v1/roles')
      .reply(200, { success: true, data: [] });
    await raff.withOptions({ userAgent: 'other/2' }).roles.list();
    expect(other.isDone()).toBe(true);
  });

  it.each([
    ['an empty string', ''],
    ['a product without a version after the slash', 'tool/'],
    ['a version without a product', '/1.0'],
    ['a comment first', '(tool) tool/1'],
    ['CR and LF', 'tool/1\r\nX-Evil: 1'],
    ['non-ASCII', 'töol/1'],
    ['an unclosed comment', 'tool/1 (note'],
    ['more than 256 characters', `tool/${'1'.repeat(252)}`],
  ])('refuses a userAgent with %s, without echoing it', (_, userAgent) => {
    let error: unknown;
    try {
      testClient({ userAgent });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(RaffValidationError);
    expect((error as RaffValidationError).issues[0]?.path).toEqual(['userAgent']);
    // The whole message: no part of the value is in it.
    expect((error as Error).message).toBe(
      'Invalid client options: userAgent: must be RFC 9110 product tokens such as "my-tool/1.2" (at most 256 characters)',
    );
  });

  it.each(['User-Agent', 'user-agent'])('refuses %s among the client’s headers', (name) => {
    let error: unknown;
    try {
      testClient({ headers: { [name]: 'x/1' } });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(RaffValidationError);
    expect((error as RaffValidationError).issues[0]?.path).toEqual(['headers', name]);
  });

  it('is not set in a browser, where the browser sends its own', async () => {
    vi.stubGlobal('window', {});
    vi.stubGlobal('document', {});
    const agent = await sentUserAgent(
      (fetch) =>
        new RaffClient({ apiKey: KEY, dangerouslyAllowBrowser: true, userAgent: 'x/1', fetch }),
      (raff) => raff.roles.list(),
    );
    expect(agent).toBeNull();
  });

  it.each([
    ['Bun', { Bun: { version: '1.2.0' }, process: { versions: { node: '22.6.0' } } }, 'bun/1.2.0'],
    [
      'Deno',
      { Deno: { version: { deno: '2.1.0' } }, process: { versions: { node: '20.11.1' } } },
      'deno/2.1.0',
    ],
    ['Node', { process: { versions: { node: '22.11.0' } } }, 'node/22.11.0'],
    ['an edge runtime', {}, undefined],
    [
      'a version that is not a token',
      { process: { versions: { node: '22 (patched)' } } },
      undefined,
    ],
  ])('names the runtime under %s', (_, globals, expected) => {
    expect(runtimeProduct(globals)).toBe(expected);
  });
});
