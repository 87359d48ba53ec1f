// Records of the compute and networking families: VMs with their interfaces, tags and notes,
// saved images, VPCs, public IPs and security groups. Timestamps are epoch
// milliseconds of the emulated clock; views turn them into ISO strings.

/**
 * A VM's lifecycle status (the `status` enum of openapi.json's VM).
 *
 * @internal
 */
export type VmStatus =
  | 'active'
  | 'passive'
  | 'provisioning'
  | 'booting'
  | 'initiating'
  | 'finalizing'
  | 'failure';

/**
 * A tag on a VM.
 *
 * @internal
 */
export interface TagRecord {
  readonly id: string;
  name: string;
  priority: number;
  readonly createdAt: number;
}

/**
 * One network interface of a VM. `nicId` numbers interfaces per VM and is never reused.
 *
 * @internal
 */
export interface NicRecord {
  readonly nicId: number;
  readonly type: 'public' | 'vpc' | 'ipv6';
  readonly ip: string;
  readonly mac: string;
  readonly gateway: string;
  /** The VPC of a `vpc` interface. */
  readonly vpcId: string | undefined;
  /** The IP record of a public interface attached from listIPs' IPs (reserved or allocated). */
  readonly ipId: string | undefined;
  securityGroupId: string | undefined;
}

/**
 * A virtual machine. `status` is the truth; the lifecycle engine moves it as the clock runs.
 *
 * @internal
 */
export interface VmRecord {
  readonly id: string;
  readonly projectId: string;
  name: string;
  status: VmStatus;
  readonly createdAt: number;
  updatedAt: number;
  pricingId: number;
  templateId: string;
  /** The template's name and version when the VM was built or reinstalled. */
  templateName: string;
  templateVersion: string;
  addedStorage: number;
  readonly backupType: 'daily' | 'weekly' | null;
  readonly tags: TagRecord[];
  readonly nics: NicRecord[];
  nextNicId: number;
  readonly createdBy: string;
  /** Whether opening a console needs a user's MFA (API keys then cannot open one). */
  consoleRequireMfa?: boolean;
}

/**
 * A personal (per user) or account-wide note on a VM.
 *
 * @internal
 */
export interface NoteRecord {
  readonly id: string;
  readonly vmId: string;
  readonly userId: string;
  readonly type: 'personal' | 'account';
  content: string;
  readonly createdAt: number;
  updatedAt: number;
}

/**
 * A private image saved from a VM disk; createVM accepts its id as `template_id`.
 *
 * @internal
 */
export interface ImageRecord {
  readonly id: string;
  readonly projectId: string;
  readonly name: string;
  readonly description: string | undefined;
  readonly sourceVmId: string;
  readonly isWindows: boolean;
  readonly createdAt: number;
}

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
