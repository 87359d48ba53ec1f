import type { components } from '../../../../generated/openapi.js';
import type { HandlerTable } from '../../server/handler.js';
import { findPlan, PLANS } from './catalog.js';
import { contentsOf, type DatabaseContents } from './contents.js';
import { logLine } from './engine-text.js';
import { pathDatabase } from './lookup.js';
import { clientTraffic, latestMetrics, metricsHistory } from './metrics.js';
import { parametersOf } from './parameters.js';
import { READY } from './timings.js';

type SlowQuery = components['schemas']['DatabaseSlowQuery'];

/** Valkey's SLOWLOG keeps commands slower than this. */
const VALKEY_SLOWLOG_MS = 10;

const round3 = (ms: number) => Math.round(ms * 1000) / 1000;

/** pg_stat_statements: one entry per normalized statement, slowest mean first. */
function postgresEntries(contents: DatabaseContents): SlowQuery[] {
  const byStatement = new Map<string, { calls: number; total: number; rows: number }>();
  for (const run of contents.statements) {
    if (!run.ok) continue;
    const entry = byStatement.get(run.normalized) ?? { calls: 0, total: 0, rows: 0 };
    entry.calls++;
    entry.total += run.ms;
    entry.rows += run.rows;
    byStatement.set(run.normalized, entry);
  }
  return [...byStatement].map(([query, e]) => ({
    query,
    calls: e.calls,
    mean_ms: round3(e.total / e.calls),
    total_ms: round3(e.total),
    rows: e.rows,
  }));
}

/**
 * What a managed database tells about itself: usage, traffic, slow queries, logs, settings and
 * who uses it.
 *
 * @internal
 */
export const INSIGHT_HANDLERS = {
  getDatabaseMetrics: (context) => ({
    body: latestMetrics(context.state, pathDatabase(context), context.now),
  }),

  getDatabaseMetricsHistory: (context) => ({
    body: metricsHistory(
      context.state,
      pathDatabase(context),
      context.query.window_hours ?? 24,
      context.now,
    ),
  }),

  getDatabaseClientTraffic: (context) => ({
    body: clientTraffic(
      context.state,
      pathDatabase(context),
      context.query.window_hours ?? 24,
      context.now,
    ),
  }),

  getDatabaseSlowQueries: (context) => {
    const db = pathDatabase(context);
    const contents = contentsOf(context.state, db.id);
    const limit = context.query.limit ?? 20;
    const up = READY.includes(db.status);
    let queries: SlowQuery[] = [];
    let collecting = false;
    if (db.engine === 'postgres') {
      // The statistics come from pg_stat_statements: none while it is not installed.
      collecting = up && contents.extensions.has('pg_stat_statements');
      if (collecting) queries = postgresEntries(contents);
    } else if (db.engine === 'valkey') {
      collecting = up;
      queries = contents.statements
        .filter((run) => run.ms >= VALKEY_SLOWLOG_MS)
        .map((run) => ({ query: run.normalized, calls: 1, mean_ms: run.ms, total_ms: run.ms }));
    }
    queries.sort((a, b) => b.mean_ms - a.mean_ms || b.total_ms - a.total_ms);
    return { body: { success: true, queries: queries.slice(0, limit), collecting } };
  },

  getDatabaseLogs: (context) => {
    const db = pathDatabase(context);
    const tail = context.query.tail ?? 200;
    const events = contentsOf(context.state, db.id).events.slice(-tail);
    return { body: { success: true, lines: events.map((event) => logLine(db.engine, event)) } };
  },

  listDatabaseParameters: (context) => {
    const db = pathDatabase(context);
    const plan = findPlan(db.planId) ?? PLANS[0];
    const parameters = plan === undefined ? [] : parametersOf(db.engine, plan, db.engineConfig);
    return { body: { success: true, parameters } };
  },

  // Apps and functions bind to databases through their own domains; none does in the emulator
  // yet, so the list is empty until one does.
  listDatabaseConsumers: (context) => {
    pathDatabase(context);
    return { body: { success: true, consumers: [] } };
  },
} satisfies HandlerTable;
