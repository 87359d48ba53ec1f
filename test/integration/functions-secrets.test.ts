// The credentials Functions hand out through the emulator (revealed variables, secrets and the
// values a binding injects, before and after a rotation) never show in a debug log, an error that
// echoes them, util.inspect, a spread, structuredClone or JSON.stringify, and stay readable as
// `.value`.
import { inspect } from 'node:util';
import { expect, it } from 'vitest';
import { RaffAPIError, RaffClient } from '../../src/index.js';
import { FN_TAKES } from '../support/functions.js';
import { sdkSession } from '../support/sdk-session.js';
import { expectNoSecret } from '../support/secrets.js';

const DB = 'f0c3a6e9-2d5b-4a18-b7e4-3c9d1f0a8b62';

it('keeps revealed and rotated Functions credentials out of logs, errors, inspect, spreads and JSON', async () => {
  const { emulator, projectId } = await sdkSession();
  const lines: string[] = [];
  const push = (message: string, ...rest: unknown[]) =>
    lines.push([message, ...rest.map((r) => inspect(r, { depth: 10 }))].join(' '));
  const raff = new RaffClient({
    apiKey: emulator.ownerKey,
    baseUrl: emulator.url,
    projectId,
    logLevel: 'debug',
    logger: { debug: push, info: push, warn: push, error: push },
  });
  await raff.functions.env.set('thumbnailer', {
    key: 'STRIPE_KEY',
    value: 'sk_live_51Hq2Zt8d9QeXW7aLmN0pR4s',
    is_secret: true,
  });
  const binding = await raff.functions.bindings.create('thumbnailer', {
    binding_type: 'database',
    resource_id: DB,
  });
  emulator.clock.advance(FN_TAKES.bindingCreate);
  const first = await raff.functions.env.reveal('thumbnailer');
  await raff.functions.bindings.rotate('thumbnailer', binding.id);
  const second = await raff.functions.env.reveal('thumbnailer');

  const value = (vars: typeof first, key: string) => vars.find((v) => v.key === key)?.value ?? '';
  const secrets = [
    value(second, 'STRIPE_KEY'),
    value(second, 'SENTRY_DSN'),
    value(second, 'STORAGE_SECRET_KEY'),
    value(first, 'DATABASE_PASSWORD'),
    value(first, 'DATABASE_URL'),
    value(second, 'DATABASE_PASSWORD'),
    value(second, 'DATABASE_URL'),
  ];
  // Readable as the property itself, and really what the emulator holds.
  expect(secrets[0]).toBe('sk_live_51Hq2Zt8d9QeXW7aLmN0pR4s');
  expect(secrets[3]).not.toBe(secrets[5]);
  expect(secrets[6]).toContain(secrets[5]);
  for (const secret of secrets) expect(secret.length).toBeGreaterThan(20);

  // An error whose body echoes a credential back.
  emulator.faults.inject({
    method: 'GET',
    path: '/api/v1/functions/{function_id}/env/reveal',
    status: 500,
    body: {
      error: 'Internal Server Error',
      message: `could not decrypt ${secrets[5]} or ${secrets[0]}`,
    },
  });
  const error = await raff.functions.env
    .reveal('thumbnailer', { maxRetries: 0 })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RaffAPIError);

  const others = [
    second,
    { ...second[0] },
    second.map((v) => ({ ...v })),
    structuredClone(second),
    JSON.parse(JSON.stringify(second)),
    inspect(second, { depth: 10, showHidden: true }),
    inspect(first, { depth: 10 }),
  ];
  expect(lines.length).toBeGreaterThan(0);
  for (const secret of secrets) expectNoSecret(secret, { error, logs: lines, others });
  // The value the SDK hides was really in the responses the emulator sent.
  const sent = JSON.stringify(emulator.exchanges.map((e) => e.responseBody));
  expect(sent).toContain(secrets[5]);
});
