// Addresses: IPv4 blocks of VPCs, the leases in them, public addresses and MACs from the
// documentation ranges, and a VM's interfaces.
import type { EmulatorState } from '../../server/account.js';
import { badRequest } from '../../server/errors.js';
import { type NicRecord, type VmRecord, vms } from '../compute/records.js';
import { addressPool, type VpcRecord, vpcs } from './records.js';

/**
 * An IPv4 block: its first address as a number and its prefix length.
 *
 * @internal
 */
export interface Block {
  readonly base: number;
  readonly prefix: number;
  readonly size: number;
}

/**
 * A dotted IPv4 address as a number, or `undefined` when it is not one.
 *
 * @internal
 */
export function ipv4ToNumber(address: string): number | undefined {
  const parts = address.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined;
    value = value * 256 + Number(part);
  }
  return value;
}

/**
 * A number as a dotted IPv4 address.
 *
 * @internal
 */
export function numberToIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

/**
 * Parses `a.b.c.d/n`; `undefined` for anything that is not an IPv4 block.
 *
 * @internal
 */
export function parseCidr(cidr: string): Block | undefined {
  const [address, bits, ...rest] = cidr.split('/');
  if (address === undefined || bits === undefined || rest.length > 0 || !/^\d{1,2}$/.test(bits)) {
    return undefined;
  }
  const base = ipv4ToNumber(address);
  const prefix = Number(bits);
  if (base === undefined || prefix > 32) return undefined;
  return { base, prefix, size: 2 ** (32 - prefix) };
}

function block(cidr: string): Block {
  const parsed = parseCidr(cidr);
  if (parsed === undefined) throw new Error(`${cidr} is not an IPv4 block`);
  return parsed;
}

const TEN = block('10.0.0.0/8');
const PRIVATE_BLOCKS = [TEN, block('172.16.0.0/12'), block('192.168.0.0/16')];

const overlaps = (a: Block, b: Block): boolean =>
  a.base < b.base + b.size && b.base < a.base + a.size;

const within = (inner: Block, outer: Block): boolean =>
  inner.base >= outer.base && inner.base + inner.size <= outer.base + outer.size;

/**
 * Checks a createVPC block: a private network address, /16 to /28, overlapping no VPC of the
 * account (400 otherwise, as Raff answers).
 *
 * @internal
 */
export function checkNewVpcCidr(state: EmulatorState, cidr: string): Block {
  const block = parseCidr(cidr);
  if (block === undefined) throw badRequest(`cidr ${cidr} is not an IPv4 block`);
  if (block.prefix < 16 || block.prefix > 28) {
    throw badRequest(`cidr ${cidr}: the prefix must be between /16 and /28`);
  }
  if (block.base % block.size !== 0) {
    throw badRequest(
      `cidr ${cidr} is not a network address; use ${numberToIpv4(block.base - (block.base % block.size))}/${block.prefix}`,
    );
  }
  if (!PRIVATE_BLOCKS.some((range) => within(block, range))) {
    throw badRequest(`cidr ${cidr} is not in a private range (10/8, 172.16/12, 192.168/16)`);
  }
  for (const vpc of vpcs.in(state).values()) {
    const other = parseCidr(vpc.cidr);
    if (other !== undefined && overlaps(block, other)) {
      throw badRequest(`cidr ${cidr} overlaps VPC ${vpc.name} (${vpc.cidr})`);
    }
  }
  return block;
}

/**
 * The first free block of `prefix` bits in 10.0.0.0/8, or `undefined` when none is left.
 *
 * @internal
 */
export function freeBlock(state: EmulatorState, prefix: number): string | undefined {
  const taken = vpcs
    .in(state)
    .values()
    .map((vpc) => parseCidr(vpc.cidr))
    .filter((block): block is Block => block !== undefined);
  const size = 2 ** (32 - prefix);
  for (let base = TEN.base; base < TEN.base + TEN.size; base += size) {
    const candidate = { base, prefix, size };
    if (!taken.some((block) => overlaps(block, candidate)))
      return `${numberToIpv4(base)}/${prefix}`;
  }
  return undefined;
}

/**
 * What a VPC's block gives: gateway, resolver, the range VMs draw from and its total size.
 *
 * @internal
 */
export function vpcLayout(vpc: Pick<VpcRecord, 'cidr'>) {
  const block = parseCidr(vpc.cidr) ?? { base: 0, prefix: 32, size: 1 };
  return {
    gateway: numberToIpv4(block.base + 1),
    dns: numberToIpv4(block.base + 1),
    first: block.base + 2,
    last: block.base + block.size - 2,
    total: block.size,
  };
}

/**
 * Every interface of every VM inside `vpcId`, with its VM.
 *
 * @internal
 */
export function vpcLeases(state: EmulatorState, vpcId: string): [VmRecord, NicRecord][] {
  const leases: [VmRecord, NicRecord][] = [];
  for (const vm of vms.in(state).values()) {
    for (const nic of vm.nics) if (nic.vpcId === vpcId) leases.push([vm, nic]);
  }
  return leases;
}

/**
 * A private address in the VPC: `requested` when it is in range and free (400 otherwise), or
 * the lowest free one.
 *
 * @internal
 */
export function leaseVpcAddress(state: EmulatorState, vpc: VpcRecord, requested?: string): string {
  const { first, last } = vpcLayout(vpc);
  const used = new Set(vpcLeases(state, vpc.id).map(([, nic]) => nic.ip));
  if (requested !== undefined) {
    const value = ipv4ToNumber(requested);
    if (value === undefined || value < first || value > last) {
      throw badRequest(
        `ip ${requested} is outside the range of VPC ${vpc.name} (${numberToIpv4(first)} to ${numberToIpv4(last)})`,
      );
    }
    if (used.has(requested))
      throw badRequest(`ip ${requested} is already leased in VPC ${vpc.name}`);
    return requested;
  }
  for (let value = first; value <= last; value++) {
    const address = numberToIpv4(value);
    if (!used.has(address)) return address;
  }
  throw badRequest(`VPC ${vpc.name} has no free address left`);
}

const PUBLIC_V4 = ['203.0.113', '198.51.100', '192.0.2'];

/**
 * A fresh public address from the (documentation-range) pool.
 *
 * @internal
 */
export function publicAddress(state: EmulatorState, type: 'IPv4' | 'IPv6'): string {
  const n = addressPool(state).next++;
  if (type === 'IPv6') return `2001:db8:2a::${n.toString(16)}`;
  return `${PUBLIC_V4[Math.floor(n / 250) % PUBLIC_V4.length]}.${(n % 250) + 2}`;
}

/**
 * The gateway of a public address's network.
 *
 * @internal
 */
export function publicGateway(address: string): string {
  return address.includes(':') ? '2001:db8:2a::1' : `${address.split('.').slice(0, 3).join('.')}.1`;
}

/**
 * A locally administered MAC address, new each time.
 *
 * @internal
 */
export function newMac(state: EmulatorState): string {
  const n = addressPool(state).next++;
  return `52:54:00:${[16, 8, 0].map((s) => ((n >> s) & 255).toString(16).padStart(2, '0')).join(':')}`;
}

/**
 * Adds an interface to the VM under its next `nic_id`.
 *
 * @internal
 */
export function addNic(
  state: EmulatorState,
  vm: VmRecord,
  nic: Omit<NicRecord, 'nicId' | 'mac' | 'securityGroupId'> & { securityGroupId?: string },
): NicRecord {
  const record: NicRecord = {
    nicId: vm.nextNicId++,
    mac: newMac(state),
    securityGroupId: undefined,
    ...nic,
  };
  vm.nics.push(record);
  return record;
}
