// Functions through the emulator's HTTP API: environment variables (secrets blank in lists,
// shown by reveal), triggers that fire on the clock, bindings whose credentials rotate, what a
// function served (logs, metrics, invocations), usage and the spend cap, and the Lambda import.
import { describe, expect, it } from 'vitest';
import { createKey, systemRoleId } from '../support/emulator.js';
import { FN_TAKES, functionsEmulator } from '../support/functions.js';
import { caller, DAY, HOUR, MINUTE } from '../support/storage.js';

const DB = 'f0c3a6e9-2d5b-4a18-b7e4-3c9d1f0a8b62';

describe('function environment', () => {
  it('lists secrets blank, reveals them, and refuses reserved or binding-owned names', async () => {
    const { owner, live } = await functionsEmulator();
    const fn = await live('env-demo');
    const env = `/api/v1/functions/${fn.id}/env`;
    expect((await owner('PUT', env, { key: 'MODE', value: 'fast' })).status).toBe(200);
    expect(
      (
        await owner('PUT', env, {
          key: 'API_TOKEN',
          value: 'tok-4f1c0a9e77d2b6c1',
          is_secret: true,
        })
      ).status,
    ).toBe(200);
    const listed = (await owner('GET', env)).body.data.env_vars;
    expect(listed).toEqual([
      expect.objectContaining({ key: 'MODE', value: 'fast', is_secret: false, is_system: false }),
      expect.objectContaining({ key: 'API_TOKEN', value: '', is_secret: true }),
    ]);
    const revealed = (await owner('GET', `${env}/reveal`)).body.data.env_vars;
    expect(revealed.find((v: { key: string }) => v.key === 'API_TOKEN').value).toBe(
      'tok-4f1c0a9e77d2b6c1',
    );
    // Each change reaches a live function as a fresh revision.
    expect(
      (await owner('GET', `/api/v1/functions/${fn.id}`)).body.data.function.current_revision_number,
    ).toBe(3);

    for (const key of ['PORT_X', 'K_SERVICE', 'RAFF_TOKEN', '9LIVES']) {
      const refused = await owner('PUT', env, { key, value: 'x' });
      expect(refused.status, key).toBe(400);
    }
    expect((await owner('DELETE', `${env}/MODE`)).status).toBe(200);
    expect((await owner('DELETE', `${env}/MODE`)).status).toBe(404);
  });

  it('reveals only to a key with a manage permission on the project', async () => {
    const { emulator, project } = await functionsEmulator();
    const viewerKey = await createKey(emulator, {
      projects: [project],
      projectRole: systemRoleId('viewer'),
    });
    const operatorKey = await createKey(emulator, {
      projects: [project],
      projectRole: systemRoleId('operator'),
    });
    const path = '/api/v1/functions/thumbnailer/env';
    const viewer = caller(emulator, viewerKey.secret);
    expect((await viewer('GET', path)).status).toBe(200);
    const refused = await viewer('GET', `${path}/reveal`);
    expect(refused.status).toBe(403);
    expect(refused.body.message).toContain('manage permission');
    const operator = caller(emulator, operatorKey.secret);
    const revealed = (await operator('GET', `${path}/reveal`)).body.data.env_vars;
    expect(revealed.find((v: { key: string }) => v.key === 'SENTRY_DSN').value).toMatch(
      /^https:\/\//,
    );
  });
});

