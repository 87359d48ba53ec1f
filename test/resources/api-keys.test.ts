import nock from 'nock';
import { describe, expect, it } from 'vitest';
import {
  RaffAuthenticationError,
  RaffNotFoundError,
  RaffPermissionDeniedError,
} from '../../src/index.js';
import { API, KEY, PROJECT, testClient } from '../support/client.js';
import { apiKey, apiKeyWithSecret, KEY_ID } from '../support/fixtures.js';

const noProjectHeader = { badheaders: ['x-project-id'] };

describe('apiKeys', () => {
  it('lists one page with limit and offset and returns { data, total }', async () => {
    nock(API, noProjectHeader)
      .matchHeader('x-api-key', KEY)
      .get('/api/v1/api-keys')
      .query({ limit: 2, offset: 4 })
      .reply(200, { success: true, data: [apiKey()], total: 5 });
    const page = await testClient({ projectId: PROJECT }).apiKeys.list({ limit: 2, offset: 4 });
    expect(page).toEqual({ data: [apiKey()], total: 5 });
  });

  it('gets one key by id', async () => {
    nock(API, noProjectHeader)
      .get(`/api/v1/api-keys/${KEY_ID}`)
      .reply(200, { success: true, data: apiKey() });
    expect(await testClient().apiKeys.get(KEY_ID)).toEqual(apiKey());
  });

  it('updates a key with a PATCH body and returns the key', async () => {
    nock(API, noProjectHeader)
      .matchHeader('content-type', 'application/json')
      .patch(`/api/v1/api-keys/${KEY_ID}`, { name: 'Backups Lambda (old)' })
      .reply(200, { success: true, data: apiKey({ name: 'Backups Lambda (old)' }) });
    const key = await testClient().apiKeys.update(KEY_ID, { name: 'Backups Lambda (old)' });
    expect(key.name).toBe('Backups Lambda (old)');
  });

  it('revokes a key with DELETE and resolves to undefined', async () => {
    nock(API, noProjectHeader)
      .delete(`/api/v1/api-keys/${KEY_ID}`)
      .reply(200, { success: true, message: 'API key revoked' });
    await expect(testClient().apiKeys.delete(KEY_ID)).resolves.toBeUndefined();
  });

  it('regenerates a key and returns the new secret', async () => {
    nock(API, noProjectHeader)
      .post(`/api/v1/api-keys/${KEY_ID}/regenerate`)
      .reply(200, { success: true, data: apiKeyWithSecret() });
    const rotated = await testClient().apiKeys.regenerate(KEY_ID);
    expect(rotated.secret).toMatch(/^raff_[0-9a-f]{64}$/);
    expect(rotated.id).toBe(KEY_ID);
  });

  it('checks a key format offline without a request', () => {
    expect(testClient().apiKeys.checkFormat(KEY)).toEqual({ valid: true, prefix: 'raff_17d70fcf' });
    expect(testClient().apiKeys.checkFormat('raff-nope')).toEqual({
      valid: false,
      reason: 'missing_prefix',
    });
  });

  it('lists the keys that expire within a week, walking every page', async () => {
    const now = new Date('2026-11-26T00:00:00Z');
    const soon = apiKey({ id: 'a1', name: 'soon', expires_at: '2026-11-30T00:00:00Z' });
    const later = apiKey({ id: 'a2', name: 'later', expires_at: '2027-02-01T00:00:00Z' });
    const expired = apiKey({ id: 'a3', name: 'expired', expires_at: '2026-11-01T00:00:00Z' });
    const never = apiKey({ id: 'a4', name: 'never', expires_at: null });
    nock(API)
      .get('/api/v1/api-keys')
      .query({ limit: 100, offset: 0 })
      .reply(200, { success: true, data: [soon, later, expired, never], total: 4 });
    const due = await testClient().apiKeys.listExpiring({ within_days: 7, now });
    expect(due.map((key) => key.name)).toEqual(['soon', 'expired']);
  });

  it('names listExpiring, the method called, when a page of its walk is refused', async () => {
    nock(API)
      .get('/api/v1/api-keys')
      .query({ limit: 100, offset: 0 })
      .reply(403, { error: 'Forbidden', message: 'Missing permission account.apikeys.view' });
    const error = await testClient()
      .apiKeys.listExpiring()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffPermissionDeniedError);
    expect(error).toMatchObject({ operation: 'apiKeys.listExpiring' });
    expect((error as Error).message).toContain('[apiKeys.listExpiring needs account.apikeys.view]');
  });

  it.each([
    [401, RaffAuthenticationError],
    [403, RaffPermissionDeniedError],
    [404, RaffNotFoundError],
  ])('maps %i on get to a typed error', async (status, ErrorClass) => {
    nock(API).get(`/api/v1/api-keys/${KEY_ID}`).reply(status, { error: 'e', message: 'm' });
    await expect(testClient().apiKeys.get(KEY_ID)).rejects.toBeInstanceOf(ErrorClass);
  });
});
