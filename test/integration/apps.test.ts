// Apps through the SDK against the emulator: a service's lifecycle under `apps.services.waitFor`
// (polls counted, the clock moved on after each one instead of sleeping), its failure and
// deletion, deployments with their build logs and a rollback, the spend cap's 412 as a typed
// error, and revealed environment variables kept out of logs, errors and printouts.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  type AppService,
  RaffAPIError,
  RaffClient,
  RaffPreconditionFailedError,
  RaffWaitFailedError,
} from '../../src/index.js';
import { APPS_TAKES, HOUR, MONTH_START, WEB, WORKER } from '../support/apps.js';
import { captureLogs } from '../support/client.js';
import { type SdkSession, sdkSession } from '../support/sdk-session.js';
import { expectNoSecret } from '../support/secrets.js';

const POLL = { interval: 5 } as const;

/** The statuses the GETs of a service answered with, repeats collapsed ('(404)' once gone). */
function serviceStatuses(session: SdkSession, id: string): string[] {
  const seen: string[] = [];
  for (const exchange of session.polls(`/api/v1/apps/services/${id}`)) {
    const body = exchange.responseBody as { service?: AppService } | undefined;
    const status = exchange.status === 404 ? '(404)' : String(body?.service?.status);
    if (seen.at(-1) !== status) seen.push(status);
  }
  return seen;
}

async function seeded(raff: RaffClient, name: string): Promise<AppService> {
  const { data } = await raff.apps.services.list();
  const service = data.find((s) => s.name === name);
  if (service === undefined) throw new Error(`no seeded service ${name}`);
  return service;
}

describe('app services through the SDK', () => {
  it('waits for a new service to go live: pending → building → deploying → live, one poll per 20 s', async () => {
    const session = await sdkSession({ now: MONTH_START });
    const { raff, advancePerPoll, polls } = session;
    const created = await raff.apps.services.create(WEB);
    expect(created.service.status).toBe('pending');
    expect(created.deployment_id).toEqual(expect.any(String));

    advancePerPoll(20_000);
    const live = await raff.apps.services.waitFor(created.service.service_id, 'live', POLL);
    expect(live).toMatchObject({ id: created.service.id, status: 'live' });
    expect(live.current_deployment_id).toBe(created.deployment_id);
    expect(serviceStatuses(session, created.service.service_id)).toEqual([
      'pending',
      'building',
      'deploying',
      'live',
    ]);
    // Polls at 0, 20, …, 100 s: the build takes 85 s on the emulator's clock.
    expect(APPS_TAKES.build).toBe(85_000);
    expect(polls(`/api/v1/apps/services/${created.service.service_id}`)).toHaveLength(6);
  });

  it('rejects with RaffWaitFailedError when the first deployment fails and the service is in error', async () => {
    const session = await sdkSession({ now: MONTH_START });
    const { raff, advancePerPoll, polls } = session;
    const { service } = await raff.apps.services.create({
      ...WORKER,
      image_ref: 'registry.invalid/northwind/worker:1',
    });
    advancePerPoll(5_000);
    const error = await raff.apps.services
      .waitFor(service.id, 'live', POLL)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffWaitFailedError);
    expect(error).toMatchObject({
      status: 'error',
      resource: {
        id: service.id,
        status: 'error',
        status_message: expect.stringMatching(/^Deployment #1 failed: failed to pull image/),
      },
    });
    expect((error as Error).message).toMatch(
      new RegExp(`${service.id} reached status error while waiting for live$`),
    );
    // queued 5 s + pulling 15 s: polls at 0, 5, 10, 15 and 20 s.
    expect(polls(`/api/v1/apps/services/${service.id}`)).toHaveLength(5);
  });

  it('pauses, resumes to live, and resolves waitFor(deleted) once the deleted service answers 404', async () => {
    const session = await sdkSession({ now: MONTH_START });
    const { raff, advancePerPoll } = session;
    const storefront = await seeded(raff, 'storefront');
    const paused = await raff.apps.services.pause(storefront.id);
    expect(paused).toMatchObject({ status: 'paused', paused_by_cap: false });
    const resumed = await raff.apps.services.resume(storefront.id);
    expect(resumed.status).toBe('deploying');
    advancePerPoll(10_000);
    await raff.apps.services.waitFor(storefront.id, 'live', POLL);

    await raff.apps.services.delete(storefront.id);
    await expect(
      raff.apps.services.waitFor(storefront.id, 'deleted', POLL),
    ).resolves.toBeUndefined();
    expect(serviceStatuses(session, storefront.id)).toEqual([
      'deploying',
      'live',
      'deleting',
      '(404)',
    ]);
  });

  it('deploys, reads the build log until it is complete, and rolls back to the deployment before', async () => {
    const { raff, emulator } = await sdkSession({ now: MONTH_START });
    const storefront = await seeded(raff, 'storefront');
    const before = storefront.current_deployment_id;
    const deployment = await raff.apps.deployments.create(storefront.id, {});
    expect(deployment).toMatchObject({ status: 'queued', deployment_number: 4 });

    const seen: number[] = [];
    let log = await raff.apps.deployments.logs(deployment.id);
    while (!log.complete) {
      seen.push(log.lines.length);
      emulator.clock.advance(20_000);
      log = await raff.apps.deployments.logs(deployment.id);
    }
    // queued; clone + 2 steps; 2 more steps; the last 2; image ready + instances starting.
    expect(seen).toEqual([1, 4, 6, 8, 10]);
    expect(log.lines.at(-1)?.message).toBe('Deployment #4 is live');
    expect((await raff.apps.deployments.get(deployment.id)).status).toBe('live');

    if (before === undefined) throw new Error('the seeded storefront runs a deployment');
    const rollback = await raff.apps.services.rollback(storefront.id, {
      target_deployment_id: before,
    });
    expect(rollback).toMatchObject({ channel: 'rollback', rollback_of: before });
    emulator.clock.advance(APPS_TAKES.release);
    const { data: deployments } = await raff.apps.deployments.list(storefront.id, { limit: 3 });
    expect(deployments.map((d) => [d.deployment_number, d.status])).toEqual([
      [5, 'live'],
      [4, 'superseded'],
      [3, 'superseded'],
    ]);
  });
});

