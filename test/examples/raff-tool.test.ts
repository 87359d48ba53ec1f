// examples/raff-tool against the emulator: what it prints, how it exits, and what it sent.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { run, USAGE } from '../../examples/raff-tool/cli.js';
import { EXIT, exitCodeFor } from '../../examples/raff-tool/exit-codes.js';
import { SDK_VERSION } from '../../src/core/sdk-version.js';
import {
  RaffAPIError,
  RaffAuthenticationError,
  RaffBillingError,
  RaffClient,
  RaffConflictError,
  RaffConnectionError,
  RaffNotFoundError,
  RaffPaymentRequiredError,
  RaffPermissionDeniedError,
  RaffRateLimitError,
  RaffTimeoutError,
  RaffValidationError,
  RaffWaitFailedError,
} from '../../src/index.js';
import { startEmulator, type TestEmulator } from '../support/emulator.js';
import { expectNoSecret } from '../support/secrets.js';
import { closedPort } from '../support/sockets.js';

const dir = mkdtempSync(join(tmpdir(), 'raff-tool-'));
let emulator: TestEmulator;
let config: string;
let files = 0;
const printed: string[] = [];

/** A raff-cli config file (mode 0600) with the given profiles; returns its path. */
function configFile(current: string, profiles: Record<string, Record<string, string>>): string {
  const lines = [`current-profile: ${current}`, 'profiles:'];
  for (const [name, settings] of Object.entries(profiles)) {
    lines.push(`    ${name}:`);
    for (const [key, value] of Object.entries(settings)) lines.push(`        ${key}: ${value}`);
  }
  const path = join(dir, `config-${++files}.yaml`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  chmodSync(path, 0o600);
  return path;
}

/** Runs raff-tool as a shell would, and returns its exit code and output. */
async function tool(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  printed.push(stdout, stderr);
  return { code, stdout, stderr };
}

/** The requests the emulator received since `from`, by method and path. */
function received(from: number) {
  return emulator.exchanges.slice(from).map((exchange) => ({
    request: `${exchange.method} ${exchange.path}`,
    userAgent: exchange.requestHeaders['user-agent'],
    project: exchange.requestHeaders['x-project-id'],
  }));
}

const USER_AGENT = `raff-tool/0.1 raff-sdk-typescript/${SDK_VERSION} node/${process.versions.node}`;
const PUBLIC_KEY =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq3f0mX9rYc2dJm4oQ3sZ8sX2aQ7mV1nW5bC8dE9fA0 me@laptop';

beforeAll(async () => {
  // 1000× time: a VM boots in about 55 ms of real time.
  emulator = await startEmulator({ speed: 1000 });
  const common = { 'api-url': emulator.url, 'api-key': emulator.ownerKey };
  config = configFile('work', {
    work: { ...common, 'project-id': emulator.projects.default.id },
    customer1: { ...common, 'project-id': emulator.projects.customer1.id },
  });
});

beforeEach(() => {
  for (const name of [
    'RAFF_API_KEY',
    'RAFF_API_KEY_FILE',
    'RAFF_API_URL',
    'RAFF_PROJECT_ID',
    'RAFF_PROFILE',
  ]) {
    vi.stubEnv(name, undefined);
  }
  vi.stubEnv('RAFF_CONFIG', config);
  vi.stubEnv('RAFF_LOG', 'off');
});
afterEach(() => {
  vi.unstubAllEnvs();
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  // Nothing raff-tool printed, in any test, carries the key.
  expectNoSecret(emulator.ownerKey, { others: [printed.join('\n')] });
});

describe('raff-tool on the emulator', () => {
  it('lists VMs as JSON with the current profile: its URL, key and project, and its own User-Agent', async () => {
    const from = emulator.exchanges.length;
    const { code, stdout, stderr } = await tool('vms', 'list', '-o', 'json');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const vms = JSON.parse(stdout) as Array<{ id: string; project_id: string }>;
    expect(vms.length).toBeGreaterThan(0);
    expect(new Set(vms.map((vm) => vm.project_id))).toEqual(
      new Set([emulator.projects.default.id]),
    );
    expect(received(from)).toEqual([
      { request: 'GET /api/v1/vms', userAgent: USER_AGENT, project: emulator.projects.default.id },
    ]);
  });

  it('takes another profile with --profile, and prints a table', async () => {
    const from = emulator.exchanges.length;
    const { code, stdout } = await tool('--profile', 'customer1', 'vms', 'list');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^ID +NAME +STATUS +REGION +IPV4$/);
    expect(received(from)).toEqual([
      {
        request: 'GET /api/v1/vms',
        userAgent: USER_AGENT,
        project: emulator.projects.customer1.id,
      },
    ]);
  });

  it('creates, gets, lists and deletes an SSH key; a second delete is a 404 unless --if-exists', async () => {
    const created = await tool(
      'ssh-keys',
      'create',
      '--name',
      'laptop',
      '--public-key',
      PUBLIC_KEY,
      '-o',
      'json',
    );
    expect(created.code).toBe(0);
    const key = JSON.parse(created.stdout) as { id: string; name: string };
    expect(key.name).toBe('laptop');

    const got = await tool('ssh-keys', 'get', key.id);
    expect(got.code).toBe(0);
    expect(got.stdout).toMatch(new RegExp(`^${key.id} +laptop +`, 'm'));

    const listed = await tool('ssh-keys', 'list', '-o', 'json');
    expect((JSON.parse(listed.stdout) as Array<{ id: string }>).map((k) => k.id)).toContain(key.id);

    const from = emulator.exchanges.length;
    expect(await tool('ssh-keys', 'delete', key.id)).toEqual({
      code: 0,
      stdout: '',
      stderr: `SSH key ${key.id} deleted\n`,
    });
    // SSH keys belong to the account: no X-Project-ID, though the profile has a project.
    expect(received(from)).toEqual([
      { request: `DELETE /api/v1/ssh-keys/${key.id}`, userAgent: USER_AGENT, project: undefined },
    ]);

    const again = await tool('ssh-keys', 'delete', key.id);
    expect(again.code).toBe(EXIT.notFound);
    expect(again.stderr).toMatch(
      /^raff-tool: RaffNotFoundError: 404 DELETE \/api\/v1\/ssh-keys\/\{id\}/,
    );
    expect((await tool('ssh-keys', 'delete', key.id, '--if-exists')).code).toBe(0);
  });

  it('creates a VM and waits until it is active, then deletes it and waits until it is gone', async () => {
    const catalog = new RaffClient({ apiKey: null, baseUrl: emulator.url, logLevel: 'off' });
    const { data: templates } = await catalog.templates.list();
    const ubuntu = templates.find((t) => t.name === 'Ubuntu');
    const key = JSON.parse(
      (
        await tool(
          'ssh-keys',
          'create',
          '--name',
          'vm-key',
          '--public-key',
          PUBLIC_KEY,
          '-o',
          'json',
        )
      ).stdout,
    ) as { id: string };

    const from = emulator.exchanges.length;
    const created = await tool(
      'vms',
      'create',
      '--name',
      'tool-vm',
      '--region',
      'us-east',
      '--template',
      ubuntu?.id ?? '',
      '--plan',
      '3',
      '--ssh-key',
      key.id,
      '--wait',
      '--interval',
      '10',
      '-o',
      'json',
    );
    expect(created.code).toBe(0);
    const vm = JSON.parse(created.stdout) as { id: string; status: string; name: string };
    expect(vm).toMatchObject({ name: 'tool-vm', status: 'active' });
    expect(created.stderr).toBe(`VM ${vm.id} created; waiting for it to be active…\n`);
    const sent = received(from);
    expect(sent[0]).toEqual({
      request: 'POST /api/v1/vms',
      userAgent: USER_AGENT,
      project: emulator.projects.default.id,
    });
    // Then the waiter's polls, every one identified too.
    expect(
      sent
        .slice(1)
        .every((r) => r.request === `GET /api/v1/vms/${vm.id}` && r.userAgent === USER_AGENT),
    ).toBe(true);
    expect(emulator.exchanges[from]?.requestBody).toEqual({
      name: 'tool-vm',
      region: 'us-east',
      template_id: ubuntu?.id,
      pricing_id: 3,
      ssh_keys: [key.id],
    });

    const deleted = await tool('vms', 'delete', vm.id, '--wait', '--interval', '10');
    expect(deleted).toEqual({ code: 0, stdout: '', stderr: `VM ${vm.id} deleted\n` });
    expect((await tool('vms', 'get', vm.id)).code).toBe(EXIT.notFound);
  });
});

