import type { components } from '../../../../generated/openapi.js';

type Schemas = components['schemas'];

// Raff's public catalog as the emulator serves it: regions, templates and prices. The numbers
// follow Raff's published us-east price list closely enough for tests; they are not a quote.

/**
 * The open regions.
 *
 * @internal
 */
export const REGIONS: readonly Schemas['Region'][] = [
  {
    id: 1,
    code: 'us-east',
    name: 'US East (Virginia)',
    country_code: 'US',
    flag: '🇺🇸',
    display_order: 1,
    is_default: true,
  },
];

/**
 * A compute plan: vCPUs, GB of RAM, GB of disk, GB of monthly transfer, USD per hour, family.
 *
 * @internal
 */
export type Plan = readonly [
  vcpu: number,
  ram: number,
  disk: number,
  transfer: number,
  hourly: number,
  family: 'standard' | 'premium',
];

/**
 * Compute plans by `pricing_id` (index + 1).
 *
 * @internal
 */
export const PLANS: readonly Plan[] = [
  [1, 1, 25, 1000, 0.006944, 'standard'],
  [1, 2, 50, 2000, 0.013889, 'standard'],
  [2, 4, 80, 3000, 0.027764, 'standard'],
  [2, 8, 100, 4000, 0.041667, 'standard'],
  [4, 8, 160, 5000, 0.055556, 'standard'],
  [4, 16, 200, 6000, 0.083333, 'standard'],
  [8, 16, 320, 7000, 0.111111, 'standard'],
  [2, 8, 100, 4000, 0.069444, 'premium'],
  [4, 16, 200, 6000, 0.138889, 'premium'],
  [8, 32, 400, 8000, 0.277778, 'premium'],
  [16, 64, 800, 10000, 0.555556, 'premium'],
  [32, 128, 1600, 12000, 1.111111, 'premium'],
  [48, 192, 2400, 15000, 1.666667, 'premium'],
];

/**
 * The plan of a `pricing_id`, if it exists.
 *
 * @internal
 */
export function planOf(pricingId: number): Plan | undefined {
  return Number.isInteger(pricingId) ? PLANS[pricingId - 1] : undefined;
}

const HOURS_PER_MONTH = 730;
const round2 = (value: number): number => Math.round(value * 100) / 100;

/**
 * A plan as listVMPricing shows it.
 *
 * @internal
 */
export function planView(pricingId: number, plan: Plan): Schemas['VMPricingPlan'] {
  const [vcpu, ram, disk, transfer, hourly, family] = plan;
  const monthly = round2(hourly * HOURS_PER_MONTH);
  return {
    id: pricingId,
    vcpu,
    memory_gib: ram,
    ssd_gib: disk,
    transfer_gib: transfer,
    price_per_hour: hourly,
    monthly_price: monthly,
    yearly_price: round2(monthly * 12 * 0.9),
    twenty_four_month_price: round2(monthly * 24 * 0.8),
    vm_type: family,
    region: 'us-east',
  };
}

const template = (
  id: string,
  name: string,
  version: string,
  minimum: readonly [cpu: number, ram: number, storage: number],
  options: { windows?: boolean; marketplace?: string } = {},
): Schemas['Template'] => ({
  id,
  name,
  version,
  cpu: minimum[0],
  ram: minimum[1],
  storage: minimum[2],
  is_windows: options.windows === true,
  os_type: options.windows === true ? 'windows' : 'linux',
  category: options.marketplace === undefined ? 'os' : 'marketplace',
  description: options.marketplace ?? '',
  region: 'us-east',
});

/**
 * The public templates; the first is the one seeded VMs run.
 *
 * @internal
 */
