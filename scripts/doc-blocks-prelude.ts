/**
 * The free variables of the code blocks in README.md and docs/*.md: what a snippet may use
 * without declaring it. `scripts/check-doc-blocks.mjs` (`npm run docs:check`) imports each name
 * below into every TypeScript block that does not declare it itself, then type-checks the blocks.
 * Nothing here exists at run time: a reader supplies their own values.
 *
 * Besides these, a block sees the package imports and top-level declarations of the blocks above
 * it on the same page, as a reader does. Keep this list short; prefer declaring a value in the
 * guide's first block.
 */
import type { RaffClient } from '@raff/sdk';

/** A client with a key (`new RaffClient()`, reading RAFF_API_KEY and RAFF_PROJECT_ID). */
export declare const raff: RaffClient;

/** A project id, as `X-Project-ID` takes it. */
export declare const projectId: string;
/** The id of a second project, `customer1` in the examples. */
export declare const customer1Id: string;

/** A VM id (a UUID). */
export declare const vmId: string;
/** An OS template id (a UUID) from `raff.templates.list()`. */
export declare const templateId: string;
/** A volume id (volume ids are integers). */
export declare const volumeId: number;
/** A snapshot id (snapshot ids are integers). */
export declare const snapshotId: number;
/** A backup id (a UUID). */
export declare const backupId: string;
/** A VPC id (a UUID). */
export declare const vpcId: string;
/** A reserved IP's id (a UUID). */
export declare const ipId: string;
/** A network interface of a VM, as `raff.vms.networks.list()` numbers it. */
export declare const nicId: number;
/** A security group id (a UUID). */
export declare const groupId: string;

/** The emulator section of docs/emulator.md names these two as they appear in a create body. */
export declare const template_id: string;
/** A VM password that meets Raff's rules. */
export declare const password: string;

/** Your secret store (AWS Secrets Manager, Vault, …). */
export declare const secrets: {
  put(name: string, value: string): Promise<void>;
};
