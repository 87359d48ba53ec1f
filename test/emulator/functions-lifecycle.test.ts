// Functions through the emulator's HTTP API: the lifecycle of a function and its deployments on
// the clock, the four ways to name a function, pause/resume/rollback/delete, and the lock before
// the account's first top-up.
import { describe, expect, it } from 'vitest';
import { createKey, systemRoleId } from '../support/emulator.js';
import { FN_TAKES, functionsEmulator, PYTHON_FILES } from '../support/functions.js';
import { caller } from '../support/storage.js';

describe('functions lifecycle', () => {
  it('creates a pending function that a deployment walks through building to live', async () => {
    const { emulator, owner, create, project } = await functionsEmulator();
    const fn = await create('resizer', { memory_mb: 512, description: 'Resizes images' });
    expect(fn).toMatchObject({
      name: 'resizer',
      project_id: project,
      runtime: 'python',
      handler_kind: 'asgi',
      memory_mb: 512,
      timeout_seconds: 300,
      min_scale: 0,
      max_scale: 20,
      status: 'pending',
      current_revision_number: 0,
    });
    expect(fn.function_id).toMatch(/^fn-[a-z0-9]{8}$/);
    expect(fn.slug).toMatch(/^resizer-[a-z0-9]{6}$/);
    expect(fn.url).toBe(`https://${fn.slug}.fn.onraff.com`);

    const path = `/api/v1/functions/${fn.id}`;
    const created = await owner('POST', `${path}/deployments`, {
      files: PYTHON_FILES,
      message: 'v1',
    });
    expect(created.status).toBe(201);
    const deployment = created.body.data.deployment;
    expect(deployment).toMatchObject({ status: 'queued', channel: 'console' });
    const deploymentPath = `${path}/deployments/${deployment.id}`;
    const seen = async () => [
      (await owner('GET', path)).body.data.function.status,
      (await owner('GET', deploymentPath)).body.data.deployment.status,
    ];
    expect(await seen()).toEqual(['building', 'queued']);
    emulator.clock.advance(FN_TAKES.queued);
    expect(await seen()).toEqual(['building', 'building']);
    emulator.clock.advance(FN_TAKES.building);
    expect(await seen()).toEqual(['building', 'deploying']);
    emulator.clock.advance(FN_TAKES.deploy - FN_TAKES.queued - FN_TAKES.building - 1);
    expect(await seen()).toEqual(['building', 'deploying']);
    emulator.clock.advance(1);
    expect(await seen()).toEqual(['live', 'ready']);

    const done = (await owner('GET', deploymentPath)).body.data.deployment;
    expect(done).toMatchObject({ build_duration_ms: FN_TAKES.building });
    expect(done.revision_id).toEqual(expect.any(String));
    const revisions = (await owner('GET', `${path}/revisions`)).body.data.revisions;
    expect(revisions).toEqual([
      expect.objectContaining({
        id: done.revision_id,
        revision_number: 1,
        message: 'v1',
        status: 'active',
        is_current: true,
      }),
    ]);
    expect((await owner('GET', path)).body.data.function.current_revision_number).toBe(1);
    const source = (await owner('GET', `${path}/source`)).body.data;
    expect(source.files).toEqual(PYTHON_FILES);
    expect(source.inline_truncated).toBe(false);
  });

  it('writes the build log as the build goes and marks it complete at the end', async () => {
    const { emulator, owner, create } = await functionsEmulator();
    const fn = await create('logged');
    const deployment = (
      await owner('POST', `/api/v1/functions/${fn.id}/deployments`, { template: 'python' })
    ).body.data.deployment;
    const logs = `/api/v1/functions/${fn.id}/deployments/${deployment.id}/logs`;
    const first = (await owner('GET', logs)).body.data;
    expect(first.complete).toBe(false);
    expect(first.lines.map((l: { step: string }) => l.step)).toEqual(['queue']);
    emulator.clock.advance(FN_TAKES.deploy);
    const last = (await owner('GET', logs)).body.data;
    expect(last.complete).toBe(true);
    expect(last.lines.map((l: { step: string }) => l.step)).toEqual([
      'queue',
      'detect',
      'build',
      'build',
      'deploy',
      'deploy',
    ]);
    expect(last.lines[1].message).toContain('Python');
  });

  it('fails a build without an entry point: the deployment is failed and the function error', async () => {
    const { emulator, owner, create } = await functionsEmulator();
    const fn = await create('broken');
    const path = `/api/v1/functions/${fn.name}`;
    const { deployment } = (
      await owner('POST', `${path}/deployments`, { files: [{ name: 'notes.txt', content: 'hi' }] })
    ).body.data;
    emulator.clock.advance(FN_TAKES.failedBuild);
    const failed = (await owner('GET', `${path}/deployments/${deployment.id}`)).body.data
      .deployment;
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatch(/^Build failed: no requirements\.txt/);
    expect(failed.revision_id).toBeUndefined();
    const got = (await owner('GET', path)).body.data.function;
    expect(got).toMatchObject({
      status: 'error',
      status_message: failed.error,
      current_revision_number: 0,
    });
    const log = (await owner('GET', `${path}/deployments/${deployment.id}/logs`)).body.data;
    expect(log.complete).toBe(true);
    expect(log.lines.at(-1).message).toMatch(/^ERROR: no requirements\.txt/);
    // A template of another language fails the same way.
    const wrong = (await owner('POST', `${path}/deployments`, { template: 'go' })).body.data
      .deployment;
    emulator.clock.advance(FN_TAKES.failedBuild);
    expect(
      (await owner('GET', `${path}/deployments/${wrong.id}`)).body.data.deployment.error,
    ).toContain('the go template does not build on the python runtime');
  });

  it('names a function by UUID, fn- id, slug or name, and 404s anything else', async () => {
    const { owner, create } = await functionsEmulator();
    const fn = await create('four-names');
    for (const ref of [fn.id, fn.function_id, fn.slug, fn.name]) {
      const got = await owner('GET', `/api/v1/functions/${ref}`);
      expect(got.status, ref).toBe(200);
      expect(got.body.data.function.id).toBe(fn.id);
    }
    const missing = await owner('GET', '/api/v1/functions/fn-nothere1');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: 'Not Found', message: 'Function fn-nothere1 not found' });
  });

  it('refuses a taken name (409), a bad name, a timeout above an hour without extended_timeout and min above max (400)', async () => {
    const { owner, create } = await functionsEmulator();
    await create('unique');
    const taken = await owner('POST', '/api/v1/functions', { name: 'unique', runtime: 'node' });
    expect(taken.status).toBe(409);
    expect(taken.body.message).toBe('A function named unique already exists');
    for (const [body, words] of [
      [{ name: 'usage', runtime: 'go' }, 'usage'],
      [{ name: 'fn-12345678', runtime: 'go' }, 'fn-'],
      [{ name: 'long', runtime: 'go', timeout_seconds: 7200 }, 'extended_timeout'],
      [{ name: 'scale', runtime: 'go', min_scale: 5, max_scale: 2 }, 'min_scale'],
    ] as const) {
      const refused = await owner('POST', '/api/v1/functions', body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.body.message).toContain(words);
    }
    const extended = await owner('POST', '/api/v1/functions', {
      name: 'long',
      runtime: 'go',
      timeout_seconds: 7200,
      extended_timeout: true,
    });
    expect(extended.status).toBe(201);
  });

  it('pauses a live function, resumes it through building, and refuses pause while pending', async () => {
    const { emulator, owner, create, live } = await functionsEmulator();
    const fn = await live('pausable');
    const path = `/api/v1/functions/${fn.function_id}`;
    const paused = await owner('POST', `${path}/pause`);
    expect(paused.status).toBe(200);
    expect(paused.body).toBeUndefined();
    expect((await owner('GET', path)).body.data.function).toMatchObject({
      status: 'paused',
      status_message: 'Paused by pauseFunction',
    });
    expect((await owner('POST', `${path}/resume`)).status).toBe(200);
    expect((await owner('GET', path)).body.data.function.status).toBe('building');
    emulator.clock.advance(FN_TAKES.rollout);
    expect((await owner('GET', path)).body.data.function.status).toBe('live');

    const pending = await create('never-deployed');
    const refused = await owner('POST', `/api/v1/functions/${pending.id}/pause`);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('while it is pending');
  });

  it('rolls back to an earlier revision without a build', async () => {
    const { emulator, owner, live } = await functionsEmulator();
    const fn = await live('rollme');
    const path = `/api/v1/functions/${fn.id}`;
    await owner('POST', `${path}/deployments`, {
      files: [...PYTHON_FILES, { name: 'v2.txt', content: '2' }],
    });
    emulator.clock.advance(FN_TAKES.deploy);
    const [second, first] = (await owner('GET', `${path}/revisions`)).body.data.revisions;
    expect([second.revision_number, first.revision_number]).toEqual([2, 1]);
    const rolled = await owner('POST', `${path}/rollback`, { revision_id: first.id });
    expect(rolled.status).toBe(200);
    expect((await owner('GET', path)).body.data.function.status).toBe('building');
    emulator.clock.advance(FN_TAKES.rollout);
    expect((await owner('GET', path)).body.data.function).toMatchObject({
      status: 'live',
      current_revision_number: 1,
    });
    const after = (await owner('GET', `${path}/revisions`)).body.data.revisions;
    expect(after.map((r: { status: string }) => r.status)).toEqual(['superseded', 'active']);
    const unknown = await owner('POST', `${path}/rollback`, {
      revision_id: '7c1f0a94-e2b3-4d58-9f6a-0b3e8d2c5a71',
    });
    expect(unknown.status).toBe(404);
    // The source of an earlier revision is still there.
    const old = await owner('GET', `${path}/source?revision_id=${second.id}`);
    expect(old.body.data.files.map((f: { name: string }) => f.name)).toContain('v2.txt');
  });

  it('deletes through deleting, then 404s and frees the name', async () => {
    const { emulator, owner, live } = await functionsEmulator();
    const fn = await live('shortlived');
    const path = `/api/v1/functions/${fn.slug}`;
    expect((await owner('DELETE', path)).status).toBe(200);
    expect((await owner('GET', path)).body.data.function.status).toBe('deleting');
    expect(
      (await owner('POST', '/api/v1/functions', { name: 'shortlived', runtime: 'go' })).status,
    ).toBe(409);
    emulator.clock.advance(FN_TAKES.delete);
    expect((await owner('GET', path)).status).toBe(404);
    expect((await owner('GET', `/api/v1/functions/${fn.id}/revisions`)).status).toBe(404);
    expect(
      (await owner('POST', '/api/v1/functions', { name: 'shortlived', runtime: 'go' })).status,
    ).toBe(201);
  });

  it('deploys an uploaded zip by its source_blob_key, and refuses a key of another function', async () => {
    const { emulator, owner, create, live } = await functionsEmulator();
    const fn = await live('uploaded');
    const other = await create('other');
    const slot = (await owner('POST', `/api/v1/functions/${fn.id}/source-upload`)).body.data;
    expect(slot).toMatchObject({ expires_in_seconds: 900 });
    expect(slot.source_blob_key).toMatch(new RegExp(`^fn-sources/${fn.function_id}/`));
    expect(slot.upload_url).toContain(slot.source_blob_key);
    const wrong = await owner('POST', `/api/v1/functions/${other.id}/deployments`, {
      source_blob_key: slot.source_blob_key,
    });
    expect(wrong.status).toBe(400);
    const two = await owner('POST', `/api/v1/functions/${fn.id}/deployments`, {
      source_blob_key: slot.source_blob_key,
      template: 'python',
    });
    expect(two.status).toBe(400);
    expect(two.body.message).toBe('Give exactly one source: source_blob_key, template or files');
    const ok = await owner('POST', `/api/v1/functions/${fn.id}/deployments`, {
      source_blob_key: slot.source_blob_key,
      channel: 'cli',
    });
    expect(ok.body.data.deployment).toMatchObject({ status: 'queued', channel: 'cli' });
    emulator.clock.advance(FN_TAKES.deploy);
    expect(
      (await owner('GET', `/api/v1/functions/${fn.id}`)).body.data.function.current_revision_number,
    ).toBe(2);
    emulator.clock.advance(900_000);
    const expired = await owner('POST', `/api/v1/functions/${fn.id}/deployments`, {
      source_blob_key: slot.source_blob_key,
    });
    expect(expired.status).toBe(400);
    expect(expired.body.message).toContain('expired');
  });

  it('lists only the functions of projects the key reaches, and 404s the others', async () => {
    const { emulator, project } = await functionsEmulator();
    const key = await createKey(emulator, {
      role: systemRoleId('member'),
      projects: [project],
      projectRole: systemRoleId('viewer'),
    });
    const viewer = caller(emulator, key.secret);
    const listed = (await viewer('GET', '/api/v1/functions')).body.data;
    expect(listed.functions.map((f: { name: string }) => f.name).sort()).toEqual([
      'invoice-webhook',
      'thumbnailer',
    ]);
    expect(listed.total).toBe(2);
    const everything = (await caller(emulator, emulator.ownerKey)('GET', '/api/v1/functions')).body
      .data;
    expect(everything.total).toBe(3);
    expect((await viewer('GET', '/api/v1/functions/report-builder')).status).toBe(404);
    const live = (await viewer('GET', '/api/v1/functions?status=live')).body.data.functions;
    expect(live.map((f: { name: string }) => f.name)).toEqual(['thumbnailer']);
  });
});

