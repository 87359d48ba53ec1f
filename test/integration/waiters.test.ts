// The waiters (`vms.waitFor` & co.) against the emulator: what they resolve with, how they fail,
// how they stop, and how fast they poll. The clock moves on after each poll instead of sleeping.
import { describe, expect, it } from 'vitest';
import {
  RaffNotFoundError,
  RaffTimeoutError,
  RaffWaitFailedError,
  type VM,
} from '../../src/index.js';
import { sdkSession, TAKES } from '../support/sdk-session.js';

const POLL = { interval: 5 } as const;

/** How many timers the process has (not counting the ones already fired or cleared). */
function activeTimers(): number {
  return process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
}

/** Resolves on the next poll of `path` the emulator answers. */
function nextPoll(emulator: { exchanges: { method: string; path: string }[] }, path: string) {
  const seen = emulator.exchanges.length;
  return expect
    .poll(() => emulator.exchanges.slice(seen).some((e) => e.method === 'GET' && e.path === path), {
      interval: 1,
    })
    .toBe(true);
}

describe('waitFor', () => {
  it('resolves with the resource as last read once it reaches the status', async () => {
    const { raff, advancePerPoll, polls, createVm } = await sdkSession();
    const vm = await createVm('web-test', false);
    advancePerPoll(10_000);
    const active = await raff.vms.waitFor(vm.id, 'active', POLL);
    const answers = polls(`/api/v1/vms/${vm.id}`);
    expect(answers.length).toBeGreaterThan(1);
    const last = answers.at(-1)?.responseBody as { data: VM } | undefined;
    expect(active).toEqual(last?.data);
    expect(active.status).toBe('active');
  });

  it('resolves on the first of several statuses it reaches', async () => {
    const { raff, advancePerPoll, createVm } = await sdkSession();
    const vm = await createVm();
    const volume = await raff.volumes.create({
      name: 'data',
      size: 20,
      volume_type: 'nvme',
      vm_id: vm.id,
    });
    advancePerPoll(5_000);
    const settled = await raff.volumes.waitFor(volume.id, ['available', 'attached'], POLL);
    // Created for a VM, the volume ends attached to it rather than available.
    expect(settled).toMatchObject({ status: 'attached', product_vm: vm.id });
  });

  it('resolves once a predicate holds', async () => {
    const { raff, advancePerPoll, createVm } = await sdkSession();
    const vm = await createVm();
    const snapshot = await raff.snapshots.create({
      resource_type: 'vm',
      resource_id: vm.id,
      name: 'before-upgrade',
    });
    advancePerPoll(10_000);
    const seen: string[] = [];
    const taken = await raff.snapshots.waitFor(
      snapshot.id,
      (s) => {
        seen.push(String(s.size));
        return Number(s.size) > 0;
      },
      POLL,
    );
    expect(taken.size).toBe('80');
    expect(seen).toEqual(['0', '0', '0', '80']);
  });

  it("resolves with undefined for 'deleted' once the resource answers 404", async () => {
    const { raff, advancePerPoll, polls } = await sdkSession();
    const volume = (await raff.volumes.list()).data[0];
    if (volume === undefined) throw new Error('the emulator seeds a volume in Default');
    await raff.volumes.delete(volume.id);
    advancePerPoll(TAKES.volumeDelete / 2);
    await expect(raff.volumes.waitFor(volume.id, 'deleted', POLL)).resolves.toBeUndefined();
    expect(polls(`/api/v1/volumes/${volume.id}`).map((e) => e.status)).toEqual([200, 200, 404]);
    // Any other status than the one awaited treats the 404 as the error it is.
    await expect(raff.volumes.waitFor(volume.id, 'available', POLL)).rejects.toBeInstanceOf(
      RaffNotFoundError,
    );
  });

  it('rejects with RaffWaitFailedError carrying the last state when the VM fails', async () => {
    const { raff, emulator, createVm, polls } = await sdkSession();
    const vm = await createVm('web-test', false);
    const path = `/api/v1/vms/${vm.id}`;
    const failed = { ...vm, status: 'failure' };
    emulator.faults.inject({
      method: 'GET',
      path,
      status: 200,
      body: JSON.stringify({ success: true, data: failed }),
    });
    const error = await raff.vms.waitFor(vm.id, 'active', POLL).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffWaitFailedError);
    expect(error).toMatchObject({
      name: 'RaffWaitFailedError',
      status: 'failure',
      resource: failed,
      message: `VM ${vm.id} reached status failure while waiting for active`,
    });
    expect(polls(path)).toHaveLength(1);
  });

  it('resolves instead when the failure status is the one awaited', async () => {
    const { raff, emulator, createVm } = await sdkSession();
    const vm = await createVm('web-test', false);
    emulator.faults.inject({
      method: 'GET',
      path: `/api/v1/vms/${vm.id}`,
      status: 200,
      body: { success: true, data: { ...vm, status: 'failure' } },
    });
    await expect(raff.vms.waitFor(vm.id, ['active', 'failure'], POLL)).resolves.toMatchObject({
      status: 'failure',
    });
  });

  it("rejects with RaffTimeoutError (limit 'wait') naming the last status when time runs out", async () => {
    const { raff, createVm } = await sdkSession();
    const vm = await createVm('web-test', false);
    const started = performance.now();
    const error = await raff.vms
      .waitFor(vm.id, 'active', { interval: 10, timeout: 150 })
      .catch((e: unknown) => e);
    const took = performance.now() - started;
    expect(error).toBeInstanceOf(RaffTimeoutError);
    expect(error).toMatchObject({ limit: 'wait', timeoutMs: 150 });
    expect((error as Error).message).toBe(
      `VM ${vm.id}: not active within 150 ms (last status: initiating)`,
    );
    expect(took).toBeGreaterThanOrEqual(145);
    expect(took).toBeLessThan(1_000);
  });

  it("ends a poll that hangs at the waiter's own timeout, as limit 'wait'", async () => {
    const { raff, emulator, createVm } = await sdkSession();
    const vm = await createVm('web-test', false);
    emulator.faults.inject({ method: 'GET', path: `/api/v1/vms/${vm.id}`, delayMs: 5_000 });
    const started = performance.now();
    const error = await raff.vms
      .waitFor(vm.id, 'active', { ...POLL, timeout: 200 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffTimeoutError);
    expect(error).toMatchObject({ limit: 'wait', timeoutMs: 200 });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('retries a poll that fails with a 503 and goes on waiting', async () => {
    const { raff, emulator, advancePerPoll, polls, createVm } = await sdkSession();
    const vm = await createVm('web-test', false);
    const path = `/api/v1/vms/${vm.id}`;
    emulator.faults.inject({ method: 'GET', path, status: 503, headers: { 'Retry-After': '0' } });
    advancePerPoll(20_000);
    await expect(raff.vms.waitFor(vm.id, 'active', POLL)).resolves.toMatchObject({
      status: 'active',
    });
    expect(polls(path).map((e) => e.status)).toEqual([503, 200, 200, 200]);
  });

  it('rejects at once with the AbortError when aborted during a poll, leaving no timer behind', async () => {
    const { raff, emulator, createVm } = await sdkSession();
    const vm = await createVm('web-test', false);
    const path = `/api/v1/vms/${vm.id}`;
    const timersBefore = activeTimers();
    emulator.faults.inject({ method: 'GET', path, delayMs: 5_000 });
    const controller = new AbortController();
    const waiting = raff.vms.waitFor(vm.id, 'active', { ...POLL, signal: controller.signal });
    await expect.poll(() => activeTimers()).toBeGreaterThan(timersBefore);
    const abortedAt = performance.now();
    controller.abort();
    const error = await waiting.catch((e: unknown) => e);
    expect(performance.now() - abortedAt).toBeLessThan(50);
    expect(error).toBe(controller.signal.reason);
    expect(error).toMatchObject({ name: 'AbortError' });
    // The emulator is still sitting on its delayed answer: close it, and its timer goes too.
    await emulator.close();
    expect(activeTimers()).toBeLessThanOrEqual(timersBefore);
  });

  it('rejects at once with the AbortError when aborted between polls, leaving no timer behind', async () => {
    const { raff, emulator, createVm } = await sdkSession();
    const vm = await createVm('web-test', false);
    const timersBefore = activeTimers();
    const controller = new AbortController();
    const waiting = raff.vms.waitFor(vm.id, 'active', {
      interval: 60_000,
      signal: controller.signal,
    });
    await nextPoll(emulator, `/api/v1/vms/${vm.id}`);
    // The answer is back well within this: the waiter is in its minute-long pause.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const abortedAt = performance.now();
    controller.abort(new Error('shutting down'));
    await expect(waiting).rejects.toThrow('shutting down');
    expect(performance.now() - abortedAt).toBeLessThan(50);
    expect(activeTimers()).toBeLessThanOrEqual(timersBefore);
  });

  it('polls through the client rate limiter: no faster than its budget', async () => {
    const { raff, advancePerPoll, createVm, pollTimes } = await sdkSession();
    const vm = await createVm();
    await raff.vms.stop(vm.id);
    const limited = raff.withOptions({ rateLimit: { perSecond: 1, burst: 0 } });
    advancePerPoll(TAKES.vmStop / 2);
    await limited.vms.waitFor(vm.id, 'passive', { interval: 1 });
    const times = pollTimes(`/api/v1/vms/${vm.id}`);
    expect(times).toHaveLength(3);
    // One request a second, however short the interval (a slot is free 1 s after an answer).
    const gaps = times.slice(1).map((at, i) => at - (times[i] ?? 0));
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(995);
  });

  it("rejects with limit 'wait' when the rate limiter would hold the next poll past the timeout", async () => {
    const { raff, createVm } = await sdkSession();
    const vm = await createVm('web-test', false);
    const limited = raff.withOptions({ rateLimit: { perSecond: 1, burst: 0 } });
    await limited.vms.get(vm.id);
    // The limiter's next slot is a second away: more than the whole wait may take.
    const error = await limited.vms
      .waitFor(vm.id, 'active', { ...POLL, timeout: 300 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffTimeoutError);
    expect(error).toMatchObject({ limit: 'wait', timeoutMs: 300 });
  });

  it('backs off: each pause is half as long again as the one before', async () => {
    const { raff, advancePerPoll, createVm, pollTimes } = await sdkSession();
    const vm = await createVm('web-test', false);
    advancePerPoll(TAKES.vmCreate / 5);
    await raff.vms.waitFor(vm.id, 'active', { interval: 20 });
    const times = pollTimes(`/api/v1/vms/${vm.id}`);
    expect(times).toHaveLength(6);
    const gaps = times.slice(1).map((at, i) => at - (times[i] ?? 0));
    // Pauses of 20, 30, 45, 68 and 101 ms, plus each request's own time.
    [20, 30, 45, 68, 101].forEach((pause, i) => {
      expect(gaps[i]).toBeGreaterThanOrEqual(pause - 2);
    });
  });
});
