// Cron triggers' schedules, read by the emulator's one cron parser (server/cron.ts), with the 400
// a trigger gets for an expression or a time zone it cannot use.
import {
  isTimeZone,
  nextCronRun as nextRun,
  parseCron as parse,
  type CronSchedule as Schedule,
} from '../../server/cron.js';
import { badRequest } from '../../server/errors.js';

export { isTimeZone };

/**
 * A parsed cron expression and the time zone it is read in.
 *
 * @internal
 */
export interface CronSchedule extends Schedule {
  readonly timeZone: string;
}

/**
 * Parses a five-field cron expression read in `timeZone` (UTC when empty).
 *
 * @throws {HttpError} 400 naming what is wrong.
 * @internal
 */
export function parseCron(expression: string, timeZone = 'UTC'): CronSchedule {
  const parsed = parse(expression);
  if ('error' in parsed) {
    throw badRequest(
      `cron_expression: "${expression}" is not a valid cron expression: ${parsed.error}`,
    );
  }
  if (!isTimeZone(timeZone)) throw badRequest(`timezone "${timeZone}" is not an IANA time zone`);
  return { ...parsed, timeZone };
}

/**
 * The first time the schedule fires strictly after `after`; `undefined` when it never does
 * (e.g. `0 0 31 2 *`).
 *
 * @internal
 */
export function nextCronRun(schedule: CronSchedule, after: number): number | undefined {
  return nextRun(schedule, schedule.timeZone, after);
}
