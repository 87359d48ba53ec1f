import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RaffClient } from '../../src/index.js';
import type { EmulatorExchange } from '../../src/testing/index.js';
import { startEmulator, type TestEmulator } from '../support/emulator.js';

// The "load:" lines these tests print are the figures docs/reliability.md quotes. They are the
// `load` project (vitest.config.ts), outside `npm test`: `npm run test:load` runs a quick scale
// (the per-call objects' collection is the sharp leak check at any scale), and RAFF_LOAD=full, as
// .ci/run runs it, 5,000 requests and the heap check over 20,000:
//   RAFF_LOAD=full npm run test:load
const FULL = process.env.RAFF_LOAD === 'full';
const REQUESTS = FULL ? 5_000 : 1_500;
const IN_FLIGHT = 100;
const LEAK_WARMUP = FULL ? 2_000 : 500;
const LEAK_REQUESTS = FULL ? 20_000 : 2_000;
/** Heap growth allowed across the leak run, in MB: 200 bytes a request at full scale. */
const LEAK_HEAP_MB = 4;

/** Out of the way of a load test, but still per key and still counted. */
const HIGH_LIMITS = { standard: { perSecond: 100_000, burst: 100_000 } };

// nock's fetch interceptor (test/setup.ts) roughly doubles the cost of every request; these
// tests talk to the loopback emulator only, so they measure the SDK without it.
beforeAll(() => {
  nock.restore();
});
afterAll(() => {
  nock.activate();
});

/** Runs `total` calls, `inFlight` at a time; returns the errors (none expected). */
async function pool(
  total: number,
  inFlight: number,
  call: (index: number) => Promise<unknown>,
): Promise<unknown[]> {
  const errors: unknown[] = [];
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const index = next++;
      await call(index).catch((error: unknown) => errors.push(error));
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return errors;
}

/** Tallies the emulator's exchanges by status, then forgets them (they would skew the heap). */
function drainExchanges(emulator: TestEmulator, tally: Map<number, number>): void {
  for (const exchange of emulator.exchanges.splice(0)) {
    tally.set(exchange.status, (tally.get(exchange.status) ?? 0) + 1);
  }
}

const gc = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

/**
 * Heap and RSS in MB after full collections: the smallest of five samples, because a sample
 * now and then catches a few MB that the next collection frees.
 */
async function settledMemory(): Promise<{ heap: number; rss: number }> {
  let heap = Number.POSITIVE_INFINITY;
  let rss = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    gc();
    await tick();
    const usage = process.memoryUsage();
    heap = Math.min(heap, usage.heapUsed / 2 ** 20);
    rss = Math.min(rss, usage.rss / 2 ** 20);
  }
  return { heap, rss };
}

const mb = (n: number) => `${n.toFixed(1)} MB`;
const cpuMs = (since: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1_000;
};

