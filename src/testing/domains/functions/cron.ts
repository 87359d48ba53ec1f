// Five-field cron expressions (minute hour day-of-month month day-of-week) read in an IANA time
// zone, as Raff's function triggers take them: lists, ranges, steps, `*`, and the names of months
// and weekdays. Hand-written (like the backup schedules' times) so that the emulator adds no
// dependency to the package for one small parser.
import { badRequest } from '../../server/errors.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** The longest a search for the next run looks ahead: `0 0 29 2 *` fires within 8 years. */
const SEARCH_DAYS = 366 * 8;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

interface Field {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly names?: readonly string[];
}

const FIELDS: readonly Field[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS },
  { name: 'day of week', min: 0, max: 7, names: WEEKDAYS },
];

/**
 * A parsed cron expression: the allowed values of each field.
 *
 * @internal
 */
export interface CronSchedule {
  readonly minutes: ReadonlySet<number>;
  readonly hours: ReadonlySet<number>;
  readonly days: ReadonlySet<number>;
  readonly months: ReadonlySet<number>;
  readonly weekdays: ReadonlySet<number>;
  /** Cron's rule: with both day fields restricted, a day matching either one fires. */
  readonly eitherDay: boolean;
  readonly timeZone: string;
}

function value(text: string, field: Field, offset: number): number {
  const named = field.names?.indexOf(text.toLowerCase()) ?? -1;
  const number = named >= 0 ? named + offset : /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(number >= field.min && number <= field.max)) {
    throw badRequest(`cron_expression: "${text}" is not a valid ${field.name}`);
  }
  return number;
}

function parseField(text: string, field: Field): Set<number> {
  const offset = field.names === MONTHS ? 1 : 0;
  const values = new Set<number>();
  for (const part of text.split(',')) {
    const [range = '', stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) {
      throw badRequest(`cron_expression: "${part}" has a bad step in the ${field.name} field`);
    }
    let from = field.min;
    let to = field.max;
    if (range !== '*') {
      const [start = '', end] = range.split('-');
      from = value(start, field, offset);
      to =
        end === undefined ? (stepText === undefined ? from : field.max) : value(end, field, offset);
      if (to < from) throw badRequest(`cron_expression: "${range}" is an empty range`);
    }
    for (let v = from; v <= to; v += step) values.add(field.names === WEEKDAYS && v === 7 ? 0 : v);
  }
  return values;
}

/**
 * Whether `zone` is an IANA time zone this runtime knows.
 *
 * @internal
 */
export function isTimeZone(zone: string): boolean {
  let known = zones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    if (zones.size < 1_000) zones.set(zone, known);
  }
  return known;
}

/** Zones already checked (making a formatter is slow). */
const zones = new Map<string, boolean>();

/**
 * Parses a five-field cron expression read in `timeZone` (UTC when empty).
 *
 * @throws {HttpError} 400 naming what is wrong.
 * @internal
 */
export function parseCron(expression: string, timeZone = 'UTC'): CronSchedule {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 5) {
    throw badRequest(
      `cron_expression must have five fields (minute hour day-of-month month day-of-week); got "${expression}"`,
    );
  }
  if (!isTimeZone(timeZone)) throw badRequest(`timezone "${timeZone}" is not an IANA time zone`);
  const [minutes, hours, days, months, weekdays] = parts.map((part, index) =>
    parseField(part, FIELDS[index] as Field),
  ) as [Set<number>, Set<number>, Set<number>, Set<number>, Set<number>];
  return {
    minutes,
    hours,
    days,
    months,
    weekdays,
    eitherDay: parts[2] !== '*' && parts[4] !== '*',
    timeZone,
  };
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Offsets already worked out, by zone and hour: they change only at daylight-saving switches. */
const offsets = new Map<string, number>();
const HOUR = 3_600_000;

/** The zone's offset from UTC at instant `ms`, in ms (positive east of Greenwich). */
function offsetAt(zone: string, ms: number): number {
  const hour = Math.floor(ms / HOUR);
  const cacheKey = `${zone} ${hour}`;
  const known = offsets.get(cacheKey);
  if (known !== undefined) return known;
  let format = formatters.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(zone, format);
  }
  const parts = new Map<string, number>(
    format.formatToParts(hour * HOUR).map((p) => [p.type, Number(p.value)]),
  );
  const part = (type: string) => parts.get(type) ?? 0;
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  const offset = wall - hour * HOUR;
  if (offsets.size > 10_000) offsets.clear();
  offsets.set(cacheKey, offset);
  return offset;
}

/** The instant a wall-clock time (as if UTC) of `zone` happens. */
function instantOf(zone: string, wall: number): number {
  const guess = wall - offsetAt(zone, wall);
  return wall - offsetAt(zone, guess);
}

/**
 * The first time the schedule fires strictly after `after`; `undefined` when it never does
 * (e.g. `0 0 31 2 *`).
 *
 * @internal
 */
export function nextCronRun(schedule: CronSchedule, after: number): number | undefined {
  const zone = schedule.timeZone;
  const startWall = after + offsetAt(zone, after);
  const firstDay = Math.floor(startWall / DAY) * DAY;
  for (let day = firstDay; day < firstDay + SEARCH_DAYS * DAY; day += DAY) {
    const date = new Date(day);
    if (!schedule.months.has(date.getUTCMonth() + 1)) continue;
    const byDate = schedule.days.has(date.getUTCDate());
    const byWeekday = schedule.weekdays.has(date.getUTCDay());
    if (!(schedule.eitherDay ? byDate || byWeekday : byDate && byWeekday)) continue;
    for (const hour of [...schedule.hours].sort((a, b) => a - b)) {
      for (const minute of [...schedule.minutes].sort((a, b) => a - b)) {
        const at = instantOf(zone, day + hour * 3_600_000 + minute * MINUTE);
        if (at > after) return at;
      }
    }
  }
  return undefined;
}
