#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { createRaffEmulator } from './emulator.js';

const USAGE = `Usage: raff-emulator [--port N] [--host H] [--allow-host NAME]... [--speed N]

Runs a local Raff API emulator and prints its URL and the seeded Owner key.
  --port N           port to listen on (default 4010; 0 picks a free one)
  --host H           interface to listen on (default 127.0.0.1)
  --allow-host NAME  also answer requests whose Host header is NAME (repeatable), e.g. the
                     emulator's service name in a CI network; other names get 421
  --speed N          run the emulated clock N times as fast as real time (default 1), so VMs
                     boot and backups finish sooner; e.g. 60 makes a minute pass every second`;

/** Runs the command with its arguments (without `node` and the script path). */
async function main(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      'allow-host': { type: 'string', multiple: true, default: [] },
      speed: { type: 'string', default: '1' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error(`raff-emulator: --port must be a whole number from 0 to 65535\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const speed = Number(values.speed);
  if (values.speed.trim() === '' || !Number.isFinite(speed) || speed <= 0) {
    console.error(`raff-emulator: --speed must be a number above 0\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const emulator = await createRaffEmulator({
    port,
    host: values.host,
    allowedHosts: values['allow-host'],
    speed,
  });
  // Handlers first: whoever reads the URL below may signal at once.
  const stop = () => {
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  console.log(`Raff emulator listening on ${emulator.url}`);
  console.log(`Owner key: ${emulator.ownerKey}`);
  if (speed !== 1) console.log(`Clock: ${speed}x real time`);
  console.log(
    `Projects: Default ${emulator.projects.default.id}, customer1 ${emulator.projects.customer1.id}`,
  );
  console.log(`Try: curl -H "X-API-Key: ${emulator.ownerKey}" ${emulator.url}/api/v1/projects`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`raff-emulator: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