describe('function bindings', () => {
  it('injects a database credential once provisioned, rotates it, and removes it with the binding', async () => {
    const { emulator, owner, live } = await functionsEmulator();
    const fn = await live('db-user');
    const base = `/api/v1/functions/${fn.id}`;
    const created = await owner('POST', `${base}/bindings`, {
      binding_type: 'database',
      resource_id: DB,
    });
    expect(created.status).toBe(200);
    const binding = created.body.data.binding;
    expect(binding).toMatchObject({
      binding_type: 'database',
      resource_id: DB,
      env_prefix: 'DATABASE',
      status: 'provisioning',
      injected_keys: [
        'DATABASE_URL',
        'DATABASE_HOST',
        'DATABASE_PORT',
        'DATABASE_USER',
        'DATABASE_PASSWORD',
        'DATABASE_NAME',
      ],
    });
    expect(JSON.stringify(created.body)).not.toContain('postgresql://');
    const reveal = async () =>
      new Map<string, string>(
        (await owner('GET', `${base}/env/reveal`)).body.data.env_vars.map(
          (v: { key: string; value: string }) => [v.key, v.value],
        ),
      );
    expect((await reveal()).has('DATABASE_URL')).toBe(false);
    emulator.clock.advance(FN_TAKES.bindingCreate);
    const before = await reveal();
    const password = before.get('DATABASE_PASSWORD') ?? '';
    expect(password.length).toBeGreaterThan(20);
    expect(before.get('DATABASE_URL')).toContain(
      `:${password}@${DB}.private.db.raffusercloud.com:5432/`,
    );
    const listed = (await owner('GET', `${base}/env`)).body.data.env_vars;
    expect(listed.find((v: { key: string }) => v.key === 'DATABASE_PASSWORD')).toMatchObject({
      value: '',
      is_secret: true,
      is_system: true,
      binding_id: binding.id,
    });
    expect(listed.find((v: { key: string }) => v.key === 'DATABASE_HOST').value).toBe(
      `${DB}.private.db.raffusercloud.com`,
    );
    expect((await owner('PUT', `${base}/env`, { key: 'DATABASE_URL', value: 'x' })).status).toBe(
      400,
    );
    expect((await owner('DELETE', `${base}/env/DATABASE_URL`)).status).toBe(400);

    const rotated = await owner('POST', `${base}/bindings/${binding.id}/rotate`);
    expect(rotated.body.data.binding.status).toBe('rotating');
    const after = await reveal();
    expect(after.get('DATABASE_PASSWORD')).not.toBe(password);
    expect([...after.values()].join(' ')).not.toContain(password);
    expect((await owner('POST', `${base}/bindings/${binding.id}/rotate`)).status).toBe(409);
    emulator.clock.advance(FN_TAKES.bindingRotate);
    expect((await owner('GET', `${base}/bindings`)).body.data.bindings[0].status).toBe('active');

    const again = await owner('POST', `${base}/bindings`, {
      binding_type: 'database',
      resource_id: DB,
    });
    expect(again.status).toBe(409);
    expect((await owner('DELETE', `${base}/bindings/${binding.id}`)).status).toBe(200);
    expect([...(await reveal()).keys()].filter((k) => k.startsWith('DATABASE_'))).toEqual([]);
  });
});

describe('function triggers', () => {
  it('fires a cron trigger on the clock, each run dispatching then ok, and stops when disabled', async () => {
    const { emulator, owner, live } = await functionsEmulator();
    const fn = await live('cron-demo');
    const base = `/api/v1/functions/${fn.id}`;
    const created = await owner('POST', `${base}/triggers`, {
      trigger_type: 'cron',
      cron_expression: '*/15 * * * *',
      payload_json: '{"job":"sweep"}',
    });
    expect(created.status).toBe(201);
    const trigger = created.body.data.trigger;
    expect(trigger).toMatchObject({
      enabled: true,
      last_status: '',
      next_run_at: '2026-05-04T00:15:00Z',
    });
    emulator.clock.advance(HOUR - 2 * MINUTE);
    const runs = (await owner('GET', `${base}/trigger-runs?trigger_id=${trigger.id}`)).body.data
      .runs;
    expect(runs.map((r: { scheduled_for: string }) => r.scheduled_for)).toEqual([
      '2026-05-04T00:45:00Z',
      '2026-05-04T00:30:00Z',
      '2026-05-04T00:15:00Z',
    ]);
    expect(runs[0]).toMatchObject({ status: 'ok', attempts: 1, response_status: 200 });
    // The function went live at 00:01, so the clock stands at 00:59: on to the run at 01:00.
    emulator.clock.advance(MINUTE);
    const dispatching = (await owner('GET', `${base}/trigger-runs`)).body.data.runs[0];
    expect(dispatching).toMatchObject({
      scheduled_for: '2026-05-04T01:00:00Z',
      status: 'dispatching',
    });
    expect(
      (await owner('PATCH', `${base}/triggers/${trigger.id}`, { enabled: false })).status,
    ).toBe(200);
    emulator.clock.advance(HOUR);
    expect((await owner('GET', `${base}/trigger-runs`)).body.data.runs).toHaveLength(4);
    const listed = (await owner('GET', `${base}/triggers`)).body.data.triggers[0];
    expect(listed).toMatchObject({
      enabled: false,
      last_status: 'ok',
      last_run_at: '2026-05-04T01:00:00Z',
    });
    expect(listed.next_run_at).toBeUndefined();
  });

  it('reads cron in its time zone, fires once triggers once, fails deliveries to a paused function', async () => {
    const { emulator, owner, live } = await functionsEmulator();
    const fn = await live('zones');
    const base = `/api/v1/functions/${fn.id}`;
    const berlin = await owner('POST', `${base}/triggers`, {
      trigger_type: 'cron',
      cron_expression: '0 3 * * *',
      timezone: 'Europe/Berlin',
    });
    // 03:00 in Berlin in May is 01:00 UTC.
    expect(berlin.body.data.trigger.next_run_at).toBe('2026-05-04T01:00:00Z');
    const once = await owner('POST', `${base}/triggers`, {
      trigger_type: 'once',
      run_at: '2026-05-04T00:30:00Z',
    });
    expect(once.body.data.trigger.next_run_at).toBe('2026-05-04T00:30:00Z');
    await owner('POST', `${base}/pause`);
    emulator.clock.advance(DAY);
    const runs = (await owner('GET', `${base}/trigger-runs`)).body.data.runs;
    expect(runs.map((r: { trigger_id: string }) => r.trigger_id)).toEqual([
      berlin.body.data.trigger.id,
      once.body.data.trigger.id,
    ]);
    expect(runs[0]).toMatchObject({ status: 'failed', attempts: 3, response_status: 503 });
    expect(runs[0].error).toContain('paused');
    for (const body of [
      { trigger_type: 'cron', cron_expression: '0 3 * *' },
      { trigger_type: 'cron', cron_expression: '61 * * * *' },
      { trigger_type: 'cron', cron_expression: '0 3 * * *', timezone: 'Mars/Olympus' },
      { trigger_type: 'once', run_at: '2020-01-01T00:00:00Z' },
      { trigger_type: 's3' },
      { trigger_type: 'cron', cron_expression: '0 3 * * *', run_at: '2030-01-01T00:00:00Z' },
    ]) {
      expect((await owner('POST', `${base}/triggers`, body)).status, JSON.stringify(body)).toBe(
        400,
      );
    }
  });
});

