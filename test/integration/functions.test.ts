// Functions through the SDK against the emulator: create → deploy → wait → use → clean up, the
// waiter (resolves on live, rejects on error, resolves on a delete), and the 403 before the
// account's first top-up as the SDK reports it. The clock moves on after each poll: no sleeps.
import { describe, expect, it } from 'vitest';
import {
  RaffClient,
  RaffConflictError,
  RaffPermissionDeniedError,
  RaffValidationError,
  RaffWaitFailedError,
} from '../../src/index.js';
import { FN_TAKES } from '../support/functions.js';
import { sdkSession } from '../support/sdk-session.js';

const POLL = { interval: 5 } as const;

describe('raff.functions', () => {
  it('creates a function, deploys it, waits until live and reads what it has', async () => {
    const { raff, advancePerPoll, polls } = await sdkSession();
    const fn = await raff.functions.create({ name: 'hello', runtime: 'node', memory_mb: 256 });
    expect(fn).toMatchObject({ name: 'hello', status: 'pending', runtime: 'node' });
    const deployment = await raff.functions.deployments.create(fn.function_id, {
      template: 'node',
      message: 'first',
    });
    expect(deployment.status).toBe('queued');

    advancePerPoll(FN_TAKES.deploy / 4);
    const live = await raff.functions.waitFor(fn.name, 'live', POLL);
    expect(live).toMatchObject({ id: fn.id, status: 'live', current_revision_number: 1 });
    const seen = polls(`/api/v1/functions/${fn.name}`).map(
      (e) => (e.responseBody as { data: { function: { status: string } } }).data.function.status,
    );
    // Each poll moves the clock a quarter of the deployment on: 0, ¼, ½, ¾ building, then live.
    expect(seen).toEqual(['building', 'building', 'building', 'building', 'live']);

    const finished = await raff.functions.deployments.get(fn.id, deployment.id);
    expect(finished).toMatchObject({ status: 'ready', revision_id: expect.any(String) });
    const log = await raff.functions.deployments.logs(fn.id, deployment.id);
    expect(log.complete).toBe(true);
    const [revision] = await raff.functions.revisions(fn.id);
    expect(revision).toMatchObject({
      id: finished.revision_id,
      is_current: true,
      message: 'first',
    });
    const source = await raff.functions.source(fn.slug);
    expect(source.files?.map((f) => f.name)).toEqual(['index.js', 'package.json']);
    const page = await raff.functions.list();
    expect(page.data.map((f) => f.name)).toContain('hello');
    expect(page.total).toBe(page.data.length);
  });

  it('rejects the wait with RaffWaitFailedError when the build fails and the function turns error', async () => {
    const { raff, advancePerPoll, polls } = await sdkSession();
    const fn = await raff.functions.create({ name: 'doomed', runtime: 'go' });
    await raff.functions.deployments.create(fn.id, {
      files: [{ name: 'README.md', content: '#' }],
    });
    advancePerPoll(FN_TAKES.failedBuild / 2);
    const error = await raff.functions.waitFor(fn.id, 'live', POLL).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffWaitFailedError);
    expect(error).toMatchObject({ status: 'error' });
    expect((error as RaffWaitFailedError).message).toContain(
      'reached status error while waiting for live',
    );
    expect(polls(`/api/v1/functions/${fn.id}`)).toHaveLength(3);
    await expect(raff.functions.waitFor(fn.id, 'livid' as 'live')).rejects.toBeInstanceOf(
      RaffValidationError,
    );
  });

  it("resolves 'deleted' once a deleted function answers 404", async () => {
    const { raff, advancePerPoll, polls } = await sdkSession();
    const fn = await raff.functions.create({ name: 'gone-soon', runtime: 'python' });
    await raff.functions.delete(fn.id);
    advancePerPoll(FN_TAKES.delete / 2);
    await expect(raff.functions.waitFor(fn.function_id, 'deleted', POLL)).resolves.toBeUndefined();
    expect(polls(`/api/v1/functions/${fn.function_id}`).map((e) => e.status)).toEqual([
      200, 200, 404,
    ]);
  });

  it('pauses and resumes through the waiter, and reports a name clash as RaffConflictError', async () => {
    const { raff, advancePerPoll } = await sdkSession();
    await raff.functions.pause('thumbnailer');
    expect((await raff.functions.get('thumbnailer')).status).toBe('paused');
    await raff.functions.resume('thumbnailer');
    advancePerPoll(FN_TAKES.rollout);
    await expect(raff.functions.waitFor('thumbnailer', 'live', POLL)).resolves.toMatchObject({
      status: 'live',
    });
    await expect(
      raff.functions.create({ name: 'thumbnailer', runtime: 'python' }),
    ).rejects.toBeInstanceOf(RaffConflictError);
  });

  it('says the account must be topped up first when Functions are still locked', async () => {
    const { emulator, projectId } = await sdkSession({ toppedUp: false });
    const raff = new RaffClient({
      apiKey: emulator.ownerKey,
      baseUrl: emulator.url,
      projectId,
      logLevel: 'off',
    });
    const error = await raff.functions
      .create({ name: 'early', runtime: 'node' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffPermissionDeniedError);
    expect((error as Error).message).toBe(
      `403 POST /api/v1/functions (project ${projectId}): Functions are locked until the account has been topped up with at least $5 ` +
        '[functions.create: Functions stay locked until the account has been topped up once with at least $5; ' +
        'a 403 here can also mean that the key cannot reach the project]',
    );
    const rewrite = await raff.functions
      .importLambda({ lambda_runtime: 'python3.12', files: [{ name: 'app.py', content: '' }] })
      .catch((e: unknown) => e);
    expect((rewrite as Error).message).toContain("mode 'adapter' works without");
    emulator.billing.topUp(10);
    await expect(raff.functions.create({ name: 'early', runtime: 'node' })).resolves.toMatchObject({
      status: 'pending',
    });
  });
});
