import { LIFECYCLE_TIMINGS as NOT_YET_MOVED } from '../server/lifecycle.js';
import { IDENTITY_TIMINGS } from './identity/lifecycle.js';

/**
 * Every transition duration of the emulator, on its clock (emulated ms), gathered from the
 * domains' own tables: realistic enough that code must wait (poll) for them, short enough for
 * `clock.advance()` in tests. docs/emulator.md and the tests read this table.
 *
 * @internal
 */
export const LIFECYCLE_TIMINGS = {
  ...NOT_YET_MOVED,
  ...IDENTITY_TIMINGS,
} as const;