describe('raff-tool exit codes', () => {
  it('exits 2 with the usage on a wrong command or a missing flag', async () => {
    expect(await tool('vms', 'explode')).toEqual({
      code: EXIT.usage,
      stdout: '',
      stderr: `raff-tool: unknown command "vms explode"\n\n${USAGE}\n`,
    });
    expect((await tool('ssh-keys', 'create', '--name', 'x')).stderr).toMatch(
      /^raff-tool: missing --public-key\n/,
    );
    expect((await tool('vms', 'list', '--colour')).code).toBe(EXIT.usage);
    expect((await tool('vms', 'list', '-o', 'yaml')).code).toBe(EXIT.usage);
    expect((await tool('--help')).code).toBe(EXIT.ok);
  });

  it('exits 3 when the config file is open to others, naming the fix and not the key', async () => {
    chmodSync(config, 0o644);
    try {
      const { code, stderr } = await tool('vms', 'list');
      expect(code).toBe(EXIT.invalid);
      expect(stderr).toBe(
        `raff-tool: RaffValidationError: ${config} is open to other users (mode 644): run \`chmod 600 ${config}\`. Nothing was sent.\n`,
      );
    } finally {
      chmodSync(config, 0o600);
    }
  });

  it('exits 3 for a named profile that is not there', async () => {
    const { code, stderr } = await tool('--profile', 'staging', 'vms', 'list');
    expect(code).toBe(EXIT.invalid);
    expect(stderr).toContain('Profile "staging" (named by the profile option) is not in');
  });

  it('exits 4 when the profile’s key is not a key Raff knows', async () => {
    const unknownKey = `raff_${'0'.repeat(64)}`;
    vi.stubEnv(
      'RAFF_CONFIG',
      configFile('x', { x: { 'api-url': emulator.url, 'api-key': unknownKey } }),
    );
    const { code, stderr } = await tool('ssh-keys', 'list');
    expect(code).toBe(EXIT.authentication);
    expect(stderr).toMatch(/^raff-tool: RaffAuthenticationError: 401 GET \/api\/v1\/ssh-keys/);
    expectNoSecret(unknownKey, { others: [stderr] });
  });

  it.each([
    [403, EXIT.permission],
    [409, EXIT.conflict],
    [400, EXIT.api],
  ])('exits by the error class of a %i', async (status, expected) => {
    emulator.faults.inject({ method: 'GET', path: '/api/v1/ssh-keys', status, times: 1 });
    expect((await tool('ssh-keys', 'list')).code).toBe(expected);
  });

  it('exits 8 when the API asks to wait longer than the client will', async () => {
    emulator.faults.inject({
      method: 'GET',
      path: '/api/v1/ssh-keys',
      status: 429,
      headers: { 'Retry-After': '120' },
      times: 1,
    });
    expect((await tool('ssh-keys', 'list')).code).toBe(EXIT.rateLimited);
  });

  it('exits 10 when the API cannot be reached', async () => {
    vi.stubEnv('RAFF_API_URL', `http://127.0.0.1:${await closedPort()}`);
    const { code, stderr } = await tool('ssh-keys', 'list');
    expect(code).toBe(EXIT.connection);
    expect(stderr).toMatch(/^raff-tool: RaffConnectionError: /);
  }, 15_000);

  it.each<[string, unknown, number]>([
    ['RaffValidationError', new RaffValidationError('x'), EXIT.invalid],
    ['RaffAuthenticationError', apiError(RaffAuthenticationError, 401), EXIT.authentication],
    ['RaffPermissionDeniedError', apiError(RaffPermissionDeniedError, 403), EXIT.permission],
    ['RaffBillingError', apiError(RaffBillingError, 403), EXIT.permission],
    ['RaffPaymentRequiredError', apiError(RaffPaymentRequiredError, 402), EXIT.permission],
    ['RaffNotFoundError', apiError(RaffNotFoundError, 404), EXIT.notFound],
    ['RaffConflictError', apiError(RaffConflictError, 409), EXIT.conflict],
    ['RaffRateLimitError', apiError(RaffRateLimitError, 429), EXIT.rateLimited],
    ['RaffAPIError', apiError(RaffAPIError, 500), EXIT.api],
    [
      'RaffTimeoutError',
      new RaffTimeoutError('x', {
        method: 'GET',
        path: '/',
        attempts: 1,
        limit: 'timeout',
        timeoutMs: 1,
      }),
      EXIT.timeout,
    ],
    [
      'RaffConnectionError',
      new RaffConnectionError('x', { method: 'GET', path: '/', attempts: 1 }),
      EXIT.connection,
    ],
    [
      'RaffWaitFailedError',
      new RaffWaitFailedError('x', { status: 'failure', resource: {} }),
      EXIT.waitFailed,
    ],
    ['a TypeError', new TypeError('bug'), EXIT.unexpected],
  ])('maps %s to its exit code', (_, error, expected) => {
    expect(exitCodeFor(error)).toBe(expected);
  });
});

function apiError(
  type: new (message: string, init: ConstructorParameters<typeof RaffAPIError>[1]) => RaffAPIError,
  status: number,
): RaffAPIError {
  return new type('x', { method: 'GET', path: '/', attempts: 1, status, body: {} });
}
