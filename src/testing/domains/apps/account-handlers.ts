import { notFound } from '../../server/errors.js';
import type { HandlerTable } from '../../server/handler.js';
import { iso } from '../../server/iso-time.js';
import { reviewSpendCap } from './lifecycle.js';
import { spendCap } from './records.js';
import { APP_TIERS } from './tiers.js';
import { everyService, periodSpan, usageReport } from './usage.js';
import { spendSettingsView } from './views.js';

/**
 * The account-wide Apps operations: tiers and their public price list, usage, and the spend cap.
 *
 * @internal
 */
export const APPS_ACCOUNT_HANDLERS = {
  listAppTiers: ({ query }) => ({
    body: {
      success: true,
      tiers: APP_TIERS.filter((tier) => query.region === undefined || tier.region === query.region),
    },
  }),

  getAppsPricing: () => ({ body: { success: true, tiers: [...APP_TIERS] } }),

  getAppsUsage: (context) => {
    const { state, now, query } = context;
    const reached = new Set(context.access.projectsReached());
    let services = everyService(state).filter((s) => reached.has(s.projectId));
    const ref = query.service_id;
    if (ref !== undefined) {
      services = services.filter((s) => s.id === ref || s.shortId === ref);
      if (services.length === 0) throw notFound(`App service ${ref} not found`);
    }
    const span = periodSpan(query.period ?? 'current', now);
    const report = usageReport(state, services, span, ref !== undefined);
    return {
      body: {
        success: true,
        services: report.services,
        total_estimated_cost_usd: report.total,
        period_start: iso(span.start),
        period_end: iso(span.end),
      },
    };
  },

  getAppSpendSettings: (context) => ({
    body: { success: true, settings: spendSettingsView(context.state) },
  }),

  updateAppSpendSettings: (context) => {
    const { state, now, body } = context;
    const cap = spendCap(state);
    if (body.enabled !== undefined) cap.enabled = body.enabled;
    // Stored to the cent.
    if (body.monthly_cap_usd !== undefined)
      cap.capUsd = Math.round(body.monthly_cap_usd * 100) / 100;
    if (body.cap_action !== undefined) cap.action = body.cap_action;
    // A cap now at or below this month's spending pauses at once; one raised or off lets go.
    reviewSpendCap(state, now);
    return { body: { success: true, settings: spendSettingsView(state) } };
  },
} satisfies HandlerTable;
