import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import * as sdk from '../../src/index.js';
import {
  RaffAPIError,
  RaffApiKeyGrantError,
  RaffAuthenticationError,
  RaffBadRequestError,
  RaffBillingError,
  RaffClient,
  RaffConflictError,
  RaffConnectionError,
  RaffError,
  RaffInternalServerError,
  RaffNotFoundError,
  RaffPaymentRequiredError,
  RaffPermissionDeniedError,
  RaffPreconditionFailedError,
  RaffRateLimitError,
  RaffResponseTooLargeError,
  RaffTimeoutError,
  RaffValidationError,
  RaffWaitFailedError,
} from '../../src/index.js';
import { RaffPaginationError } from '../../src/shared/errors.js';
import { captureLogs } from '../support/client.js';
import { createKey, startEmulator, systemRoleId, type TestEmulator } from '../support/emulator.js';
import { expectNoSecret } from '../support/secrets.js';
import { closedPort } from '../support/sockets.js';

/** What a failure scenario hands back: the error and every secret that must not be in it. */
interface Failure {
  readonly error: unknown;
  /** The key of the client that failed, and any other secret in play (a new key's secret). */
  readonly secrets: readonly string[];
}

type Scenario = (
  emulator: TestEmulator,
  client: (apiKey: string, options?: sdk.ClientOptions) => RaffClient,
) => Promise<Failure>;

const failing = async (call: Promise<unknown>) =>
  call.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error,
  );

const defaultProject = (emulator: TestEmulator) => emulator.projects.default.id;

async function firstVm(raff: RaffClient, projectId: string): Promise<string> {
  const [vm] = (await raff.vms.list({}, { projectId })).data;
  if (vm === undefined) throw new Error('the seeded project has a VM');
  return vm.id;
}

/** One real failure per error class the SDK throws (RaffError itself is only a base). */
/** An error class, as far as the audit needs it. */
type ErrorClass = { readonly prototype: RaffError; readonly name: string };