export const TEMPLATES: readonly Schemas['Template'][] = [
  template('68a508e9-586d-437b-a703-903e6fbfd0f2', 'Ubuntu', '24.04x64', [1, 1, 25]),
  template('2b9d7a1e-4c3f-4e8b-9a6d-1f0e5c7b3a21', 'Ubuntu', '22.04x64', [1, 1, 25]),
  template('c41f8e27-5d9a-4b6c-8e3f-7a2d1b0c9e84', 'Debian', '12x64', [1, 1, 25]),
  template('9e3b6c15-0a7d-4f2e-b8c4-3d5a6e1f7b09', 'Rocky Linux', '9x64', [1, 2, 25]),
  template('5a0d3e8f-6b1c-4d7a-9f2e-8c4b1a3d6e57', 'Windows Server', '2022x64', [2, 4, 80], {
    windows: true,
  }),
  template('e7c2a9b4-3f1d-4a8e-b5c6-0d9f2e1a4b73', 'WordPress', '6.5 on Ubuntu 24.04', [1, 2, 25], {
    marketplace: 'WordPress with Nginx, PHP and MariaDB',
  }),
  template('1f6b8d3a-9c2e-4e7b-a0d5-6b3c8e9f2a14', 'Docker', '26 on Ubuntu 24.04', [1, 1, 25], {
    marketplace: 'Docker Engine and Compose',
  }),
];

/**
 * USD per GB-hour of volume, snapshot and backup storage (us-east).
 *
 * @internal
 */
export const STORAGE_PRICE_PER_GB_HOUR = {
  volume: 0.000068,
  snapshot: 0.000068,
  backup: 0.000041,
} as const;

/**
 * Storage prices as listVolumePricing, listSnapshotPricing and listBackupPricing show them.
 *
 * @internal
 */
export function storagePricing(
  kind: keyof typeof STORAGE_PRICE_PER_GB_HOUR,
): Schemas['StoragePricing'] {
  const hourly = STORAGE_PRICE_PER_GB_HOUR[kind];
  const monthly = Math.round(hourly * HOURS_PER_MONTH * 10_000) / 10_000;
  return {
    ...(kind === 'volume' ? { id: 1 } : {}),
    price_per_gb_hour: hourly,
    price_per_gb_month: monthly,
    yearly_price_per_gb: Math.round(monthly * 12 * 0.9 * 10_000) / 10_000,
    twenty_four_month_price_per_gb: Math.round(monthly * 24 * 0.8 * 10_000) / 10_000,
    region: 'us-east',
  };
}

/**
 * USD per hour of a public IPv4 and an IPv6 address.
 *
 * @internal
 */
export const IP_PRICE_PER_HOUR = { ipv4: 0.004109, ipv6: 0.000685 } as const;

/**
 * Address prices as listIPPricing shows them.
 *
 * @internal
 */
export function ipPricing(): Schemas['IPPricing'] {
  const tier = (hourly: number): Schemas['IPPricingTier'] => {
    const monthly = round2(hourly * HOURS_PER_MONTH);
    return {
      price_per_hour: hourly,
      monthly_price: monthly,
      yearly_price: round2(monthly * 12 * 0.9),
      twenty_four_month_price: round2(monthly * 24 * 0.8),
    };
  };
  return { ipv4: tier(IP_PRICE_PER_HOUR.ipv4), ipv6: tier(IP_PRICE_PER_HOUR.ipv6) };
}

/**
 * The ready-made security group rule sets.
 *
 * @internal
 */
export const SECURITY_GROUP_TEMPLATES: readonly Schemas['SecurityGroupTemplate'][] = [
  {
    id: 'ssh',
    name: 'SSH',
    description: 'Opens TCP 22 for SSH from anywhere',
    rules: [{ protocol: 'TCP', rule_type: 'INBOUND', range: '22', ip: '0.0.0.0', size: 0 }],
  },
  {
    id: 'web',
    name: 'Web server',
    description: 'Opens TCP 80 and 443 from anywhere, and SSH',
    rules: [
      { protocol: 'TCP', rule_type: 'INBOUND', range: '22', ip: '0.0.0.0', size: 0 },
      { protocol: 'TCP', rule_type: 'INBOUND', range: '80', ip: '0.0.0.0', size: 0 },
      { protocol: 'TCP', rule_type: 'INBOUND', range: '443', ip: '0.0.0.0', size: 0 },
    ],
  },
  {
    id: 'allow-all-outbound',
    name: 'Allow all outbound',
    description: 'Lets every outgoing connection through',
    rules: [{ protocol: 'ALL', rule_type: 'OUTBOUND', range: '', ip: '0.0.0.0', size: 0 }],
  },
];
