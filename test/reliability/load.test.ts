import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RaffClient } from '../../src/index.js';
import type { EmulatorExchange } from '../../src/testing/index.js';
import { startEmulator, type TestEmulator } from '../support/emulator.js';

// The "load:" lines these tests print are the figures docs/reliability.md quotes. One run serves
// the throughput and the memory checks: a warm-up, then REQUESTS calls at IN_FLIGHT, timed, with
// the per-call objects tracked. npm test runs 5,000 after 1,000 warm-up; RAFF_LOAD=full runs
// 20,000 after 2,000 (about a minute):
//   RAFF_LOAD=full npx vitest run test/reliability/load.test.ts
const FULL = process.env.RAFF_LOAD === 'full';
const IN_FLIGHT = 100;
const WARMUP = FULL ? 2_000 : 1_000;
const REQUESTS = FULL ? 20_000 : 5_000;
/** Heap growth allowed across the run, in MB: 200 bytes a request at full scale. */
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

// First in the file: it mostly waits (Retry-After), while the files that start with it in the
// other workers keep both cores busy.
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

/** What the shared run measured; both tests below assert on it. */
interface LoadRun {
  readonly warmupErrors: unknown[];
  readonly errors: unknown[];
  /** Statuses the emulator answered, by count: the warm-up's, and the measured run's. */
  readonly warmupTally: Record<number, number>;
  readonly tally: Record<number, number>;
  readonly wallMs: number;
  readonly cpuMsPerRequest: number;
  readonly before: { heap: number; rss: number };
  readonly after: { heap: number; rss: number };
  /** Per-call options objects and signals collected after the run (of 2 per request). */
  readonly finalized: number;
}

async function loadRun(): Promise<LoadRun> {
  const emulator = await startEmulator({ rateLimits: HIGH_LIMITS });
  const projectId = emulator.projects.default.id;
  const raff = new RaffClient({
    apiKey: emulator.ownerKey,
    baseUrl: emulator.url,
    logLevel: 'off',
  });
  let tally = new Map<number, number>();
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
      const project = await raff.projects.get(projectId, options);
      if (project.id !== projectId) throw new Error(`wrong project ${project.id}`);
      if (i % 1_000 === 999) drainExchanges(emulator, tally);
    });

  const warmupErrors = await run(WARMUP, false);
  drainExchanges(emulator, tally);
  const warmupTally = Object.fromEntries(tally);
  tally = new Map();
  const before = await settledMemory();
  const started = performance.now();
  const cpu = process.cpuUsage();
  const errors = await run(REQUESTS, true);
  const wallMs = performance.now() - started;
  const cpuMsPerRequest = cpuMs(cpu) / REQUESTS;
  drainExchanges(emulator, tally);
  const after = await settledMemory();
  for (let i = 0; i < 50 && finalized < 2 * REQUESTS; i++) {
    gc();
    await tick();
  }
  return {
    warmupErrors,
    errors,
    warmupTally,
    tally: Object.fromEntries(tally),
    wallMs,
    cpuMsPerRequest,
    before,
    after,
    finalized,
  };
}

describe('load', () => {
  // Started by whichever test runs first; the other reads the same run.
  let shared: Promise<LoadRun> | undefined;
  const measured = () => {
    shared ??= loadRun();
    return shared;
  };

  it(`serves ${REQUESTS} requests at ${IN_FLIGHT} in flight with no unexpected error`, async () => {
    const { warmupErrors, errors, warmupTally, tally, wallMs, cpuMsPerRequest } = await measured();
    expect(warmupErrors).toEqual([]);
    expect(errors).toEqual([]);
    // Server side: every request arrived once and was answered 200 (no retries were needed).
    expect(warmupTally).toEqual({ 200: WARMUP });
    expect(tally).toEqual({ 200: REQUESTS });
    console.log(
      `load: ${REQUESTS} requests after ${WARMUP} warm-up, ${IN_FLIGHT} in flight: ` +
        `${(wallMs / 1_000).toFixed(1)} s, ${Math.round(REQUESTS / (wallMs / 1_000))} req/s, ` +
        `${cpuMsPerRequest.toFixed(2)} ms CPU per request (client and emulator in one process)`,
    );
  }, 180_000);

  it(`keeps nothing per request across ${REQUESTS} requests`, async () => {
    const { errors, tally, before, after, finalized } = await measured();
    expect(errors).toEqual([]);
    expect(tally).toEqual({ 200: REQUESTS });
    console.log(
      `load: heap ${mb(before.heap)} → ${mb(after.heap)}, ` +
        `RSS ${mb(before.rss)} → ${mb(after.rss)}, ` +
        `${finalized} of ${2 * REQUESTS} per-call objects collected`,
    );
    // The per-call options objects and signals were collected: no call kept a reference. (A
    // leak keeps one per call; the slack only absorbs the collector's timing, in practice 0.)
    expect(finalized).toBeGreaterThanOrEqual(2 * REQUESTS - IN_FLIGHT);
    expect(after.heap - before.heap).toBeLessThan(LEAK_HEAP_MB);
    // RSS moves with the allocator's own caching; this only catches a gross leak.
    expect(after.rss - before.rss).toBeLessThan(64);
  }, 180_000);
});
