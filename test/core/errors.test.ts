import nock from 'nock';
import { describe, expect, it } from 'vitest';
import {
  RaffAPIError,
  RaffAuthenticationError,
  RaffBadRequestError,
  RaffBillingError,
  RaffConflictError,
  RaffError,
  RaffInternalServerError,
  RaffNotFoundError,
  RaffPaymentRequiredError,
  RaffPermissionDeniedError,
  RaffPreconditionFailedError,
  RaffRateLimitError,
} from '../../src/index.js';
import { API, PROJECT, testClient } from '../support/client.js';

const noRetry = { maxRetries: 0 } as const;

async function failure(promise: Promise<unknown>): Promise<RaffAPIError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(RaffAPIError);
    return error as RaffAPIError;
  }
  throw new Error('expected the call to fail');
}

describe('status to error class', () => {
  it.each([
    [400, RaffBadRequestError, { error: 'Bad Request', message: 'X-Project-ID required' }],
    [401, RaffAuthenticationError, { error: 'Unauthorized', message: 'API key expired' }],
    [402, RaffPaymentRequiredError, { error: 'Payment Required', message: 'Insufficient balance' }],
    [
      403,
      RaffPermissionDeniedError,
      { error: 'Forbidden', message: 'Missing permission vm.create' },
    ],
    [404, RaffNotFoundError, { error: 'Not Found', message: 'API key not found' }],
    [409, RaffConflictError, { error: 'Conflict', message: 'Role is in use' }],
    [
      412,
      RaffPreconditionFailedError,
      {
        error: 'Precondition Failed',
        message: 'Apps are paused by the monthly spend cap; raise or turn off the cap to continue',
      },
    ],
    [
      429,
      RaffRateLimitError,
      {
        error: 'Rate limit exceeded',
        message: 'Maximum 30 requests per second allowed for your tier',
      },
    ],
    [500, RaffInternalServerError, { error: 'Internal Server Error', message: 'boom' }],
    [418, RaffAPIError, { error: "I'm a teapot", message: 'short and stout' }],
  ])('maps %i to %o', async (status, ErrorClass, body) => {
    nock(API).get('/api/v1/roles').reply(status, body);
    const error = await failure(testClient().roles.list({}, noRetry));
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(RaffError);
    expect(error.constructor).toBe(ErrorClass);
    expect(error.status).toBe(status);
    expect(error.error).toBe(body.error);
    expect(error.serverMessage).toBe(body.message);
    expect(error.body).toEqual(body);
    expect(error.method).toBe('GET');
    expect(error.path).toBe('/api/v1/roles');
    expect(error.attempts).toBe(1);
    expect(error.operation).toBe('roles.list');
    // A 403 also names the SDK method and the permission it needs, from the operation table.
    const needs = status === 403 ? ' [roles.list needs account.roles.view]' : '';
    expect(error.message).toBe(`${status} GET /api/v1/roles: ${body.message}${needs}`);
    if (error instanceof RaffPermissionDeniedError) {
      expect(error.permission).toBe('account.roles.view');
    }
  });

  it('names the path template, the project and the request id', async () => {
    nock(API)
      .delete('/api/v1/vms/0b7e3c8a-1d2f-4e5a-9b6c-7d8e9f0a1b2c')
      .reply(
        403,
        { error: 'Forbidden', message: 'Missing permission vm.delete' },
        { 'X-Request-ID': 'req_123' },
      );
    const error = await failure(
      testClient({ projectId: PROJECT }).api.DELETE('/api/v1/vms/{id}', {
        params: {
          path: { id: '0b7e3c8a-1d2f-4e5a-9b6c-7d8e9f0a1b2c' },
          header: { 'X-Project-ID': PROJECT },
        },
      }),
    );
    expect(error).toBeInstanceOf(RaffPermissionDeniedError);
    expect(error.message).toMatchInlineSnapshot(
      `"403 DELETE /api/v1/vms/{id} (project 5f0c3a9e-8d1b-4c2a-9f3e-7a6b5c4d3e2f): Missing permission vm.delete [needs vm.delete]"`,
    );
    expect(error.path).toBe('/api/v1/vms/{id}');
    expect(error.projectId).toBe(PROJECT);
    expect(error.requestId).toBe('req_123');
  });

  it('turns a 403 with a billing reason into RaffBillingError', async () => {
    nock(API).post('/api/v1/vms').reply(403, {
      error: 'Billing validation failed',
      message: 'Payment failed. Please update your payment method.',
      reason: 'failed',
    });
    const error = await failure(
      testClient({ projectId: PROJECT }).api.POST('/api/v1/vms', {
        body: { name: 'vm', template_id: PROJECT, pricing_id: 1, region: 'us-east' },
        params: { header: { 'X-Project-ID': PROJECT } },
      }),
    );
    expect(error).toBeInstanceOf(RaffBillingError);
    expect(error).toBeInstanceOf(RaffPermissionDeniedError);
    expect((error as RaffBillingError).reason).toBe('failed');
  });

  it('gives retryAfterMs on a 429', async () => {
    nock(API).get('/api/v1/roles').reply(
      429,
      { error: 'Rate limit exceeded', message: 'slow down' },
      {
        'Retry-After': '7',
        'X-RateLimit-Limit': '30',
        'X-RateLimit-Remaining': '0',
      },
    );
    const error = (await failure(testClient().roles.list({}, noRetry))) as RaffRateLimitError;
    expect(error).toBeInstanceOf(RaffRateLimitError);
    expect(error.retryAfterMs).toBe(7000);
    expect(error.headers['x-ratelimit-limit']).toBe('30');
  });
});

