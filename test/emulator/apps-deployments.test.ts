// Deployments, environment variables and custom domains of app services in the emulator:
// redeploys and rollbacks on the clock, build logs, failing pulls, uploads; variables with
// secrets, scopes and rollouts; domains verified over time, failing and retried.
import { describe, expect, it } from 'vitest';
import { LIFECYCLE_TIMINGS } from '../../src/testing/domains/timings.js';
import { totalMs } from '../../src/testing/server/lifecycle.js';
import {
  APPS_TAKES,
  appsCaller,
  appsEmulator,
  SECOND,
  seededServices,
  WORKER,
} from '../support/apps.js';
import { createKey, systemRoleId } from '../support/emulator.js';

const SERVICES = '/api/v1/apps/services';
const DEPLOYMENTS = '/api/v1/apps/deployments';

describe('deployments', () => {
  it('redeploys a live service without stopping it: building → deploying → live, the old one superseded', async () => {
    const emulator = await appsEmulator();
    const api = appsCaller(emulator);
    const { storefront } = await seededServices(emulator);
    const path = `${SERVICES}/${storefront.service_id}`;
    const before = (await api('GET', path)).body.service.current_deployment_id;
    const created = await api('POST', `${path}/deployments`, {});
    expect(created.status).toBe(201);
    const deployment = created.body.deployment;
    expect(deployment).toMatchObject({ deployment_number: 4, channel: 'cli', status: 'queued' });
    expect(deployment).not.toHaveProperty('image_digest');

    const seen: string[] = [];
    for (const [, ms] of LIFECYCLE_TIMINGS.appDeployment.build.phases) {
      const service = (await api('GET', path)).body.service;
      seen.push(`${service.status}:${service.current_deployment_id === before ? 'old' : 'new'}`);
      emulator.clock.advance(ms);
    }
    const after = (await api('GET', path)).body.service;
    seen.push(`${after.status}:${after.current_deployment_id === before ? 'old' : 'new'}`);
    expect(seen).toEqual(['building:old', 'building:old', 'deploying:old', 'live:new']);

    const listed = await api('GET', `${path}/deployments?limit=2`);
    expect(
      listed.body.deployments.map((d: { deployment_number: number; status: string }) => [
        d.deployment_number,
        d.status,
      ]),
    ).toEqual([
      [4, 'live'],
      [3, 'superseded'],
    ]);
    const all = await api('GET', `${path}/deployments`);
    expect(all.body.deployments.map((d: { status: string }) => d.status)).toEqual([
      'live',
      'superseded',
      'failed',
      'superseded',
    ]);
  });

  it('cancels an unfinished deployment when a newer one is queued', async () => {
    const emulator = await appsEmulator();
    const api = appsCaller(emulator);
    const { storefront } = await seededServices(emulator);
    const deploy = () => api('POST', `${SERVICES}/${storefront.id}/deployments`, {});
    const first = (await deploy()).body.deployment;
    emulator.clock.advance(10 * SECOND);
    const second = (await deploy()).body.deployment;
    const canceled = await api('GET', `${DEPLOYMENTS}/${first.id}`);
    expect(canceled.body.deployment).toMatchObject({ status: 'canceled' });
    expect(canceled.body.deployment.finished_at).toEqual(expect.any(String));
    const logs = await api('GET', `${DEPLOYMENTS}/${first.id}/logs`);
    expect(logs.body.complete).toBe(true);
    expect(logs.body.lines.at(-1).message).toBe('Canceled: superseded by deployment #5');
    emulator.clock.advance(APPS_TAKES.build);
    expect((await api('GET', `${DEPLOYMENTS}/${second.id}`)).body.deployment.status).toBe('live');
  });

  it('streams build logs while the build runs, complete once it ends', async () => {
    const emulator = await appsEmulator();
    const api = appsCaller(emulator);
    const { storefront } = await seededServices(emulator);
    const { deployment } = (await api('POST', `${SERVICES}/${storefront.id}/deployments`, {})).body;
    const logs = async () => (await api('GET', `${DEPLOYMENTS}/${deployment.id}/logs`)).body;

    const queued = await logs();
    expect(queued).toEqual({
      success: true,
      complete: false,
      lines: [
        expect.objectContaining({ message: 'Deployment #4 queued (cli)', component: 'build' }),
      ],
    });
    emulator.clock.advance(5 * SECOND + 25 * SECOND);
    const midway = await logs();
    expect(midway.complete).toBe(false);
    expect(midway.lines.map((l: { message: string }) => l.message)).toEqual([
      'Deployment #4 queued (cli)',
      expect.stringMatching(/^Cloning northwind\/storefront@main \([0-9a-f]{7}\)$/),
      'Step 1/6 : FROM node:22-alpine',
      'Step 2/6 : WORKDIR /app',
      'Step 3/6 : COPY package*.json ./',
    ]);
    emulator.clock.advance(APPS_TAKES.build);
    const done = await logs();
    expect(done.complete).toBe(true);
    expect(done.lines.map((l: { message: string }) => l.message).slice(-5)).toEqual([
      'Step 6/6 : RUN npm run build',
      expect.stringMatching(/^Image ready: sha256:[0-9a-f]{64}$/),
      'Starting 2 instance(s) at Small',
      'Health check passed on /healthz',
      'Deployment #4 is live',
    ]);
    const times = done.lines.map((l: { timestamp: string }) => Date.parse(l.timestamp));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('fails a pull from a registry that does not resolve: a first deployment leaves the service in error', async () => {
    const emulator = await appsEmulator();
    const api = appsCaller(emulator, emulator.ownerKey, emulator.projects.default.id);
    const created = await api('POST', SERVICES, {
      ...WORKER,
      image_ref: 'registry.invalid/northwind/worker:1',
    });
    const id = created.body.service.id;
    emulator.clock.advance(totalMs(LIFECYCLE_TIMINGS.appDeployment.pullFailure));
    const service = (await api('GET', `${SERVICES}/${id}`)).body.service;
    expect(service).toMatchObject({
      status: 'error',
      status_message:
        'Deployment #1 failed: failed to pull image registry.invalid/northwind/worker:1: registry host does not resolve',
    });
    const deployment = (await api('GET', `${DEPLOYMENTS}/${created.body.deployment_id}`)).body
      .deployment;
    expect(deployment).toMatchObject({ status: 'failed', error: expect.stringMatching(/^failed/) });
    expect(deployment).not.toHaveProperty('image_digest');

    // A good image brings it back: pending → building → deploying → live.
    const fixed = await api('POST', `${SERVICES}/${id}/deployments`, {
      image_ref: 'ghcr.io/northwind/worker:1',
    });
    expect((await api('GET', `${SERVICES}/${id}`)).body.service.status).toBe('pending');
    emulator.clock.advance(APPS_TAKES.pull);
    expect((await api('GET', `${SERVICES}/${id}`)).body.service).toMatchObject({
      status: 'live',
      status_message: '',
      image_ref: 'ghcr.io/northwind/worker:1',
      current_deployment_id: fixed.body.deployment.id,
    });

    // A later failing deployment keeps the live one serving.
    await api('POST', `${SERVICES}/${id}/deployments`, { image_ref: 'bad.invalid/x:1' });
    emulator.clock.advance(totalMs(LIFECYCLE_TIMINGS.appDeployment.pullFailure));
    expect((await api('GET', `${SERVICES}/${id}`)).body.service).toMatchObject({
      status: 'live',
      status_message: expect.stringMatching(/; still serving deployment #2$/),
      image_ref: 'ghcr.io/northwind/worker:1',
    });
  });

  it('deploys uploaded source only with a blob key handed out for the service', async () => {
    const emulator = await appsEmulator();
    const api = appsCaller(emulator, emulator.ownerKey, emulator.projects.default.id);
    const bare = await api('POST', SERVICES, {
      name: 'uploaded',
      service_type: 'worker',
      source_type: 'git',
    });
    expect(bare.body).not.toHaveProperty('deployment_id');
    const id = bare.body.service.id;
    const nothing = await api('POST', `${SERVICES}/${id}/deployments`, {});
    expect(nothing.status).toBe(400);
    expect(nothing.body.message).toContain('has no connected repository');
    const { storefront } = await seededServices(emulator);
    const elsewhere = await api('POST', `${SERVICES}/${storefront.id}/source-upload`);
    const wrong = await api('POST', `${SERVICES}/${id}/deployments`, {
      source_blob_key: elsewhere.body.blob_key,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.message).toContain('is not an upload of service uploaded');
    const image = await api('POST', `${SERVICES}/${id}/deployments`, { image_ref: 'nginx:1' });
    expect(image.status).toBe(400);

    const slot = await api('POST', `${SERVICES}/${id}/source-upload`);
    const deployed = await api('POST', `${SERVICES}/${id}/deployments`, {
      channel: 'cli',
      source_blob_key: slot.body.blob_key,
    });
    expect(deployed.status).toBe(201);
    expect(deployed.body.deployment).not.toHaveProperty('commit_sha');
    emulator.clock.advance(APPS_TAKES.build);
    const logs = await api('GET', `${DEPLOYMENTS}/${deployed.body.deployment.id}/logs`);
    expect(logs.body.lines[1].message).toBe(`Fetching uploaded source ${slot.body.blob_key}`);
    expect((await api('GET', `${SERVICES}/${id}`)).body.service.status).toBe('live');
  });

  it('rolls back to an earlier live deployment by releasing its image, with nothing rebuilt', async () => {
    const emulator = await appsEmulator();
    const api = appsCaller(emulator);
    const { storefront } = await seededServices(emulator);
    const path = `${SERVICES}/${storefront.id}`;
    const [current, failed, first] = (await api('GET', `${path}/deployments`)).body.deployments;

    const refusedFailed = await api('POST', `${path}/rollback`, {
      target_deployment_id: failed.id,
    });
    expect(refusedFailed.status).toBe(400);
    expect(refusedFailed.body.message).toBe(
      'target_deployment_id: deployment #2 is failed; only a deployment that went live can be rolled back to',
    );
    const refusedCurrent = await api('POST', `${path}/rollback`, {
      target_deployment_id: current.id,
    });
    expect(refusedCurrent.body.message).toContain('is the one service storefront');
    const { 'nightly-report': report } = await seededServices(emulator);
    const reportDeployment = (await api('GET', `${SERVICES}/${report.id}/deployments`)).body
      .deployments[0];
    const foreign = await api('POST', `${path}/rollback`, {
      target_deployment_id: reportDeployment.id,
    });
    expect(foreign.status).toBe(404);

    const rolled = await api('POST', `${path}/rollback`, { target_deployment_id: first.id });
    expect(rolled.status).toBe(201);
    expect(rolled.body.deployment).toMatchObject({
      deployment_number: 4,
      channel: 'rollback',
      rollback_of: first.id,
      status: 'queued',
      image_digest: first.image_digest,
      commit_sha: first.commit_sha,
    });
    expect((await api('GET', path)).body.service.status).toBe('deploying');
    emulator.clock.advance(APPS_TAKES.release);
    const done = (await api('GET', `${DEPLOYMENTS}/${rolled.body.deployment.id}`)).body.deployment;
    expect(done.status).toBe('live');
    expect(done).not.toHaveProperty('build_duration_ms');
    expect((await api('GET', path)).body.service).toMatchObject({
      status: 'live',
      current_deployment_id: rolled.body.deployment.id,
    });
  });

  it('refuses to deploy or roll back a paused service (409)', async () => {
    const emulator = await appsEmulator();
    const api = appsCaller(emulator);
    const { storefront } = await seededServices(emulator);
    await api('POST', `${SERVICES}/${storefront.id}/pause`);
    const refused = await api('POST', `${SERVICES}/${storefront.id}/deployments`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe(
      `Cannot deploy service storefront (${storefront.service_id}) while it is paused; resume it first`,
    );
  });
});

describe('environment variables', () => {
  it('lists secret values blank and reveals them to a key that can manage the project', async () => {
    const emulator = await appsEmulator();
    const api = appsCaller(emulator);
    const { storefront } = await seededServices(emulator);
    const env = `${SERVICES}/${storefront.id}/env`;
    const listed = await api('GET', env);
    expect(listed.body.env_vars).toEqual([
      { key: 'DATABASE_URL', value: '', is_secret: true, is_system: false, scope: 'runtime' },
      { key: 'LOG_LEVEL', value: 'info', is_secret: false, is_system: false, scope: 'runtime' },
      {
        key: 'VITE_API_BASE',
        value: 'https://api.storefront.example',
        is_secret: false,
        is_system: false,
        scope: 'build',
      },
    ]);
    const revealed = await api('GET', `${env}/reveal`);
    expect(revealed.body.env_vars[0]).toMatchObject({
      key: 'DATABASE_URL',
      value: expect.stringMatching(/^postgres:\/\/shop:[a-z0-9]{24}@db\.internal:5432\/shop$/),
      is_secret: true,
    });

    const project = [emulator.projects.default.id];
    const viewer = await createKey(emulator, {
      projects: project,
      projectRole: systemRoleId('viewer'),
    });
    const viewed = await appsCaller(emulator, viewer.secret)('GET', `${env}/reveal`);
    expect(viewed.status).toBe(403);
    expect(viewed.body.message).toBe(
      `Revealing the variables of service storefront (${storefront.service_id}) needs manage rights on its project; this key's role there can only view`,
    );
    expect(JSON.stringify(viewed.body)).not.toContain('postgres://');
    const operator = await createKey(emulator, {
      projects: project,
      projectRole: systemRoleId('operator'),
    });
    expect((await appsCaller(emulator, operator.secret)('GET', `${env}/reveal`)).status).toBe(200);
  });

  it('rolls a change out: a restart for runtime variables, a rebuild for build ones, nothing with redeploy false', async () => {
    const emulator = await appsEmulator();
    const api = appsCaller(emulator);
    const { storefront } = await seededServices(emulator);
    const env = `${SERVICES}/${storefront.id}/env`;

    const runtime = await api('PUT', env, {
      key: 'SESSION_SECRET',
      value: 's3cr3t-value',
      is_secret: true,
    });
    expect(runtime.status).toBe(200);
    expect(runtime.body.env_vars.at(-1)).toEqual({
      key: 'SESSION_SECRET',
      value: '',
      is_secret: true,
      is_system: false,
      scope: 'runtime',
    });
    const restart = (await api('GET', `${DEPLOYMENTS}/${runtime.body.deployment_id}`)).body
      .deployment;
    expect(restart).toMatchObject({ channel: 'cli', status: 'queued' });
    emulator.clock.advance(APPS_TAKES.release);
    const released = (await api('GET', `${DEPLOYMENTS}/${restart.id}`)).body.deployment;
    expect(released).toMatchObject({ status: 'live' });
    expect(released).not.toHaveProperty('build_duration_ms');

    const build = await api('PUT', env, {
      key: 'VITE_API_BASE',
      value: 'https://api2.storefront.example',
      scope: 'build',
    });
    emulator.clock.advance(APPS_TAKES.release);
    const rebuild = (await api('GET', `${DEPLOYMENTS}/${build.body.deployment_id}`)).body
      .deployment;
    expect(rebuild.status).toBe('building');

    const later = await api('PUT', env, { key: 'LOG_LEVEL', value: 'debug', redeploy: false });
    expect(later.body).not.toHaveProperty('deployment_id');
    expect(later.body.env_vars.find((v: { key: string }) => v.key === 'LOG_LEVEL').value).toBe(
      'debug',
    );
  });

  it('sets many variables as one change, refusing bad names and repeats', async () => {
    const emulator = await appsEmulator();
    const api = appsCaller(emulator);
    const { storefront } = await seededServices(emulator);
    const bulk = `${SERVICES}/${storefront.id}/env/bulk`;
    const many = await api('PUT', bulk, {
      vars: [
        { key: 'A', value: '1' },
        { key: 'B', value: '2', scope: 'both' },
        { key: 'LOG_LEVEL', value: 'warn' },
      ],
    });
    expect(many.status).toBe(200);
    expect(
      many.body.env_vars.map((v: { key: string; value: string }) => `${v.key}=${v.value}`),
    ).toEqual([
      'DATABASE_URL=',
      'LOG_LEVEL=warn',
      'VITE_API_BASE=https://api.storefront.example',
      'A=1',
      'B=2',
    ]);
    // One rollout for the whole change, a rebuild because B is given to the build.
    const deployments = (await api('GET', `${SERVICES}/${storefront.id}/deployments`)).body
      .deployments;
    expect(deployments[0]).toMatchObject({ id: many.body.deployment_id, deployment_number: 4 });

    const repeated = await api('PUT', bulk, {
      vars: [
        { key: 'C', value: '1' },
        { key: 'C', value: '2' },
      ],
    });
    expect(repeated.status).toBe(400);
    expect(repeated.body.message).toBe('vars[1].key: C is named twice');
    const badName = await api('PUT', bulk, { vars: [{ key: '9LIVES', value: 'x' }] });
    expect(badName.body.message).toContain('vars[0].key: "9LIVES" is not a variable name');
    expect((await api('PUT', bulk, { vars: [] })).body.message).toBe(
      'vars: name at least one variable',
    );
  });

  it('deletes a variable and rolls the change out; an unknown one is a 404', async () => {
    const emulator = await appsEmulator();
    const api = appsCaller(emulator);
    const { storefront } = await seededServices(emulator);
    const env = `${SERVICES}/${storefront.id}/env`;
    const deleted = await api('DELETE', `${env}/LOG_LEVEL`);
    expect(deleted.status).toBe(200);
    expect(deleted.body.env_vars.map((v: { key: string }) => v.key)).toEqual([
      'DATABASE_URL',
      'VITE_API_BASE',
    ]);
    expect(deleted.body.deployment_id).toEqual(expect.any(String));
    const missing = await api('DELETE', `${env}/LOG_LEVEL`);
    expect(missing.status).toBe(404);
    expect(missing.body.message).toBe(
      `Environment variable LOG_LEVEL of service storefront (${storefront.service_id}) not found`,
    );
  });

  it('applies a change to a service that runs nothing at its next deployment', async () => {
    const emulator = await appsEmulator();
    const api = appsCaller(emulator);
    const { storefront } = await seededServices(emulator);
    await api('POST', `${SERVICES}/${storefront.id}/pause`);
    const set = await api('PUT', `${SERVICES}/${storefront.id}/env`, { key: 'X', value: '1' });
    expect(set.status).toBe(200);
    expect(set.body).not.toHaveProperty('deployment_id');
  });
});

describe('custom domains', () => {
  it('verifies a domain over time: pending_dns → verifying → dns_verified → issuing_cert → active', async () => {
    const emulator = await appsEmulator();
    const api = appsCaller(emulator);
    const { storefront } = await seededServices(emulator);
    const added = await api('POST', `${SERVICES}/${storefront.id}/domains`, {
      domain: 'Shop.Storefront.Example',
    });
    expect(added.status).toBe(201);
    const domain = added.body.domain;
    const service = (await api('GET', `${SERVICES}/${storefront.id}`)).body.service;
    expect(domain).toMatchObject({
      service_id: storefront.id,
      domain: 'shop.storefront.example',
      status: 'pending_dns',
      status_message: 'Waiting for the CNAME and TXT records to appear',
      cname_target: new URL(service.url).host,
      verification_txt_name: '_raff-verify.shop.storefront.example',
      verification_txt_value: expect.stringMatching(/^rv=[a-z0-9]{16}$/),
    });
    expect(domain).not.toHaveProperty('last_checked_at');

    const seen: string[] = [];
    for (const [, ms] of LIFECYCLE_TIMINGS.appDomain.verify.phases) {
      const listed = (await api('GET', `${SERVICES}/${storefront.id}/domains`)).body.domains;
      seen.push(listed.find((d: { id: string }) => d.id === domain.id).status);
      emulator.clock.advance(ms);
    }
    const listed = (await api('GET', `${SERVICES}/${storefront.id}/domains`)).body.domains;
    const active = listed.find((d: { id: string }) => d.id === domain.id);
    seen.push(active.status);
    expect(seen).toEqual(['pending_dns', 'verifying', 'dns_verified', 'issuing_cert', 'active']);
    expect(active.last_checked_at).toEqual(expect.any(String));

    const retry = await api('POST', `/api/v1/apps/domains/${domain.id}/retry`);
    expect(retry.status).toBe(409);
    expect(retry.body.message).toBe(
      'shop.storefront.example is verified and serving HTTPS already',
    );
    const removed = await api('DELETE', `/api/v1/apps/domains/${domain.id}`);
    expect(removed.body).toEqual({ success: true, accepted: true });
    const left = (await api('GET', `${SERVICES}/${storefront.id}/domains`)).body.domains;
    expect(left.map((d: { domain: string }) => d.domain)).toEqual(['www.storefront.example']);
  });

  it('puts a domain whose records never resolve in error; a retry checks again', async () => {
    const emulator = await appsEmulator();
    const api = appsCaller(emulator);
    const { storefront } = await seededServices(emulator);
    const added = await api('POST', `${SERVICES}/${storefront.id}/domains`, {
      domain: 'shop.storefront.invalid',
    });
    const id = added.body.domain.id;
    const early = await api('POST', `/api/v1/apps/domains/${id}/retry`);
    expect(early.body.domain.status).toBe('verifying');
    emulator.clock.advance(totalMs(LIFECYCLE_TIMINGS.appDomain.retryFailure));
    const failed = (await api('GET', `${SERVICES}/${storefront.id}/domains`)).body.domains.find(
      (d: { id: string }) => d.id === id,
    );
    expect(failed).toMatchObject({
      status: 'error',
      status_message: expect.stringMatching(
        /^No CNAME record of shop\.storefront\.invalid pointing at storefront-[a-z0-9]{4}\.apps\.raff-emulator\.test was found; fix the DNS records, then retry$/,
      ),
    });
    const retried = await api('POST', `/api/v1/apps/domains/${id}/retry`);
    expect(retried.body.domain).toMatchObject({ status: 'verifying', status_message: '' });
    const busy = await api('POST', `/api/v1/apps/domains/${id}/retry`);
    expect(busy.status).toBe(409);
  });

  it('refuses domains for other service types, malformed hostnames and a hostname in use', async () => {
    const emulator = await appsEmulator();
    const api = appsCaller(emulator);
    const { storefront, 'nightly-report': report } = await seededServices(emulator);
    const cron = await api('POST', `${SERVICES}/${report.id}/domains`, { domain: 'a.example.com' });
    expect(cron.status).toBe(400);
    expect(cron.body.message).toBe(
      'Only web services have custom domains; nightly-report is a cron service',
    );
    const bad = await api('POST', `${SERVICES}/${storefront.id}/domains`, { domain: 'not a host' });
    expect(bad.body.message).toBe(
      'domain: "not a host" is not a hostname such as shop.example.com',
    );
    const taken = await api('POST', `${SERVICES}/${storefront.id}/domains`, {
      domain: 'www.storefront.example',
    });
    expect(taken.status).toBe(409);
    expect(taken.body.message).toBe(
      'www.storefront.example is already added to service storefront',
    );
    const missing = await api(
      'DELETE',
      '/api/v1/apps/domains/0b7e3c8a-1d2f-4e5a-9b6c-7d8e9f0a1b2c',
    );
    expect(missing.status).toBe(404);
  });
});
