import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { get } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRaffEmulator } from '../../src/testing/index.js';
import { seedState } from '../../src/testing/seed.js';
import { ManualClock } from '../../src/testing/server/clock.js';
import { answerClockControl, isLoopbackAddress } from '../../src/testing/server/clock-control.js';
import { matchRoute } from '../../src/testing/server/operations.js';
import { createKey } from '../support/emulator.js';

const { version } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as { version: string };

let dir: string;
let script: string;

beforeAll(async () => {
  // The bin runs from tsup's output; an esbuild bundle of the same entry stands in for it here.
  // It reads openapi.json from the package root at run time, two folders up (as dist/testing/
  // does), so the bundle goes two folders below the root.
  const scratch = fileURLToPath(new URL('../../.tmp/', import.meta.url));
  await mkdir(scratch, { recursive: true });
  dir = await mkdtemp(join(scratch, 'emulator-cli-'));
  script = join(dir, 'cli.mjs');
  await build({
    entryPoints: [new URL('../../src/testing/cli.ts', import.meta.url).pathname],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'silent',
  });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function start(args: string[]) {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const ready = new Promise<{ url: string; key: string }>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      const key = /Owner key: (raff_[0-9a-f]{64})/.exec(output)?.[1];
      if (url !== undefined && key !== undefined) resolve({ url, key });
    });
    child.once('exit', (code) => reject(new Error(`exited early with ${code}: ${output}`)));
  });
  ready.catch(() => {}); // a test expecting an early exit never awaits it
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return { child, ready, exited };
}

