// The contract helpers in test/support/openapi.ts: the emulator tests lean on them for every
// response, so they are tested themselves.
import { describe, expect, it } from 'vitest';
import {
  findOperation,
  validateRequestBody,
  validateResponse,
  validateSchema,
} from '../support/openapi.js';

// ------------------------------------------------------------------------------------------------
// The contract helpers themselves
// ------------------------------------------------------------------------------------------------

const KEY_ID = '385cf8c0-a1be-4877-a313-5fe4f39277bc';
const PROJECT_ID = '0abbd915-90b9-46ff-9d65-c73f2395d6b1';

describe('the contract helpers in test/support/openapi.ts', () => {
  it('match concrete paths, full URLs and query strings to their operation templates', () => {
    expect(findOperation('GET', '/api/v1/api-keys/abc')).toMatchObject({
      operationId: 'getApiKey',
      pathTemplate: '/api/v1/api-keys/{id}',
      params: { id: 'abc' },
    });
    expect(findOperation('post', `/api/v1/api-keys/${KEY_ID}/regenerate`)?.operationId).toBe(
      'regenerateApiKey',
    );
    expect(
      findOperation(
        'DELETE',
        `http://127.0.0.1:4010/api/v1/projects/${PROJECT_ID}/members/m%201?x=1`,
      ),
    ).toMatchObject({
      operationId: 'removeProjectMember',
      params: { id: PROJECT_ID, member_id: 'm 1' },
    });
    expect(findOperation('GET', '/api/v1/vms?limit=10&offset=20')?.operationId).toBe('listVMs');
    expect(findOperation('GET', '/api/v1/vms/')?.operationId).toBe('listVMs');
  });

  it('find nothing for unknown paths or methods a path does not have', () => {
    expect(findOperation('GET', '/api/v1/buckets')).toBeUndefined();
    expect(findOperation('PUT', '/api/v1/api-keys/abc')).toBeUndefined();
    expect(findOperation('GET', '/api/v1/api-keys/abc/def')).toBeUndefined();
  });

  it('report schema violations with the failing location', () => {
    const key = { id: KEY_ID, name: 'CI', key_prefix: 'raff_17D70FCF', is_active: true };
    expect(validateSchema('#/components/schemas/APIKey', key)).toEqual([
      '/key_prefix must match pattern "^raff_[0-9a-f]{8}$"',
    ]);
    expect(
      validateSchema('#/components/schemas/APIKey', {
        ...key,
        key_prefix: 'raff_17d70fcf',
        extra: 1,
      }),
    ).toEqual([]);
  });

  it('reject unknown request fields, double grants, half-specified snapshots and weekly backups without a day', () => {
    expect(
      validateSchema('#/components/schemas/CreateAPIKeyRequest', { name: 'CI', role: 'admin' }),
    ).toContain('(root) must NOT have additional properties: role');
    const role = '7d99672b-9754-4adf-b391-b4f4619e0bf3';
    expect(
      validateSchema('#/components/schemas/AddProjectMemberRequest', {
        role_id: role,
        api_key_id: KEY_ID,
      }),
    ).toEqual([]);
    expect(
      validateSchema('#/components/schemas/AddProjectMemberRequest', {
        role_id: role,
        api_key_id: KEY_ID,
        target_user_id: KEY_ID,
      }),
    ).not.toEqual([]);
    expect(
      validateSchema('#/components/schemas/AddProjectMemberRequest', { role_id: role }),
    ).not.toEqual([]);
    expect(
      validateSchema('#/components/schemas/CreateSnapshotRequest', {
        resource_type: 'volume',
        volume_id: 3,
        name: 's',
      }),
    ).toEqual([]);
    expect(
      validateSchema('#/components/schemas/CreateSnapshotRequest', {
        resource_type: 'volume',
        resource_id: KEY_ID,
        name: 's',
      }),
    ).not.toEqual([]);
    const vm = {
      name: 'a',
      template_id: KEY_ID,
      pricing_id: 3,
      region: 'us-east',
      password: 'Raff-Build-2026',
    };
    expect(
      validateSchema('#/components/schemas/CreateVMRequest', { ...vm, backup_type: 'weekly' }),
    ).not.toEqual([]);
    expect(
      validateSchema('#/components/schemas/CreateVMRequest', {
        ...vm,
        backup_type: 'weekly',
        backup_date: 'Monday',
      }),
    ).toEqual([]);
    expect(
      validateSchema('#/components/schemas/CreateVMRequest', {
        ...vm,
        skip_vpc: true,
        skip_public_ip: true,
      }),
    ).not.toEqual([]);
    expect(
      validateSchema('#/components/schemas/CreateVMRequest', { ...vm, vpc_name: 'net' }),
    ).not.toEqual([]);
    expect(validateSchema('#/components/schemas/UpdateAPIKeyRequest', {})).not.toEqual([]);
  });

  it('refuse a key metadata response that leaks the secret', () => {
    const key = { id: KEY_ID, name: 'CI', key_prefix: 'raff_17d70fcf', is_active: true };
    const secret = `raff_${'0'.repeat(64)}`;
    expect(
      validateResponse('GET', `/api/v1/api-keys/${KEY_ID}`, 200, { success: true, data: key }),
    ).toEqual([]);
    expect(
      validateResponse('GET', `/api/v1/api-keys/${KEY_ID}`, 200, {
        success: true,
        data: { ...key, secret },
      }),
    ).toEqual(['getApiKey 200: body /data must NOT be valid']);
    expect(
      validateResponse('POST', `/api/v1/api-keys/${KEY_ID}/regenerate`, 200, {
        success: true,
        data: { ...key, secret },
      }),
    ).toEqual([]);
  });

  it('check required response headers when the caller passes headers', () => {
    const body = {
      error: 'Rate limit exceeded',
      message: 'Maximum 30 requests per second allowed for your tier',
    };
    expect(validateResponse('GET', '/api/v1/api-keys', 429, body)).toEqual([]);
    expect(
      validateResponse('GET', '/api/v1/api-keys', 429, body, { 'x-ratelimit-limit': '30' }),
    ).toEqual(['listApiKeys 429: missing required header Retry-After']);
    expect(
      validateResponse('GET', '/api/v1/api-keys', 429, body, { 'retry-after': 'soon' }),
    ).toEqual(['listApiKeys 429: header Retry-After must be integer']);
    expect(
      validateResponse('GET', '/api/v1/api-keys', 429, body, {
        'Retry-After': '1',
        'X-RateLimit-Limit': '30',
        'X-RateLimit-Remaining': '0',
      }),
    ).toEqual([]);
  });

  it('validate bodies by status, falling back to the default response for undeclared statuses', () => {
    const list = { success: true, data: [], total: 0 };
    expect(validateResponse('get', '/api/v1/api-keys', 200, list)).toEqual([]);
    expect(validateResponse('get', `/api/v1/api-keys`, 200, { success: true, data: [] })).toEqual([
      "listApiKeys 200: body (root) must have required property 'total'",
    ]);
    expect(validateResponse('get', '/api/v1/roles', 200, { success: true, data: [] })).toEqual([]);
    expect(
      validateResponse('post', '/api/v1/vms', 503, {
        error: 'Service Unavailable',
        message: 'try later',
      }),
    ).toEqual([]);
    expect(validateResponse('post', '/api/v1/vms', 503, { oops: true })).not.toEqual([]);
    expect(
      validateResponse('get', `/api/v1/vms/${KEY_ID}`, 404, {
        error: 'Not Found',
        message: 'VM not found',
      }),
    ).toEqual([]);
    expect(validateResponse('get', '/api/v1/nowhere', 200, {})).toEqual([
      'GET /api/v1/nowhere: no such operation in openapi.json',
    ]);
  });

  it('validate request bodies, accepting a missing body only where it is optional', () => {
    expect(validateRequestBody('POST', '/api/v1/api-keys', { name: 'Backups Lambda' })).toEqual([]);
    expect(validateRequestBody('POST', '/api/v1/api-keys', undefined)).toEqual([
      'createApiKey: request body is required',
    ]);
    expect(validateRequestBody('DELETE', `/api/v1/vms/${KEY_ID}`, undefined)).toEqual([]);
    expect(
      validateRequestBody('DELETE', '/api/v1/vms/{id}', { volume_action: 'keep' }),
    ).toHaveLength(1);
    expect(validateRequestBody('GET', '/api/v1/vms', { a: 1 })).toEqual([
      'listVMs: takes no request body',
    ]);
  });
});
