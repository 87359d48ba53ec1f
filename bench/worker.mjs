#!/usr/bin/env node
// One measurement in a clean process, forked by bench/run.mjs with --expose-gc. The task comes
// as JSON in argv[2]; the result goes back over IPC. Nothing else runs on this event loop: the
// fixture server and the harness live in other processes.
import { CONTENDERS, createContender, runConcurrent } from './lib/contenders.mjs';
import { median, quantile, rotate, shuffler } from './lib/stats.mjs';

const task = JSON.parse(process.argv[2] ?? '{}');
const collect = () => globalThis.gc?.();

async function load(ids) {
  const calls = {};
  for (const id of ids) calls[id] = await createContender(id, task.baseUrl);
  return calls;
}

async function warmUp(calls, ids) {
  for (const id of ids) {
    for (let i = 0; i < task.warmup; i++) await calls[id]();
    await runConcurrent(calls[id], task.warmup, task.concurrency ?? 64);
  }
}

/**
 * Sequential calls, interleaved in short blocks: each step runs `block` calls in a row with every
 * contender, in an order shuffled every step (seeded, so a run can be replayed). Whatever the
 * machine does meanwhile (a neighbour's burst, a frequency change) lands on every contender alike,
 * as a block lasts some 10 ms; blocks of a thousand calls let such drift decide a ratio (per-round
 * ratios spread 0.92–1.40×). Within a block a client runs as it does alone, its code and data in
 * the CPU's caches; one call at a time (`block: 1`) measures every call after four other clients
 * evicted them, which charges each in proportion to its code size as much as to its work (the
 * ratio to ky grows with the number of other clients in the mix; docs/performance.md). A round is
 * `perRound` calls per contender; its median per contender gives the spread the report shows.
 */
async function latency() {
  const ids = task.contenders ?? CONTENDERS;
  const block = task.block ?? 1;
  const calls = await load(ids);
  await warmUp(calls, ids);
  const order = shuffler(task.seed ?? 1);
  const samples = Object.fromEntries(ids.map((id) => [id, []]));
  const roundMedians = Object.fromEntries(ids.map((id) => [id, []]));
  for (let round = 0; round < task.rounds; round++) {
    collect();
    const blocks = Object.fromEntries(ids.map((id) => [id, new Float64Array(task.perRound)]));
    for (let i = 0; i < task.perRound; i += block) {
      for (const id of order(ids)) {
        for (let j = i; j < Math.min(i + block, task.perRound); j++) {
          const started = performance.now();
          const body = await calls[id]();
          blocks[id][j] = performance.now() - started;
          if (body?.data?.length !== 3) throw new Error(`${id}: unexpected body`);
        }
      }
    }
    for (const id of ids) {
      samples[id].push(...blocks[id]);
      roundMedians[id].push(median(blocks[id]));
    }
  }
  const result = {};
  for (const id of ids) {
    result[id] = {
      medianMs: median(samples[id]),
      p90Ms: quantile(samples[id], 0.9),
      p99Ms: quantile(samples[id], 0.99),
      calls: samples[id].length,
      roundMediansMs: roundMedians[id],
    };
  }
  return result;
}

/** `count` calls with `concurrency` in flight, one run per contender per round, rotated. */
async function throughput() {
  const ids = task.contenders ?? CONTENDERS;
  const calls = await load(ids);
  await warmUp(calls, ids);
  const rates = Object.fromEntries(ids.map((id) => [id, []]));
  for (let round = 0; round < task.rounds; round++) {
    for (const id of rotate(ids, round)) {
      collect();
      const ms = await runConcurrent(calls[id], task.count, task.concurrency);
      rates[id].push((task.count / ms) * 1000);
    }
  }
  const result = {};
  for (const id of ids) result[id] = { reqPerSec: median(rates[id]), roundRates: rates[id] };
  return result;
}

