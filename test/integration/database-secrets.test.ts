// The credentials the emulator really issues for a database (the admin password and the URIs that
// carry it, engine users' passwords, before and after rotation) are readable as properties of the
// SDK's results, and never show in a debug log, an error that echoes one, util.inspect, a spread,
// structuredClone or JSON.stringify.
import { inspect } from 'node:util';
import { expect, it } from 'vitest';
import { RaffAPIError, RaffClient } from '../../src/index.js';
import { startEmulator } from '../support/emulator.js';
import { expectNoSecret } from '../support/secrets.js';

/** A logger that keeps every line and every extra argument, rendered in full. */
function captureEverything() {
  const lines: string[] = [];
  const push = (message: string, ...rest: unknown[]) => {
    lines.push([message, ...rest.map((value) => inspect(value, { depth: null }))].join(' '));
  };
  return { lines, logger: { debug: push, info: push, warn: push, error: push } };
}

/** Every way a user could print or copy a result. */
function views(result: object): Record<string, string> {
  return {
    json: JSON.stringify(result),
    spread: JSON.stringify({ ...result }),
    clone: inspect(structuredClone(result), { depth: null, showHidden: true }),
    inspect: inspect(result, { depth: null }),
    keys: Object.keys(result).join(','),
  };
}

it('keeps the database credentials the emulator issued readable but out of logs, errors, inspect, spreads, clones and JSON', async () => {
  const emulator = await startEmulator({ speed: 0 });
  const { lines, logger } = captureEverything();
  const raff = new RaffClient({
    apiKey: emulator.ownerKey,
    baseUrl: emulator.url,
    projectId: emulator.projects.default.id,
    logLevel: 'debug',
    logger,
  });
  const [db] = (await raff.databases.list()).data;
  if (db === undefined) throw new Error('the emulator seeds orders-pg');
  await raff.databases.setPublicAccess(db.id, { enabled: true, allowlist: ['203.0.113.0/24'] });

  const connection = await raff.databases.connection(db.id, { reveal: true });
  const user = await raff.databases.users.create(db.id, { name: 'analytics', role: 'readwrite' });
  const credential = await raff.databases.users.credential(db.id, 'analytics');
  const rotatedUser = await raff.databases.users.rotate(db.id, 'analytics');
  await raff.databases.rotateCredentials(db.id);
  const rotatedAdmin = await raff.databases.connection(db.id, { reveal: true });
  const results = { connection, user, credential, rotatedUser, rotatedAdmin };

  // Readable as properties, and the very values the emulator sent.
  const sent = emulator.exchanges
    .filter((e) => /\/(connection|users|credential|rotate)/.test(e.path) && e.status < 300)
    .map((e) => JSON.stringify(e.responseBody));
  const passwords = [
    connection.password,
    user.password,
    credential.password,
    rotatedUser.password,
    rotatedAdmin.password,
  ];
  for (const password of passwords) {
    expect(password).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(sent.some((body) => body.includes(password))).toBe(true);
  }
  expect(credential.password).toBe(user.password);
  expect(
    new Set([connection.password, user.password, rotatedUser.password, rotatedAdmin.password]).size,
  ).toBe(4);
  expect(connection.connection_uri).toContain(`:${connection.password}@`);
  expect(rotatedAdmin.public_connection_uri).toContain(`:${rotatedAdmin.password}@`);
  const secrets = [
    ...passwords,
    connection.connection_uri,
    connection.public_connection_uri,
    rotatedAdmin.connection_uri,
    rotatedAdmin.public_connection_uri,
  ];

  // A server that echoes a credential back in an error has it scrubbed.
  emulator.faults.inject({
    method: 'GET',
    path: '/api/v1/databases/{database_id}',
    status: 500,
    body: {
      error: 'Internal Server Error',
      message: `pool failed for ${rotatedAdmin.connection_uri} (was ${connection.password}, user ${rotatedUser.password})`,
    },
  });
  const error = await raff.databases.get(db.id, { maxRetries: 0 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RaffAPIError);
  expect((error as Error).message).toContain('pool failed for');

  for (const [name, result] of Object.entries(results)) {
    for (const [view, text] of Object.entries(views(result))) {
      for (const secret of secrets) {
        expect(text, `${name} via ${view}`).not.toContain(secret);
      }
    }
  }
  expect(lines.some((line) => line.includes('/connection'))).toBe(true);
  for (const secret of secrets) {
    expect(lines.join('\n')).not.toContain(secret);
    expect(inspect(error, { depth: null, showHidden: true })).not.toContain(secret);
  }
  // And no stretch of a password either (a URI's host part is public, so only the passwords).
  for (const password of passwords) {
    expectNoSecret(password, { error, logs: lines, others: Object.values(results) });
  }
});
