import { describe, expect, it } from 'vitest';
import {
  errorClassFor,
  errorFromResponse,
  type FailedResponse,
} from '../../src/core/error-mapping.js';
import { createSecretScrubber } from '../../src/core/secret-scrubber.js';
import {
  RaffBadRequestError,
  RaffBillingError,
  RaffPermissionDeniedError,
  type RaffRequestInfo,
} from '../../src/index.js';
import { KEY } from '../support/client.js';
import { expectNoSecret } from '../support/secrets.js';

const HEX = KEY.slice('raff_'.length);
const request: RaffRequestInfo = { method: 'POST', path: '/api/v1/vms', attempts: 1 };

function failed(status: number, text: string, statusText = 'Error'): FailedResponse {
  return { status, statusText, headers: new Headers(), text };
}

describe('errorFromResponse: classification reads the body’s own properties only', () => {
  it('gives RaffPermissionDeniedError for a 403 whose reason sits under __proto__', () => {
    const error = errorFromResponse(
      failed(403, '{"error":"Forbidden","message":"no","__proto__":{"reason":"banned"}}'),
      request,
    );
    expect(error).toBeInstanceOf(RaffPermissionDeniedError);
    expect(error).not.toBeInstanceOf(RaffBillingError);
    expect(Object.hasOwn(error.body as object, '__proto__')).toBe(true);
  });

  it('still gives RaffBillingError for a 403 with a reason of its own', () => {
    const error = errorFromResponse(
      failed(403, '{"error":"Forbidden","reason":"banned"}'),
      request,
    );
    expect(error).toBeInstanceOf(RaffBillingError);
  });

  it('ignores an inherited reason when picking the class', () => {
    expect(errorClassFor(403, Object.create({ reason: 'banned' }))).toBe(RaffPermissionDeniedError);
    expect(errorClassFor(403, { reason: 'banned' })).toBe(RaffBillingError);
  });

  it('does not take message or error from under __proto__ for the error message', () => {
    const error = errorFromResponse(
      failed(
        400,
        '{"__proto__":{"message":"inherited message","error":"inherited error"}}',
        'Bad Request',
      ),
      request,
    );
    expect(error).toBeInstanceOf(RaffBadRequestError);
    expect(error.message).not.toContain('inherited');
    expect(error.message).toBe('400 POST /api/v1/vms: Bad Request (empty body)');
  });
});

describe('errorFromResponse: size caps', () => {
  it('cuts a 50 MiB JSON message to at most 1,200 characters of server text', () => {
    const huge = 'm'.repeat(50 * 2 ** 20);
    const error = errorFromResponse(
      failed(500, JSON.stringify({ error: 'x', message: huge })),
      request,
    );
    expect(error.message.length).toBeLessThan(1_300);
    expect(error.message).toBe(
      `500 POST /api/v1/vms: ${'m'.repeat(1_000)}… [cut: 52,428,800 characters in all]`,
    );
    expect(error.serverMessage).toBe(`${'m'.repeat(1_000)}… [cut: 52,428,800 characters in all]`);
  });

  it('cuts every string and property name of a JSON body to 1,000 characters', () => {
    const long = 'v'.repeat(5_000);
    const error = errorFromResponse(
      failed(400, JSON.stringify({ error: 'Bad Request', [long]: [long, { deep: long }] })),
      request,
    );
    const cut = `${'v'.repeat(1_000)}… [cut: 5,000 characters in all]`;
    expect(error.body).toEqual({ error: 'Bad Request', [cut]: [cut, { deep: cut }] });
  });

  it('cuts a non-JSON body to 4,096 characters', () => {
    const error = errorFromResponse(failed(502, `<html>${'h'.repeat(10_000)}</html>`), request);
    expect(error.body).toBe(`<html>${'h'.repeat(4_090)}… [cut: 10,013 characters in all]`);
  });

  it('scrubs with the client’s scrubber before cutting, so no part of a key is left at the cut', () => {
    const scrub = createSecretScrubber([KEY]);
    // The hex digits alone straddle the cut at 4,096 characters.
    const text = `${'h'.repeat(4_070)}${HEX}${'h'.repeat(100)}`;
    const error = errorFromResponse(failed(502, text), request, { scrub });
    expect(error.body).toBe(
      `${'h'.repeat(4_070)}[redacted]${'h'.repeat(16)}… [cut: 4,234 characters in all]`,
    );
    expectNoSecret(KEY, { error });
  });

  it('scrubs the message, the body and the headers with the client’s scrubber', () => {
    const scrub = createSecretScrubber([KEY]);
    const encoded = Buffer.from(KEY).toString('base64');
    const response: FailedResponse = {
      status: 401,
      statusText: 'Unauthorized',
      headers: new Headers({ 'x-echo': encoded, 'x-request-id': 'r-1' }),
      text: JSON.stringify({
        error: 'Unauthorized',
        message: `bad key raff%5F${HEX}`,
        [encoded]: 1,
      }),
    };
    const error = errorFromResponse(response, request, { scrub });
    expect(error.message).toBe('401 POST /api/v1/vms: bad key raff_17d70fcf…');
    expect(error.body).toEqual({
      error: 'Unauthorized',
      message: 'bad key raff_17d70fcf…',
      '[redacted]': 1,
    });
    expect(error.headers['x-echo']).toBe('[redacted]');
    expect(error.requestId).toBe('r-1');
    expectNoSecret(KEY, { error });
  });
});
