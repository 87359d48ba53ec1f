// A module of its own so that the raff-emulator command can print its usage without loading the
// emulator.

/**
 * Where the clock control endpoint answers.
 *
 * @internal
 */
export const CLOCK_CONTROL_PATH = '/_emulator/clock';
