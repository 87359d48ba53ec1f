// Markdown tables for the terminal (and for pasting into docs/performance.md).
import { BUDGETS } from './budgets.mjs';
import { CONTENDERS, LABELS } from './contenders.mjs';

const MB = 1024 * 1024;
const dash = '–';

function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const verdict = (pass) =>
  pass === null ? 'info' : pass === 'inconclusive' ? 'inconclusive' : pass ? 'PASS' : 'FAIL';
const us = (ms) => (ms * 1000).toFixed(0);
const x = (ratio) => `${ratio.toFixed(2)}×`;

/** Contender × metric, with a budget row and a PASS/FAIL row for @raff/sdk. */
export function contenderTable(results) {
  const { latency, throughput, rss, coldImport, bundles } = results;
  const importKey = {
    fetch: null,
    'openapi-fetch': 'openapi-fetch',
    ky: 'ky',
    openai: 'openai',
    sdk: 'sdk-esm',
  };
  const rows = CONTENDERS.map((id) => {
    const l = latency?.[id];
    const t = throughput?.[id];
    const r = rss?.[id];
    const imp = importKey[id] === null ? 0 : coldImport?.[importKey[id]]?.overBaselineMs;
    const b = bundles?.[id === 'sdk' ? 'lambda' : id];
    return [
      LABELS[id],
      l ? us(l.medianMs) : dash,
      l ? us(l.p90Ms) : dash,
      l ? x(l.ratio) : dash,
      t ? t.reqPerSec.toFixed(0) : dash,
      t ? x(t.ratio) : dash,
      r ? (r.peakRss / MB).toFixed(1) : dash,
      r ? (r.deltaBytes / MB).toFixed(1) : dash,
      coldImport && imp !== undefined ? imp.toFixed(1) : dash,
      b ? (b.gzipBytes / 1024).toFixed(2) : dash,
    ];
  });
  const sdk = (metric, check) => (results[metric] ? verdict(check(results[metric])) : dash);
  rows.push([
    '**budget (@raff/sdk)**',
    dash,
    dash,
    `≤ ${x(BUDGETS.latencyRatio)}`,
    dash,
    `≥ ${x(BUDGETS.throughputRatio)}`,
    dash,
    `≤ +${BUDGETS.rssDeltaBytes / MB}`,
    `≤ ${BUDGETS.importMs}`,
    '≤ openai-node',
  ]);
  rows.push([
    '**@raff/sdk**',
    dash,
    dash,
    sdk('latency', (m) => m.sdk.ratio <= BUDGETS.latencyRatio),
    dash,
    sdk('throughput', (m) => m.sdk.ratio >= BUDGETS.throughputRatio),
    dash,
    sdk('rss', (m) => m.sdk.deltaBytes <= BUDGETS.rssDeltaBytes),
    sdk('coldImport', (m) => m['sdk-esm'].overBaselineMs <= BUDGETS.importMs),
    sdk('bundles', (m) => m.openai !== undefined && m.lambda.gzipBytes <= m.openai.gzipBytes),
  ]);
  return table(
    [
      'contender',
      'per call median (µs)',
      'p90 (µs)',
      '× fetch',
      'req/s @64',
      '× fetch',
      'peak RSS (MB)',
      'Δ RSS vs fetch (MB)',
      'import over node (ms)',
      'handler bundle (KB gz)',
    ],
    rows,
  );
}

/** Every budget: measured, limit, PASS/FAIL. */
export function budgetTable(rows) {
  return table(
    ['budget', 'measured', 'limit', 'result'],
    rows.map((r) => [r.name, r.measured, r.limit, verdict(r.pass)]),
  );
}

export function importTable(coldImport) {
  return table(
    ['process', 'median wall (ms)', 'over its baseline (ms)', 'baseline', 'load CPU (ms)'],
    Object.values(coldImport).map((e) => [
      e.label,
      e.medianMs.toFixed(1),
      e.overBaselineMs === undefined ? dash : e.overBaselineMs.toFixed(1),
      e.baseline === undefined ? dash : coldImport[e.baseline].label,
      e.cpuMs === undefined ? dash : e.cpuMs.toFixed(1),
    ]),
  );
}

export function bundleTable(bundles) {
  return table(
    ['entry', 'minified (KB)', 'min+gzip (KB)'],
    Object.values(bundles).map((b) => [
      b.label,
      (b.minBytes / 1024).toFixed(2),
      (b.gzipBytes / 1024).toFixed(2),
    ]),
  );
}

export function bulkTable(bulk) {
  const row = (name, run) => [
    name,
    (run.ms / 1000).toFixed(2),
    x(run.ms / bulk.idealMs),
    String(run.attempts),
    String(run.rateLimited),
    String(run.failed),
  ];
  return table(
    ['run', 'time (s)', '× ideal', 'requests seen', '429s', 'failed calls'],
    [
      row('limiter on', bulk.limiter),
      row('limiter off (Retry-After only)', bulk.noLimiter),
      row('capacity (no limits anywhere)', bulk.capacity),
    ],
  );
}

/** The whole report: machine line, the two main tables, then each metric's details. */
export function renderReport(r) {
  const out = [];
  const m = r.machine;
  out.push(
    `## Benchmark (${r.mode}) — ${r.date}`,
    '',
    `Node ${m.node}, ${m.platform}, ${m.cpus}× ${m.cpuModel}, load ${m.loadavgAtStart.join('/')} → ` +
      `${m.loadavgAtEnd.join('/')}; commit ${r.commit}; dist built ${r.distBuiltAt}.`,
    '',
    contenderTable(r),
    '',
    budgetTable(r.budgets),
  );
  if (r.latency) {
    const spread = CONTENDERS.map((id) => {
      const [lo, hi] = r.latency[id].roundRatioRange;
      return `${LABELS[id]} ${lo.toFixed(2)}–${hi.toFixed(2)}`;
    });
    out.push('', `Per-round latency ratios: ${spread.join(', ')}.`);
  }
  if (r.throughput) {
    const spread = CONTENDERS.map((id) => {
      const [lo, hi] = r.throughput[id].roundRatioRange;
      return `${LABELS[id]} ${lo.toFixed(2)}–${hi.toFixed(2)}`;
    });
    out.push(`Per-round throughput ratios: ${spread.join(', ')}.`);
  }
  if (r.coldImport) out.push('', '### Cold import', '', importTable(r.coldImport));
  if (r.bundles) out.push('', '### Bundles', '', bundleTable(r.bundles));
  if (r.bulk) {
    const b = r.bulk;
    out.push(
      '',
      `### Bulk: ${b.calls} calls, ${b.concurrency} in flight, limit ${b.perSecond}/s burst ${b.burst} ` +
        `(ideal ${(b.idealMs / 1000).toFixed(2)} s; SDK and emulator from ${b.source}/)`,
      '',
      bulkTable(b),
    );
  }
  for (const [name, message] of Object.entries(r.errors ?? {})) {
    out.push('', `### ${name}: FAILED`, '', '```', message, '```');
  }
  return out.join('\n');
}
