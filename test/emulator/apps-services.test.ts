// App services in the emulator: the create lifecycle on the clock, Raff's validation rules,
// names, projects and billing, pause and resume, scaling, deletion, source uploads, runtime logs
// and metrics.
import { beforeAll, describe, expect, it } from 'vitest';
import { LIFECYCLE_TIMINGS } from '../../src/testing/domains/timings.js';
import {
  APPS_TAKES,
  appsCaller,
  appsEmulator,
  HOUR,
  MONTH_START,
  SECOND,
  seededServices,
  WEB,
  WORKER,
} from '../support/apps.js';
import { createKey, systemRoleId, type TestEmulator } from '../support/emulator.js';

const SERVICES = '/api/v1/apps/services';

describe('creating a service', () => {
  it('walks a web service from GitHub pending → building → deploying → live, with its first deployment', async () => {
    const emulator = await appsEmulator();
    const api = appsCaller(emulator, emulator.ownerKey, emulator.projects.default.id);
    const created = await api('POST', SERVICES, WEB);
    expect(created.status).toBe(201);
    const { service, deployment_id: deploymentId } = created.body;
    expect(service).toMatchObject({
      name: 'shop-api',
      project_id: emulator.projects.default.id,
      service_type: 'web',
      source_type: 'git',
      builder: 'dockerfile',
      repo_full_name: 'northwind/shop-api',
      repo_branch: 'main',
      tier_id: 2,
      tier_name: 'Small',
      replicas: 2,
      http_port: 8080,
      health_check_path: '/healthz',
      region: 'us-east',
      status: 'pending',
      paused_by_cap: false,
      billing_type: 'payg',
    });
    expect(service.service_id).toMatch(/^[a-z][a-z0-9]{5}$/);
    expect(service.slug).toMatch(/^shop-api-[a-z0-9]{4}$/);
    expect(service.url).toBe(`https://${service.slug}.apps.raff-emulator.test`);
    expect(service.current_deployment_id).toBeUndefined();
    expect(deploymentId).toEqual(expect.any(String));

    const seen: string[] = [];
    const statuses = async () => {
      const byShortId = await api('GET', `${SERVICES}/${service.service_id}`);
      const deployment = await api('GET', `/api/v1/apps/deployments/${deploymentId}`);
      seen.push(`${byShortId.body.service.status}/${deployment.body.deployment.status}`);
    };
    for (const [, ms] of LIFECYCLE_TIMINGS.appDeployment.build.phases) {
      await statuses();
      emulator.clock.advance(ms - SECOND);
      await statuses();
      emulator.clock.advance(SECOND);
    }
    await statuses();
    expect([...new Set(seen)]).toEqual([
      'pending/queued',
      'building/building',
      'deploying/deploying',
      'live/live',
    ]);

    const live = await api('GET', `${SERVICES}/${service.id}`);
    expect(live.body.service).toMatchObject({
      status: 'live',
      status_message: '',
      current_deployment_id: deploymentId,
    });
    const deployment = await api('GET', `/api/v1/apps/deployments/${deploymentId}`);
    expect(deployment.body.deployment).toMatchObject({
      service_id: service.id,
      deployment_number: 1,
      channel: 'git_push',
      status: 'live',
      build_duration_ms: 60_000,
      started_at: new Date(MONTH_START + 5 * SECOND).toISOString().replace('.000', ''),
      finished_at: new Date(MONTH_START + APPS_TAKES.build).toISOString().replace('.000', ''),
    });
    expect(deployment.body.deployment.image_digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(deployment.body.deployment.commit_sha).toMatch(/^[0-9a-f]{40}$/);
  });

  it('pulls an image with deploy_now (faster than a build), and leaves one without it pending', async () => {
    const emulator = await appsEmulator();
    const api = appsCaller(emulator, emulator.ownerKey, emulator.projects.default.id);
    const now = await api('POST', SERVICES, WORKER);
    const later = await api('POST', SERVICES, { ...WORKER, name: 'later', deploy_now: false });
    expect(now.body.deployment_id).toEqual(expect.any(String));
    expect(later.body).not.toHaveProperty('deployment_id');
    expect(APPS_TAKES.pull).toBeLessThan(APPS_TAKES.build);
    emulator.clock.advance(APPS_TAKES.pull);
    const [pulled, waiting] = await Promise.all([
      api('GET', `${SERVICES}/${now.body.service.id}`),
      api('GET', `${SERVICES}/${later.body.service.id}`),
    ]);
    expect(pulled.body.service).toMatchObject({ status: 'live', image_ref: WORKER.image_ref });
    // A worker has no endpoint: no port, no URL.
    expect(pulled.body.service).not.toHaveProperty('http_port');
    expect(pulled.body.service).not.toHaveProperty('url');
    expect(waiting.body.service.status).toBe('pending');
    const deployments = await api('GET', `${SERVICES}/${later.body.service.id}/deployments`);
    expect(deployments.body).toEqual({ success: true, deployments: [] });
  });

  // A change to WEB; `undefined` drops a field (the endpoint fields, for a type without one).
  const noEndpoint = { http_port: undefined, health_check_path: undefined };
  const cron = { ...noEndpoint, service_type: 'cron' };
  const invalid: [string, Record<string, unknown>, string][] = [
    ['more than 6 instances', { replicas: 7 }, 'Invalid body field "replicas": must be <= 6'],
    [
      'max_replicas above 6',
      { max_replicas: 8 },
      'Invalid body field "max_replicas": must be <= 6',
    ],
    [
      'min_replicas above max_replicas',
      { autoscaling_enabled: true, min_replicas: 4, max_replicas: 2 },
      'min_replicas (4) may not be more than max_replicas (2)',
    ],
    [
      'a health check path without a leading slash',
      { health_check_path: 'healthz' },
      'Invalid body field "health_check_path"',
    ],
    ['port 0', { http_port: 0 }, 'Invalid body field "http_port": must be >= 1'],
    ['port 65536', { http_port: 65536 }, 'Invalid body field "http_port": must be <= 65535'],
    [
      'a reserved port with scale-to-zero',
      { scale_to_zero: true, http_port: 9090 },
      'http_port: 9090 is reserved on services that scale to zero (8008, 8012, 8013, 8022, 9090, 9091)',
    ],
    [
      'scale-to-zero on a worker',
      {
        ...noEndpoint,
        ...WORKER,
        builder: undefined,
        repo_full_name: undefined,
        repo_branch: undefined,
        scale_to_zero: true,
      },
      'scale_to_zero: only web and private services can scale to zero; a worker service cannot',
    ],
    ['a cron service without a schedule', cron, 'cron_schedule: a cron service needs a schedule'],
    [
      'an invalid cron expression',
      { ...cron, cron_schedule: '61 * * * *' },
      'cron_schedule: "61 * * * *" is not a valid cron expression: 61 is outside 0–59 in the minute field',
    ],
    [
      'a cron expression with six fields',
      { ...cron, cron_schedule: '0 30 2 * * *' },
      'it has 6 field(s); a cron schedule has 5',
    ],
    [
      'a schedule that never runs',
      { ...cron, cron_schedule: '0 0 30 2 *' },
      'cron_schedule: "0 0 30 2 *" never runs',
    ],
    [
      'an unknown time zone',
      { ...cron, cron_schedule: '30 2 * * *', cron_timezone: 'Mars/Olympus' },
      'cron_timezone: "Mars/Olympus" is not an IANA time zone',
    ],
    [
      'a schedule on a web service',
      { cron_schedule: '30 2 * * *' },
      'cron_schedule: only cron services have a schedule',
    ],
    [
      'an image source without an image',
      { source_type: 'image', builder: 'image', repo_full_name: undefined },
      'image_ref: an image source needs the image to run',
    ],
    ['an unknown tier', { tier_id: 99 }, 'tier_id: 99 is not an Apps tier'],
    ['another region', { region: 'eu-west' }, 'region: Apps do not run in eu-west'],
    [
      'a repository that is not owner/name',
      { repo_full_name: 'storefront' },
      'repo_full_name: "storefront" is not a GitHub repository as owner/name',
    ],
    [
      'deploy_now with nothing to deploy',
      { repo_full_name: undefined, repo_branch: undefined, deploy_now: true },
      'deploy_now: there is nothing to deploy yet',
    ],
    ['an unknown field', { colour: 'blue' }, 'Unknown body field "colour"'],
  ];

  describe('with one emulator for every refusal (none changes it)', () => {
    let emulator: TestEmulator;
    beforeAll(async () => {
      emulator = await appsEmulator();
    });

    it.each(invalid)('refuses %s with a 400 that names the field', async (_, change, message) => {
      const api = appsCaller(emulator, emulator.ownerKey, emulator.projects.default.id);
      const body = Object.fromEntries(
        Object.entries({ ...WEB, ...change }).filter(([, value]) => value !== undefined),
      );
      const refused = await api('POST', SERVICES, body);
      expect(refused.status).toBe(400);
      expect(refused.body.error).toBe('Bad Request');
      expect(refused.body.message).toContain(message);
      const listed = await api('GET', SERVICES);
      expect(listed.body.services.map((s: { name: string }) => s.name)).not.toContain(body.name);
    });
  });

  it('accepts the edges: 6 instances, port 65535, a reserved port without scale-to-zero, a cron in Berlin', async () => {
    const emulator = await appsEmulator();
    const api = appsCaller(emulator, emulator.ownerKey, emulator.projects.default.id);
    const edges = [
      { ...WEB, name: 'six', replicas: 6, max_replicas: 6 },
      { ...WEB, name: 'high-port', http_port: 65535 },
      { ...WEB, name: 'reserved-ok', http_port: 9090 },
      { ...WEB, name: 'to-zero', scale_to_zero: true, http_port: 8081, service_type: 'private' },
      {
        name: 'nightly',
        service_type: 'cron',
        image_ref: 'ghcr.io/northwind/report-runner:1.4.2',
        cron_schedule: '*/15 9-17 * * MON-FRI',
        cron_timezone: 'Europe/Berlin',
      },
    ];
    for (const body of edges) {
      const created = await api('POST', SERVICES, body);
      expect(created.status, body.name).toBe(201);
    }
    const toZero = await api('GET', `${SERVICES}?service_type=private`);
    expect(toZero.body.services[0]).toMatchObject({
      scale_to_zero: true,
      internal_host: expect.stringMatching(/^to-zero-[a-z0-9]{4}\.internal$/),
    });
    const crons = await api(
      'GET',
      `${SERVICES}?service_type=cron&project_id=${emulator.projects.default.id}`,
    );
    expect(crons.body.services).toHaveLength(1);
    expect(crons.body.services[0]).toMatchObject({
      source_type: 'image',
      builder: 'image',
      cron_schedule: '*/15 9-17 * * MON-FRI',
      cron_timezone: 'Europe/Berlin',
      status: 'pending',
    });
  });

  it('refuses a name the project already uses (409), but not in another project', async () => {
    const emulator = await appsEmulator();
    const inDefault = appsCaller(emulator, emulator.ownerKey, emulator.projects.default.id);
    const inCustomer1 = appsCaller(emulator, emulator.ownerKey, emulator.projects.customer1.id);
    const taken = await inDefault('POST', SERVICES, { ...WEB, name: 'Storefront' });
    expect(taken.status).toBe(409);
    expect(taken.body).toEqual({
      error: 'Conflict',
      message: 'A service named Storefront already exists in this project',
    });
    expect((await inCustomer1('POST', SERVICES, { ...WEB, name: 'storefront' })).status).toBe(201);
  });

  it('needs X-Project-ID (400), a project the key reaches (403) and billing in good standing (402, 403)', async () => {
    const emulator = await appsEmulator();
    const noProject = await appsCaller(emulator)('POST', SERVICES, WEB);
    expect(noProject.status).toBe(400);
    expect(noProject.body.message).toBe('X-Project-ID required');

    const { secret } = await createKey(emulator, {
      projects: [emulator.projects.customer1.id],
      projectRole: systemRoleId('operator'),
    });
    const elsewhere = await appsCaller(emulator, secret, emulator.projects.default.id)(
      'POST',
      SERVICES,
      WEB,
    );
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.message).toBe(
      `This API key has no access to project ${emulator.projects.default.id}`,
    );

    const api = appsCaller(emulator, emulator.ownerKey, emulator.projects.default.id);
    emulator.billing.set('insufficient_funds');
    expect((await api('POST', SERVICES, WEB)).status).toBe(402);
    emulator.billing.set('banned');
    const banned = await api('POST', SERVICES, WEB);
    expect(banned.status).toBe(403);
    expect(banned.body.reason).toBe('banned');
    emulator.billing.set('ok');
    expect((await api('POST', SERVICES, WEB)).status).toBe(201);
  });
});

