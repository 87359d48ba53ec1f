// When a trigger fires: a cron trigger on its schedule in its time zone, a `once` trigger at its
// `run_at` (if that is still ahead), an `s3` trigger never by the clock (on bucket events, which
// the emulator does not serve).
import { nextCronRun, parseCron } from './cron.js';
import type { TriggerRecord } from './records.js';

/**
 * The first time the trigger fires strictly after `after`; `undefined` when it is off or will not.
 *
 * @internal
 */
export function nextTriggerRun(trigger: TriggerRecord, after: number): number | undefined {
  if (!trigger.enabled) return undefined;
  if (trigger.type === 'cron' && trigger.cronExpression !== undefined) {
    return nextCronRun(parseCron(trigger.cronExpression, trigger.timezone || 'UTC'), after);
  }
  if (trigger.type === 'once' && trigger.runAt !== undefined && trigger.runAt > after) {
    return trigger.runAt;
  }
  return undefined;
}
