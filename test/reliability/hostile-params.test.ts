import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  RaffAPIError,
  RaffApiKeyGrantError,
  RaffClient,
  RaffValidationError,
} from '../../src/index.js';
import { createKey, startEmulator, systemRoleId, type TestEmulator } from '../support/emulator.js';
import { expectTypedOutcome, hostileRecord, recordingFetch, type SentRequest } from './hostile.js';
import { drain, NAMESPACE_METHODS, type RealIds } from './namespace-methods.js';

// Each run is a request to the emulator per method: 25 keep the file to about 3 s of CPU.
const RUNS = 25;

let emulator: TestEmulator;
let raff: RaffClient;
let sent: SentRequest[];
let ids: RealIds;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
  const recording = recordingFetch();
  sent = recording.sent;
  raff = new RaffClient({
    apiKey: emulator.ownerKey,
    baseUrl: emulator.url,
    projectId: emulator.projects.customer1.id,
    maxRetries: 0,
    logLevel: 'off',
    fetch: recording.fetch,
  });
  const fuzzKey = await createKey(emulator, { name: 'fuzz target' });
  const fuzzProject = await raff.projects.create({ name: 'fuzz target' });
  const { data: vms } = await raff.vms.list();
  ids = {
    keys: [fuzzKey.id],
    projects: [fuzzProject.id, emulator.projects.customer1.id],
    roles: [systemRoleId('viewer'), systemRoleId('admin')],
    vms: vms.map((vm) => vm.id),
  };
});

describe('hostile parameters to every namespace method', () => {
  it.each(NAMESPACE_METHODS.map((m) => [m.name, m] as const))(
    '%s answers hostile parameters with a typed error or a result, and sends nothing for invalid ones',
    async (_name, method) => {
      await fc.assert(
        fc.asyncProperty(method.args(ids), async (args) => {
          await expectTypedOutcome(() => method.call(raff, args), sent);
        }),
        { numRuns: RUNS },
      );
    },
    20_000,
  );

  it('answers hostile per-call options with a typed error or a result', async () => {
    const options = hostileRecord([
      'signal',
      'timeout',
      'totalTimeout',
      'maxRetries',
      'projectId',
      'headers',
    ]);
    await fc.assert(
      fc.asyncProperty(options, async (callOptions) => {
        await expectTypedOutcome(
          () => raff.vms.list({}, callOptions as never).catch(allowTimeout),
          sent,
        );
      }),
      { numRuns: 100 },
    );
  });
});

/** A tiny but valid per-call timeout may run out: that is a typed outcome too. */
function allowTimeout(error: unknown): unknown {
  if ((error as Error)?.name === 'RaffTimeoutError') return undefined;
  throw error;
}

describe('hostile parameters: regressions of fixed bugs', () => {
  // Input that cannot be put into a request (a BigInt, a cycle, a nested query value, a lone
  // surrogate, CR LF in a header) is the caller's mistake, not a connection failure: it fails
  // before any I/O with a RaffValidationError naming the problem.
  it('rejects input that cannot be put on the wire with RaffValidationError, sending nothing', async () => {
    const cyclic: Record<string, unknown> = { name: 'x' };
    cyclic.self = cyclic;
    const id = ids.keys[0] ?? '';
    const attempts: (() => Promise<unknown>)[] = [
      () => raff.apiKeys.update(id, { name: 1n } as never),
      () => raff.apiKeys.update(id, cyclic as never),
      () => raff.apiKeys.list({ offset: [[1]] } as never),
      () => raff.apiKeys.list({ limit: { nested: { deep: 1 } } } as never),
      () => raff.vms.list({ status: '\ud800' } as never),
      () => raff.roles.list({ scope: Symbol('scope') } as never),
      () =>
        raff.api.GET('/api/v1/permissions', { headers: { 'X-Trace': 'a\r\nX-Evil: 1' } } as never),
    ];
    for (const attempt of attempts) {
      const before = sent.length;
      const error = await attempt().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RaffValidationError);
      expect(sent.length).toBe(before);
    }
  });

  // A walk checks its paging params before the first request: null is taken like {} (as list(null)
  // is), and an offset a walk cannot count on from (a BigInt, a null-prototype object) is a
  // RaffValidationError, never a TypeError after the first page.
  it('validates listAll paging params: null, a BigInt or a null-prototype offset', async () => {
    const projectIdValue = ids.projects[0] ?? '';
    const walks: (() => AsyncIterable<unknown>)[] = [
      () => raff.apiKeys.listAll(null as never),
      () => raff.roles.listAll(null as never),
      () => raff.projects.listAll(null as never),
      () => raff.projects.members.listAll(projectIdValue, null as never),
      () => raff.vms.listAll(null as never),
      () => raff.backups.listAll(null as never),
      () => raff.apiKeys.listAll({ offset: 10n ** 30n } as never),
      () => raff.projects.listAll({ offset: Object.create(null) } as never),
    ];
    for (const walk of walks) {
      const outcome = await (async () => drain(walk()))().catch((e: unknown) => e);
      if (outcome !== undefined) expect(outcome).toBeInstanceOf(RaffValidationError);
    }
  });

  // A grant to a project that is gone (a fuzz run may have deleted it) is a composite outcome:
  // the key was made, the grant got the server's 404, and the key was revoked again. The fuzz
  // rule counts that as typed (CI on Node 24 found the case); this pins what the caller gets.
  it('reports a grant to a missing project as a rolled-back RaffApiKeyGrantError with the 404 as cause', async () => {
    const missing = '00000000-0000-1000-8000-000000000000';
    const before = sent.length;
    const error = await raff.apiKeys
      .create({ name: '!', role: 'admin', projects: [missing], project_role: 'viewer' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffApiKeyGrantError);
    const grant = error as RaffApiKeyGrantError;
    expect(grant.rolledBack).toBe(true);
    expect(grant.projectId).toBe(missing);
    expect(grant.revealSecret()).toBeUndefined();
    expect(grant.cause).toBeInstanceOf(RaffAPIError);
    expect((grant.cause as RaffAPIError).status).toBe(404);
    const calls = sent.slice(before).map((r) => `${r.method} ${r.path}`);
    expect(calls).toContain('POST /api/v1/api-keys');
    expect(calls).toContain(`POST /api/v1/projects/${missing}/members`);
    const revoke = calls.find((c) => c.startsWith('DELETE /api/v1/api-keys/'));
    expect(revoke, 'the half-made key is revoked').toBeDefined();
    const { data: keys } = await raff.apiKeys.list();
    expect(keys.some((k) => k.id === grant.apiKeyId)).toBe(false);
  });

  // members.update reads params.role: params are checked to be an object before that.
  it('rejects non-object members.update params with RaffValidationError', async () => {
    const projectIdValue = ids.projects[0] ?? '';
    const error = await raff.projects.members
      .update(projectIdValue, 'm1', null as never)
      .catch((e) => e);
    expect(error).toBeInstanceOf(RaffValidationError);
  });

  // A role reference that is not a string is reported on the field it came in (`role`), not on
  // an inner helper's parameter.
  it('names the role field when a role reference is not a string', async () => {
    const error = await raff.projects.members
      .add(ids.projects[0] ?? '', { api_key_id: ids.keys[0] ?? '', role: {} as never })
      .catch((e) => e);
    expect(error).toBeInstanceOf(RaffValidationError);
    expect((error as RaffValidationError).issues[0]?.path).toEqual(['role']);
  });
});
