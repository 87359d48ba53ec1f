// Records of the compute domain: VMs with their interfaces and tags, notes on VMs, and the images
// saved from VM disks. Timestamps are epoch milliseconds of the emulated clock; views turn them
// into ISO strings.
import { defineCollection, uuids } from '../../server/collection.js';
import { defineStore } from '../../server/store.js';

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
 * The VMs of an account.
 *
 * @internal
 */
export const vms = defineCollection<VmRecord>({ noun: 'VM', ids: uuids, holding: 'VMs' });

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
 * VM notes by `vmId:type:userId` (the account note uses the account id as user).
 *
 * @internal
 */
export const notes = defineStore(() => new Map<string, NoteRecord>());

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
 * The saved images of an account.
 *
 * @internal
 */
export const images = defineCollection<ImageRecord>({
  noun: 'Image',
  ids: uuids,
  holding: 'images',
});