const SCENARIOS: readonly (readonly [ErrorClass, string, Scenario])[] = [
  [
    RaffPaginationError,
    'a walk over a server that repeats a page whose items carry the key',
    async (emulator, client) => {
      const key = emulator.ownerKey;
      emulator.faults.inject({
        path: '/api/v1/api-keys',
        status: 200,
        body: { success: true, data: [{ id: key, name: key.slice(5).toUpperCase() }], total: 1e15 },
        times: Number.POSITIVE_INFINITY,
      });
      const raff = client(key);
      const walk = async () => {
        for await (const _ of raff.apiKeys.listAll({ limit: 1 })) {
          // drain
        }
      };
      return { error: await failing(walk()), secrets: [key] };
    },
  ],
  [
    RaffResponseTooLargeError,
    'a 200 body over maxResponseBytes that ends with the key',
    async (emulator, client) => {
      emulator.faults.inject({
        path: '/api/v1/projects',
        status: 200,
        body: `{"success":true,"data":[],"pad":"${'x'.repeat(8192)}${emulator.ownerKey}"}`,
      });
      const raff = client(emulator.ownerKey, { maxResponseBytes: 4096 });
      return { error: await failing(raff.projects.list()), secrets: [emulator.ownerKey] };
    },
  ],
  [
    RaffWaitFailedError,
    'a VM that turns to failure while waited for, its name echoing the key',
    async (emulator, client) => {
      const projectId = defaultProject(emulator);
      const raff = client(emulator.ownerKey, { projectId });
      const vmId = await firstVm(raff, projectId);
      const vm = await raff.vms.get(vmId);
      emulator.faults.inject({
        path: `/api/v1/vms/${vmId}`,
        status: 200,
        body: JSON.stringify({
          success: true,
          data: { ...vm, status: 'failure', name: emulator.ownerKey },
        }),
      });
      const error = await failing(raff.vms.waitFor(vmId, 'passive', { interval: 1 }));
      return { error, secrets: [emulator.ownerKey] };
    },
  ],
  [
    RaffValidationError,
    'a malformed key (upper-cased) at construction',
    async (emulator, client) => {
      const key = emulator.ownerKey;
      let error: unknown;
      try {
        client(key.toUpperCase());
      } catch (e) {
        error = e;
      }
      return { error, secrets: [key] };
    },
  ],
  [
    RaffAPIError,
    'a 302 redirect to a foreign origin',
    async (emulator, client) => {
      emulator.faults.inject({
        path: '/api/v1/projects',
        status: 302,
        headers: { Location: `https://evil.example/?key=${emulator.ownerKey}` },
        body: '',
      });
      const raff = client(emulator.ownerKey);
      return { error: await failing(raff.projects.list()), secrets: [emulator.ownerKey] };
    },
  ],
  [
    RaffBadRequestError,
    'a backup body without vm_id',
    async (emulator, client) => {
      const raff = client(emulator.ownerKey, { projectId: defaultProject(emulator) });
      const error = await failing(raff.backups.create({} as never));
      return { error, secrets: [emulator.ownerKey] };
    },
  ],
  [
    RaffAuthenticationError,
    'a revoked key',
    async (emulator, client) => {
      const { id, secret } = await createKey(emulator);
      await client(emulator.ownerKey).apiKeys.delete(id);
      const raff = client(secret);
      return { error: await failing(raff.permissions.list()), secrets: [secret] };
    },
  ],
  [
    RaffPaymentRequiredError,
    'a backup with insufficient funds',
    async (emulator, client) => {
      const projectId = defaultProject(emulator);
      const raff = client(emulator.ownerKey, { projectId });
      const vmId = await firstVm(raff, projectId);
      emulator.billing.set('insufficient_funds');
      const error = await failing(raff.backups.create({ vm_id: vmId }));
      return { error, secrets: [emulator.ownerKey] };
    },
  ],
  [
    RaffPermissionDeniedError,
    'a project the key cannot reach',
    async (emulator, client) => {
      const { secret } = await createKey(emulator, {
        projects: [emulator.projects.customer1.id],
        projectRole: systemRoleId('viewer'),
      });
      const raff = client(secret, { projectId: defaultProject(emulator) });
      return { error: await failing(raff.vms.list()), secrets: [secret] };
    },
  ],
  [
    RaffBillingError,
    'a backup on a banned account',
    async (emulator, client) => {
      const projectId = defaultProject(emulator);
      const raff = client(emulator.ownerKey, { projectId });
      const vmId = await firstVm(raff, projectId);
      emulator.billing.set('banned');
      const error = await failing(raff.backups.create({ vm_id: vmId }));
      return { error, secrets: [emulator.ownerKey] };
    },
  ],
  [
    RaffNotFoundError,
    'an API key id that does not exist',
    async (emulator, client) => {
      const raff = client(emulator.ownerKey);
      const error = await failing(raff.apiKeys.get('0b7e3c8a-1d2f-4e5a-9b6c-7d8e9f0a1b2c'));
      return { error, secrets: [emulator.ownerKey] };
    },
  ],
  [
    RaffConflictError,
    'deleting the Default project',
    async (emulator, client) => {
      const raff = client(emulator.ownerKey);
      const error = await failing(raff.projects.delete(defaultProject(emulator)));
      return { error, secrets: [emulator.ownerKey] };
    },
  ],
  [
    RaffPreconditionFailedError,
    'resuming an app while the spend cap holds the apps paused',
    async (emulator, client) => {
      const raff = client(emulator.ownerKey);
      const { data: apps } = await raff.apps.services.list();
      const app = apps.find((service) => service.name === 'storefront');
      if (app === undefined) throw new Error('the emulator seeds the storefront app');
      // The seeded app spends 0.0278 USD an hour: within two 37-hour steps it has run 36 hours of
      // one month, whatever day the emulator's clock started on.
      await raff.apps.updateSpendSettings({ monthly_cap_usd: 1, cap_action: 'pause' });
      for (let step = 0; step < 2 && !(await raff.apps.spendSettings()).paused_by_cap; step++) {
        emulator.clock.advance(37 * 3_600_000);
      }
      const error = await failing(raff.apps.services.resume(app.id));
      return { error, secrets: [emulator.ownerKey] };
    },
  ],
  [
    RaffRateLimitError,
    'a second request inside a 1-per-second limit',
    async (emulator, client) => {
      const { secret } = await createKey(emulator, { rate_limit_tier: 'high' });
      const raff = client(secret, { maxRetries: 0 });
      await raff.permissions.list();
      return { error: await failing(raff.permissions.list()), secrets: [secret] };
    },
  ],
  [
    RaffInternalServerError,
    'a 500 whose body echoes the key',
    async (emulator, client) => {
      emulator.faults.inject({
        path: '/api/v1/projects',
        status: 500,
        body: { error: 'Internal Server Error', message: `boom for ${emulator.ownerKey}` },
      });
      const raff = client(emulator.ownerKey, { maxRetries: 0 });
      return { error: await failing(raff.projects.list()), secrets: [emulator.ownerKey] };
    },
  ],
  [
    RaffConnectionError,
    'a refused connection',
    async (emulator, client) => {
      const raff = client(emulator.ownerKey, {
        baseUrl: `http://127.0.0.1:${await closedPort()}`,
        maxRetries: 0,
      });
      return { error: await failing(raff.projects.list()), secrets: [emulator.ownerKey] };
    },
  ],
  [
    RaffTimeoutError,
    'an answer slower than the timeout',
    async (emulator, client) => {
      emulator.faults.inject({ path: '/api/v1/projects', delayMs: 1_000 });
      const raff = client(emulator.ownerKey, { timeout: 100, maxRetries: 0 });
      const error = await failing(raff.projects.list());
      await sleep(1_000); // let the delayed request finish before the emulator closes
      return { error, secrets: [emulator.ownerKey] };
    },
  ],
  [
    RaffApiKeyGrantError,
    'a failed project grant, rolled back',
    async (emulator, client) => {
      emulator.faults.inject({
        method: 'POST',
        path: '/api/v1/projects/{id}/members',
        status: 500,
      });
      const raff = client(emulator.ownerKey);
      const error = await failing(
        raff.apiKeys.create({
          name: 'grant fails',
          role: 'member',
          projects: [emulator.projects.customer1.id],
          project_role: 'viewer',
        }),
      );
      expect(error).toMatchObject({ rolledBack: true });
      return { error, secrets: [emulator.ownerKey, createdSecret(emulator)] };
    },
  ],
  [
    RaffApiKeyGrantError,
    'a failed project grant whose rollback failed too (the error holds the new secret)',
    async (emulator, client) => {
      emulator.faults.inject({
        method: 'POST',
        path: '/api/v1/projects/{id}/members',
        status: 500,
      });
      emulator.faults.inject({
        method: 'DELETE',
        path: '/api/v1/api-keys/{id}',
        status: 503,
        headers: { 'Retry-After': '0' },
        times: 3,
      });
      const raff = client(emulator.ownerKey);
      const error = await failing(
        raff.apiKeys.create({
          name: 'grant and rollback fail',
          role: 'member',
          projects: [emulator.projects.customer1.id],
          project_role: 'viewer',
        }),
      );
      const secret = createdSecret(emulator);
      expect(error).toMatchObject({ rolledBack: false });
      // The secret is available on purpose, through the method, and nowhere else.
      expect((error as RaffApiKeyGrantError).revealSecret()).toBe(secret);
      return { error, secrets: [emulator.ownerKey, secret] };
    },
  ],
];

