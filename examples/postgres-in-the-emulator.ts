/**
 * Creates a managed PostgreSQL database in the local emulator, waits until it runs, and prints
 * how to reach it: host and port, never the password. The emulator's clock runs 120 times as
 * fast as real time, so the four minutes a paid database takes to deploy pass in 2 seconds.
 * `npm run example:postgres`.
 */
import { pathToFileURL } from 'node:url';
import { RaffClient } from '@raff/sdk';
import { createRaffEmulator, type RaffEmulator, type RaffEmulatorOptions } from '@raff/sdk/testing';

/** How many emulated seconds pass per real second. */
export const SPEED = 120;

/** What the example prints to, and how it starts the emulator (a test passes its own). */
export interface ExampleIo {
  readonly print: (line: string) => void;
  readonly start: (options: RaffEmulatorOptions) => Promise<RaffEmulator>;
}

/**
 * Runs the example: emulator up, database created in the project's VPC, waited for, its
 * endpoint printed, emulator closed.
 */
export async function main(io: ExampleIo = { print: console.log, start: createRaffEmulator }) {
  const emulator = await io.start({ speed: SPEED });
  try {
    const raff = new RaffClient({
      apiKey: emulator.ownerKey,
      baseUrl: emulator.url,
      projectId: emulator.projects.default.id,
      logLevel: 'off',
    });
    // A database in no VPC has no private endpoint: put it in the project's VPC.
    const [vpc] = (await raff.vpcs.list()).data;
    const created = await raff.databases.create({
      name: 'app-db',
      engine: 'postgres',
      plan_id: 11,
      ...(vpc === undefined ? {} : { vpc_id: vpc.id }),
    });
    io.print(`Created ${created.name} (${created.database_id}), ${created.status}; waiting…`);

    const running = await raff.databases.waitFor(created.id, 'running');
    // Without `reveal`, the answer carries no password at all.
    const connection = await raff.databases.connection(running.id);
    io.print(`${running.name} is ${running.status}: PostgreSQL ${running.engine_version}`);
    io.print(`host: ${connection.host}`);
    io.print(`port: ${connection.port}`);
    io.print(`user: ${connection.username}, database: ${connection.database_name}, TLS required`);
  } finally {
    await emulator.close();
  }
}

// Run when executed (npm run example:postgres), not when a test imports it.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
