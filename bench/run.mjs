#!/usr/bin/env node
// The benchmark harness: @raff/sdk (from dist/) against raw fetch, openapi-fetch, ky and
// openai-node, plus the SDK's own budgets. Contenders run interleaved in rounds with rotating
// order, so a noisy neighbour hurts every contender alike and the ratios stay meaningful. Run
// `npm run build` first. Markdown tables go to stdout, progress to stderr, JSON to
// bench/results/latest.json (and a dated copy, so that several runs can be compared).
//
//   node bench/run.mjs                   full run (a few minutes)
//   node bench/run.mjs --quick           smaller counts, a smoke run (< 1 minute)
//   node bench/run.mjs --only=latency,bundle
//                                        metrics: latency throughput rss import bundle bulk
//   node bench/run.mjs --strict          exit 1 when a budget fails
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkBudgets } from './lib/budgets.mjs';
import { emulatorSource, runBulk } from './lib/bulk.mjs';
import { bundleEntry, ENTRIES } from './lib/bundles.mjs';
import { measureColdImports } from './lib/cold-import.mjs';
import { CONTENDERS, createContender } from './lib/contenders.mjs';
import { requireDist, snapshotDist } from './lib/dist.mjs';
import { fixtureStats, runChild, startFixtureServer } from './lib/processes.mjs';
import { renderReport } from './lib/report.mjs';
import { median, range, rotate, round } from './lib/stats.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const METRICS = ['latency', 'throughput', 'rss', 'import', 'bundle', 'bulk'];

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    strict: { type: 'boolean', default: false },
  },
});
const only = flags.only ? flags.only.split(',').map((m) => m.trim()) : METRICS;
for (const metric of only) {
  if (!METRICS.includes(metric)) {
    console.error(`unknown metric "${metric}"; use one of: ${METRICS.join(', ')}`);
    process.exit(2);
  }
}
const wants = (metric) => only.includes(metric);

const CONFIG = flags.quick
  ? {
      latency: { rounds: 4, perRound: 200, block: 20, warmup: 100 },
      latencyCallByCall: { rounds: 2, perRound: 100, block: 1, warmup: 100 },
      throughput: { rounds: 2, count: 800, concurrency: 64, warmup: 200 },
      rss: { rounds: 1, count: 1500, concurrency: 64, warmup: 50 },
      heap: { rounds: 1, concurrency: 64, warmup: 50, settleMs: 500, samples: 5 },
      import: { iterations: 5 },
      bulk: { calls: 200, perSecond: 100, burst: 20, concurrency: 64 },
    }
  : {
      // Blocks of 20 calls per contender in a shuffled order (bench/worker.mjs): each measured as
      // it runs alone, drift shared. The call-by-call run is reported beside it, not budgeted.
      latency: { rounds: 8, perRound: 1000, block: 20, warmup: 300 },
      latencyCallByCall: { rounds: 4, perRound: 500, block: 1, warmup: 300 },
      // Six shorter rounds rather than three long ones: the median ratio then rests on more pairs.
      throughput: { rounds: 6, count: 2500, concurrency: 64, warmup: 500 },
      // Five processes per contender: one process's peak moves ±8 MB with when V8 compacts (the
      // heap after a GC is ~15 MB of a ~190 MB peak), so a median of three could not tell 2 MB.
      // 200 sequential calls before the baseline: the peak is then that of the load alone, not of
      // start-up too (ky loads fetch's machinery at import, the SDK on its first call).
      rss: { rounds: 5, count: 10_000, concurrency: 64, warmup: 200 },
      // What each client holds with 64 calls in flight, from full GCs during the load: the memory
      // figure that does not depend on when V8 compacts (bench/worker.mjs, heap).
      heap: { rounds: 3, concurrency: 64, warmup: 200, settleMs: 1500, samples: 15 },
      import: { iterations: 30 },
      // 100/s leaves headroom: the emulator answers only ~250 req/s on a busy 2-core machine
      // (see the capacity run).
      bulk: { calls: 1000, perSecond: 100, burst: 20, concurrency: 64 },
    };

