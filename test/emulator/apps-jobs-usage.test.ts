// Jobs and usage in the emulator: manual runs, cancellation and failures, cron schedules that run
// as the clock passes (in their time zone, skipped while paused), and instance-hours and charges
// per month, deleted services included.
import { describe, expect, it } from 'vitest';
import {
  APPS_TAKES,
  appsCaller,
  appsEmulator,
  DAY,
  HOUR,
  MINUTE,
  seededServices,
  WORKER,
} from '../support/apps.js';

const SERVICES = '/api/v1/apps/services';
const JOB = { ...WORKER, name: 'reindex', service_type: 'job' } as const;

describe('jobs', () => {
  it('runs a job service on demand: running, then succeeded with exit code 0; lists runs newest first', async () => {
    const emulator = await appsEmulator();
    const api = appsCaller(emulator, emulator.ownerKey, emulator.projects.default.id);
    const created = (await api('POST', SERVICES, JOB)).body;
    const path = `${SERVICES}/${created.service.service_id}`;
    const early = await api('POST', `${path}/jobs/run`);
    expect(early.status).toBe(409);
    expect(early.body.message).toBe(
      'Cannot run reindex while it is pending; it runs once a deployment is live',
    );
    emulator.clock.advance(APPS_TAKES.pull);

    const started = await api('POST', `${path}/jobs/run`);
    expect(started.status).toBe(201);
    expect(started.body.run).toEqual({
      id: expect.any(String),
      service_id: created.service.id,
      deployment_id: created.deployment_id,
      trigger: 'manual',
      status: 'running',
      started_at: '2026-11-01T00:00:40Z',
    });
    emulator.clock.advance(MINUTE);
    const second = (await api('POST', `${path}/jobs/run`)).body.run;
    emulator.clock.advance(APPS_TAKES.run - MINUTE);

    const runs = (await api('GET', `${path}/jobs/runs`)).body.runs;
    expect(runs.map((r: { id: string; status: string }) => [r.id, r.status])).toEqual([
      [second.id, 'running'],
      [started.body.run.id, 'succeeded'],
    ]);
    expect(runs[1]).toMatchObject({ exit_code: 0, finished_at: '2026-11-01T00:02:10Z' });

    const canceled = await api('POST', `/api/v1/apps/jobs/runs/${second.id}/cancel`);
    expect(canceled.body.run).toMatchObject({
      status: 'canceled',
      error: 'Canceled by the caller',
      finished_at: '2026-11-01T00:02:10Z',
    });
    const again = await api('POST', `/api/v1/apps/jobs/runs/${second.id}/cancel`);
    expect(again.status).toBe(409);
    expect(again.body.message).toBe(`Run ${second.id} has ended already (canceled)`);
  });

  it('fails a run whose start command exits non-zero, with its exit code', async () => {
    const emulator = await appsEmulator();
    const api = appsCaller(emulator, emulator.ownerKey, emulator.projects.default.id);
    const created = (
      await api('POST', SERVICES, { ...JOB, start_command: 'node check.js; exit 3' })
    ).body;
    emulator.clock.advance(APPS_TAKES.pull);
    const run = (await api('POST', `${SERVICES}/${created.service.id}/jobs/run`)).body.run;
    emulator.clock.advance(APPS_TAKES.run);
    const [failed] = (await api('GET', `${SERVICES}/${created.service.id}/jobs/runs`)).body.runs;
    expect(failed).toMatchObject({
      id: run.id,
      status: 'failed',
      exit_code: 3,
      error: 'The process exited with code 3',
    });
    const logs = await api('GET', `${SERVICES}/${created.service.id}/logs?level=error`);
    expect(logs.body.lines.map((l: { message: string }) => l.message)).toEqual([
      `Run ${run.id} failed (exit code 3)`,
    ]);
  });

  it('runs only cron and job services', async () => {
    const emulator = await appsEmulator();
    const api = appsCaller(emulator);
    const { storefront } = await seededServices(emulator);
    const refused = await api('POST', `${SERVICES}/${storefront.id}/jobs/run`);
    expect(refused.status).toBe(400);
    expect(refused.body.message).toBe(
      'Only cron and job services run jobs; storefront is a web service',
    );
  });

  it('runs a cron service on its schedule in its time zone, and skips runs while it is paused', async () => {
    const emulator = await appsEmulator();
    const api = appsCaller(emulator);
    const { 'nightly-report': report } = await seededServices(emulator);
    const runs = async () => (await api('GET', `${SERVICES}/${report.id}/jobs/runs`)).body.runs;
    const seeded = await runs();
    // 02:30 in Berlin is 01:30 UTC in winter (the clocks went back on 25 October).
    expect(seeded.map((r: { scheduled_for: string }) => r.scheduled_for)).toEqual([
      '2026-10-31T01:30:00Z',
      '2026-10-30T01:30:00Z',
      '2026-10-29T01:30:00Z',
    ]);

    emulator.clock.advance(2 * DAY);
    const after = await runs();
    expect(after.slice(0, 2)).toEqual([
      expect.objectContaining({
        trigger: 'schedule',
        status: 'succeeded',
        scheduled_for: '2026-11-02T01:30:00Z',
        started_at: '2026-11-02T01:30:00Z',
        finished_at: '2026-11-02T01:31:30Z',
        exit_code: 0,
      }),
      expect.objectContaining({ scheduled_for: '2026-11-01T01:30:00Z', status: 'succeeded' }),
    ]);

    await api('POST', `${SERVICES}/${report.id}/pause`);
    emulator.clock.advance(DAY);
    expect(await runs()).toHaveLength(5);
    await api('POST', `${SERVICES}/${report.id}/resume`);
    emulator.clock.advance(DAY);
    expect((await runs())[0].scheduled_for).toBe('2026-11-04T01:30:00Z');
  });
});