describe('what a function served', () => {
  it('has invocations, logs and metrics that agree, only while it was live', async () => {
    const { emulator, owner, create } = await functionsEmulator();
    const seeded = '/api/v1/functions/thumbnailer';
    const invocations = (await owner('GET', `${seeded}/invocations?limit=5`)).body.data.invocations;
    expect(invocations).toHaveLength(5);
    const times = invocations.map((i: { timestamp: string }) => i.timestamp);
    expect([...times].sort().reverse()).toEqual(times);
    const metrics = (await owner('GET', `${seeded}/metrics?window=1h`)).body.data;
    expect(metrics.series.map((s: { name: string }) => s.name)).toEqual([
      'invocations',
      'p50_ms',
      'p95_ms',
      'errors',
    ]);
    expect(metrics.series[0].points).toHaveLength(12);
    const counted = metrics.series[0].points.reduce(
      (sum: number, p: { value: number }) => sum + p.value,
      0,
    );
    expect(counted).toBe(metrics.invocations_total);
    expect(metrics.invocations_total).toBeGreaterThan(100);
    expect(metrics.p95_ms).toBeGreaterThanOrEqual(metrics.p50_ms);
    const since = metrics.series[0].points[0].timestamp;
    const logs = (await owner('GET', `${seeded}/logs?since=${since}&limit=1000`)).body.data.lines;
    expect(logs.length).toBe(metrics.invocations_total);
    const errors = (await owner('GET', `${seeded}/logs?level=error`)).body.data.lines;
    expect(errors.every((l: { stream: string }) => l.stream === 'stderr')).toBe(true);
    // A function that never served has nothing to show.
    const fresh = await create('quiet');
    expect(
      (await owner('GET', `/api/v1/functions/${fresh.id}/invocations`)).body.data.invocations,
    ).toEqual([]);
    emulator.clock.advance(HOUR);
    expect(
      (await owner('GET', `/api/v1/functions/${fresh.id}/metrics`)).body.data.invocations_total,
    ).toBe(0);
  });
});

