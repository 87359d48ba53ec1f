// The Apps spend cap in the emulator: its settings, and a pausing cap reached by the clock (the
// seeded storefront spends 0.0278 USD an hour, so a 1 USD cap set at the start of the month is
// reached after about 36 hours): pay-as-you-go services pause, creating, resuming, deploying,
// scaling up and running them answers 412 until the cap is raised, switched off, or the month ends.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  APPS_TAKES,
  appsCaller,
  appsEmulator,
  DAY,
  HOUR,
  MONTH_START,
  type Reply,
  seededServices,
  WORKER,
} from '../support/apps.js';
import type { TestEmulator } from '../support/emulator.js';

const SERVICES = '/api/v1/apps/services';
const SETTINGS = '/api/v1/apps/spend-settings';
/** The 412 message, up to the moment the cap was reached. */
const PAUSED_BY_CAP =
  /^Apps are paused by the monthly spend cap \(1\.00 USD, reached 2026-11-02T11:5\d:\d\dZ\); raise or turn off the cap with updateAppSpendSettings, or wait for the month to end$/;

function expectCapRefusal(reply: Reply): void {
  expect(reply.status).toBe(412);
  expect(reply.body.error).toBe('Precondition Failed');
  expect(reply.body.message).toMatch(PAUSED_BY_CAP);
}

describe('spend settings', () => {
  it('starts on at 50 USD, notify only, and changes only the fields sent, to the cent', async () => {
    const emulator = await appsEmulator();
    const api = appsCaller(emulator);
    expect((await api('GET', SETTINGS)).body).toEqual({
      success: true,
      settings: {
        enabled: true,
        monthly_cap_usd: 50,
        cap_action: 'notify_only',
        paused_by_cap: false,
      },
    });
    const cap = await api('PATCH', SETTINGS, { monthly_cap_usd: 120.456 });
    expect(cap.body.settings).toEqual({
      enabled: true,
      monthly_cap_usd: 120.46,
      cap_action: 'notify_only',
      paused_by_cap: false,
    });
    const off = await api('PATCH', SETTINGS, { enabled: false });
    expect(off.body.settings).toEqual({
      enabled: false,
      cap_action: 'notify_only',
      paused_by_cap: false,
    });
    const on = await api('PATCH', SETTINGS, { enabled: true, cap_action: 'pause' });
    expect(on.body.settings).toMatchObject({ monthly_cap_usd: 120.46, cap_action: 'pause' });
  });

  let shared: TestEmulator | undefined;
  beforeAll(async () => {
    shared = await appsEmulator();
  });

  it.each([
    [{}, 'Invalid request body: must set at least 1 field(s)'],
    [{ monthly_cap_usd: 0.5 }, 'Invalid body field "monthly_cap_usd": must be >= 1'],
    [{ cap_action: 'stop' }, 'Invalid body field "cap_action": must be one of: notify_only, pause'],
    [{ cap: 10 }, 'Unknown body field "cap"'],
  ])('refuses %j with a 400', async (body, message) => {
    if (shared === undefined) throw new Error('beforeAll starts the emulator');
    const refused = await appsCaller(shared)('PATCH', SETTINGS, body);
    expect(refused.status).toBe(400);
    expect(refused.body.message).toBe(message);
  });
});

