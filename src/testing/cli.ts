#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { SDK_VERSION } from '../core/sdk-version.js';
import { CLOCK_CONTROL_PATH } from './server/clock-path.js';

const USAGE = `Usage: raff-emulator [--port N] [--host H] [--allow-host NAME]... [--speed N] [--json]
       raff-emulator --version

Runs a local Raff API emulator and prints its URL and the seeded Owner key.
  --port N           port to listen on (default 4010; 0 picks a free one)
  --host H           interface to listen on (default 127.0.0.1)
  --allow-host NAME  also answer requests whose Host header is NAME (repeatable), e.g. the
                     emulator's service name in a CI network; other names get 421
  --speed N          run the emulated clock N times as fast as real time (default 1), so VMs
                     boot and backups finish sooner; e.g. 60 makes a minute pass every second;
                     0 stops it: move it with POST ${CLOCK_CONTROL_PATH} { "advanceMs": N }
  --json             print one line of JSON ({ url, ownerKey, projects, speed, clockUrl,
                     version }) and nothing else on standard output, for scripts
  --version          print the package version and exit

Outside a project: npx -p @raff/sdk raff-emulator`;

/** What `--json` prints, on one line. */
interface Started {
  readonly url: string;
  readonly ownerKey: string;
  readonly projects: {
    readonly default: { readonly id: string; readonly name: string };
    readonly customer1: { readonly id: string; readonly name: string };
  };
  readonly speed: number;
  readonly clockUrl: string;
  readonly version: string;
}

function refuse(message: string): void {
  console.error(`raff-emulator: ${message}\n\n${USAGE}`);
  process.exitCode = 2;
}

/** Runs the command with its arguments (without `node` and the script path). */
async function main(argv: readonly string[]): Promise<void> {
  let values: {
    port: string;
    host: string;
    'allow-host': string[];
    speed: string;
    json: boolean;
    version: boolean;
    help: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string', default: '4010' },
        host: { type: 'string', default: '127.0.0.1' },
        'allow-host': { type: 'string', multiple: true, default: [] },
        speed: { type: 'string', default: '1' },
        json: { type: 'boolean', default: false },
        version: { type: 'boolean', short: 'v', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    refuse(error instanceof Error ? error.message : String(error));
    return;
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (values.version) {
    console.log(SDK_VERSION);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    refuse('--port must be a whole number from 0 to 65535');
    return;
  }
  const speed = Number(values.speed);
  if (values.speed.trim() === '' || !Number.isFinite(speed) || speed < 0) {
    refuse('--speed must be a number, 0 or more');
    return;
  }
  // Loaded only now: --help, --version and a refused option answer without the emulator's half a
  // megabyte of code, its validators and openapi.json.
  const { createRaffEmulator } = await import('./emulator.js');
  const emulator = await createRaffEmulator({
    port,
    host: values.host,
    allowedHosts: values['allow-host'],
    speed,
    clockControl: true,
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
  const clockUrl = `${emulator.url}${CLOCK_CONTROL_PATH}`;
  if (values.json) {
    const started: Started = {
      url: emulator.url,
      ownerKey: emulator.ownerKey,
      projects: { default: emulator.projects.default, customer1: emulator.projects.customer1 },
      speed,
      clockUrl,
      version: SDK_VERSION,
    };
    console.log(JSON.stringify(started));
    return;
  }
  console.log(`Raff emulator listening on ${emulator.url}`);
  console.log(`Owner key: ${emulator.ownerKey}`);
  if (speed === 0) {
    console.log(
      `Clock: stopped; move it with POST ${clockUrl} {"advanceMs": N} (Owner key, from this machine)`,
    );
  } else if (speed !== 1) {
    console.log(`Clock: ${speed}x real time`);
  }
  console.log(
    `Projects: Default ${emulator.projects.default.id}, customer1 ${emulator.projects.customer1.id}`,
  );
  console.log(`Try: curl -H "X-API-Key: ${emulator.ownerKey}" ${emulator.url}/api/v1/projects`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`raff-emulator: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
