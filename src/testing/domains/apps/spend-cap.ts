// The account's Apps spend cap: when this month's pay-as-you-go spending reaches it, and the
// 412 that creating, resuming, deploying, scaling up or running such apps gets while a pausing cap
// holds them. What pausing and lifting do to the services is in lifecycle.ts.
import type { EmulatorState } from '../../server/account.js';
import { HttpError } from '../../server/errors.js';
import { iso } from '../../server/iso-time.js';
import type { AppServiceRecord } from './records.js';
import { spendCap } from './records.js';
import { nextMonthStart, spendRate, spendThisMonth } from './usage.js';

const HOUR = 3_600_000;
// Spending is summed in floating point: a hair under the cap counts as reaching it.
const EPSILON_USD = 1e-9;

/**
 * Whether the cap, as set now, holds the account's pay-as-you-go apps paused at `at`: it is on,
 * its action is `pause`, and this month's spending has reached it.
 *
 * @internal
 */
export function capHolds(state: EmulatorState, at: number): boolean {
  const cap = spendCap(state);
  if (!cap.enabled || cap.action !== 'pause') return false;
  return spendThisMonth(state, at) >= cap.capUsd - EPSILON_USD;
}

/**
 * When, at the spending rate of `at`, this month's spending will reach a pausing cap; `undefined`
 * when nothing is being spent, the cap does not pause, or the month ends first.
 *
 * @internal
 */
export function capCrossing(state: EmulatorState, at: number): number | undefined {
  const cap = spendCap(state);
  if (!cap.enabled || cap.action !== 'pause') return undefined;
  const rate = spendRate(state);
  if (rate <= 0) return undefined;
  const left = cap.capUsd - spendThisMonth(state, at);
  const when = at + Math.max(1, Math.ceil((left / rate) * HOUR));
  return when < nextMonthStart(at) ? when : undefined;
}

/**
 * Throws the 412 Raff answers while the spend cap holds the account's pay-as-you-go apps paused
 * (for a pay-as-you-go service, or a new service, which always is one).
 *
 * @throws {HttpError} 412.
 * @internal
 */
export function requireUnderCap(
  state: EmulatorState,
  service?: Pick<AppServiceRecord, 'billingType'>,
): void {
  const cap = spendCap(state);
  if (cap.pausedAt === undefined) return;
  if (service !== undefined && service.billingType !== 'payg') return;
  throw new HttpError(
    412,
    `Apps are paused by the monthly spend cap (${cap.capUsd.toFixed(2)} USD, reached ${iso(cap.pausedAt)}); raise or turn off the cap with updateAppSpendSettings, or wait for the month to end`,
  );
}