describe('functions before the first top-up', () => {
  it('answers 403 to create, deploy and an AI rewrite until a top-up of $5 or more', async () => {
    const { emulator, owner } = await functionsEmulator({ toppedUp: false });
    expect(emulator.billing.toppedUp()).toBe(false);
    const listed = await owner('GET', '/api/v1/functions');
    expect(listed.body.data).toEqual({ functions: [], total: 0 });
    const refused = await owner('POST', '/api/v1/functions', { name: 'early', runtime: 'node' });
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({
      error: 'Forbidden',
      message: 'Functions are locked until the account has been topped up with at least $5',
    });
    const lambda = {
      lambda_runtime: 'python3.12',
      files: [{ name: 'app.py', content: 'x = 1\n' }],
    };
    const rewrite = await owner('POST', '/api/v1/functions/import/lambda', lambda);
    expect(rewrite.status).toBe(403);
    expect(rewrite.body.message).toContain('adapter');
    const adapter = await owner('POST', '/api/v1/functions/import/lambda', {
      ...lambda,
      mode: 'adapter',
    });
    expect(adapter.status).toBe(200);

    emulator.billing.topUp(4);
    expect(
      (await owner('POST', '/api/v1/functions', { name: 'early', runtime: 'node' })).status,
    ).toBe(403);
    emulator.billing.topUp(5);
    expect(emulator.billing.toppedUp()).toBe(true);
    expect(
      (await owner('POST', '/api/v1/functions', { name: 'early', runtime: 'node' })).status,
    ).toBe(201);
    expect(() => emulator.billing.topUp(0)).toThrow(RangeError);
  });
});
