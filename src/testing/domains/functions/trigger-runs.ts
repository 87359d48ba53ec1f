// Triggers firing on the emulated clock: each cron or `once` trigger is a periodic task of the
// lifecycle engine; each firing is a delivery (a trigger run) that the function accepts when it
// is live, and that fails after three attempts when it is not.
import type { EmulatorState } from '../../server/account.js';
import { functionKey } from './lifecycle.js';
import { functions, type TriggerRecord, triggerRuns } from './records.js';
import { liveAt } from './traffic.js';
import { nextTriggerRun } from './trigger-schedule.js';

const DAY = 86_400_000;
/** Raff keeps 30 days of trigger runs. */
const KEEP_MS = 30 * DAY;
/** Pauses before the second and third attempt of a failing delivery. */
const RETRY_PAUSES_MS = [10_000, 30_000] as const;

/** How long a delivery took, ms: 150–950, the same for the same trigger and time. */
function deliveryMs(trigger: TriggerRecord, at: number): number {
  return 150 + (Math.abs(Math.imul(at / 1000, 2654435761) ^ trigger.id.charCodeAt(0)) % 800);
}

/**
 * Delivers the trigger's event due at `at` to its function.
 *
 * @internal
 */
export function fireTrigger(state: EmulatorState, trigger: TriggerRecord, at: number): void {
  const fn = functions.in(state).find(trigger.functionId);
  if (fn === undefined) return;
  const durationMs = deliveryMs(trigger, at);
  const serving = liveAt(fn, at);
  const run = triggerRuns.in(state).create(at, (stamp) => ({
    ...stamp,
    functionId: fn.id,
    triggerId: trigger.id,
    scheduledFor: at,
    outcome: serving ? 'ok' : 'failed',
    attempts: serving ? 1 : 3,
    responseStatus: serving ? 200 : 503,
    durationMs: serving ? durationMs : 30,
    error: serving
      ? undefined
      : `Function ${fn.name} was ${fn.status}: it did not accept the event`,
    finishedAt: at + (serving ? durationMs : RETRY_PAUSES_MS[0] + RETRY_PAUSES_MS[1] + 90),
  }));
  trigger.lastRunAt = at;
  trigger.lastStatus = run.outcome;
  for (const old of triggerRuns.in(state).where((r) => r.scheduledFor < at - KEEP_MS)) {
    triggerRuns.in(state).discard(old.id);
  }
}

/**
 * Registers (or, after a change, re-registers) a trigger with the lifecycle engine from `from`
 * on; a trigger that is off or will not fire again is taken off.
 *
 * @internal
 */
export function scheduleTrigger(state: EmulatorState, trigger: TriggerRecord, from: number): void {
  const key = functionKey.trigger(trigger.id);
  if (nextTriggerRun(trigger, from) === undefined) {
    state.lifecycle.cancel(key);
    return;
  }
  state.lifecycle.every(
    {
      key,
      next: (after) => nextTriggerRun(trigger, after),
      run: (at) => fireTrigger(state, trigger, at),
    },
    from,
  );
}