/** One contender only: resident memory while `count` calls run, sampled as they go. */
async function rss() {
  const [id] = task.contenders;
  const startRss = process.memoryUsage.rss();
  const call = await createContender(id, task.baseUrl);
  // A few calls before the baseline: fetch's own machinery (undici) loads on first use, and a
  // library that touches fetch at import (ky) would otherwise start with it and the SDK without.
  for (let i = 0; i < (task.warmup ?? 0); i++) await call();
  collect();
  const loadedRss = process.memoryUsage.rss();
  let peak = loadedRss;
  const sample = () => {
    const now = process.memoryUsage.rss();
    if (now > peak) peak = now;
  };
  const timer = setInterval(sample, 5);
  let done = 0;
  const sampled = async () => {
    const body = await call();
    if (++done % 64 === 0) sample();
    return body;
  };
  const ms = await runConcurrent(sampled, task.count, task.concurrency);
  sample();
  clearInterval(timer);
  const endRss = process.memoryUsage.rss();
  collect();
  const { heapUsed, rss: afterGcRss } = process.memoryUsage();
  return { startRss, loadedRss, peakRss: peak, endRss, afterGcRss, heapUsedAfterGc: heapUsed, ms };
}

/**
 * One contender only: the heap it holds with `concurrency` calls in flight, which is what a peak
 * under load scales with, measured without the GC's timing in it: with the load running, a full
 * GC at `samples` moments ~100 ms apart, each followed by `heapUsed`; then the same once the load
 * has stopped. Peak RSS moves ±8 MB with the moment V8 compacts; this moves by ±0.2 MB.
 */
async function heap() {
  const [id] = task.contenders;
  const call = await createContender(id, task.baseUrl);
  for (let i = 0; i < (task.warmup ?? 0); i++) await call();
  let running = true;
  const lane = async () => {
    while (running) await call();
  };
  const lanes = Array.from({ length: task.concurrency }, lane);
  await new Promise((resolve) => setTimeout(resolve, task.settleMs));
  const inFlight = [];
  for (let i = 0; i < task.samples; i++) {
    await new Promise((resolve) => setTimeout(resolve, 97));
    collect();
    inFlight.push(process.memoryUsage().heapUsed);
  }
  running = false;
  await Promise.all(lanes);
  collect();
  return { inFlightHeap: median(inFlight), idleHeap: process.memoryUsage().heapUsed };
}

/**
 * One contender's sequential loop under the V8 sampling profiler (the same data `node --cpu-prof`
 * writes, but started after the warm-up so the profile holds only steady-state calls).
 */
async function profile() {
  const { Session } = await import('node:inspector/promises');
  const { writeFileSync } = await import('node:fs');
  const [id] = task.contenders;
  const call = await createContender(id, task.baseUrl);
  for (let i = 0; i < task.warmup; i++) await call();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: task.intervalUs });
  await session.post('Profiler.start');
  const started = performance.now();
  for (let i = 0; i < task.calls; i++) await call();
  const ms = performance.now() - started;
  const { profile: cpuProfile } = await session.post('Profiler.stop');
  session.disconnect();
  writeFileSync(task.outfile, JSON.stringify(cpuProfile));
  return { outfile: task.outfile, calls: task.calls, ms };
}

/**
 * One contender's sequential loop under V8's sampling heap profiler, counting objects that were
 * collected too: what each call allocates, which is what drives peak RSS.
 */
async function allocations() {
  const { Session } = await import('node:inspector/promises');
  const { writeFileSync } = await import('node:fs');
  const [id] = task.contenders;
  const call = await createContender(id, task.baseUrl);
  for (let i = 0; i < task.warmup; i++) await call();
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.enable');
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 512,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  for (let i = 0; i < task.calls; i++) await call();
  const { profile: heapProfile } = await session.post('HeapProfiler.stopSampling');
  session.disconnect();
  writeFileSync(task.outfile, JSON.stringify(heapProfile));
  return { outfile: task.outfile, calls: task.calls };
}

const tasks = { latency, throughput, rss, heap, profile, allocations };
let message;
try {
  message = { ok: true, result: await tasks[task.kind]() };
} catch (error) {
  message = { ok: false, error: String(error?.stack ?? error) };
}
// Exit once the result is out: idle keep-alive sockets must not keep this process around.
if (process.send) process.send(message, () => process.exit(message.ok ? 0 : 1));
else {
  console.log(JSON.stringify(message, null, 2));
  process.exit(message.ok ? 0 : 1);
}
