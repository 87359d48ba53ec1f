import { describe, expectTypeOf, it } from 'vitest';
import {
  type APIKey,
  type APIKeyWithSecret,
  type components,
  type Page,
  type RaffAPIError,
  type RaffClient,
  RaffRateLimitError,
  type Role,
  type VM,
} from '../../src/index.js';

declare const raff: RaffClient;

describe('generated types are real', () => {
  it('rejects a wrong field name in a create body', () => {
    raff.api.POST('/api/v1/api-keys', {
      // @ts-expect-error `nme` is not a field of CreateAPIKeyRequest
      body: { nme: 'CI' },
    });
  });

  it('rejects a body without its required field', () => {
    raff.api.POST('/api/v1/api-keys', {
      // @ts-expect-error `name` is required
      body: { role_id: '00000000-0000-4000-8000-000000000002' },
    });
  });

  it('takes a path openapi.json does not know, loosely typed', async () => {
    const result = await raff.api.GET('/api/v1/buckets', {
      params: { query: { limit: 5 } },
      projectId: 'p',
    });
    expectTypeOf(result.data).toEqualTypeOf<unknown>();
    expectTypeOf(result.response).toEqualTypeOf<Response>();
    raff.api.POST('/api/v1/buckets/{id}/empty', { params: { path: { id: 'b' } }, body: { a: 1 } });
  });

  it('rejects a path of openapi.json under a method it does not have', () => {
    // @ts-expect-error restore is POST only
    raff.api.GET('/api/v1/backups/{id}/restore');
  });

  it('rejects a path that does not start with a slash', () => {
    // @ts-expect-error not a path
    raff.api.GET('api/v1/vms');
  });

  it('types the success body of raff.api', async () => {
    const { data } = await raff.api.GET('/api/v1/api-keys/{id}', {
      params: { path: { id: 'x' } },
    });
    expectTypeOf(data.data).toEqualTypeOf<components['schemas']['APIKey']>();
  });
});

describe('namespace results are the generated types', () => {
  it('returns pages and objects', () => {
    expectTypeOf(raff.apiKeys.list()).resolves.toEqualTypeOf<Page<APIKey>>();
    expectTypeOf(raff.apiKeys.regenerate('id')).resolves.toEqualTypeOf<APIKeyWithSecret>();
    expectTypeOf(raff.apiKeys.delete('id')).resolves.toEqualTypeOf<void>();
    expectTypeOf(raff.vms.get('id')).resolves.toEqualTypeOf<VM>();
    expectTypeOf(raff.roles.get('id')).resolves.toEqualTypeOf<Role>();
    expectTypeOf(raff.apiKeys.listAll()).toEqualTypeOf<AsyncIterable<APIKey>>();
  });

  it('accepts role slugs and rejects unknown parameter names', () => {
    raff.apiKeys.create({ name: 'CI', role: 'admin', projects: ['p'], project_role: 'operator' });
    // @ts-expect-error `expires` is not a parameter (expires_in or expires_at)
    raff.apiKeys.create({ name: 'CI', role: 'owner', expires: '30d' });
    // @ts-expect-error not an expiry preset
    raff.apiKeys.create({ name: 'CI', role: 'owner', expires_in: '45d' });
    // @ts-expect-error `scope` takes account | project
    raff.roles.list({ scope: 'global' });
  });

  it('exposes typed error fields', () => {
    const error = new RaffRateLimitError('m', {
      status: 429,
      body: {},
      method: 'GET',
      path: '/api/v1/roles',
      attempts: 1,
      retryAfterMs: 1000,
    });
    expectTypeOf(error).toMatchTypeOf<RaffAPIError>();
    expectTypeOf(error.retryAfterMs).toEqualTypeOf<number | undefined>();
    expectTypeOf(error.status).toEqualTypeOf<number>();
  });
});