const log = (message) => process.stderr.write(`[bench] ${message}\n`);

function gitDescribe() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root })
      .toString()
      .trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: root })
      .toString()
      .trim();
    return dirty ? `${commit} (src/ has uncommitted changes)` : commit;
  } catch {
    return 'unknown';
  }
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      newest = Math.max(
        newest,
        statSync(`${entry.parentPath ?? entry.path}/${entry.name}`).mtimeMs,
      );
    }
  }
  return newest;
}

/** Snapshots dist/ for this run (see lib/dist.mjs); warns when src/ is newer than the build. */
function checkDist() {
  requireDist();
  const builtAt = statSync(`${root}dist/index.js`).mtimeMs;
  if (newestMtime(`${root}src`) > builtAt) {
    log('warning: src/ changed after dist/ was built; figures are for the older build');
  }
  snapshotDist();
  return new Date(builtAt).toISOString();
}

const results = {
  date: new Date().toISOString(),
  mode: flags.quick ? 'quick' : 'full',
  machine: {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    totalMemMB: Math.round(totalmem() / 1024 / 1024),
    loadavgAtStart: loadavg().map((l) => round(l)),
  },
  commit: gitDescribe(),
  distBuiltAt: checkDist(),
  config: Object.fromEntries(
    Object.entries(CONFIG).filter(([m]) =>
      wants(m === 'heap' ? 'rss' : m.replace(/CallByCall$/, '')),
    ),
  ),
};
const started = performance.now();

/** Runs one metric; a failure is logged and recorded, and the run goes on with the others. */
async function phase(name, fn) {
  const at = performance.now();
  try {
    await fn();
  } catch (error) {
    log(`${name}: failed: ${error.message}`);
    results.errors ??= {};
    results.errors[name] = String(error.message);
  }
  results.phaseSeconds ??= {};
  results.phaseSeconds[name] = round((performance.now() - at) / 1000, 1);
}

if (wants('bundle')) {
  await phase('bundle', async () => {
    log('bundles (esbuild, min+gzip)');
    const bundles = {};
    for (const name of Object.keys(ENTRIES)) bundles[name] = await bundleEntry(name);
    results.bundles = bundles;
  });
}

if (['import', 'latency', 'throughput', 'rss'].some(wants)) {
  const server = await startFixtureServer();
  log(`fixture server ${server.baseUrl} (pid ${server.pid}, body ${server.bodyBytes} bytes)`);
  const task = { baseUrl: server.baseUrl };
  try {
    if (wants('import')) {
      await phase('import', () => {
        const { iterations } = CONFIG.import;
        log(`cold import and cold first call: ${iterations} rounds of spawns`);
        results.coldImport = measureColdImports({
          iterations,
          baseUrl: server.baseUrl,
          onProgress: (i, n) => i % 10 === 0 && log(`  import round ${i}/${n}`),
        });
      });
    }
    await phase('headers', async () => {
      // One call each, in this process: every contender works, and we record what it sends.
      results.requestHeaders = {};
      for (const id of CONTENDERS) {
        await (await createContender(id, server.baseUrl))();
        results.requestHeaders[id] = (await fixtureStats(server.baseUrl)).lastHeaders;
      }
    });
    if (wants('latency')) {
      await phase('latency', async () => {
        for (const [key, c] of [
          ['latency', CONFIG.latency],
          ['latencyCallByCall', CONFIG.latencyCallByCall],
        ]) {
          log(
            `${key}: ${c.rounds} rounds × ${c.perRound} sequential calls per contender, ` +
              `${c.block} at a time`,
          );
          const raw = await runChild('worker.mjs', { kind: 'latency', ...task, ...c });
          results[key] = withRatios(
            raw,
            (r) => r.medianMs,
            (r) => r.roundMediansMs,
          );
        }
      });
    }
    if (wants('throughput')) {
      await phase('throughput', async () => {
        const c = CONFIG.throughput;
        log(`throughput: ${c.rounds} rounds × ${c.count} calls at ${c.concurrency} in flight`);
        const raw = await runChild('worker.mjs', { kind: 'throughput', ...task, ...c });
        results.throughput = withRatios(
          raw,
          (r) => r.reqPerSec,
          (r) => r.roundRates,
        );
      });
    }
    if (wants('rss')) {
      await phase('rss', async () => {
        const c = CONFIG.rss;
        log(`rss: ${c.rounds} round(s), one process per contender, ${c.count} calls each`);
        results.rss = summarizeRss(await perProcess('rss', c, task));
        const h = CONFIG.heap;
        log(`heap: ${h.rounds} round(s), one process per contender, ${h.concurrency} in flight`);
        const heaps = await perProcess('heap', h, task);
        results.heap = Object.fromEntries(
          CONTENDERS.map((id) => [
            id,
            {
              inFlightHeap: median(heaps[id].map((run) => run.inFlightHeap)),
              roundHeaps: heaps[id].map((run) => run.inFlightHeap),
              idleHeap: median(heaps[id].map((run) => run.idleHeap)),
            },
          ]),
        );
      });
    }
  } finally {
    await server.stop();
  }
}