describe('reading services', () => {
  it('lists what the key reaches, narrowed by project_id, service_type and status', async () => {
    const emulator = await appsEmulator();
    const owner = appsCaller(emulator);
    const all = await owner('GET', SERVICES);
    expect(all.body.services.map((s: { name: string }) => s.name)).toEqual([
      'storefront',
      'nightly-report',
    ]);
    const customer1 = emulator.projects.customer1.id;
    const byProject = await owner('GET', `${SERVICES}?project_id=${customer1}`);
    expect(byProject.body.services.map((s: { name: string }) => s.name)).toEqual([
      'nightly-report',
    ]);
    const byType = await owner('GET', `${SERVICES}?service_type=web&status=live`);
    expect(byType.body.services.map((s: { name: string }) => s.name)).toEqual(['storefront']);
    expect((await owner('GET', `${SERVICES}?status=paused`)).body.services).toEqual([]);
    const badStatus = await owner('GET', `${SERVICES}?status=running`);
    expect(badStatus.status).toBe(400);
    expect(badStatus.body.message).toBe(
      'status: "running" is not an app service status; use one of pending, building, deploying, live, paused, suspended, error, deleting, deleted',
    );

    const { secret } = await createKey(emulator, {
      projects: [customer1],
      projectRole: systemRoleId('viewer'),
    });
    const viewer = appsCaller(emulator, secret);
    const reached = await viewer('GET', SERVICES);
    expect(reached.body.services.map((s: { name: string }) => s.name)).toEqual(['nightly-report']);
    const { storefront } = await seededServices(emulator);
    const forbidden = await viewer('GET', `${SERVICES}/${storefront.service_id}`);
    expect(forbidden.status).toBe(403);
    const missing = await owner('GET', `${SERVICES}/nosuch`);
    expect(missing.status).toBe(404);
    expect(missing.body.message).toBe('App service nosuch not found');
  });

  it('writes runtime log lines and reports metrics from what ran', async () => {
    const emulator = await appsEmulator();
    const api = appsCaller(emulator, emulator.ownerKey, emulator.projects.default.id);
    const created = await api('POST', SERVICES, WORKER);
    const id = created.body.service.service_id;
    emulator.clock.advance(APPS_TAKES.pull);
    const logs = await api('GET', `${SERVICES}/${id}/logs`);
    expect(logs.body.lines.map((l: { message: string }) => l.message)).toEqual([
      'Deployment #1 is live',
      'Worker started; waiting for work',
    ]);
    expect(logs.body.lines[1]).toMatchObject({ level: 'info', stream: 'stdout', component: 'app' });
    await api('POST', `${SERVICES}/${id}/pause`);
    const filtered = await api('GET', `${SERVICES}/${id}/logs?search=PAUSED&limit=5`);
    expect(filtered.body.lines.map((l: { message: string }) => l.message)).toEqual([
      'Every instance stopped (paused)',
    ]);
    const { storefront } = await seededServices(emulator);
    const errors = await api('GET', `${SERVICES}/${storefront.id}/logs?level=error`);
    expect(errors.body.lines).toHaveLength(1);
    expect(errors.body.lines[0].message).toBe('upstream timeout after 30s: GET /api/cart');

    emulator.clock.advance(HOUR);
    const metrics = await api('GET', `${SERVICES}/${storefront.id}/metrics?window=2h`);
    expect(metrics.body.series.map((s: { name: string }) => s.name)).toEqual([
      'instances',
      'cpu_usage',
      'memory_usage_mib',
      'requests_per_second',
    ]);
    const instances = metrics.body.series[0];
    expect(instances.values).toEqual(Array(12).fill(2));
    expect(instances.timestamps.at(-1)).toBe(
      new Date(MONTH_START + APPS_TAKES.pull + HOUR).toISOString().replace('.000', ''),
    );
    const paused = await api('GET', `${SERVICES}/${id}/metrics?window=30m`);
    expect(paused.body.series[0].values).toEqual(Array(12).fill(0));
    const bad = await api('GET', `${SERVICES}/${id}/metrics?window=forever`);
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe(
      'window: "forever" is not a duration such as 30m, 1h or 7d (at most 30d)',
    );
  });
});

