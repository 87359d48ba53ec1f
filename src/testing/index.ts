/**
 * `@raff/sdk/testing` — a local Raff API emulator to test code that uses the Raff API.
 *
 * @packageDocumentation
 * @module @raff/sdk/testing
 */

export { createRaffEmulator } from './emulator.js';
export type {
  EmulatedProject,
  EmulatorBilling,
  EmulatorBillingState,
  EmulatorClock,
  EmulatorExchange,
  EmulatorFaults,
  FaultSpec,
  RaffEmulator,
  RaffEmulatorOptions,
  RateLimitOptions,
  RateLimitTier,
} from './types.js';
