import type { EmulatorClock } from '../types.js';

function toMs(date: Date | number, what: string): number {
  const ms = typeof date === 'number' ? date : date.getTime();
  if (!Number.isFinite(ms)) throw new TypeError(`${what} must be a valid date`);
  return ms;
}

/**
 * The emulated clock: it runs `speed` times as fast as real time (1 by default, 0 to stand
 * still) from wherever it was last put, so it keeps running between calls while tests can jump it
 * forward (to expire keys, to let resources finish a transition) or set it.
 *
 * @internal
 */
export class ManualClock implements EmulatorClock {
  readonly #speed: number;
  /** The emulated time at the real instant {@link #realAnchor}. */
  #anchor: number;
  #realAnchor: number;

  constructor(start?: Date | number, speed = 1) {
    if (!Number.isFinite(speed) || speed < 0) {
      throw new RangeError('speed must be a finite number >= 0');
    }
    this.#speed = speed;
    this.#realAnchor = Date.now();
    this.#anchor = start === undefined ? this.#realAnchor : toMs(start, 'now');
  }

  /** How many emulated milliseconds pass per real millisecond. */
  get speed(): number {
    return this.#speed;
  }

  /** The emulated time in epoch milliseconds. */
  ms(): number {
    return this.#anchor + (Date.now() - this.#realAnchor) * this.#speed;
  }

  /** The current emulated time. */
  now(): Date {
    return new Date(this.ms());
  }

  /** Moves the clock forward by `ms` milliseconds. */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('advance(ms) needs a finite ms >= 0');
    this.#anchor += ms;
  }

  /** Moves the clock to `date`; it keeps running from there. */
  set(date: Date | number): void {
    this.#anchor = toMs(date, 'set(date)');
    this.#realAnchor = Date.now();
  }
}
