// What services ran and what it cost: instance-hours from each service's meter (instances while
// it runs) and from its job runs (one instance per run), priced at its tier, per calendar month
// (UTC). Usage and the spend cap both read these sums.
import type { components } from '../../../../generated/openapi.js';
import type { EmulatorState } from '../../server/account.js';
import {
  type AppServiceRecord,
  appJobRuns,
  appServices,
  deletedServices,
  type MeterSegment,
} from './records.js';
import { findTier } from './tiers.js';

const HOUR = 3_600_000;

/**
 * The start of the calendar month (UTC) that `ms` falls in.
 *
 * @internal
 */
export function monthStart(ms: number): number {
  const date = new Date(ms);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}

/**
 * The start of the calendar month after the one `ms` falls in.
 *
 * @internal
 */
export function nextMonthStart(ms: number): number {
  const date = new Date(ms);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}

/**
 * The time span a usage `period` covers at `now`: this month so far, or all of last month.
 *
 * @internal
 */
export function periodSpan(
  period: 'current' | 'previous',
  now: number,
): { readonly start: number; readonly end: number } {
  const current = monthStart(now);
  if (period === 'current') return { start: current, end: now };
  return { start: monthStart(current - 1), end: current };
}

/**
 * USD per instance-hour of a tier (0 for a tier the emulator does not sell).
 *
 * @internal
 */
export function pricePerHour(tierId: number): number {
  return findTier(tierId)?.price_per_hour ?? 0;
}

/**
 * How many instances a service is billed for while it runs: none for `cron` and `job` services
 * (their runs are billed instead) and none for a service that scales to zero (the emulator sends
 * it no traffic, so it idles at zero); otherwise its fixed count, or the autoscaling minimum.
 *
 * @internal
 */
export function billedInstances(service: AppServiceRecord, running: boolean): number {
  if (!running) return 0;
  if (service.serviceType === 'cron' || service.serviceType === 'job') return 0;
  if (service.scaleToZero) return 0;
  return service.autoscalingEnabled ? service.minReplicas : service.replicas;
}

/** Hours of [from, to) inside [start, end). */
function overlapHours(from: number, to: number, start: number, end: number): number {
  return Math.max(0, Math.min(to, end) - Math.max(from, start)) / HOUR;
}

/**
 * The instance-hours and cost of one service in [start, end).
 *
 * @internal
 */
export function serviceUsage(
  state: EmulatorState,
  service: Pick<AppServiceRecord, 'id' | 'meter'>,
  start: number,
  end: number,
): { readonly hours: number; readonly usd: number } {
  let hours = 0;
  let usd = 0;
  const add = (segment: Pick<MeterSegment, 'from' | 'to' | 'instances' | 'perHour'>) => {
    const h = overlapHours(segment.from, segment.to ?? end, start, end) * segment.instances;
    hours += h;
    usd += h * segment.perHour;
  };
  for (const segment of service.meter) add(segment);
  for (const run of appJobRuns.in(state).where((r) => r.serviceId === service.id)) {
    add({ from: run.startedAt, to: run.finishedAt, instances: 1, perHour: run.perHour });
  }
  return { hours, usd };
}

/**
 * Every service the account has or had, deleted ones last.
 *
 * @internal
 */
export function everyService(state: EmulatorState): AppServiceRecord[] {
  return [...appServices.in(state).values(), ...deletedServices(state)];
}

/**
 * What the account's pay-as-you-go services cost this month up to `at`, USD (what the spend cap
 * counts; prepaid services are not in it).
 *
 * @internal
 */
export function spendThisMonth(state: EmulatorState, at: number): number {
  const start = monthStart(at);
  let usd = 0;
  for (const service of everyService(state)) {
    if (service.billingType === 'payg') usd += serviceUsage(state, service, start, at).usd;
  }
  return usd;
}

/**
 * How fast the pay-as-you-go services spend right now, USD per hour.
 *
 * @internal
 */
export function spendRate(state: EmulatorState): number {
  let perHour = 0;
  for (const service of appServices.in(state).values()) {
    if (service.billingType !== 'payg') continue;
    const open = service.meter.at(-1);
    if (open !== undefined && open.to === undefined) perHour += open.instances * open.perHour;
  }
  for (const run of appJobRuns.in(state).where((r) => r.status === 'running')) {
    perHour += run.perHour;
  }
  return perHour;
}

type AppServiceUsage = components['schemas']['AppServiceUsage'];

const cents = (usd: number) => Math.round(usd * 100) / 100;

/**
 * The usage report of `services` for [start, end): one entry per service that ran in it (or per
 * named service, even an idle one), instance-hours and USD to two decimals, and their total.
 *
 * @internal
 */
export function usageReport(
  state: EmulatorState,
  services: readonly AppServiceRecord[],
  span: { readonly start: number; readonly end: number },
  keepIdle: boolean,
): { readonly services: AppServiceUsage[]; readonly total: number } {
  const entries: AppServiceUsage[] = [];
  for (const service of services) {
    const { hours, usd } = serviceUsage(state, service, span.start, span.end);
    if (hours === 0 && !keepIdle) continue;
    entries.push({
      service_id: service.shortId,
      service_name: service.name,
      tier_id: service.tierId,
      replica_hours: cents(hours),
      estimated_cost_usd: cents(usd),
    });
  }
  const total = cents(entries.reduce((sum, entry) => sum + entry.estimated_cost_usd, 0));
  return { services: entries, total };
}