if (wants('bulk')) {
  const source = emulatorSource();
  if (source) {
    await phase('bulk', async () => {
      const c = CONFIG.bulk;
      log(`bulk (${source}/): ${c.calls} calls, emulator limit ${c.perSecond}/s burst ${c.burst}`);
      results.bulk = await runBulk(c, source);
    });
  } else {
    log('bulk: skipped, no build or source exports createRaffEmulator yet');
  }
}

results.machine.loadavgAtEnd = loadavg().map((l) => round(l));
results.durationSeconds = round((performance.now() - started) / 1000, 1);
results.budgets = checkBudgets(results);

mkdirSync(`${root}bench/results`, { recursive: true });
const json = `${JSON.stringify(results, null, 2)}\n`;
const kind = [results.mode, ...(flags.only ? only : [])].join('-');
const dated = `run-${results.date.replace(/[:.]/g, '-')}-${kind}.json`;
writeFileSync(`${root}bench/results/latest.json`, json);
writeFileSync(`${root}bench/results/${dated}`, json);
console.log(renderReport(results));
log(`done in ${results.durationSeconds} s; JSON in bench/results/latest.json and ${dated}`);
if (flags.strict && results.budgets.some((b) => b.pass === false)) process.exitCode = 1;

/** Adds `ratio` (to raw fetch, from the pooled figure) and the per-round ratio range. */
function withRatios(raw, figure, perRound) {
  const out = {};
  for (const [id, entry] of Object.entries(raw)) {
    const roundRatios = perRound(entry).map((v, i) => v / perRound(raw.fetch)[i]);
    out[id] = {
      ...entry,
      ratio: figure(entry) / figure(raw.fetch),
      roundRatioRange: range(roundRatios),
    };
  }
  return out;
}

/**
 * Worker task `kind` (with `task`'s fixture server) in a fresh process per contender, `config.rounds` times, the order rotating
 * from round to round: each contender's results, in round order.
 */
async function perProcess(kind, config, task) {
  const runs = Object.fromEntries(CONTENDERS.map((id) => [id, []]));
  for (let r = 0; r < config.rounds; r++) {
    for (const id of rotate(CONTENDERS, r)) {
      runs[id].push(await runChild('worker.mjs', { kind, contenders: [id], ...task, ...config }));
    }
  }
  return runs;
}

function summarizeRss(runs) {
  const out = {};
  for (const id of CONTENDERS) {
    const pick = (key) => median(runs[id].map((run) => run[key]));
    out[id] = {
      peakRss: pick('peakRss'),
      roundPeaks: runs[id].map((run) => run.peakRss),
      loadedRss: pick('loadedRss'),
      afterGcRss: pick('afterGcRss'),
      heapUsedAfterGc: pick('heapUsedAfterGc'),
      runs: runs[id].length,
      calls: CONFIG.rss.count,
    };
  }
  for (const id of CONTENDERS) out[id].deltaBytes = out[id].peakRss - out.fetch.peakRss;
  return out;
}