describe('pause, resume and scale', () => {
  it('pauses a live service at once and resumes it through deploying', async () => {
    const emulator = await appsEmulator();
    const api = appsCaller(emulator);
    const { storefront } = await seededServices(emulator);
    const path = `${SERVICES}/${storefront.service_id}`;
    const paused = await api('POST', `${path}/pause`);
    expect(paused.status).toBe(200);
    expect(paused.body.service).toMatchObject({ status: 'paused', paused_by_cap: false });
    const again = await api('POST', `${path}/pause`);
    expect(again.status).toBe(409);
    expect(again.body.message).toBe(
      `Cannot pause service storefront (${storefront.service_id}) while it is paused; it must be live`,
    );
    const resumed = await api('POST', `${path}/resume`);
    expect(resumed.body.service.status).toBe('deploying');
    emulator.clock.advance(APPS_TAKES.resume - 1);
    expect((await api('GET', path)).body.service.status).toBe('deploying');
    emulator.clock.advance(1);
    expect((await api('GET', path)).body.service.status).toBe('live');
    const liveResume = await api('POST', `${path}/resume`);
    expect(liveResume.status).toBe(409);
  });

  it('scales within 6 instances, keeps min_replicas ≤ max_replicas, and applies autoscaling only with autoscaling_set', async () => {
    const emulator = await appsEmulator();
    const api = appsCaller(emulator);
    const { storefront } = await seededServices(emulator);
    const scale = (body: unknown) => api('POST', `${SERVICES}/${storefront.id}/scale`, body);

    const three = await scale({ replicas: 3 });
    expect(three.status).toBe(200);
    expect(three.body.service).toMatchObject({ replicas: 3, status: 'live' });

    const seven = await scale({ replicas: 7 });
    expect(seven.status).toBe(400);
    expect(seven.body.message).toBe('replicas: a service runs at most 6 instances, not 7');
    const zero = await scale({ replicas: 0 });
    expect(zero.body.message).toBe(
      'replicas: must be at least 1; pause the service to stop every instance',
    );

    const ignored = await scale({ autoscaling_enabled: true, min_replicas: 2, max_replicas: 5 });
    expect(ignored.body.service).toMatchObject({ autoscaling_enabled: false, max_replicas: 2 });

    const backwards = await scale({ autoscaling_set: true, min_replicas: 5, max_replicas: 3 });
    expect(backwards.status).toBe(400);
    expect(backwards.body.message).toBe('min_replicas (5) may not be more than max_replicas (3)');
    const tooMany = await scale({ autoscaling_set: true, max_replicas: 9 });
    expect(tooMany.body.message).toBe('max_replicas: a service runs at most 6 instances, not 9');

    const auto = await scale({
      autoscaling_set: true,
      autoscaling_enabled: true,
      min_replicas: 1,
      max_replicas: 5,
      autoscaling_metric: 'cpu',
      autoscaling_target: 70,
    });
    expect(auto.body.service).toMatchObject({
      autoscaling_enabled: true,
      min_replicas: 1,
      max_replicas: 5,
      autoscaling_metric: 'cpu',
      autoscaling_target: 70,
    });
    const toZero = await scale({ scale_to_zero: true });
    expect(toZero.body.service.scale_to_zero).toBe(true);

    const { 'nightly-report': report } = await seededServices(emulator);
    const cronToZero = await api('POST', `${SERVICES}/${report.id}/scale`, { scale_to_zero: true });
    expect(cronToZero.status).toBe(400);
    expect(cronToZero.body.message).toBe(
      'scale_to_zero: only web and private services can scale to zero; a cron service cannot',
    );
  });
});

