import type { components } from '../../../../generated/openapi.js';
import { badRequest } from '../../server/errors.js';
import type { HandlerTable } from '../../server/handler.js';
import { iso } from '../../server/iso-time.js';
import { one } from '../../server/replies.js';
import { findFunction } from './lookup.js';
import { deployments, type FunctionRecord, triggerRuns } from './records.js';
import { latestRequests, requestsBetween, type SyntheticRequest } from './traffic.js';
import { triggerRunView } from './views.js';

type LogLine = components['schemas']['FunctionLogLine'];

const HOUR = 3_600_000;
/** Each metrics window and the width of its buckets. */
const WINDOWS = {
  '1h': { span: HOUR, bucket: 5 * 60_000 },
  '24h': { span: 24 * HOUR, bucket: HOUR },
  '7d': { span: 7 * 24 * HOUR, bucket: 6 * HOUR },
} as const;

function logLine(fn: FunctionRecord, request: SyntheticRequest): LogLine {
  const base = `${request.method} ${request.path} ${request.status} in ${request.durationMs} ms`;
  if (request.status >= 500) {
    return {
      timestamp: iso(request.at),
      level: 'error',
      message: `${base}: unhandled error in ${fn.runtime === 'python' ? 'app' : 'handler'}`,
      stream: 'stderr',
    };
  }
  return {
    timestamp: iso(request.at),
    level: request.status >= 400 ? 'warn' : 'info',
    message: base,
    stream: 'stdout',
  };
}

/** What the platform writes when a revision starts serving. */
function startLines(context: { state: Parameters<typeof deployments.in>[0] }, fn: FunctionRecord) {
  return deployments
    .in(context.state)
    .where((d) => d.functionId === fn.id && d.status === 'ready' && d.finishedAt !== undefined)
    .map(
      (d): LogLine => ({
        timestamp: iso(d.finishedAt ?? d.createdAt),
        level: 'info',
        message: `Listening on port 8080 (deployment ${d.id.slice(0, 8)})`,
        stream: 'stdout',
      }),
    );
}

function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
}

/**
 * What a function did: its log, metrics, recent requests and trigger deliveries, all derived from
 * its synthetic traffic and its triggers on the clock.
 *
 * @internal
 */
export const OBSERVE_HANDLERS = {
  listFunctionLogs: (context) => {
    const { query, now } = context;
    const fn = findFunction(context, context.params.function_id);
    const until = query.until === undefined ? now : Math.min(now, Date.parse(query.until));
    const since = query.since === undefined ? until - HOUR : Date.parse(query.since);
    if (since > until) throw badRequest('since must not be after until');
    if (until - since > 14 * 24 * HOUR) {
      throw badRequest('Raff keeps 14 days of logs: narrow since/until to at most 14 days');
    }
    const needle = query.q?.toLowerCase();
    const lines = [
      ...requestsBetween(fn, since, until).map((request) => logLine(fn, request)),
      ...startLines(context, fn).filter((line) => {
        const at = Date.parse(line.timestamp);
        return at >= since && at <= until;
      }),
    ]
      .filter((line) => query.level === undefined || line.level === query.level)
      .filter((line) => needle === undefined || line.message.toLowerCase().includes(needle))
      .sort((a, b) => a.timestamp.localeCompare(b.timestamp));
    // The newest `limit` lines, oldest first.
    return one({ lines: lines.slice(-(query.limit ?? 500)) });
  },

  getFunctionMetrics: (context) => {
    const fn = findFunction(context, context.params.function_id);
    const { span, bucket } = WINDOWS[context.query.window ?? '1h'];
    const end = Math.floor(context.now / bucket) * bucket + bucket;
    const start = end - span;
    const requests = requestsBetween(fn, start, context.now);
    const buckets = Array.from({ length: span / bucket }, (_, i) => start + i * bucket);
    const inBucket = (from: number) => requests.filter((r) => r.at >= from && r.at < from + bucket);
    const series = (
      name: 'invocations' | 'p50_ms' | 'p95_ms' | 'errors',
      pick: (rs: SyntheticRequest[]) => number,
    ) => ({
      name,
      points: buckets.map((from) => ({ timestamp: iso(from), value: pick(inBucket(from)) })),
    });
    const durations = (rs: readonly SyntheticRequest[]) =>
      rs.map((r) => r.durationMs).sort((a, b) => a - b);
    const errors = requests.filter((r) => r.status >= 500).length;
    return one({
      series: [
        series('invocations', (rs) => rs.length),
        series('p50_ms', (rs) => percentile(durations(rs), 0.5)),
        series('p95_ms', (rs) => percentile(durations(rs), 0.95)),
        series('errors', (rs) => rs.filter((r) => r.status >= 500).length),
      ],
      invocations_total: requests.length,
      error_rate_pct:
        requests.length === 0 ? 0 : Math.round((errors / requests.length) * 1000) / 10,
      p50_ms: percentile(durations(requests), 0.5),
      p95_ms: percentile(durations(requests), 0.95),
    });
  },

  listFunctionInvocations: (context) => {
    const fn = findFunction(context, context.params.function_id);
    const found = latestRequests(fn, context.now, Math.min(context.query.limit ?? 20, 200));
    return one({
      invocations: found.map((r) => ({
        timestamp: iso(r.at),
        method: r.method,
        path: r.path,
        status: r.status,
        duration_ms: r.durationMs,
      })),
    });
  },

  listFunctionTriggerRuns: (context) => {
    const fn = findFunction(context, context.params.function_id);
    const wanted = context.query.trigger_id;
    const since = context.now - 30 * 24 * HOUR;
    const runs = triggerRuns
      .in(context.state)
      .where(
        (r) =>
          r.functionId === fn.id &&
          r.scheduledFor >= since &&
          r.scheduledFor <= context.now &&
          (wanted === undefined || r.triggerId === wanted),
      )
      .sort((a, b) => b.scheduledFor - a.scheduledFor)
      .slice(0, context.query.limit ?? 20);
    return one({ runs: runs.map((run) => triggerRunView(run, context.now)) });
  },
} satisfies HandlerTable;
