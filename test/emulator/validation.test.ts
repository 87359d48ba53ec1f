import { beforeAll, describe, expect, it } from 'vitest';
import type { EmulatorExchange } from '../../src/testing/index.js';
import {
  call,
  contractViolations,
  startEmulator,
  systemRoleId,
  type TestEmulator,
} from '../support/emulator.js';

const TEMPLATE = '68a508e9-586d-437b-a703-903e6fbfd0f2';

describe('request validation against openapi.json', () => {
  it('rejects an unknown body field with 400 naming it', async () => {
    const emulator = await startEmulator();
    const response = await call(emulator, 'POST', '/api/v1/api-keys', {
      key: emulator.ownerKey,
      body: { name: 'CI', secret: 'raff_mine' },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: 'Bad Request', message: 'Unknown body field "secret"' });
  });

  it('rejects a field of the wrong type with 400 naming it', async () => {
    const emulator = await startEmulator();
    const response = await call(emulator, 'POST', '/api/v1/api-keys', {
      key: emulator.ownerKey,
      body: { name: 42 },
    });
    expect(response.body).toEqual({
      error: 'Bad Request',
      message: 'Invalid body field "name": must be string',
    });
  });

  it('rejects a missing required field with 400 naming it', async () => {
    const emulator = await startEmulator();
    const response = await call(emulator, 'POST', '/api/v1/roles', {
      key: emulator.ownerKey,
      body: { name: 'Ops', scope: 'project', permissions: ['vm.view'] },
    });
    expect(response.body).toEqual({
      error: 'Bad Request',
      message: 'Missing required body field "slug"',
    });
  });

  it('names the array element and lists allowed values', async () => {
    const emulator = await startEmulator();
    const badItem = await call(emulator, 'POST', '/api/v1/roles', {
      key: emulator.ownerKey,
      body: { name: 'Ops', slug: 'ops', scope: 'project', permissions: ['vm.view', ''] },
    });
    expect(badItem.body.message).toBe(
      'Invalid body field "permissions[1]": must NOT have fewer than 1 characters',
    );
    const badEnum = await call(emulator, 'POST', '/api/v1/roles', {
      key: emulator.ownerKey,
      body: { name: 'Ops', slug: 'ops', scope: 'team', permissions: ['vm.view'] },
    });
    expect(badEnum.body.message).toBe(
      'Invalid body field "scope": must be one of: account, project',
    );
  });

  it('explains one-of bodies: a grant names exactly one of a user or a key', async () => {
    const emulator = await startEmulator();
    const path = `/api/v1/projects/${emulator.projects.default.id}/members`;
    const role_id = systemRoleId('viewer');
    const neither = await call(emulator, 'POST', path, {
      key: emulator.ownerKey,
      body: { role_id },
    });
    expect(neither.status).toBe(400);
    expect(neither.body.message).toBe(
      'Invalid request body: give exactly one of target_user_id, api_key_id',
    );
    const noRole = await call(emulator, 'POST', path, {
      key: emulator.ownerKey,
      body: { api_key_id: '6d0c1e4c-7f55-4f36-a1a4-3c7fbb0c2a11' },
    });
    expect(noRole.body.message).toBe('Missing required body field "role_id"');
  });

  it('uses the schema description for cross-field rules', async () => {
    const emulator = await startEmulator();
    const response = await call(emulator, 'POST', '/api/v1/vms', {
      key: emulator.ownerKey,
      headers: { 'X-Project-ID': emulator.projects.default.id },
      body: {
        name: 'vm',
        template_id: TEMPLATE,
        pricing_id: 3,
        region: 'us-east',
        backup_type: 'weekly',
      },
    });
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/weekday|backup_date/);
  });

  it('coerces query strings and checks them against their schema', async () => {
    const emulator = await startEmulator();
    const ok = await call(emulator, 'GET', '/api/v1/roles?limit=2&offset=1', {
      key: emulator.ownerKey,
    });
    expect(ok.body.data).toHaveLength(2);
    const tooBig = await call(emulator, 'GET', '/api/v1/roles?limit=500', {
      key: emulator.ownerKey,
    });
    expect(tooBig.body).toEqual({
      error: 'Bad Request',
      message: 'Invalid query parameter "limit": must be <= 100',
    });
    const notNumber = await call(emulator, 'GET', '/api/v1/roles?limit=ten', {
      key: emulator.ownerKey,
    });
    expect(notNumber.body.message).toBe('Invalid query parameter "limit": must be integer');
  });

  it('checks path parameters and declared headers', async () => {
    const emulator = await startEmulator();
    const path = await call(emulator, 'GET', '/api/v1/api-keys/not-a-uuid', {
      key: emulator.ownerKey,
    });
    expect(path.body).toEqual({
      error: 'Bad Request',
      message: 'Invalid path parameter "id": must match format "uuid"',
    });
    const header = await call(emulator, 'GET', '/api/v1/vms', {
      key: emulator.ownerKey,
      headers: { 'X-Project-ID': 'production' },
    });
    expect(header.body.message).toBe('Invalid header "X-Project-ID": must match format "uuid"');
  });

  it('answers invalid JSON and a missing required body with 400', async () => {
    const emulator = await startEmulator();
    const invalid = await call(emulator, 'POST', '/api/v1/projects', {
      key: emulator.ownerKey,
      body: '{"name": ',
    });
    expect(invalid.body).toEqual({
      error: 'Bad Request',
      message: 'Request body is not valid JSON',
    });
    const missing = await call(emulator, 'POST', '/api/v1/projects', { key: emulator.ownerKey });
    expect(missing.body).toEqual({ error: 'Bad Request', message: 'Request body is required' });
  });
});