describe('load', () => {
  it(`serves ${REQUESTS} requests at ${IN_FLIGHT} in flight with no unexpected error`, async () => {
    const emulator = await startEmulator({ rateLimits: HIGH_LIMITS });
    const projectId = emulator.projects.default.id;
    const raff = new RaffClient({
      apiKey: emulator.ownerKey,
      baseUrl: emulator.url,
      logLevel: 'off',
    });
    const tally = new Map<number, number>();
    const started = performance.now();
    const cpu = process.cpuUsage();
    const errors = await pool(REQUESTS, IN_FLIGHT, async (i) => {
      const project = await raff.projects.get(projectId);
      if (project.id !== projectId) throw new Error(`wrong project ${project.id}`);
      if (i % 1_000 === 999) drainExchanges(emulator, tally);
    });
    const wall = performance.now() - started;
    const cpuPerRequest = cpuMs(cpu) / REQUESTS;
    drainExchanges(emulator, tally);
    expect(errors).toEqual([]);
    // Server side: every request arrived once and was answered 200 (no retries were needed).
    expect(Object.fromEntries(tally)).toEqual({ 200: REQUESTS });
    console.log(
      `load: ${REQUESTS} requests, ${IN_FLIGHT} in flight: ${(wall / 1_000).toFixed(1)} s, ` +
        `${Math.round(REQUESTS / (wall / 1_000))} req/s, ` +
        `${cpuPerRequest.toFixed(2)} ms CPU per request (client and emulator in one process)`,
    );
  }, 60_000);

  it(`keeps nothing per request across ${LEAK_REQUESTS} requests`, async () => {
    const emulator = await startEmulator({ rateLimits: HIGH_LIMITS });
    const projectId = emulator.projects.default.id;
    const raff = new RaffClient({
      apiKey: emulator.ownerKey,
      baseUrl: emulator.url,
      logLevel: 'off',
    });
    const tally = new Map<number, number>();
    let finalized = 0;
    const registry = new FinalizationRegistry(() => {
      finalized++;
    });
    const run = (count: number, track: boolean) =>
      pool(count, IN_FLIGHT, async (i) => {
        // Per-call objects the SDK sees: once the call is over, nothing may hold on to them.
        const controller = new AbortController();
        const options = { signal: controller.signal, timeout: 30_000 };
        if (track) {
          registry.register(options, undefined);
          registry.register(controller.signal, undefined);
        }
        await raff.projects.get(projectId, options);
        if (i % 1_000 === 999) drainExchanges(emulator, tally);
      });

    expect(await run(LEAK_WARMUP, false)).toEqual([]);
    drainExchanges(emulator, tally);
    const before = await settledMemory();
    const started = performance.now();
    expect(await run(LEAK_REQUESTS, true)).toEqual([]);
    const wall = performance.now() - started;
    drainExchanges(emulator, tally);
    const after = await settledMemory();
    for (let i = 0; i < 50 && finalized < 2 * LEAK_REQUESTS; i++) {
      gc();
      await tick();
    }
    expect(Object.fromEntries(tally)).toEqual({ 200: LEAK_WARMUP + LEAK_REQUESTS });

    console.log(
      `load: ${LEAK_REQUESTS} requests after ${LEAK_WARMUP} warm-up, ${IN_FLIGHT} in flight: ` +
        `${(wall / 1_000).toFixed(1)} s, heap ${mb(before.heap)} → ${mb(after.heap)}, ` +
        `RSS ${mb(before.rss)} → ${mb(after.rss)}, ` +
        `${finalized} of ${2 * LEAK_REQUESTS} per-call objects collected`,
    );
    // The per-call options objects and signals were collected: no call kept a reference. (A
    // leak keeps one per call; the slack only absorbs the collector's timing, in practice 0.)
    expect(finalized).toBeGreaterThanOrEqual(2 * LEAK_REQUESTS - IN_FLIGHT);
    expect(after.heap - before.heap).toBeLessThan(LEAK_HEAP_MB);
    // RSS moves with the allocator's own caching; this only catches a gross leak.
    expect(after.rss - before.rss).toBeLessThan(64);
  }, 120_000);
});

describe('the Standard rate limit, scaled down', () => {
  it('gets every call through with retries on, waiting out each 429 for at least its Retry-After', async () => {
    const arrived = new Map<EmulatorExchange, number>();
    const emulator = await startEmulator({
      rateLimits: { standard: { perSecond: 50, burst: 20 } },
      onExchange: (exchange) => arrived.set(exchange, performance.now()),
    });
    const projectId = emulator.projects.default.id;
    const base = new RaffClient({
      apiKey: emulator.ownerKey,
      baseUrl: emulator.url,
      logLevel: 'off',
      maxRetries: 10,
    });
    const total = 150;
    const errors = await pool(total, 50, async (i) => {
      // A tag per call, so that the server side can tell a retry from a new request.
      const tagged = base.withOptions({ headers: { 'X-Call': String(i) } });
      await tagged.projects.get(projectId);
    });
    expect(errors).toEqual([]);

    const byCall = new Map<string, EmulatorExchange[]>();
    for (const exchange of emulator.exchanges) {
      const call = String(exchange.requestHeaders['x-call']);
      byCall.set(call, [...(byCall.get(call) ?? []), exchange]);
    }
    expect(byCall.size).toBe(total);
    let limited = 0;
    let waits = 0;
    for (const exchanges of byCall.values()) {
      // Every call ends in exactly one success, after its 429s.
      expect(exchanges.map((e) => e.status).slice(-1)).toEqual([200]);
      expect(exchanges.slice(0, -1).every((e) => e.status === 429)).toBe(true);
      for (let i = 0; i + 1 < exchanges.length; i++) {
        const answered = exchanges[i] as EmulatorExchange;
        const retried = exchanges[i + 1] as EmulatorExchange;
        limited++;
        const retryAfterMs = Number(answered.responseHeaders['retry-after']) * 1_000;
        expect(retryAfterMs).toBeGreaterThanOrEqual(1_000);
        // The retry was answered at least Retry-After after the 429 was sent (timer slack 5 ms).
        const gap = (arrived.get(retried) ?? 0) - (arrived.get(answered) ?? 0);
        expect(gap).toBeGreaterThanOrEqual(retryAfterMs - 5);
        waits++;
      }
    }
    expect(limited, 'the limit was hit').toBeGreaterThan(0);
    console.log(
      `load: rate limit 50/s burst 20, ${total} calls 50 in flight: ${limited} answered 429, ` +
        `${waits} retries each at least Retry-After later, 0 failures`,
    );
  }, 30_000);
});