describe('a pausing cap', () => {
  it('pauses the pay-as-you-go services when the month’s spending reaches it, then answers 412', async () => {
    const emulator = await appsEmulator();
    const api = appsCaller(emulator, emulator.ownerKey, emulator.projects.default.id);
    const { storefront, 'nightly-report': report } = await seededServices(emulator);
    await api('PATCH', SETTINGS, { monthly_cap_usd: 1, cap_action: 'pause' });

    emulator.clock.advance(35 * HOUR);
    expect((await api('GET', SETTINGS)).body.settings.paused_by_cap).toBe(false);
    expect((await api('GET', `${SERVICES}/${storefront.id}`)).body.service.status).toBe('live');

    emulator.clock.advance(HOUR);
    expect((await api('GET', SETTINGS)).body.settings).toMatchObject({ paused_by_cap: true });
    for (const { id } of [storefront, report]) {
      expect((await api('GET', `${SERVICES}/${id}`)).body.service).toMatchObject({
        status: 'paused',
        paused_by_cap: true,
        status_message: 'Paused by the Apps spend cap',
      });
    }
    // Nothing ran past the cap: this month's charges stop at it.
    const usage = (await api('GET', '/api/v1/apps/usage')).body;
    expect(usage.total_estimated_cost_usd).toBe(1);

    const path = `${SERVICES}/${storefront.id}`;
    expectCapRefusal(await api('POST', `${path}/resume`));
    expectCapRefusal(await api('POST', SERVICES, WORKER));
    expectCapRefusal(await api('POST', `${path}/deployments`, {}));
    expectCapRefusal(await api('POST', `${path}/scale`, { replicas: 3 }));
    expectCapRefusal(await api('POST', `${SERVICES}/${report.id}/jobs/run`));
    // Scaling down is allowed; so is anything that costs nothing.
    const down = await api('POST', `${path}/scale`, { replicas: 1 });
    expect(down.status).toBe(200);
    expect((await api('PUT', `${path}/env`, { key: 'A', value: '1' })).status).toBe(200);
    // The cron schedule is suspended too.
    emulator.clock.advance(DAY);
    const runs = (await api('GET', `${SERVICES}/${report.id}/jobs/runs`)).body.runs;
    expect(runs[0].scheduled_for).toBe('2026-11-02T01:30:00Z');
  });

  it('lets the services go when the cap is raised: each resumes through deploying', async () => {
    const emulator = await appsEmulator();
    const api = appsCaller(emulator);
    const { storefront } = await seededServices(emulator);
    await api('PATCH', SETTINGS, { monthly_cap_usd: 1, cap_action: 'pause' });
    emulator.clock.advance(36 * HOUR);
    const raised = await api('PATCH', SETTINGS, { monthly_cap_usd: 5 });
    expect(raised.body.settings).toMatchObject({ monthly_cap_usd: 5, paused_by_cap: false });
    const path = `${SERVICES}/${storefront.id}`;
    expect((await api('GET', path)).body.service).toMatchObject({
      status: 'deploying',
      paused_by_cap: false,
    });
    emulator.clock.advance(APPS_TAKES.resume);
    expect((await api('GET', path)).body.service.status).toBe('live');
    expect((await api('POST', `${path}/scale`, { replicas: 3 })).status).toBe(200);
  });

  it('pauses at once when set below what the month has spent, and lets go when switched off or to notify_only', async () => {
    const emulator = await appsEmulator(MONTH_START + 40 * HOUR);
    const api = appsCaller(emulator);
    const { storefront } = await seededServices(emulator);
    const path = `${SERVICES}/${storefront.id}`;
    const notify = await api('PATCH', SETTINGS, { monthly_cap_usd: 1 });
    expect(notify.body.settings.paused_by_cap).toBe(false);
    expect((await api('GET', path)).body.service.status).toBe('live');

    const pause = await api('PATCH', SETTINGS, { cap_action: 'pause' });
    expect(pause.body.settings.paused_by_cap).toBe(true);
    expect((await api('GET', path)).body.service.status).toBe('paused');
    const backToNotify = await api('PATCH', SETTINGS, { cap_action: 'notify_only' });
    expect(backToNotify.body.settings.paused_by_cap).toBe(false);
    expect((await api('GET', path)).body.service.status).toBe('deploying');

    emulator.clock.advance(APPS_TAKES.resume);
    await api('PATCH', SETTINGS, { cap_action: 'pause' });
    expect((await api('GET', path)).body.service.status).toBe('paused');
    await api('PATCH', SETTINGS, { enabled: false });
    expect((await api('GET', path)).body.service.status).toBe('deploying');
  });

  it('keeps a service the caller paused paused, and sends an unfinished first deployment back to pending', async () => {
    const emulator = await appsEmulator(MONTH_START + 40 * HOUR);
    const api = appsCaller(emulator, emulator.ownerKey, emulator.projects.default.id);
    const { storefront, 'nightly-report': report } = await seededServices(emulator);
    await api('POST', `${SERVICES}/${storefront.id}/pause`);
    const worker = (await api('POST', SERVICES, WORKER)).body;
    await api('PATCH', SETTINGS, { monthly_cap_usd: 1, cap_action: 'pause' });

    const held = (await api('GET', `${SERVICES}/${worker.service.id}`)).body.service;
    expect(held).toMatchObject({ status: 'paused', paused_by_cap: true });
    const deployment = (await api('GET', `/api/v1/apps/deployments/${worker.deployment_id}`)).body
      .deployment;
    expect(deployment.status).toBe('canceled');
    expect((await api('GET', `${SERVICES}/${storefront.id}`)).body.service).toMatchObject({
      status: 'paused',
      paused_by_cap: false,
    });

    // Pausing a service the cap paused makes it the caller's pause.
    const mine = await api('POST', `${SERVICES}/${report.id}/pause`);
    expect(mine.body.service).toMatchObject({ status: 'paused', paused_by_cap: false });

    await api('PATCH', SETTINGS, { enabled: false });
    expect((await api('GET', `${SERVICES}/${worker.service.id}`)).body.service.status).toBe(
      'pending',
    );
    expect((await api('GET', `${SERVICES}/${storefront.id}`)).body.service.status).toBe('paused');
    expect((await api('GET', `${SERVICES}/${report.id}`)).body.service.status).toBe('paused');
  });

  it('lets the services go when a new month starts', async () => {
    const emulator = await appsEmulator(Date.UTC(2026, 10, 30, 12));
    const api = appsCaller(emulator);
    const { storefront } = await seededServices(emulator);
    const capped = await api('PATCH', SETTINGS, { monthly_cap_usd: 1, cap_action: 'pause' });
    expect(capped.body.settings.paused_by_cap).toBe(true);
    emulator.clock.advance(12 * HOUR);
    expect((await api('GET', SETTINGS)).body.settings.paused_by_cap).toBe(false);
    emulator.clock.advance(APPS_TAKES.resume);
    const service = (await api('GET', `${SERVICES}/${storefront.id}`)).body.service;
    expect(service).toMatchObject({ status: 'live', paused_by_cap: false });
    // It is reached again 36 hours into December.
    emulator.clock.advance(36 * HOUR);
    expect((await api('GET', SETTINGS)).body.settings.paused_by_cap).toBe(true);
  });
});
