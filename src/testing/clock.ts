import type { EmulatorClock } from './types.js';

function toMs(date: Date | number, what: string): number {
  const ms = typeof date === 'number' ? date : date.getTime();
  if (!Number.isFinite(ms)) throw new TypeError(`${what} must be a valid date`);
  return ms;
}

/**
 * The emulated clock: real time plus an offset, so it keeps running between calls while tests
 * can jump it forward (to expire keys) or set it.
 *
 * @internal
 */
export class ManualClock implements EmulatorClock {
  #offset: number;

  constructor(start?: Date | number) {
    this.#offset = start === undefined ? 0 : toMs(start, 'now') - Date.now();
  }

  /** The emulated time in epoch milliseconds. */
  ms(): number {
    return Date.now() + this.#offset;
  }

  /** The current emulated time. */
  now(): Date {
    return new Date(this.ms());
  }

  /** Moves the clock forward by `ms` milliseconds. */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('advance(ms) needs a finite ms >= 0');
    this.#offset += ms;
  }

  /** Moves the clock to `date`; it keeps running from there. */
  set(date: Date | number): void {
    this.#offset = toMs(date, 'set(date)') - Date.now();
  }
}
