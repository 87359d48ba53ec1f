import { badRequest } from '../../server/errors.js';
import type { ScheduleRecord, Weekday } from './records.js';

// Backup schedules run on UTC wall-clock times of the emulated clock.

const MINUTE = 60_000;
const DAY = 86_400_000;
const WEEKDAYS: readonly Weekday[] = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

/**
 * Minutes after midnight for a schedule `time` such as `8am`, `8:30pm`, `13:00` or `0:15`; 400
 * for anything else.
 *
 * @internal
 */
export function parseRunTime(time: string): number {
  const match = /^\s*(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\s*$/i.exec(time);
  const hour = Number(match?.[1]);
  const minute = Number(match?.[2] ?? 0);
  const half = match?.[3]?.toLowerCase();
  const valid =
    match !== null &&
    minute < 60 &&
    (half === undefined ? hour < 24 && match[2] !== undefined : hour >= 1 && hour <= 12);
  if (!valid) {
    throw badRequest(`time must be a time of day such as 8am, 8:30pm or 13:00; got "${time}"`);
  }
  const base = half === undefined ? hour : (hour % 12) + (half === 'pm' ? 12 : 0);
  return base * 60 + minute;
}

/** `8am`, `1:30pm`, `12pm` (noon), `12am` (midnight). */
function clockLabel(minuteOfDay: number): string {
  const hour = Math.floor(minuteOfDay / 60);
  const minute = minuteOfDay % 60;
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  const minutes = minute === 0 ? '' : `:${String(minute).padStart(2, '0')}`;
  return `${hour12}${minutes}${hour < 12 ? 'am' : 'pm'}`;
}

/**
 * The schedule's `runtime` in words, e.g. `Daily at 8am` or `Saturday 8am`.
 *
 * @internal
 */
export function runtimeLabel(
  schedule: Pick<ScheduleRecord, 'type' | 'minuteOfDay' | 'dayOfWeek'>,
): string {
  const at = clockLabel(schedule.minuteOfDay);
  return schedule.type === 'daily' ? `Daily at ${at}` : `${schedule.dayOfWeek ?? 'Sunday'} ${at}`;
}

/**
 * The first run of the schedule strictly after `after` (emulated ms).
 *
 * @internal
 */
export function nextRun(
  schedule: Pick<ScheduleRecord, 'type' | 'minuteOfDay' | 'dayOfWeek'>,
  after: number,
): number {
  const midnight = Math.floor(after / DAY) * DAY;
  let at = midnight + schedule.minuteOfDay * MINUTE;
  if (schedule.type === 'weekly') {
    const today = new Date(midnight).getUTCDay();
    const target = WEEKDAYS.indexOf(schedule.dayOfWeek ?? 'Sunday');
    at += ((target - today + 7) % 7) * DAY;
  }
  const period = schedule.type === 'daily' ? DAY : 7 * DAY;
  while (at <= after) at += period;
  return at;
}

/**
 * The next `count` runs of the schedule after `after`, oldest first.
 *
 * @internal
 */
export function nextRuns(
  schedule: Pick<ScheduleRecord, 'type' | 'minuteOfDay' | 'dayOfWeek'>,
  after: number,
  count: number,
): number[] {
  const runs: number[] = [];
  let at = after;
  for (let i = 0; i < count; i++) {
    at = nextRun(schedule, at);
    runs.push(at);
  }
  return runs;
}
