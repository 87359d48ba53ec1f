import nock from 'nock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  RaffApiKeyGrantError,
  RaffPermissionDeniedError,
  RaffValidationError,
} from '../../src/index.js';
import { API, KEY, OTHER_PROJECT, PROJECT, testClient } from '../support/client.js';
import {
  apiKey,
  apiKeyWithSecret,
  callerKey,
  KEY_ID,
  NEW_SECRET,
  ROLES,
  role,
} from '../support/fixtures.js';
import { expectNoSecret } from '../support/secrets.js';

const NOW = new Date('2026-11-26T10:00:00.000Z');

function rolesListed() {
  return nock(API, { badheaders: ['x-project-id'] })
    .get('/api/v1/roles')
    .query({ limit: 100, offset: 0 })
    .once()
    .reply(200, { success: true, data: ROLES });
}

/** The account's keys, the calling (Owner) key among them: what the pre-check reads. */
function callerListed() {
  return nock(API, { badheaders: ['x-project-id'] })
    .get('/api/v1/api-keys')
    .query({ limit: 100, offset: 0 })
    .once()
    .reply(200, { success: true, data: [callerKey(), apiKey()], total: 2 });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('apiKeys.create', () => {
  it('creates an owner key with one POST and no grants', async () => {
    rolesListed();
    nock(API, { badheaders: ['x-project-id'] })
      .post('/api/v1/api-keys', { name: 'Terraform', role_id: role('owner').id })
      .reply(201, {
        success: true,
        data: apiKeyWithSecret({ name: 'Terraform', role_slug: 'owner' }),
      });
    const key = await testClient().apiKeys.create({ name: 'Terraform', role: 'owner' });
    expect(key.secret).toBe(NEW_SECRET);
    expect(key.name).toBe('Terraform');
    // The secret is the property itself: a spread, a clone or JSON of the key never carries it.
    for (const copy of [{ ...key }, structuredClone(key), JSON.parse(JSON.stringify(key))]) {
      expect(copy).not.toHaveProperty('secret');
      expect(copy.name).toBe('Terraform');
    }
  });

  it('creates admin + operator on two projects: create, grant each project, then read back', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    const calls: string[] = [];
    rolesListed().on('request', () => calls.push('GET roles'));
    callerListed().on('request', () => calls.push('GET api-keys (the caller)'));
    nock(API)
      .post('/api/v1/api-keys', {
        name: 'Ops automation',
        role_id: role('admin').id,
        expires_at: '2027-02-24T10:00:00.000Z',
      })
      .reply(201, () => {
        calls.push('POST api-keys');
        return { success: true, data: apiKeyWithSecret({ name: 'Ops automation' }) };
      });
    for (const project of [PROJECT, OTHER_PROJECT]) {
      nock(API, { badheaders: ['x-project-id'] })
        .post(`/api/v1/projects/${project}/members`, {
          api_key_id: KEY_ID,
          role_id: role('operator').id,
        })
        .reply(201, () => {
          calls.push(`grant ${project}`);
          return {
            success: true,
            data: {
              id: `m-${project}`,
              project_id: project,
              role_id: role('operator').id,
              status: 'active',
              api_key_id: KEY_ID,
            },
          };
        });
    }
    const accesses = [PROJECT, OTHER_PROJECT].map((project, i) => ({
      project_id: project,
      project_name: i === 0 ? 'Default' : 'customer1',
      role_id: role('operator').id,
      role_name: 'Operator',
      role_slug: 'operator',
    }));
    nock(API)
      .get(`/api/v1/api-keys/${KEY_ID}`)
      .reply(200, () => {
        calls.push('GET api-key');
        return {
          success: true,
          data: apiKey({ name: 'Ops automation', project_accesses: accesses }),
        };
      });

    const key = await testClient().apiKeys.create({
      name: 'Ops automation',
      role: 'admin',
      projects: [PROJECT, OTHER_PROJECT],
      project_role: 'operator',
      expires_in: '90d',
    });
    expect(calls).toEqual([
      'GET roles',
      'GET api-keys (the caller)',
      'POST api-keys',
      `grant ${PROJECT}`,
      `grant ${OTHER_PROJECT}`,
      'GET api-key',
    ]);
    expect(key.secret).toBe(NEW_SECRET);
    expect(key.project_accesses).toEqual(accesses);
  });

  it('computes 1y expiry as the same date next year, Feb 29 to Feb 28', async () => {
    vi.useFakeTimers({ now: new Date('2028-02-29T12:00:00.000Z'), toFake: ['Date'] });
    rolesListed();
    nock(API)
      .post('/api/v1/api-keys', {
        name: 'Yearly',
        role_id: role('owner').id,
        expires_at: '2029-02-28T12:00:00.000Z',
      })
      .reply(201, { success: true, data: apiKeyWithSecret({ name: 'Yearly' }) });
    await testClient().apiKeys.create({ name: 'Yearly', role: 'owner', expires_in: '1y' });
  });

  it('resolves role slugs once per client and caches them', async () => {
    rolesListed();
    nock(API)
      .post('/api/v1/api-keys')
      .times(2)
      .reply(201, { success: true, data: apiKeyWithSecret() });
    const raff = testClient();
    await raff.apiKeys.create({ name: 'one', role: 'owner' });
    await raff.apiKeys.create({ name: 'two', role: role('owner').id });
  });

  it.each([
    ['an empty name', { name: '', role: 'owner' }, 'name'],
    ['a name over 128 characters', { name: 'x'.repeat(129), role: 'owner' }, 'name'],
    [
      'projects without a project role',
      { name: 'k', role: 'admin', projects: [PROJECT] },
      'project_role',
    ],
    [
      'a project role without projects',
      { name: 'k', role: 'admin', project_role: 'operator' },
      'projects',
    ],
    [
      'both expires_in and expires_at',
      { name: 'k', role: 'owner', expires_in: '30d', expires_at: '2030-01-01T00:00:00Z' },
      'expires_at',
    ],
    ['an unknown preset', { name: 'k', role: 'owner', expires_in: '45d' }, 'expires_in'],
    [
      'a duplicated project',
      { name: 'k', role: 'admin', projects: [PROJECT, PROJECT], project_role: 'operator' },
      'projects',
    ],
    ['an unknown parameter', { name: 'k', role: 'owner', expires: '30d' }, ''],
  ])('rejects %s without any request', async (_, params, field) => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    const error = await testClient({ fetch })
      .apiKeys.create(params as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffValidationError);
    expect((error as RaffValidationError).issues[0]?.path[0] ?? '').toBe(field);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('rejects an expires_at in the past before any request', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    await expect(
      testClient({ fetch }).apiKeys.create({
        name: 'k',
        role: 'owner',
        expires_at: '2001-01-01T00:00:00Z',
      }),
    ).rejects.toThrowErrorMatchingInlineSnapshot(
      `[RaffValidationError: Invalid expires_at: must be a valid date in the future.]`,
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it('rejects an owner key with projects after resolving the role, before creating', async () => {
    rolesListed();
    await expect(
      testClient().apiKeys.create({
        name: 'k',
        role: 'owner',
        projects: [PROJECT],
        project_role: 'operator',
      }),
    ).rejects.toThrowErrorMatchingInlineSnapshot(
      `[RaffValidationError: An owner key already reaches every project, current and future: drop projects and project_role.]`,
    );
  });

  it('rejects an unknown slug and lists the valid choices', async () => {
    rolesListed();
    await expect(
      testClient().apiKeys.create({ name: 'k', role: 'superuser' }),
    ).rejects.toThrowErrorMatchingInlineSnapshot(
      `[RaffValidationError: Unknown role "superuser": use the id or slug of an account role (admin, billing, member, owner).]`,
    );
  });

  it('rejects an account role used as project role', async () => {
    rolesListed();
    await expect(
      testClient().apiKeys.create({
        name: 'k',
        role: 'member',
        projects: [PROJECT],
        project_role: 'admin',
      }),
    ).rejects.toThrowErrorMatchingInlineSnapshot(
      `[RaffValidationError: project_role "admin" is an account role; project_role takes a project role (operator, project-admin, project-member, viewer).]`,
    );
  });

  it('revokes the new key when the second grant fails and says so', async () => {
    rolesListed();
    callerListed();
    nock(API).post('/api/v1/api-keys').reply(201, { success: true, data: apiKeyWithSecret() });
    nock(API)
      .post(`/api/v1/projects/${PROJECT}/members`)
      .reply(201, {
        success: true,
        data: { id: 'm1', project_id: PROJECT, role_id: role('operator').id, status: 'active' },
      });
    nock(API)
      .post(`/api/v1/projects/${OTHER_PROJECT}/members`)
      .reply(403, { error: 'Forbidden', message: 'Missing permission project.members.invite' });
    const revoke = nock(API)
      .delete(`/api/v1/api-keys/${KEY_ID}`)
      .reply(200, { success: true, message: 'API key revoked' });

    const error = (await testClient()
      .apiKeys.create({
        name: 'Backups Lambda',
        role: 'member',
        projects: [PROJECT, OTHER_PROJECT],
        project_role: 'operator',
      })
      .catch((e: unknown) => e)) as RaffApiKeyGrantError;
    expect(revoke.isDone()).toBe(true);
    expect(error).toBeInstanceOf(RaffApiKeyGrantError);
    expect(error).toMatchObject({
      rolledBack: true,
      apiKeyId: KEY_ID,
      projectId: OTHER_PROJECT,
      grantedProjects: [PROJECT],
    });
    expect(error.cause).toBeInstanceOf(RaffPermissionDeniedError);
    expect(error.revealSecret()).toBeUndefined();
    expect(error.message).toMatchInlineSnapshot(
      `"Creating API key "Backups Lambda" failed: granting project 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d failed (403 POST /api/v1/projects/{id}/members: Missing permission project.members.invite [apiKeys.create needs project.members.invite]). The key was revoked again; nothing was left behind."`,
    );
    expectNoSecret(NEW_SECRET, { error });
  });

  it.each([
    ['rolled back', 200, true],
    ['not rolled back', 503, false],
  ] as const)(
    'scrubs a key name that carries the client’s key and the new secret (%s)',
    async (_name, revokeStatus, rolledBack) => {
      // Hex alone: a raff_ scan would not see either, only the client's scrubber does.
      const name = `${KEY.slice(5)} ${NEW_SECRET.slice(5).toUpperCase()}`;
      rolesListed();
      callerListed();
      nock(API)
        .post('/api/v1/api-keys')
        .reply(201, { success: true, data: apiKeyWithSecret({ name }) });
      nock(API)
        .post(`/api/v1/projects/${PROJECT}/members`)
        .reply(500, { error: 'Internal', message: 'grant broke' });
      nock(API)
        .delete(`/api/v1/api-keys/${KEY_ID}`)
        .times(rolledBack ? 1 : 3)
        .reply(revokeStatus, { success: true, error: 'x', message: 'y' }, { 'Retry-After': '0' });
      const error = (await testClient()
        .apiKeys.create({
          name: 'ci',
          role: 'member',
          projects: [PROJECT],
          project_role: 'operator',
        })
        .catch((e: unknown) => e)) as RaffApiKeyGrantError;
      expect(error).toBeInstanceOf(RaffApiKeyGrantError);
      expect(error.rolledBack).toBe(rolledBack);
      expect(error.message).toContain('Creating API key "[redacted] [redacted]" failed');
      expectNoSecret(KEY, { error });
      expectNoSecret(NEW_SECRET, { error });
    },
  );

  it('keeps the id and secret on the error when the rollback fails too, never in its message', async () => {
    rolesListed();
    callerListed();
    nock(API).post('/api/v1/api-keys').reply(201, { success: true, data: apiKeyWithSecret() });
    nock(API)
      .post(`/api/v1/projects/${PROJECT}/members`)
      .reply(500, { error: 'Internal', message: 'grant broke' });
    nock(API)
      .delete(`/api/v1/api-keys/${KEY_ID}`)
      .times(3)
      .reply(503, { error: 'Unavailable', message: 'try later' }, { 'Retry-After': '0' });

    const error = (await testClient()
      .apiKeys.create({
        name: 'Backups Lambda',
        role: 'member',
        projects: [PROJECT],
        project_role: 'operator',
      })
      .catch((e: unknown) => e)) as RaffApiKeyGrantError;
    expect(error).toBeInstanceOf(RaffApiKeyGrantError);
    expect(error.rolledBack).toBe(false);
    expect(error.apiKeyId).toBe(KEY_ID);
    expect(error.revealSecret()).toBe(NEW_SECRET);
    expect(error.rollbackError).toMatchObject({ status: 503, attempts: 3 });
    expect(error.message).toContain(`Key ${KEY_ID} still exists`);
    expectNoSecret(NEW_SECRET, { error });
  });
});
