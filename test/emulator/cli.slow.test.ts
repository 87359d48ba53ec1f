import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { get } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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
