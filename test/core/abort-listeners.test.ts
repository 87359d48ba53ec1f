// Issue 24, defect 5: many waiters or queued calls sharing one AbortSignal. The SDK never adds a
// listener per call to the caller's signal (it follows it through AbortSignal.any), so Node
// prints no MaxListenersExceededWarning however many calls share it.
import { getEventListeners } from 'node:events';
import { setTimeout as sleep, setImmediate as tick } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RaffClient } from '../../src/index.js';
import { KEY, PROJECT } from '../support/client.js';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const CALLS = 20;
let warnings: string[] = [];
const onWarning = (warning: Error) => warnings.push(warning.name);

beforeEach(() => {
  warnings = [];
  process.on('warning', onWarning);
});

afterEach(() => {
  process.off('warning', onWarning);
});

/** How many `abort` listeners the caller's signal holds right now. */
const listenersOn = (signal: AbortSignal) => getEventListeners(signal, 'abort').length;

function client(fetch: (input: Request) => Promise<Response>, options = {}): RaffClient {
  return new RaffClient({
    apiKey: KEY,
    projectId: PROJECT,
    baseUrl: 'http://127.0.0.1:9',
    logLevel: 'off',
    fetch: fetch as unknown as typeof globalThis.fetch,
    ...options,
  });
}

describe('calls sharing one AbortSignal', () => {
  it(`${CALLS} waiters sleeping between polls print no MaxListenersExceededWarning`, async () => {
    let polls = 0;
    const raff = client(async () => {
      polls++;
      return json({ success: true, data: { id: 'vm-1', status: 'initiating' } });
    });
    const controller = new AbortController();
    const waits = Array.from({ length: CALLS }, () =>
      raff.vms
        .waitFor('vm-1', 'active', { signal: controller.signal, interval: 5_000 })
        .catch((e: unknown) => e),
    );
    // Every waiter has polled once and is now sleeping on the shared signal.
    while (polls < CALLS) await sleep(5);
    await tick();
    const held = listenersOn(controller.signal);
    controller.abort();
    const outcomes = await Promise.all(waits);
    await tick();
    expect(outcomes.every((e) => (e as Error).name === 'AbortError')).toBe(true);
    expect(warnings).not.toContain('MaxListenersExceededWarning');
    expect(held).toBeLessThanOrEqual(1);
  });

  it(`${CALLS} calls queued in the rate limiter print no MaxListenersExceededWarning`, async () => {
    let sent = 0;
    const raff = client(
      async () => {
        sent++;
        return json({ success: true, data: [], total: 0 });
      },
      { rateLimit: { perSecond: 1, burst: 0 } },
    );
    await raff.apiKeys.list();
    const controller = new AbortController();
    const queued = Array.from({ length: CALLS }, () =>
      raff.apiKeys.list({}, { signal: controller.signal }).catch((e: unknown) => e),
    );
    await sleep(50);
    await tick();
    const held = listenersOn(controller.signal);
    controller.abort();
    const outcomes = await Promise.all(queued);
    await tick();
    // The first one may have gone out when the window freed up; the rest were aborted in line.
    expect(sent).toBeLessThanOrEqual(2);
    expect(outcomes.filter((e) => (e as Error).name === 'AbortError').length).toBeGreaterThan(
      CALLS - 2,
    );
    expect(warnings).not.toContain('MaxListenersExceededWarning');
    expect(held).toBeLessThanOrEqual(1);
  });

  it(`${CALLS} calls waiting to retry print no MaxListenersExceededWarning`, async () => {
    let sent = 0;
    const raff = client(async () => {
      sent++;
      return json({ error: 'Unavailable', message: 'busy' }, 503);
    });
    const controller = new AbortController();
    const calls = Array.from({ length: CALLS }, () =>
      raff.apiKeys.list({}, { signal: controller.signal }).catch((e: unknown) => e),
    );
    // Each has had its first answer and waits out its backoff before the retry.
    while (sent < CALLS) await sleep(1);
    await tick();
    const held = listenersOn(controller.signal);
    controller.abort();
    await Promise.all(calls);
    await tick();
    expect(warnings).not.toContain('MaxListenersExceededWarning');
    expect(held).toBeLessThanOrEqual(1);
  });
});