describe('usage and the spend cap', () => {
  it('reports the month so far and pauses every function at the cap, resuming them when it goes', async () => {
    const { emulator, owner } = await functionsEmulator();
    const usage = (await owner('GET', '/api/v1/functions/usage')).body.data;
    expect(usage).toMatchObject({
      period_start: '2026-05-01T00:00:00Z',
      period_end: '2026-06-01T00:00:00Z',
      ai_conversions: 2,
    });
    expect(usage.memory_gb_seconds).toBeGreaterThan(0);
    expect(usage.free_gb_seconds_remaining).toBeLessThan(400_000);
    const settings = (await owner('GET', '/api/v1/functions/spend-settings')).body.data.settings;
    expect(settings).toEqual({
      enabled: true,
      monthly_cap_usd: 50,
      cap_action: 'pause',
      paused_by_cap: false,
    });

    const capped = await owner('PATCH', '/api/v1/functions/spend-settings', { monthly_cap_usd: 0 });
    expect(capped.body.data.settings).toMatchObject({ monthly_cap_usd: 0, paused_by_cap: true });
    const thumbs = async () =>
      (await owner('GET', '/api/v1/functions/thumbnailer')).body.data.function;
    expect(await thumbs()).toMatchObject({
      status: 'paused',
      status_message: expect.stringContaining('spend cap'),
    });
    expect((await owner('POST', '/api/v1/functions/thumbnailer/resume')).status).toBe(409);
    const off = await owner('PATCH', '/api/v1/functions/spend-settings', { enabled: false });
    expect(off.body.data.settings).toMatchObject({ enabled: false, paused_by_cap: false });
    expect((await thumbs()).status).toBe('building');
    emulator.clock.advance(FN_TAKES.rollout);
    expect((await thumbs()).status).toBe('live');
    // A function paused by hand stays paused.
    expect((await owner('GET', '/api/v1/functions/report-builder')).body.data.function.status).toBe(
      'paused',
    );
  });
});

describe('the Lambda import', () => {
  it('wraps the code behind a shim in adapter mode and maps settings and schedules', async () => {
    const { owner } = await functionsEmulator();
    const converted = await owner('POST', '/api/v1/functions/import/lambda', {
      lambda_runtime: 'python3.12',
      handler: 'app.handler',
      mode: 'adapter',
      memory_mb: 512,
      timeout_seconds: 30,
      env_vars: { TABLE_NAME: 'orders', ROLE: 'arn:aws:iam::1:role/x' },
      trigger_config_json:
        '{"Rules":[{"ScheduleExpression":"rate(5 minutes)"},{"ScheduleExpression":"cron(0 3 * * ? *)"}]}',
      files: [{ name: 'app.py', content: 'def handler(event, context):\n    return {}\n' }],
    });
    expect(converted.status).toBe(200);
    const data = converted.body.data;
    expect(data.runtime).toBe('python');
    expect(data.converted_files.map((f: { name: string }) => f.name)).toEqual([
      'app.py',
      'raff_adapter.py',
    ]);
    expect(data.raff_toml).toContain('memory_mb = 512');
    expect(data.raff_toml).toContain('TABLE_NAME = "orders"');
    expect(data.proposed_triggers.map((t: string) => JSON.parse(t))).toEqual([
      { trigger_type: 'cron', cron_expression: '*/5 * * * *' },
      { trigger_type: 'cron', cron_expression: '0 3 * * *' },
    ]);
    expect(data.warnings.join(' ')).toContain('ROLE');
    expect(data).toMatchObject({ charged: false, free_remaining_month: 3 });
  });

  it('counts AI rewrites against the free ones and charges beyond, and refuses a runtime it cannot convert', async () => {
    const { owner } = await functionsEmulator();
    const body = {
      lambda_runtime: 'nodejs20.x',
      files: [{ name: 'index.mjs', content: 'export const handler = () => 1;\n' }],
    };
    const seen = [];
    for (let i = 0; i < 4; i++) {
      const { data } = (await owner('POST', '/api/v1/functions/import/lambda', body)).body;
      seen.push([data.free_remaining_month, data.charged]);
    }
    expect(seen).toEqual([
      [2, false],
      [1, false],
      [0, false],
      [0, true],
    ]);
    expect((await owner('GET', '/api/v1/functions/usage')).body.data.ai_conversions).toBe(6);
    const java = await owner('POST', '/api/v1/functions/import/lambda', {
      ...body,
      lambda_runtime: 'java21',
    });
    expect(java.status).toBe(400);
  });
});

describe('the public Functions catalog', () => {
  it('lists runtimes and prices without a key', async () => {
    const { emulator } = await functionsEmulator();
    const anonymous = caller(emulator, undefined as unknown as string);
    const runtimes = (await anonymous('GET', '/api/v1/public/functions/runtimes')).body.data
      .runtimes;
    expect(runtimes.map((r: { id: string }) => r.id)).toEqual(['python', 'node', 'go', 'docker']);
    const pricing = (await anonymous('GET', '/api/v1/public/pricing/functions')).body.data.pricing;
    expect(pricing).toEqual([
      expect.objectContaining({
        region: 'us-east',
        free_gb_seconds: 400_000,
        price_per_gb_second: 0.0000125,
      }),
    ]);
  });
});
