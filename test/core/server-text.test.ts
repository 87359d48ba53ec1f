// Issue 24, defect 2: strings a server sent (role slugs, a key's name) reach error messages only
// through the client's scrubber, by one helper (src/shared/server-text.ts).
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { RoleResolver } from '../../src/core/role-resolver.js';
import { SecretScrubber } from '../../src/core/secret-scrubber.js';
import { RaffValidationError, type Role } from '../../src/index.js';
import { serverText } from '../../src/shared/server-text.js';
import { API, KEY, testClient } from '../support/client.js';
import { ROLES } from '../support/fixtures.js';
import { expectNoSecret } from '../support/secrets.js';

const HEX = KEY.slice(5);
const scrub = new SecretScrubber([KEY]).scrub;

describe('serverText', () => {
  it('scrubs the client’s key in forms a raff_ scan cannot see (its hex alone)', () => {
    expect(serverText(`x ${HEX} y`, scrub)).toBe('x [redacted] y');
  });

  it('escapes line breaks, quotes and control characters, so a server cannot forge a line', () => {
    expect(serverText('a"b\nERROR forged\u0000', scrub)).toBe('a\\"b\\nERROR forged\\u0000');
  });

  it('cuts a long string after scrubbing, saying so', () => {
    const text = serverText('s'.repeat(10_000), scrub, 50);
    expect(text.startsWith('s'.repeat(50))).toBe(true);
    expect(text).toContain('[cut: 10,000 characters in all]');
  });

  it('names a value that is not a string by its type, never its content', () => {
    expect(serverText({ secret: KEY }, scrub)).toBe('(object)');
    expect(serverText(42, scrub)).toBe('(number)');
  });
});

describe('RoleResolver messages', () => {
  const hostileRoles = (slug: string) => [
    ...ROLES,
    { id: 'r-hostile', name: 'x', slug, scope: 'project' as const, permissions: [] },
  ];

  it('scrub the slugs it lists as choices with the scrubber it was given', async () => {
    const resolver = new RoleResolver(async () => hostileRoles(HEX), scrub);
    const error = await resolver.resolve('nope', 'project', 'role').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffValidationError);
    expect((error as Error).message).toContain('[redacted]');
    expectNoSecret(KEY, { error });
  });

  it('scrub the slug of a role of the wrong scope and the reference the caller gave', async () => {
    const resolver = new RoleResolver(async () => hostileRoles(HEX), scrub);
    const wrongScope = await resolver.resolve('r-hostile', 'account', 'role').catch((e) => e);
    expect(wrongScope).toBeInstanceOf(RaffValidationError);
    expectNoSecret(KEY, { error: wrongScope });
    const typedKey = await resolver.resolve(HEX.toUpperCase(), 'account', 'role').catch((e) => e);
    expect(typedKey).toBeInstanceOf(RaffValidationError);
    expectNoSecret(KEY, { error: typedKey });
  });

  it('list at most 20 choices and say how many more there are', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      id: `c${i}`,
      name: `c${i}`,
      slug: `custom-${String(i).padStart(2, '0')}`,
      scope: 'account' as const,
    }));
    const resolver = new RoleResolver(async () => many, scrub);
    const error = (await resolver.resolve('nope', 'account', 'role').catch((e) => e)) as Error;
    expect(error.message).toContain('custom-19, … and 10 more');
    expect(error.message).not.toContain('custom-20');
  });

  it('escape a slug with a line break, so the message stays one line', async () => {
    const resolver = new RoleResolver(async () => hostileRoles('evil\nINFO all good'), scrub);
    const error = (await resolver.resolve('nope', 'project', 'role').catch((e) => e)) as Error;
    expect(error.message).not.toContain('\n');
    expect(error.message).toContain('evil\\nINFO all good');
  });
});

describe('a client resolving roles from a server whose slugs carry its key', () => {
  // The client hands its scrubber to the role resolver: the key's hex alone, which the loose
  // raff_ scan would not see, is scrubbed too.
  it('keeps the key out of an "Unknown role" error of apiKeys.create', async () => {
    const roles: Role[] = [
      ...ROLES,
      { id: 'r-x', name: 'x', slug: HEX, scope: 'account', permissions: [], is_system: false },
    ];
    nock(API).get('/api/v1/roles').query(true).reply(200, { success: true, data: roles });
    const error = await testClient()
      .apiKeys.create({ name: 'ci', role: 'nope' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffValidationError);
    expectNoSecret(KEY, { error });
  });
});
