// Cron schedules of `cron` services: the five-field syntax (minute hour day-of-month month
// day-of-week, with `*`, lists, ranges, steps and JAN–DEC / SUN–SAT names, plus the @hourly-style
// shorthands), read in an IANA time zone. Written here rather than taken from a library: the
// package ships no runtime dependency, and the emulator must accept exactly this syntax (no
// seconds field, no `L`/`W`/`#`), which is what Raff validates.

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
  // Only names: newer runtimes also take offsets such as `+01:00`, which are not zones.
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

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

/** The wall-clock time at `ms` in `zone`, as if it were UTC (epoch ms, whole minutes). */
function wallClock(ms: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(ms)) parts[part.type] = Number(part.value);
  return Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
  );
}

/** How far `zone`'s wall clock is ahead of UTC at `ms`. */
function offsetAt(ms: number, zone: string): number {
  return wallClock(ms, zone) - Math.floor(ms / 60_000) * 60_000;
}

/** The instant a wall-clock time happens in `zone`; `undefined` in a daylight-saving gap. */
function instantOf(wall: number, zone: string): number | undefined {
  // The offset near the wall time, then again at that guess (it may differ across a change).
  const guess = wall - offsetAt(wall - offsetAt(wall, zone), zone);
  return wallClock(guess, zone) === wall ? guess : undefined;
}

const DAY = 86_400_000;
/** How far ahead a schedule may next run: beyond it, it never does (e.g. `0 0 30 2 *`). */
const HORIZON_DAYS = 5 * 366;

function dayMatches(schedule: CronSchedule, day: Date): boolean {
  if (!schedule.months.has(day.getUTCMonth() + 1)) return false;
  const byMonthDay = schedule.daysOfMonth.has(day.getUTCDate());
  const byWeekday = schedule.daysOfWeek.has(day.getUTCDay());
  return schedule.eitherDay ? byMonthDay || byWeekday : byMonthDay && byWeekday;
}

/**
 * The first time strictly after `after` (epoch ms) at which the schedule runs in `zone`, or
 * `undefined` when it never runs. Wall times that a daylight-saving change skips are skipped.
 *
 * @internal
 */
export function nextCronRun(
  schedule: CronSchedule,
  zone: string,
  after: number,
): number | undefined {
  const start = wallClock(after, zone);
  const firstDay = Math.floor(start / DAY) * DAY;
  for (let d = 0; d <= HORIZON_DAYS; d++) {
    const day = firstDay + d * DAY;
    if (!dayMatches(schedule, new Date(day))) continue;
    for (const hour of schedule.hours) {
      for (const minute of schedule.minutes) {
        const wall = day + hour * 3_600_000 + minute * 60_000;
        if (wall < start) continue;
        const at = instantOf(wall, zone);
        if (at !== undefined && at > after) return at;
      }
    }
  }
  return undefined;
}