describe('bodies that are not the API JSON', () => {
  it('maps an HTML 502 page from a proxy without a SyntaxError', async () => {
    nock(API)
      .get('/api/v1/roles')
      .reply(502, '<html><body><h1>502 Bad Gateway</h1></body></html>', {
        'Content-Type': 'text/html',
      });
    const error = await failure(testClient().roles.list({}, noRetry));
    expect(error).toBeInstanceOf(RaffInternalServerError);
    expect(error.error).toBeUndefined();
    expect(error.body).toBe('<html><body><h1>502 Bad Gateway</h1></body></html>');
    expect(error.message).toMatchInlineSnapshot(
      `"502 GET /api/v1/roles: Bad Gateway (an HTML page, not the API's JSON; a proxy or gateway answered)"`,
    );
  });

  it('maps an empty 401 body', async () => {
    nock(API).get('/api/v1/roles').reply(401, '');
    const error = await failure(testClient().roles.list({}, noRetry));
    expect(error).toBeInstanceOf(RaffAuthenticationError);
    expect(error.body).toBe('');
    expect(error.message).toMatchInlineSnapshot(
      `"401 GET /api/v1/roles: Unauthorized (empty body)"`,
    );
  });

  it('maps truncated JSON on a 404', async () => {
    nock(API).get('/api/v1/roles').reply(404, '{"error":"Not Fo', {
      'Content-Type': 'application/json',
    });
    const error = await failure(testClient().roles.list({}, noRetry));
    expect(error).toBeInstanceOf(RaffNotFoundError);
    expect(error.body).toBe('{"error":"Not Fo');
  });

  it('turns truncated JSON on a 200 into a RaffAPIError, not a SyntaxError', async () => {
    nock(API).get('/api/v1/roles').reply(200, '{"success":true,"da', {
      'Content-Type': 'application/json',
    });
    const error = await failure(testClient().roles.list({}, noRetry));
    expect(error.constructor).toBe(RaffAPIError);
    expect(error.status).toBe(200);
    expect(error.message).toMatchInlineSnapshot(
      `"200 GET /api/v1/roles: the response body is not valid JSON"`,
    );
  });

  it('turns an empty 200 into a RaffAPIError', async () => {
    nock(API).get('/api/v1/roles').reply(200, '');
    const error = await failure(testClient().roles.list({}, noRetry));
    expect(error.status).toBe(200);
    expect(error.message).toContain('expected a JSON object from the API');
  });

  it('turns a 200 carrying an error body into a RaffAPIError', async () => {
    nock(API).get('/api/v1/roles').reply(200, { error: 'Forbidden', message: 'nope' });
    const error = await failure(testClient().roles.list({}, noRetry));
    expect(error.status).toBe(200);
    expect(error.error).toBe('Forbidden');
    expect(error.message).toMatchInlineSnapshot(
      `"200 GET /api/v1/roles: nope (a success status carrying an error body)"`,
    );
  });
});
