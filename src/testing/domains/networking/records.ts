// Records of the networking domain: VPCs, the public IPs the account holds and security groups.
// A VM's interfaces are part of the VM (compute/records.ts).
import { defineCollection, uuids } from '../../server/collection.js';
import { defineStore } from '../../server/store.js';

/**
 * A VPC: a private IPv4 block of one project.
 *
 * @internal
 */
export interface VpcRecord {
  readonly id: string;
  readonly projectId: string;
  name: string;
  description: string | undefined;
  readonly cidr: string;
  readonly createdAt: number;
  updatedAt: number;
}

/**
 * The VPCs of an account.
 *
 * @internal
 */
export const vpcs = defineCollection<VpcRecord>({ noun: 'VPC', ids: uuids, holding: 'VPCs' });

/**
 * A public address the account holds: reserved (reserveIP) or allocated by attachVMIP.
 *
 * @internal
 */
export interface IpRecord {
  readonly id: string;
  readonly projectId: string;
  readonly address: string;
  readonly type: 'IPv4' | 'IPv6';
  readonly reserved: boolean;
  /** The VM and interface carrying it; both `null` when `free`. */
  vmId: string | null;
  nicId: number | null;
  readonly createdBy: string;
  readonly createdAt: number;
  updatedAt: number;
}

/**
 * The public IPs of an account.
 *
 * @internal
 */
export const ips = defineCollection<IpRecord>({ noun: 'IP', ids: uuids, holding: 'IPs' });

/**
 * A firewall rule as openapi.json's SecurityGroupRule.
 *
 * @internal
 */
export interface RuleRecord {
  readonly protocol: 'TCP' | 'UDP' | 'ICMP' | 'ICMPV6' | 'IPSEC' | 'ALL';
  readonly rule_type: 'INBOUND' | 'OUTBOUND';
  readonly range?: string;
  readonly ip?: string;
  readonly size?: number;
  readonly icmp_type?: number;
}

/**
 * A security group of one project.
 *
 * @internal
 */
export interface SecurityGroupRecord {
  readonly id: string;
  readonly projectId: string;
  name: string;
  description: string | undefined;
  rules: RuleRecord[];
  readonly createdAt: number;
  updatedAt: number;
}

/**
 * The security groups of an account.
 *
 * @internal
 */
export const securityGroups = defineCollection<SecurityGroupRecord>({
  noun: 'Security group',
  ids: uuids,
  holding: 'security groups',
});

/**
 * The counter behind the public and private addresses and MACs the emulator hands out.
 *
 * @internal
 */
export const addressPool = defineStore(() => ({ next: 40 }));