describe('routing', () => {
  // Read-only tests share one emulator, started in beforeAll and closed after the file.
  let emulator: TestEmulator;
  beforeAll(async () => {
    emulator = await startEmulator();
  });

  it('answers an unknown route with 404 in the error shape', async () => {
    const response = await call(emulator, 'GET', '/api/v1/gpu-clusters', {
      key: emulator.ownerKey,
    });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({
      error: 'Not Found',
      message: 'No route for GET /api/v1/gpu-clusters',
    });
  });

  it('answers a known path with the wrong method with 405 and Allow', async () => {
    const response = await call(emulator, 'PUT', '/api/v1/api-keys', {
      key: emulator.ownerKey,
      body: {},
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, POST');
    expect(response.body.error).toBe('Method Not Allowed');
  });

  it('tags every response with a distinct X-Request-ID', async () => {
    const a = await call(emulator, 'GET', '/api/v1/projects', { key: emulator.ownerKey });
    const b = await call(emulator, 'GET', '/nowhere');
    expect(a.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(b.headers.get('x-request-id')).not.toBe(a.headers.get('x-request-id'));
  });
});

describe('the contract check of the test helper', () => {
  const exchange = (overrides: Partial<EmulatorExchange>): EmulatorExchange => ({
    method: 'GET',
    path: '/api/v1/projects',
    query: {},
    template: '/api/v1/projects',
    status: 200,
    requestHeaders: {},
    requestBody: undefined,
    responseHeaders: { 'x-request-id': 'r1' },
    responseBody: { success: true, data: [], total: 0 },
    injected: false,
    ...overrides,
  });

  it('accepts a response that matches openapi.json', () => {
    expect(contractViolations(exchange({}))).toEqual([]);
  });

  it('reports a body that breaks the schema and a missing request id', () => {
    const problems = contractViolations(
      exchange({ responseBody: { success: true, data: [{ id: 1 }] }, responseHeaders: {} }),
    );
    expect(problems.length).toBeGreaterThan(1);
    expect(problems.join('\n')).toMatch(/total/);
    expect(problems.join('\n')).toMatch(/X-Request-ID/);
  });

  it('exempts injected faults, which break the contract on purpose', () => {
    expect(
      contractViolations(exchange({ status: 502, responseBody: '<html>', injected: true })),
    ).toEqual([]);
  });
});