/** The secret of the last key the emulator created, read from what it sent back. */
function createdSecret(emulator: TestEmulator): string {
  const created = emulator.exchanges.findLast(
    (e) => e.method === 'POST' && e.template === '/api/v1/api-keys' && e.status === 201,
  );
  const secret = (created?.responseBody as { data?: { secret?: string } })?.data?.secret;
  if (secret === undefined) throw new Error('no key was created');
  return secret;
}

describe('secret leak audit, one real failure per error class', () => {
  it.each(SCENARIOS.map(([cls, how, scenario]) => [cls.name, how, cls, scenario] as const))(
    '%s from %s carries no secret in the error, its causes or the debug logs',
    async (_name, _how, ErrorClass, scenario) => {
      // Only keys of the high tier are held to 1 request a second (the rate-limit scenario).
      const emulator = await startEmulator({ rateLimits: { high: { perSecond: 1, burst: 0 } } });
      const logs = captureLogs();
      const clients: RaffClient[] = [];
      const client = (apiKey: string, options: sdk.ClientOptions = {}) => {
        const raff = new RaffClient({
          apiKey,
          baseUrl: emulator.url,
          logLevel: 'debug',
          logger: logs.logger,
          ...options,
        });
        clients.push(raff);
        return raff;
      };
      const { error, secrets } = await scenario(emulator, client);
      // Exactly this class, not a parent or a sibling.
      expect(Object.getPrototypeOf(error)).toBe(ErrorClass.prototype);
      expect((error as Error).name).toBe(ErrorClass.name);
      for (const secret of secrets) {
        expectNoSecret(secret, { error, logs: logs.lines, others: clients });
      }
    },
    10_000,
  );

  it('covers every error class the SDK exports', () => {
    // Bases that are only ever thrown as one of their subclasses.
    const bases = new Set(['RaffRequestError']);
    const exported = Object.entries(sdk)
      .filter(([, value]) => typeof value === 'function' && value.prototype instanceof RaffError)
      .map(([name]) => name)
      .filter((name) => !bases.has(name))
      .sort();
    const covered = [...new Set(SCENARIOS.map(([cls]) => cls.name))].sort();
    expect(covered).toEqual(exported);
  });
});
