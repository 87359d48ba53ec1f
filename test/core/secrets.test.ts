import fc from 'fast-check';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { RaffClient, RaffError, RaffValidationError } from '../../src/index.js';
import { API, captureLogs, PROJECT } from '../support/client.js';
import { expectNoSecret } from '../support/secrets.js';
import { closedPort } from '../support/sockets.js';

const hexKey = fc
  .array(fc.integer({ min: 0, max: 15 }), { minLength: 64, maxLength: 64 })
  .map((digits) => `raff_${digits.map((d) => d.toString(16)).join('')}`);

/** Ways a server (or proxy) might echo a key back at us. */
const echoingBody = (key: string) =>
  fc.constantFrom<unknown>(
    { error: 'Unauthorized', message: `invalid key ${key}` },
    { error: key, message: 'x' },
    { error: 'Bad Request', message: 'bad', secret: key, nested: { api_key: key, list: [key] } },
    `<html>${key}</html>`,
    `{"error":"truncated ${key}`,
    '',
  );

describe('the key never leaks', () => {
  it('is absent from every error, log line and inspect output for any status and body', async () => {
    await fc.assert(
      fc.asyncProperty(
        hexKey,
        fc.constantFrom(400, 401, 402, 403, 404, 409, 418, 429, 500, 502, 503),
        hexKey.chain((key) => fc.tuple(fc.constant(key), echoingBody(key))),
        async (key, status, [, bodyTemplate]) => {
          const body =
            typeof bodyTemplate === 'string'
              ? bodyTemplate.replaceAll(/raff_[0-9a-f]{64}/g, key)
              : JSON.parse(JSON.stringify(bodyTemplate).replaceAll(/raff_[0-9a-f]{64}/g, key));
          nock(API)
            .get('/api/v1/api-keys')
            .reply(status, body, { 'X-Echo': key, Location: `https://x.example/?k=${key}` });
          const logs = captureLogs();
          const raff = new RaffClient({
            apiKey: key,
            maxRetries: 0,
            logLevel: 'debug',
            logger: logs.logger,
          });
          const error = await raff.apiKeys.list().catch((e: unknown) => e);
          expect(error).toBeInstanceOf(RaffError);
          expectNoSecret(key, { error, logs: logs.lines, others: [raff] });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is absent from a connection error and its cause chain', async () => {
    const key = `raff_${'1f'.repeat(32)}`;
    const port = await closedPort();
    const logs = captureLogs();
    const raff = new RaffClient({
      apiKey: key,
      baseUrl: `http://127.0.0.1:${port}`,
      maxRetries: 0,
      logLevel: 'debug',
      logger: logs.logger,
    });
    const error = await raff.roles.list().catch((e: unknown) => e);
    expect((error as Error).cause).toBeInstanceOf(Error);
    expectNoSecret(key, { error, logs: logs.lines });
  });

  it('is absent from the validation error of a malformed key', () => {
    fc.assert(
      fc.property(hexKey, fc.constantFrom(' ', '\n', 'X', 'Ж'), (key, junk) => {
        const malformed = `${key.slice(0, 30)}${junk}${key.slice(30)}`;
        let error: unknown;
        try {
          new RaffClient({ apiKey: malformed });
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(RaffValidationError);
        expectNoSecret(key, { error });
        expect(JSON.stringify(error)).not.toContain(key.slice(13, 30));
      }),
    );
  });

  it('shows only the prefix when a client is inspected or serialised', () => {
    const key = `raff_${'c0'.repeat(32)}`;
    const raff = new RaffClient({ apiKey: key, projectId: PROJECT });
    expectNoSecret(key, { others: [raff, raff.apiKeys, raff.api, raff.withOptions({})] });
    expect(JSON.stringify(raff)).toContain('raff_c0c0c0c0…');
  });

  it('does not log secrets from request paths or bodies at debug level', async () => {
    const key = `raff_${'ee'.repeat(32)}`;
    const secret = `raff_${'9d'.repeat(32)}`;
    nock(API)
      .post('/api/v1/api-keys/0b7e3c8a-1d2f-4e5a-9b6c-7d8e9f0a1b2c/regenerate')
      .reply(200, {
        success: true,
        data: {
          id: '0b7e3c8a-1d2f-4e5a-9b6c-7d8e9f0a1b2c',
          name: 'k',
          key_prefix: 'raff_9d9d9d9d',
          is_active: true,
          secret,
        },
      });
    const logs = captureLogs();
    const raff = new RaffClient({ apiKey: key, logLevel: 'debug', logger: logs.logger });
    const rotated = await raff.apiKeys.regenerate('0b7e3c8a-1d2f-4e5a-9b6c-7d8e9f0a1b2c');
    expect(rotated.secret).toBe(secret);
    expect(logs.lines.length).toBeGreaterThan(0);
    expectNoSecret(key, { logs: logs.lines });
    expectNoSecret(secret, { logs: logs.lines });
  });
});