describe('the raff-emulator command', () => {
  it('prints the URL and the Owner key, serves requests, and exits 0 on SIGTERM', async () => {
    const { child, ready, exited } = start(['--port', '0']);
    const { url, key } = await ready;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${url}/api/v1/projects`, { headers: { 'X-API-Key': key } });
    expect(response.status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('answers a Host named with --allow-host, and 421 to other names', async () => {
    const { child, ready, exited } = start(['--port', '0', '--allow-host', 'raff-emulator']);
    const { url } = await ready;
    const status = (host: string) =>
      new Promise<number | undefined>((resolve, reject) => {
        get(`${url}/health`, { headers: { host } }, (res) => {
          res.resume();
          resolve(res.statusCode);
        }).on('error', reject);
      });
    expect(await status('raff-emulator:4010')).toBe(200);
    expect(await status('rebound.evil.example:4010')).toBe(421);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('exits 0 on SIGINT too', async () => {
    const { child, ready, exited } = start(['--port', '0', '--host', '127.0.0.1']);
    await ready;
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });

  it('runs the clock faster with --speed: a new VM is active within a real second', async () => {
    const { child, ready, exited } = start(['--port', '0', '--speed', '3600']);
    const { url, key } = await ready;
    const headers = { 'X-API-Key': key, 'Content-Type': 'application/json' };
    const projects = (await (await fetch(`${url}/api/v1/projects`, { headers })).json()) as {
      data: { id: string }[];
    };
    const created = await fetch(`${url}/api/v1/vms`, {
      method: 'POST',
      headers: { ...headers, 'X-Project-ID': projects.data[0]?.id ?? '' },
      body: JSON.stringify({
        name: 'fast',
        template_id: '68a508e9-586d-437b-a703-903e6fbfd0f2',
        pricing_id: 1,
        region: 'us-east',
        password: 'Correct-Horse-42',
      }),
    });
    const { data } = (await created.json()) as { data: { id: string } };
    await new Promise((resolve) => setTimeout(resolve, 200)); // 12 emulated minutes
    const vm = (await (await fetch(`${url}/api/v1/vms/${data.id}`, { headers })).json()) as {
      data: { status: string };
    };
    expect(vm.data.status).toBe('active');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('refuses a bad --speed with exit code 2', async () => {
    const { exited } = start(['--port', '0', '--speed', 'fast']);
    expect(await exited).toBe(2);
  });

  it('refuses a bad port with exit code 2', async () => {
    const { exited } = start(['--port', 'abc']);
    expect(await exited).toBe(2);
  });
});

/** Runs the command to its end; what it printed and its exit code. */
function run(args: string[]) {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return {
    child,
    output: () => stdout,
    exited: new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
      child.once('exit', (code) => resolve({ code, stdout, stderr })),
    ),
  };
}

describe('the raff-emulator command for scripts and other languages', () => {
  it('prints one line of JSON with --json, and nothing else on standard output', async () => {
    const { child, output, exited } = run(['--port', '0', '--json']);
    await expect.poll(() => output().includes('\n'), { timeout: 5_000 }).toBe(true);
    const started = JSON.parse(output());
    expect(started).toEqual({
      url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
      ownerKey: expect.stringMatching(/^raff_[0-9a-f]{64}$/),
      projects: {
        default: { id: expect.any(String), name: 'Default' },
        customer1: { id: expect.any(String), name: 'customer1' },
      },
      speed: 1,
      clockUrl: `${started.url}/_emulator/clock`,
      version,
    });
    const projects = await fetch(`${started.url}/api/v1/projects`, {
      headers: { 'X-API-Key': started.ownerKey },
    });
    expect(projects.status).toBe(200);
    child.kill('SIGTERM');
    const { code, stdout } = await exited;
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([JSON.stringify(started), '']);
  });

  it('prints the package version with --version', async () => {
    const { exited } = run(['--version']);
    expect(await exited).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('refuses an unknown option with exit code 2 and the usage', async () => {
    const { exited } = run(['--colour']);
    const { code, stderr } = await exited;
    expect(code).toBe(2);
    expect(stderr).toContain("Unknown option '--colour'");
    expect(stderr).toContain('npx -p @raff/sdk raff-emulator');
  });

  it('stands the clock still with --speed 0 until POST /_emulator/clock moves it', async () => {
    const { child, output, exited } = run(['--port', '0', '--json', '--speed', '0']);
    await expect.poll(() => output().includes('\n'), { timeout: 5_000 }).toBe(true);
    const { url, ownerKey, projects, speed, clockUrl } = JSON.parse(output());
    expect(speed).toBe(0);
    const headers = { 'X-API-Key': ownerKey, 'Content-Type': 'application/json' };
    const clock = async (body?: unknown) => {
      const response = await fetch(clockUrl, {
        method: body === undefined ? 'GET' : 'POST',
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    const before = await clock();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect((await clock()).body.epochMs).toBe(before.body.epochMs);
    expect(before.body).toMatchObject({ success: true, speed: 0 });

    const created = await fetch(`${url}/api/v1/vms`, {
      method: 'POST',
      headers: { ...headers, 'X-Project-ID': projects.default.id },
      body: JSON.stringify({
        name: 'still',
        template_id: '68a508e9-586d-437b-a703-903e6fbfd0f2',
        pricing_id: 1,
        region: 'us-east',
        password: 'Correct-Horse-42',
      }),
    });
    const { data } = (await created.json()) as { data: { id: string; status: string } };
    expect(data.status).toBe('initiating');
    const moved = await clock({ advanceMs: 55_000 });
    expect(moved.status).toBe(200);
    expect(moved.body.epochMs).toBe((before.body.epochMs as number) + 55_000);
    const vm = await fetch(`${url}/api/v1/vms/${data.id}`, { headers });
    expect(((await vm.json()) as { data: { status: string } }).data.status).toBe('active');

    const set = await clock({ set: '2027-01-01T00:00:00Z' });
    expect(set.body).toMatchObject({
      now: '2027-01-01T00:00:00.000Z',
      epochMs: Date.UTC(2027, 0, 1),
    });
    child.kill('SIGTERM');
    expect((await exited).code).toBe(0);
  });
});

describe('the clock control endpoint', () => {
  it('answers only an Owner key, with a body that says how to move the clock', async () => {
    const emulator = await createRaffEmulator({
      speed: 0,
      clockControl: true,
      now: Date.UTC(2026, 4, 4),
    });
    try {
      const send = async (init: { key?: string; method?: string; body?: string }) => {
        const response = await fetch(`${emulator.url}/_emulator/clock`, {
          method: init.method ?? 'POST',
          headers: {
            'Content-Type': 'application/json',
            ...(init.key === undefined ? {} : { 'X-API-Key': init.key }),
          },
          ...(init.body === undefined ? {} : { body: init.body }),
        });
        const body = (await response.json()) as { message?: string };
        return [response.status, body.message, response.headers.get('x-request-id') !== null];
      };
      const owner = emulator.ownerKey;
      expect(await send({ body: '{"advanceMs":1}' })).toEqual([
        401,
        'API key missing: send it in the X-API-Key header',
        true,
      ]);
      // A valid key of the account, but a Member: it may not move the clock.
      const member = await createKey(emulator);
      expect(await send({ key: member.secret, body: '{"advanceMs":1}' })).toEqual([
        403,
        'Only a key with the Owner role may read or move the clock',
        true,
      ]);
      expect((await send({ key: owner, body: 'not json' }))[0]).toBe(400);
      expect(await send({ key: owner, body: '{"advanceMs":1,"set":0}' })).toEqual([
        400,
        'Send exactly one of advanceMs and set',
        true,
      ]);
      expect((await send({ key: owner, body: '{"advanceMs":-5}' }))[0]).toBe(400);
      expect((await send({ key: owner, body: '{"set":"tomorrow"}' }))[0]).toBe(400);
      expect((await send({ key: owner, body: '{"speed":2}' }))[1]).toBe(
        'Unknown field speed; use advanceMs or set',
      );
      expect((await send({ key: owner, method: 'DELETE' }))[0]).toBe(405);
      expect(emulator.clock.now().toISOString()).toBe('2026-05-04T00:00:00.000Z');
      expect((await send({ key: owner, body: '{"advanceMs":1000}' }))[0]).toBe(200);
      expect(emulator.clock.now().toISOString()).toBe('2026-05-04T00:00:01.000Z');
    } finally {
      await emulator.close();
    }
  });

  it('refuses callers that are not on loopback, before looking at the key', () => {
    const seed = seedState(Date.UTC(2026, 4, 4));
    const clock = new ManualClock(Date.UTC(2026, 4, 4), 0);
    const request = (remoteAddress: string) => ({
      method: 'POST',
      remoteAddress,
      apiKey: seed.ownerKey,
      body: { value: { advanceMs: 60_000 } },
    });
    const remote = answerClockControl(seed.state, clock, request('192.0.2.15'), 'r1');
    expect([remote.status, remote.body]).toEqual([
      403,
      {
        error: 'Forbidden',
        message: 'The clock control endpoint answers callers on this machine only',
      },
    ]);
    expect(clock.ms()).toBe(Date.UTC(2026, 4, 4));
    expect(answerClockControl(seed.state, clock, request('::ffff:127.0.0.1'), 'r2').status).toBe(
      200,
    );
    expect(clock.ms()).toBe(Date.UTC(2026, 4, 4) + 60_000);
    expect(['127.0.0.1', '127.4.5.6', '::1', '::ffff:127.0.0.1'].map(isLoopbackAddress)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(
      ['10.0.0.1', '::ffff:10.0.0.1', '::2', '1127.0.0.1', undefined].map(isLoopbackAddress),
    ).toEqual([false, false, false, false, false]);
  });

  it('is no route of the API: not in openapi.json, and a 404 unless the emulator serves it', async () => {
    const spec = JSON.parse(
      readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8'),
    ) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(spec.paths).filter((path) => path.includes('_emulator'))).toEqual([]);
    expect(matchRoute('/_emulator/clock')).toBeUndefined();
    const emulator = await createRaffEmulator({ speed: 0 });
    try {
      const response = await fetch(`${emulator.url}/_emulator/clock`, {
        method: 'POST',
        headers: { 'X-API-Key': emulator.ownerKey, 'Content-Type': 'application/json' },
        body: '{"advanceMs":1000}',
      });
      expect(response.status).toBe(404);
    } finally {
      await emulator.close();
    }
  });
});
