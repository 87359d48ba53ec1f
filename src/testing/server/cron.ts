// Cron schedules, as Apps cron services and Functions cron triggers take them: the five-field
// syntax (minute hour day-of-month month day-of-week, with `*`, lists, ranges, steps and JAN–DEC /
// SUN–SAT names, plus the @hourly-style shorthands), read in an IANA time zone. The one parser of
// the emulator: each domain words its own 400 from the `error` it returns. Written here rather
// than taken from a library: the package ships no runtime dependency, and the emulator must
// accept exactly this syntax (no seconds field, no `L`/`W`/`#`).

/**
 * A parsed schedule: the values each field allows.
 *
 * @internal
 */
export interface CronSchedule {
  readonly minutes: readonly number[];
  readonly hours: readonly number[];
  readonly daysOfMonth: ReadonlySet<number>;
  readonly months: ReadonlySet<number>;
  /** 0 = Sunday … 6 = Saturday (7 is read as Sunday). */
  readonly daysOfWeek: ReadonlySet<number>;
  /** Both day fields restricted: a day matches when either does (classic cron). */
  readonly eitherDay: boolean;
}

interface FieldSpec {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly names?: readonly string[];
}

const FIELDS: readonly FieldSpec[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  {
    name: 'month',
    min: 1,
    max: 12,
    names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'],
  },
  { name: 'day of week', min: 0, max: 7, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] },
];

const SHORTHANDS: Readonly<Record<string, string>> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

function value(text: string, field: FieldSpec): number {
  const named = field.names?.indexOf(text.toUpperCase()) ?? -1;
  // Month names count from 1, weekday names from 0 (SUN).
  if (named >= 0) return named + field.min;
  if (!/^\d+$/.test(text)) throw new Error(`"${text}" is not a number in the ${field.name} field`);
  const n = Number(text);
  if (n < field.min || n > field.max) {
    throw new Error(`${n} is outside ${field.min}–${field.max} in the ${field.name} field`);
  }
  return n;
}

function parseField(text: string, field: FieldSpec): Set<number> {
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const [range = '', stepText, extra] = part.split('/');
    if (extra !== undefined || range === '') {
      throw new Error(`"${part}" is not valid in the ${field.name} field`);
    }
    let step = 1;
    if (stepText !== undefined) {
      if (!/^\d+$/.test(stepText) || Number(stepText) === 0) {
        throw new Error(`step "${stepText}" must be a positive number in the ${field.name} field`);
      }
      step = Number(stepText);
    }
    let from: number;
    let to: number;
    if (range === '*') {
      from = field.min;
      to = field.max;
    } else if (range.includes('-')) {
      const [a = '', b = ''] = range.split('-');
      from = value(a, field);
      to = value(b, field);
      if (from > to) throw new Error(`range ${range} runs backwards in the ${field.name} field`);
    } else {
      from = value(range, field);
      // `5/15` means from 5 to the end, every 15.
      to = stepText === undefined ? from : field.max;
    }
    for (let n = from; n <= to; n += step) out.add(n);
  }
  return out;
}

/**
 * Parses a cron expression; the answer names what is wrong with an invalid one.
 *
 * @internal
 */