describe('usage', () => {
  it('reports instance-hours and charges for this month so far and for last month', async () => {
    const emulator = await appsEmulator();
    const api = appsCaller(emulator);
    emulator.clock.advance(10 * HOUR);
    const current = await api('GET', '/api/v1/apps/usage');
    expect(current.status).toBe(200);
    const { storefront, 'nightly-report': report } = await seededServices(emulator);
    // storefront: 2 Small instances (0.0139 USD/h) for 10 h; nightly-report: one 90 s run on Micro.
    expect(current.body).toEqual({
      success: true,
      services: [
        {
          service_id: storefront.service_id,
          service_name: 'storefront',
          tier_id: 2,
          replica_hours: 20,
          estimated_cost_usd: 0.28,
        },
        {
          service_id: report.service_id,
          service_name: 'nightly-report',
          tier_id: 1,
          replica_hours: 0.03,
          estimated_cost_usd: 0,
        },
      ],
      total_estimated_cost_usd: 0.28,
      period_start: '2026-11-01T00:00:00Z',
      period_end: '2026-11-01T10:00:00Z',
    });

    const previous = await api('GET', '/api/v1/apps/usage?period=previous');
    // storefront went live 85 s after its creation on 12 October; three runs of 107 s each.
    expect(previous.body).toMatchObject({
      services: [
        { service_name: 'storefront', replica_hours: 959.95, estimated_cost_usd: 13.34 },
        { service_name: 'nightly-report', replica_hours: 0.09, estimated_cost_usd: 0 },
      ],
      total_estimated_cost_usd: 13.34,
      period_start: '2026-10-01T00:00:00Z',
      period_end: '2026-11-01T00:00:00Z',
    });
    const bad = await api('GET', '/api/v1/apps/usage?period=last');
    expect(bad.status).toBe(400);
  });

  it('still reports a deleted service, by its short id too; an unknown one is a 404', async () => {
    const emulator = await appsEmulator();
    const api = appsCaller(emulator, emulator.ownerKey, emulator.projects.default.id);
    const created = (await api('POST', SERVICES, { ...WORKER, tier_id: 3, replicas: 3 })).body;
    const shortId = created.service.service_id;
    emulator.clock.advance(APPS_TAKES.pull + 2 * HOUR);
    await api('DELETE', `${SERVICES}/${shortId}`);
    emulator.clock.advance(APPS_TAKES.delete + HOUR);
    expect((await api('GET', `${SERVICES}/${shortId}`)).status).toBe(404);

    const usage = await api('GET', `/api/v1/apps/usage?service_id=${shortId}`);
    expect(usage.body.services).toEqual([
      {
        service_id: shortId,
        service_name: 'queue-worker',
        tier_id: 3,
        replica_hours: 6,
        estimated_cost_usd: 0.17,
      },
    ]);
    const all = await api('GET', '/api/v1/apps/usage');
    expect(all.body.services.map((s: { service_name: string }) => s.service_name)).toEqual([
      'storefront',
      'nightly-report',
      'queue-worker',
    ]);
    const byUuid = await api('GET', `/api/v1/apps/usage?service_id=${created.service.id}`);
    expect(byUuid.body.services[0].service_id).toBe(shortId);
    const unknown = await api('GET', '/api/v1/apps/usage?service_id=nosuch');
    expect(unknown.status).toBe(404);
  });
});
