// Functions usage this calendar month and the spend cap: memory GB-seconds (warm instances
// included) and active vCPU-seconds, from the functions' live time and synthetic traffic plus
// what the seeded account had used before the emulator started; the charge beyond the free
// allowance; and the cap that pauses every function when the month's charge reaches it, and
// lets them serve again when it goes up, is switched off, or a new month begins.
import type { components } from '../../../../generated/openapi.js';
import type { EmulatorState } from '../../server/account.js';
import { iso } from '../../server/iso-time.js';
import { FUNCTIONS_PRICE } from './catalog.js';
import { pause, startRollout } from './lifecycle.js';
import { type FunctionRecord, functions, functionsAccount } from './records.js';
import { liveMs } from './traffic.js';

type Schemas = components['schemas'];

/** Mean time a synthetic request runs, seconds, and the share of a vCPU it keeps busy. */
const MEAN_REQUEST_SECONDS = 0.06;
const CPU_SHARE = 0.5;

/**
 * The start of the calendar month (UTC) `now` is in.
 *
 * @internal
 */
export function monthStart(now: number): number {
  const date = new Date(now);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}

function monthEnd(start: number): number {
  const date = new Date(start);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}

interface Meters {
  gbSeconds: number;
  warmGbSeconds: number;
  cpuSeconds: number;
  requests: number;
}

function metersOf(fn: FunctionRecord, from: number, now: number): Meters {
  const seconds = liveMs(fn, from, now) / 1000;
  const gb = fn.memoryMb / 1024;
  const requests = Math.round((seconds / 60) * fn.requestsPerMinute);
  const warm = fn.minScale * gb * seconds;
  return {
    gbSeconds: requests * MEAN_REQUEST_SECONDS * gb + warm,
    warmGbSeconds: warm,
    cpuSeconds: requests * MEAN_REQUEST_SECONDS * CPU_SHARE,
    requests,
  };
}

/** The charge for some meters, USD; `free` applies the account's monthly allowance. */
function charge(meters: Meters, aiConversions: number, free: boolean): number {
  const price = FUNCTIONS_PRICE;
  // Warm idle instances pay a fraction of the memory rate.
  const billedGb = meters.gbSeconds - meters.warmGbSeconds * (1 - price.warm_rate_multiplier);
  const gb = Math.max(0, billedGb - (free ? price.free_gb_seconds : 0));
  const cpu = Math.max(0, meters.cpuSeconds - (free ? price.free_vcpu_seconds : 0));
  const ai = Math.max(0, aiConversions - price.free_ai_conversions);
  const usd = gb * price.price_per_gb_second + cpu * price.price_per_vcpu_second;
  return Math.round((usd + ai * price.price_per_ai_conversion) * 100) / 100;
}

/**
 * Starts a new billing month when `now` has reached one: the figures restart from zero.
 *
 * @internal
 */
export function rollOver(state: EmulatorState, now: number): void {
  const account = functionsAccount(state);
  const start = monthStart(now);
  if (account.periodStart >= start) return;
  account.periodStart = start;
  account.carried = { gbSeconds: 0, warmGbSeconds: 0, cpuSeconds: 0, requests: 0 };
  account.aiConversions = 0;
}

/**
 * This month's usage, for the account or (with `only`) for one function before the free
 * allowance.
 *
 * @internal
 */
export function usageView(
  state: EmulatorState,
  now: number,
  only?: FunctionRecord,
): Schemas['FunctionsUsage'] {
  rollOver(state, now);
  const account = functionsAccount(state);
  const total: Meters =
    only === undefined ? { ...account.carried } : metersOf(only, account.periodStart, now);
  if (only === undefined) {
    for (const fn of functions.in(state).values()) {
      const meters = metersOf(fn, account.periodStart, now);
      total.gbSeconds += meters.gbSeconds;
      total.warmGbSeconds += meters.warmGbSeconds;
      total.cpuSeconds += meters.cpuSeconds;
      total.requests += meters.requests;
    }
  }
  const accountWide = only === undefined ? total : usageTotals(state, now);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    memory_gb_seconds: round(total.gbSeconds),
    warm_gb_seconds: round(total.warmGbSeconds),
    cpu_seconds: round(total.cpuSeconds),
    request_count: total.requests,
    free_gb_seconds_remaining: round(
      Math.max(0, FUNCTIONS_PRICE.free_gb_seconds - accountWide.gbSeconds),
    ),
    free_vcpu_seconds_remaining: round(
      Math.max(0, FUNCTIONS_PRICE.free_vcpu_seconds - accountWide.cpuSeconds),
    ),
    estimated_cost_usd: charge(
      total,
      only === undefined ? account.aiConversions : 0,
      only === undefined,
    ),
    ai_conversions: account.aiConversions,
    period_start: iso(account.periodStart),
    period_end: iso(monthEnd(account.periodStart)),
    // Metering lags a little behind real time.
    as_of: iso(Math.floor(now / 300_000) * 300_000),
  };
}

function usageTotals(state: EmulatorState, now: number): Meters {
  const view = usageView(state, now);
  return {
    gbSeconds: view.memory_gb_seconds ?? 0,
    warmGbSeconds: view.warm_gb_seconds ?? 0,
    cpuSeconds: view.cpu_seconds ?? 0,
    requests: view.request_count ?? 0,
  };
}

/**
 * This month's charge so far, USD, after the free allowance.
 *
 * @internal
 */
export function monthCharge(state: EmulatorState, now: number): number {
  return usageView(state, now).estimated_cost_usd ?? 0;
}

/**
 * Whether the cap holds the account's functions paused right now.
 *
 * @internal
 */
export function capReached(state: EmulatorState, now: number): boolean {
  const account = functionsAccount(state);
  return account.capEnabled && monthCharge(state, now) >= account.capUsd;
}

const CAP_MESSAGE = 'Paused by the monthly spend cap; raise the cap or wait for next month';

/**
 * Applies the cap: at or past it, every serving (or building) function pauses; below it (or with
 * the cap off, or in a new month), the functions it paused redeploy and serve again.
 *
 * @internal
 */
export function enforceCap(state: EmulatorState, now: number): void {
  const reached = capReached(state, now);
  for (const fn of functions.in(state).values()) {
    if (reached && !fn.pausedByCap && (fn.status === 'live' || fn.status === 'building')) {
      if (fn.currentRevisionId === undefined) continue;
      fn.pausedByCap = true;
      pause(state, fn, now, CAP_MESSAGE);
    } else if (!reached && fn.pausedByCap) {
      fn.pausedByCap = false;
      if (fn.status === 'paused' && fn.currentRevisionId !== undefined) {
        startRollout(state, fn, fn.currentRevisionId, now);
      }
    }
  }
}

/**
 * The spend settings as the API shows them.
 *
 * @internal
 */
export function spendSettingsView(
  state: EmulatorState,
  now: number,
): Schemas['FunctionsSpendSettings'] {
  const account = functionsAccount(state);
  return {
    enabled: account.capEnabled,
    monthly_cap_usd: account.capUsd,
    cap_action: 'pause',
    paused_by_cap:
      functions
        .in(state)
        .values()
        .some((fn) => fn.pausedByCap) && capReached(state, now),
  };
}
