// Raff keeps Functions locked until the account's first top-up of at least $5 and says so with a
// plain 403 (no `reason`): the SDK names that cause in the message of the operations whose
// documented 403 is FunctionsNotActivated, recognised by the operation, never by the server's text.
import { describe, expect, it } from 'vitest';
import { errorFromResponse, type FailedResponse } from '../../src/core/error-mapping.js';
import { FUNCTIONS_LOCK_NOTES } from '../../src/core/functions-lock.js';
import { RaffBillingError, RaffPermissionDeniedError } from '../../src/index.js';
import { MODEL } from '../support/operation-calls.js';

const PROJECT = '0abbd915-90b9-46ff-9d65-c73f2395d6b1';
const LOCKED = 'Functions stay locked until the account has been topped up once with at least $5';

function forbidden(body: object): FailedResponse {
  return {
    status: 403,
    statusText: 'Forbidden',
    headers: new Headers(),
    text: JSON.stringify(body),
  };
}
const plain = forbidden({ error: 'Forbidden', message: 'nope' });

describe('a 403 from a Functions operation that is locked before the first top-up', () => {
  it('says the account must be topped up first on functions.create, and that the project may be out of reach', () => {
    const error = errorFromResponse(plain, {
      method: 'POST',
      path: '/api/v1/functions',
      projectId: PROJECT,
      attempts: 1,
      operation: 'functions.create',
    });
    expect(error).toBeInstanceOf(RaffPermissionDeniedError);
    expect(error.message).toBe(
      `403 POST /api/v1/functions (project ${PROJECT}): nope [functions.create: ${LOCKED}; ` +
        'a 403 here can also mean that the key cannot reach the project]',
    );
  });

  it('says so on functions.deployments.create, where no project is involved', () => {
    const error = errorFromResponse(plain, {
      method: 'POST',
      path: '/api/v1/functions/{function_id}/deployments',
      attempts: 1,
      operation: 'functions.deployments.create',
    });
    expect(error.message).toBe(
      `403 POST /api/v1/functions/{function_id}/deployments: nope [functions.deployments.create: ${LOCKED}]`,
    );
  });

  it('points functions.importLambda at the adapter mode, which works before a top-up', () => {
    const error = errorFromResponse(plain, {
      method: 'POST',
      path: '/api/v1/functions/import/lambda',
      attempts: 1,
      operation: 'functions.importLambda',
    });
    expect(error.message).toBe(
      "403 POST /api/v1/functions/import/lambda: nope [functions.importLambda: an AI rewrite needs an account that has been topped up once with at least $5; mode 'adapter' works without]",
    );
  });

  it('says so through raff.api too, recognising the operation by method and path', () => {
    const error = errorFromResponse(plain, {
      method: 'POST',
      path: '/api/v1/functions/{function_id}/deployments',
      attempts: 1,
      operation: 'api',
    });
    expect(error.message).toBe(
      `403 POST /api/v1/functions/{function_id}/deployments: nope [${LOCKED}]`,
    );
  });

  it('leaves a billing refusal (with reason) and other operations as they were', () => {
    const billing = errorFromResponse(
      forbidden({ error: 'Forbidden', message: 'banned', reason: 'banned' }),
      {
        method: 'POST',
        path: '/api/v1/functions',
        attempts: 1,
        operation: 'functions.create',
      },
    );
    expect(billing).toBeInstanceOf(RaffBillingError);
    expect(billing.message).not.toContain('topped up');
    const reveal = errorFromResponse(plain, {
      method: 'GET',
      path: '/api/v1/functions/{function_id}/env/reveal',
      attempts: 1,
      operation: 'functions.env.reveal',
    });
    expect(reveal.message).toBe(
      '403 GET /api/v1/functions/{function_id}/env/reveal: nope [functions.env.reveal]',
    );
  });

  it('covers exactly the operations openapi.json answers with FunctionsNotActivated', () => {
    const documented = MODEL.operations
      .filter((op) => op.errors.some((e: { ref?: string }) => e.ref === 'FunctionsNotActivated'))
      .map((op) => `${op.method} ${op.path}`)
      .sort();
    expect(Object.keys(FUNCTIONS_LOCK_NOTES).sort()).toEqual(documented);
  });
});
