// The performance budgets of the issue, each checked against the figures of one run. Ratios are
// against another contender measured in the same run (raw fetch, ky, openai-node): absolute
// numbers on a shared machine mean little.

const MB = 1024 * 1024;

/** Limits, in the units the checks below compare. */
export const BUDGETS = {
  latencyRatio: 1.25,
  throughputRatio: 0.75,
  rssDeltaBytes: 15 * MB,
  // @raff/sdk against the libraries a user would otherwise pick, in the same run (DESIGN.md,
  // Policies): per call no slower than openai-node and at most 6% slower than ky alone,
  // throughput at 64 in flight at least openai-node's, peak RSS within 2 MB of ky alone's, and a
  // Lambda handler's bundle no larger than openai-node's. The other pairs are reported as info.
  vsOpenai: { latency: 1.0, throughput: 1.0, lambdaBundle: 1.0 },
  vsKy: { latency: 1.06, rssOverBytes: 2 * MB },
  importMs: 25,
  keyCheckGzipBytes: 1024,
  // raff-cli profiles in a handler that never reads one (bench/size.mjs, featureCost).
  profilesGzipBytes: 1024,
  bulkTimeRatio: 1.1,
  // "No 429 storm": our reading is at most 1% of the calls answered 429 with the limiter on.
  bulkMax429Share: 0.01,
  // Above this share of the ideal time for the unlimited capacity run, the machine itself is too
  // slow for the bulk time budget to say anything about the limiter.
  bulkCapacityShare: 0.8,
};

const fmt = {
  ratio: (x) => `${x.toFixed(2)}×`,
  // A pooled ratio with the spread of its per-round ratios, e.g. `1.043× (rounds 0.98–1.10×)`;
  // three decimals, so that a ratio just past a limit never prints as the limit itself.
  spread: ({ value, lo, hi }) => `${value.toFixed(3)}× (rounds ${lo.toFixed(2)}–${hi.toFixed(2)}×)`,
  ms: (x) => `${x.toFixed(1)} ms`,
  mb: (x) => `${x >= 0 ? '+' : ''}${(x / MB).toFixed(1)} MB`,
  // A difference in bytes with the range of its per-round differences.
  mbSpread: ({ value, lo, hi }) => `${fmt.mb(value)} (rounds ${fmt.mb(lo)} to ${fmt.mb(hi)})`,
  kb: (x) => `${(x / 1024).toFixed(2)} KB`,
};

const divide = (a, b) => a / b;
const subtract = (a, b) => a - b;

/**
 * @raff/sdk's figure against contender `other`'s in one metric of the same run, by `compare`
 * (a ratio unless told otherwise): the pooled value and the range of the per-round values (rounds
 * run every contender, in rotating order, so they pair by index). Undefined when either was not
 * measured.
 */
export function sdkOver(metric, other, figure, perRound, compare = divide) {
  const sdk = metric?.sdk;
  const them = metric?.[other];
  if (sdk === undefined || them === undefined) return undefined;
  const rounds = perRound(sdk).map((value, i) => compare(value, perRound(them)[i]));
  return {
    value: compare(figure(sdk), figure(them)),
    lo: Math.min(...rounds),
    hi: Math.max(...rounds),
  };
}

const perCall = (latency, other) =>
  sdkOver(
    latency,
    other,
    (r) => r.medianMs,
    (r) => r.roundMediansMs,
  );
const perSecond = (throughput, other) =>
  sdkOver(
    throughput,
    other,
    (r) => r.reqPerSec,
    (r) => r.roundRates,
  );
// RSS runs one process per contender per round, so the rounds pair by index too: as a ratio, and
// as bytes over the other (the budget against ky is in bytes).
const peakRss = (rss, other, compare = divide) =>
  sdkOver(
    rss,
    other,
    (r) => r.peakRss,
    (r) => r.roundPeaks ?? [r.peakRss],
    compare,
  );

/**
 * One row per budget whose metric was measured: `{ name, measured, limit, pass }`, where
 * `pass` is `null` for a figure reported for information only, and `'inconclusive'` when the
 * machine was too slow for the budget to be judged. `results` is
 * the JSON run.mjs writes; metrics left out with --only are skipped.
 */
