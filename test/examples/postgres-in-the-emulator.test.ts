// examples/postgres-in-the-emulator.ts, run as written on a contract-checked emulator: it prints
// the host and port of the database it made, never the password the emulator issued for it, and
// finishes well inside 10 seconds on the emulator's speed-up.
import { expect, it } from 'vitest';
import { main, SPEED } from '../../examples/postgres-in-the-emulator.js';
import type { RaffEmulatorOptions } from '../../src/testing/index.js';
import { call, startEmulator } from '../support/emulator.js';

it('creates a PostgreSQL, waits for it and prints its host and port but never its password, in under 10 s', async () => {
  const printed: string[] = [];
  const issued = { password: '', host: '', port: 0 };
  let asked: RaffEmulatorOptions | undefined;
  const started = performance.now();
  await main({
    print: (line) => printed.push(line),
    async start(options) {
      asked = options;
      const emulator = await startEmulator(options);
      return {
        ...emulator,
        // Before the example closes it, read what the emulator issued for the database.
        async close() {
          const key = emulator.ownerKey;
          const listed = await call(emulator, 'GET', '/api/v1/databases', { key });
          const db = listed.body.databases.find((d: { name: string }) => d.name === 'app-db');
          const revealed = await call(
            emulator,
            'GET',
            `/api/v1/databases/${db.id}/connection?reveal=true`,
            { key },
          );
          Object.assign(issued, revealed.body);
          await emulator.close();
        },
      };
    },
  });
  const took = performance.now() - started;

  expect(asked).toEqual({ speed: SPEED });
  expect(took).toBeLessThan(10_000);
  expect(issued.password).toMatch(/^[A-Za-z0-9]{32}$/);
  expect(issued.host).toMatch(/^[a-z][a-z0-9]{7}\.db\.raffusercloud\.com$/);
  const output = printed.join('\n');
  expect(output).toContain(`host: ${issued.host}`);
  expect(output).toContain(`port: ${issued.port}`);
  expect(issued.port).toBe(6432);
  expect(output).toMatch(/^app-db is running: PostgreSQL 17$/m);
  expect(output).not.toContain(issued.password);
});
