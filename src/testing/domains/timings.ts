import { APPS_TIMINGS } from './apps/lifecycle.js';
import { COMPUTE_TIMINGS } from './compute/lifecycle.js';
import { DATABASE_TIMINGS } from './databases/timings.js';
import { FUNCTION_TIMINGS } from './functions/lifecycle.js';
import { IDENTITY_TIMINGS } from './identity/lifecycle.js';
import { KUBERNETES_TIMINGS } from './kubernetes/lifecycle.js';
import { STORAGE_TIMINGS } from './storage/lifecycle.js';

/**
 * Every transition duration of the emulator, on its clock (emulated ms), gathered from the
 * domains' own tables: realistic enough that code must wait (poll) for them, short enough for
 * `clock.advance()` in tests. docs/emulator.md and the tests read this table.
 *
 * @internal
 */
export const LIFECYCLE_TIMINGS = {
  ...COMPUTE_TIMINGS,
  ...STORAGE_TIMINGS,
  ...IDENTITY_TIMINGS,
  ...APPS_TIMINGS,
  ...FUNCTION_TIMINGS,
  ...DATABASE_TIMINGS,
  ...KUBERNETES_TIMINGS,
} as const;