describe('the spend cap through the SDK', () => {
  it('surfaces the 412 as RaffPreconditionFailedError whose message says the spend cap paused the apps', async () => {
    const { raff, emulator, projectId } = await sdkSession({ now: MONTH_START });
    const storefront = await seeded(raff, 'storefront');
    const settings = await raff.apps.updateSpendSettings({
      monthly_cap_usd: 1,
      cap_action: 'pause',
    });
    expect(settings).toEqual({
      enabled: true,
      monthly_cap_usd: 1,
      cap_action: 'pause',
      paused_by_cap: false,
    });
    emulator.clock.advance(36 * HOUR);
    expect(await raff.apps.spendSettings()).toMatchObject({ paused_by_cap: true });

    const resume = await raff.apps.services.resume(storefront.id).catch((e: unknown) => e);
    expect(resume).toBeInstanceOf(RaffPreconditionFailedError);
    expect(resume).toBeInstanceOf(RaffAPIError);
    expect(resume).toMatchObject({
      name: 'RaffPreconditionFailedError',
      status: 412,
      error: 'Precondition Failed',
      method: 'POST',
      path: '/api/v1/apps/services/{service_id}/resume',
      operation: 'apps.services.resume',
    });
    const reason =
      'Apps are paused by the monthly spend cap \\(1\\.00 USD, reached 2026-11-02T11:5\\d:\\d\\dZ\\); raise or turn off the cap with updateAppSpendSettings, or wait for the month to end';
    expect((resume as Error).message).toMatch(
      new RegExp(`^412 POST /api/v1/apps/services/\\{service_id\\}/resume: ${reason}$`),
    );

    const create = await raff.apps.services.create(WORKER).catch((e: unknown) => e);
    expect(create).toBeInstanceOf(RaffPreconditionFailedError);
    expect((create as Error).message).toMatch(
      new RegExp(`^412 POST /api/v1/apps/services \\(project ${projectId}\\): ${reason}$`),
    );
    // A 412 is not retried: the cap does not lift by itself within a call.
    const posts = emulator.exchanges.filter(
      (e) => e.method === 'POST' && e.path === '/api/v1/apps/services',
    );
    expect(posts).toHaveLength(1);

    await raff.apps.updateSpendSettings({ enabled: false });
    await expect(raff.apps.services.create(WORKER)).resolves.toMatchObject({
      service: { status: 'pending' },
    });
  });
});

describe('revealed environment variables', () => {
  it('are readable as .value but never in a debug log, an echoed error, inspect, a spread, a clone or JSON', async () => {
    const { emulator, projectId } = await sdkSession({ now: MONTH_START });
    const { lines, logger } = captureLogs();
    const raff = new RaffClient({
      apiKey: emulator.ownerKey,
      baseUrl: emulator.url,
      projectId,
      logLevel: 'debug',
      logger,
      maxRetries: 0,
    });
    const storefront = await seeded(raff, 'storefront');
    const revealed = await raff.apps.env.reveal(storefront.id);
    const database = revealed.find((v) => v.key === 'DATABASE_URL');
    if (database === undefined) throw new Error('the seeded storefront has DATABASE_URL');
    const secret = database.value;
    expect(secret).toMatch(/^postgres:\/\/shop:[a-z0-9]{24}@db\.internal:5432\/shop$/);
    expect(Object.keys(database)).not.toContain('value');
    expect(lines.length).toBeGreaterThan(0);

    // The plain list never had it.
    const listed = await raff.apps.env.list(storefront.id);
    expect(listed.data.find((v) => v.key === 'DATABASE_URL')?.value).toBe('');

    // A server that echoes it back in an error has it scrubbed.
    emulator.faults.inject({
      method: 'GET',
      path: '/api/v1/apps/services/{service_id}',
      status: 500,
      body: { error: 'Internal Server Error', message: `failed to connect with ${secret}` },
    });
    const error = await raff.apps.services.get(storefront.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffAPIError);

    expectNoSecret(secret, {
      error,
      logs: lines,
      others: [
        revealed,
        database,
        { ...database },
        revealed.map((v) => ({ ...v })),
        structuredClone(revealed),
        JSON.stringify(revealed),
        inspect(revealed, { depth: Number.POSITIVE_INFINITY }),
        raff,
      ],
    });
    // Plain values are hidden the same way (every value reveal returns is treated as a credential).
    expect(revealed.find((v) => v.key === 'LOG_LEVEL')?.value).toBe('info');
  });
});