export function checkBudgets(results, budgets = BUDGETS) {
  const rows = [];
  const add = (name, measured, limit, pass) => rows.push({ name, measured, limit, pass });
  const { latency, latencyCallByCall, throughput, rss, coldImport, bundles, bulk } = results;
  if (latency) {
    const r = latency.sdk.ratio;
    add(
      'per call (sequential median) vs fetch',
      fmt.ratio(r),
      `≤ ${fmt.ratio(budgets.latencyRatio)}`,
      r <= budgets.latencyRatio,
    );
  }
  if (throughput) {
    const r = throughput.sdk.ratio;
    add(
      'throughput at 64 in flight vs fetch',
      fmt.ratio(r),
      `≥ ${fmt.ratio(budgets.throughputRatio)}`,
      r >= budgets.throughputRatio,
    );
  }
  if (rss) {
    const d = rss.sdk.deltaBytes;
    add(
      `peak RSS after ${rss.sdk.calls.toLocaleString('en')} calls vs fetch`,
      fmt.mb(d),
      `≤ ${fmt.mb(budgets.rssDeltaBytes)}`,
      d <= budgets.rssDeltaBytes,
    );
  }
  const against = [
    ['per call vs openai-node', perCall(latency, 'openai'), '≤', budgets.vsOpenai.latency],
    ['per call vs ky', perCall(latency, 'ky'), '≤', budgets.vsKy.latency],
    // The same calls one at a time: every client's code evicted by four others between its calls.
    ['per call vs ky, call by call', perCall(latencyCallByCall, 'ky'), '≤', undefined],
    ['per call vs openai-node, call by call', perCall(latencyCallByCall, 'openai'), '≤', undefined],
    [
      'throughput @64 vs openai-node',
      perSecond(throughput, 'openai'),
      '≥',
      budgets.vsOpenai.throughput,
    ],
    ['throughput @64 vs ky', perSecond(throughput, 'ky'), '≥', undefined],
    ['peak RSS vs ky', peakRss(rss, 'ky'), '≤', undefined],
    ['peak RSS vs openai-node', peakRss(rss, 'openai'), '≤', undefined],
  ];
  for (const [name, measured, sign, limit] of against) {
    if (measured === undefined) continue;
    if (limit === undefined) {
      add(name, fmt.spread(measured), 'not budgeted', null);
      continue;
    }
    const pass = sign === '≤' ? measured.value <= limit : measured.value >= limit;
    add(name, fmt.spread(measured), `${sign} ${fmt.ratio(limit)}`, pass);
  }
  const overKy = peakRss(rss, 'ky', subtract);
  if (overKy !== undefined) {
    const limit = budgets.vsKy.rssOverBytes;
    add(
      'peak RSS over ky alone',
      fmt.mbSpread(overKy),
      `≤ ${fmt.mb(limit)}`,
      overKy.value <= limit,
    );
  }
  const heapOverKy = sdkOver(
    results.heap,
    'ky',
    (r) => r.inFlightHeap,
    (r) => r.roundHeaps,
    subtract,
  );
  if (heapOverKy !== undefined) {
    add(
      'heap with 64 calls in flight over ky alone (after a full GC)',
      fmt.mbSpread(heapOverKy),
      'not budgeted',
      null,
    );
  }
  if (coldImport) {
    const ms = coldImport['sdk-esm'].overBaselineMs;
    add(
      'cold import (ESM) over bare node',
      fmt.ms(ms),
      `≤ ${fmt.ms(budgets.importMs)}`,
      ms <= budgets.importMs,
    );
    const cjs = coldImport['sdk-cjs'].overBaselineMs;
    add('cold require (CJS) over bare node', fmt.ms(cjs), 'not budgeted', null);
    // The CPU the import itself used, from inside the process: steadier than wall time when the
    // machine is busy. A one-line ESM file costs about 10 ms of it on the 2-core reference machine.
    for (const [id, what] of [
      ['sdk-esm', 'import (ESM)'],
      ['sdk-cjs', 'require (CJS)'],
    ]) {
      const ms = coldImport[id].cpuMs;
      if (ms !== undefined)
        add(`cold ${what}: CPU time in the process`, fmt.ms(ms), 'not budgeted', null);
    }
    const first = coldImport['sdk-first-call']?.overBaselineMs;
    if (first !== undefined) {
      add('cold start: import + first call, over raw fetch', fmt.ms(first), 'not budgeted', null);
    }
  }
  if (bundles) {
    const l = bundles.lambda.gzipBytes;
    const theirs = bundles.openai?.gzipBytes;
    if (theirs === undefined) {
      add(
        'Lambda handler bundle, min+gzip',
        fmt.kb(l),
        'not budgeted (no openai-node bundle)',
        null,
      );
    } else {
      const limit = theirs * budgets.vsOpenai.lambdaBundle;
      add(
        'Lambda handler bundle vs openai-node handler, min+gzip',
        `${fmt.kb(l)} (${fmt.ratio(l / theirs)})`,
        `≤ ${fmt.kb(limit)} (openai-node's)`,
        l <= limit,
      );
    }
    const k = bundles.keyCheck.gzipBytes;
    add(
      'isRaffApiKey-only bundle, min+gzip',
      fmt.kb(k),
      `≤ ${fmt.kb(budgets.keyCheckGzipBytes)}`,
      k <= budgets.keyCheckGzipBytes,
    );
  }
  if (bulk) {
    const { limiter, noLimiter, capacity, idealMs, calls } = bulk;
    const ratio = limiter.ms / idealMs;
    const capacityRatio = capacity.ms / idealMs;
    const machineBound = capacityRatio > budgets.bulkCapacityShare;
    add(
      `bulk ${calls} calls, limiter on: time vs ideal`,
      fmt.ratio(ratio),
      `≤ ${fmt.ratio(budgets.bulkTimeRatio)}`,
      machineBound ? 'inconclusive' : ratio <= budgets.bulkTimeRatio,
    );
    add(
      'bulk capacity (no limits anywhere): time vs ideal',
      fmt.ratio(capacityRatio),
      `≤ ${fmt.ratio(budgets.bulkCapacityShare)} for the row above to count`,
      null,
    );
    add('bulk, limiter on: failed calls', String(limiter.failed), '0', limiter.failed === 0);
    const max429 = Math.floor(calls * budgets.bulkMax429Share);
    add(
      'bulk, limiter on: 429 answers',
      String(limiter.rateLimited),
      `≤ ${max429} (no storm)`,
      limiter.rateLimited <= max429,
    );
    add(
      'bulk, limiter off: completes via Retry-After',
      `${noLimiter.failed} failed, ${noLimiter.rateLimited}× 429`,
      '0 failed',
      noLimiter.failed === 0,
    );
  }
  return rows;
}
