import type { components } from '../../../../generated/openapi.js';

type AppTier = components['schemas']['AppTier'];

/**
 * The Apps compute tiers the emulator sells, all in `us-east` (the emulator's one region): what
 * listAppTiers and getAppsPricing answer, and what usage is priced at (per instance-hour).
 *
 * @internal
 */
export const APP_TIERS: readonly AppTier[] = [
  tier(1, 'Micro', 0.25, 512, 1, 0.0069, 5),
  tier(2, 'Small', 0.5, 1024, 2, 0.0139, 10),
  tier(3, 'Medium', 1, 2048, 4, 0.0278, 20),
  tier(4, 'Large', 2, 4096, 8, 0.0556, 40),
  tier(5, 'XLarge', 4, 8192, 16, 0.1111, 80),
];

function tier(
  id: number,
  name: string,
  vcpu: number,
  memoryMib: number,
  ephemeralGib: number,
  perHour: number,
  perMonth: number,
): AppTier {
  return {
    id,
    name,
    vcpu,
    memory_mib: memoryMib,
    ephemeral_gib: ephemeralGib,
    price_per_hour: perHour,
    price_per_month: perMonth,
    // A 12-month commitment costs 10 % less than twelve months.
    yearly_price: Math.round(perMonth * 12 * 0.9),
    region: 'us-east',
  };
}

/**
 * The tier with this id, if the emulator sells it.
 *
 * @internal
 */
export function findTier(id: number): AppTier | undefined {
  return APP_TIERS.find((candidate) => candidate.id === id);
}

/**
 * The tier a service created without `tier_id` runs at.
 *
 * @internal
 */
export const DEFAULT_TIER_ID = 1;