export function parseCron(expression: string): CronSchedule | { readonly error: string } {
  const text = expression.trim();
  const expanded = SHORTHANDS[text.toLowerCase()] ?? text;
  const parts = expanded.split(/\s+/);
  if (parts.length !== 5) {
    return {
      error: `it has ${parts.length} field(s); a cron schedule has 5 (minute hour day-of-month month day-of-week)`,
    };
  }
  try {
    const [minutes, hours, days, months, weekdays] = parts.map((part, i) =>
      parseField(part, FIELDS[i] as FieldSpec),
    ) as [Set<number>, Set<number>, Set<number>, Set<number>, Set<number>];
    if (weekdays.delete(7)) weekdays.add(0);
    const restricted = (part: string | undefined) => part !== undefined && !part.startsWith('*');
    return {
      minutes: [...minutes].sort((a, b) => a - b),
      hours: [...hours].sort((a, b) => a - b),
      daysOfMonth: days,
      months,
      daysOfWeek: weekdays,
      eitherDay: restricted(parts[2]) && restricted(parts[4]),
    };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/**
 * Whether `zone` is an IANA time zone name the runtime knows (`Europe/Berlin`, `UTC`).
 *
 * @internal
 */
export function isTimeZone(zone: string): boolean {
  let known = zones.get(zone);
  if (known === undefined) {
    // Only names: newer runtimes also take offsets such as `+01:00`, which are not zones.
    known = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(zone);
    if (known) {
      try {
        formatter(zone);
      } catch {
        known = false;
      }
    }
    if (zones.size < 1_000) zones.set(zone, known);
  }
  return known;
}

/** Zones already checked (making a formatter is slow). */
const zones = new Map<string, boolean>();

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
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
  return format;
}

const HOUR = 3_600_000;
/** Offsets already worked out, by zone and hour: they change only at daylight-saving switches. */
const offsets = new Map<string, number>();

/** How far `zone`'s wall clock is ahead of UTC at instant `ms` (offsets change on the hour). */
function offsetAt(zone: string, ms: number): number {
  const hour = Math.floor(ms / HOUR);
  const key = `${zone} ${hour}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  const parts: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(hour * HOUR)) {
    parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
  );
  if (offsets.size > 10_000) offsets.clear();
  offsets.set(key, wall - hour * HOUR);
  return wall - hour * HOUR;
}

/**
 * The instant a wall-clock time (written as if UTC) happens in `zone`. A time that a spring change
 * skips happens as late as the change moves it (02:30 becomes 03:30), so no run is lost.
 */
function instantOf(zone: string, wall: number): number {
  // The offsets in force half a day either side (no zone changes twice in a day); of the instants
  // they give, the earliest that reads back as `wall` wins (a fall change repeats an hour).
  const before = offsetAt(zone, wall - 14 * HOUR);
  const after = offsetAt(zone, wall + 14 * HOUR);
  let found: number | undefined;
  for (const offset of [before, after]) {
    const instant = wall - offset;
    if (instant + offsetAt(zone, instant) === wall && (found === undefined || instant < found)) {
      found = instant;
    }
  }
  // A wall time the spring change skips: read with the old offset, it lands after the change.
  return found ?? wall - before;
}

const DAY = 86_400_000;
/** How far ahead a schedule may next run: beyond it, it never does (e.g. `0 0 30 2 *`). */
const HORIZON_DAYS = 8 * 366;

function dayMatches(schedule: CronSchedule, day: Date): boolean {
  if (!schedule.months.has(day.getUTCMonth() + 1)) return false;
  const byMonthDay = schedule.daysOfMonth.has(day.getUTCDate());
  const byWeekday = schedule.daysOfWeek.has(day.getUTCDay());
  return schedule.eitherDay ? byMonthDay || byWeekday : byMonthDay && byWeekday;
}

/**
 * The first time strictly after `after` (epoch ms) at which the schedule runs in `zone`, or
 * `undefined` when it never runs.
 *
 * @internal
 */
export function nextCronRun(
  schedule: CronSchedule,
  zone: string,
  after: number,
): number | undefined {
  const start = after + offsetAt(zone, after);
  const firstDay = Math.floor(start / DAY) * DAY;
  for (let d = 0; d <= HORIZON_DAYS; d++) {
    const day = firstDay + d * DAY;
    if (!dayMatches(schedule, new Date(day))) continue;
    for (const hour of schedule.hours) {
      for (const minute of schedule.minutes) {
        const at = instantOf(zone, day + hour * HOUR + minute * 60_000);
        if (at > after) return at;
      }
    }
  }
  return undefined;
}
