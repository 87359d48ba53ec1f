// The emulator's cron schedules (Apps cron services, Functions cron triggers): the five-field
// syntax it accepts and when a schedule next runs in its time zone, across daylight-saving changes.
import { describe, expect, it } from 'vitest';
import {
  type CronSchedule,
  isTimeZone,
  nextCronRun,
  parseCron,
} from '../../src/testing/server/cron.js';

function schedule(expression: string): CronSchedule {
  const parsed = parseCron(expression);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
}

/** The next `count` runs after `from`, as ISO strings. */
function runs(expression: string, zone: string, from: string, count = 3): string[] {
  const out: string[] = [];
  let at = Date.parse(from);
  for (let i = 0; i < count; i++) {
    const next = nextCronRun(schedule(expression), zone, at);
    if (next === undefined) break;
    out.push(new Date(next).toISOString());
    at = next;
  }
  return out;
}

describe('parseCron', () => {
  it('reads lists, ranges, steps, names and shorthands', () => {
    expect(schedule('*/20 9-11,14 * JAN-MAR mon-fri')).toMatchObject({
      minutes: [0, 20, 40],
      hours: [9, 10, 11, 14],
      months: new Set([1, 2, 3]),
      daysOfWeek: new Set([1, 2, 3, 4, 5]),
      eitherDay: false,
    });
    expect(schedule('5/15 * * * 7').minutes).toEqual([5, 20, 35, 50]);
    expect(schedule('0 0 * * 7').daysOfWeek).toEqual(new Set([0]));
    expect(schedule('@daily')).toEqual(schedule('0 0 * * *'));
    expect(schedule('@hourly').minutes).toEqual([0]);
  });

  it.each([
    [
      '* * * *',
      'it has 4 field(s); a cron schedule has 5 (minute hour day-of-month month day-of-week)',
    ],
    ['60 * * * *', '60 is outside 0–59 in the minute field'],
    ['* 24 * * *', '24 is outside 0–23 in the hour field'],
    ['* * 0 * *', '0 is outside 1–31 in the day of month field'],
    ['* * * 13 *', '13 is outside 1–12 in the month field'],
    ['* * * * 8', '8 is outside 0–7 in the day of week field'],
    ['*/0 * * * *', 'step "0" must be a positive number in the minute field'],
    ['5-1 * * * *', 'range 5-1 runs backwards in the minute field'],
    ['L * * * *', '"L" is not a number in the minute field'],
    ['1,,2 * * * *', '"" is not valid in the minute field'],
  ])('refuses %s: %s', (expression, error) => {
    expect(parseCron(expression)).toEqual({ error });
  });
});

describe('nextCronRun', () => {
  it('runs at the wall-clock time of its zone, following daylight saving', () => {
    // Berlin leaves summer time on 25 October 2026: 02:30 is 00:30 UTC before, 01:30 after. That
    // day 02:30 happens twice; the run comes once, at the first (as cronie does).
    expect(runs('30 2 * * *', 'Europe/Berlin', '2026-10-23T12:00:00Z', 4)).toEqual([
      '2026-10-24T00:30:00.000Z',
      '2026-10-25T00:30:00.000Z',
      '2026-10-26T01:30:00.000Z',
      '2026-10-27T01:30:00.000Z',
    ]);
    expect(runs('0 9 * * MON', 'America/New_York', '2026-11-01T00:00:00Z', 1)).toEqual([
      '2026-11-02T14:00:00.000Z',
    ]);
  });

  it('runs a wall-clock time that a spring change leaves out an hour later, losing no run', () => {
    // New York skips 02:00–03:00 on 8 March 2026: that day's 02:30 run comes at 03:30 EDT.
    expect(runs('30 2 * * *', 'America/New_York', '2026-03-07T12:00:00Z', 3)).toEqual([
      '2026-03-08T07:30:00.000Z',
      '2026-03-09T06:30:00.000Z',
      '2026-03-10T06:30:00.000Z',
    ]);
  });

  it('runs strictly after the given time, and matches either day field when both are set', () => {
    expect(runs('0 12 * * *', 'UTC', '2026-11-01T12:00:00Z', 1)).toEqual([
      '2026-11-02T12:00:00.000Z',
    ]);
    // The 13th, or any Friday.
    expect(runs('0 0 13 * FRI', 'UTC', '2026-11-01T00:00:00Z', 3)).toEqual([
      '2026-11-06T00:00:00.000Z',
      '2026-11-13T00:00:00.000Z',
      '2026-11-20T00:00:00.000Z',
    ]);
  });

  it('finds a leap day years ahead, and nothing for a date that never comes', () => {
    expect(runs('0 0 29 2 *', 'UTC', '2026-03-01T00:00:00Z', 1)).toEqual([
      '2028-02-29T00:00:00.000Z',
    ]);
    expect(nextCronRun(schedule('0 0 30 2 *'), 'UTC', 0)).toBeUndefined();
  });
});

describe('isTimeZone', () => {
  it('knows IANA names and nothing else', () => {
    expect(['UTC', 'Europe/Berlin', 'America/Argentina/Buenos_Aires'].map(isTimeZone)).toEqual([
      true,
      true,
      true,
    ]);
    expect(['Mars/Olympus', '+01:00', '', 'Europe/'].map(isTimeZone)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