describe('deleting a service', () => {
  it('is deleting for a while, then gone (404), its name free again', async () => {
    const emulator = await appsEmulator();
    const api = appsCaller(emulator, emulator.ownerKey, emulator.projects.default.id);
    const { storefront } = await seededServices(emulator);
    const path = `${SERVICES}/${storefront.id}`;
    const accepted = await api('DELETE', path);
    expect(accepted.body).toEqual({ success: true, accepted: true });
    expect((await api('GET', path)).body.service.status).toBe('deleting');
    const twice = await api('DELETE', path);
    expect(twice.status).toBe(409);
    const scale = await api('POST', `${path}/scale`, { replicas: 1 });
    expect(scale.status).toBe(409);
    emulator.clock.advance(APPS_TAKES.delete);
    expect((await api('GET', path)).status).toBe(404);
    expect((await api('GET', `${SERVICES}/${storefront.service_id}/env`)).status).toBe(404);
    const listed = await api('GET', SERVICES);
    expect(listed.body.services.map((s: { name: string }) => s.name)).toEqual(['nightly-report']);
    expect((await api('POST', SERVICES, { ...WEB, name: 'storefront' })).status).toBe(201);
  });
});

describe('source uploads', () => {
  it('hands out a short-lived upload URL and blob key, but not to an image service', async () => {
    const emulator = await appsEmulator();
    const api = appsCaller(emulator);
    const { storefront, 'nightly-report': report } = await seededServices(emulator);
    const slot = await api('POST', `${SERVICES}/${storefront.service_id}/source-upload`);
    expect(slot.status).toBe(200);
    expect(slot.body).toMatchObject({ success: true, expires_in_seconds: 900 });
    expect(slot.body.blob_key).toMatch(
      new RegExp(`^app-sources/${storefront.service_id}/[a-z0-9]{8}\\.tar\\.gz$`),
    );
    expect(slot.body.upload_url).toMatch(
      new RegExp(
        `^https://uploads\\.raff-emulator\\.test/${slot.body.blob_key.replaceAll('.', '\\.')}\\?X-Amz-Expires=900&X-Amz-Signature=[0-9a-f]{32}$`,
      ),
    );
    const image = await api('POST', `${SERVICES}/${report.id}/source-upload`);
    expect(image.status).toBe(400);
    expect(image.body.message).toBe(
      `service nightly-report (${report.service_id}) runs a prebuilt image: deploy another image_ref instead of uploading source`,
    );
  });
});
