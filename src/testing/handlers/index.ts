import { BACKUP_SCHEDULE_HANDLERS } from './backup-schedules.js';
import { BACKUP_HANDLERS } from './backups.js';
import type { Handler } from './context.js';
import { IP_HANDLERS } from './ips.js';
import { SECURITY_GROUP_HANDLERS } from './security-groups.js';
import { SNAPSHOT_HANDLERS } from './snapshots.js';
import { VM_ACTION_HANDLERS } from './vm-actions.js';
import { VM_NETWORK_HANDLERS } from './vm-networks.js';
import { VM_NOTE_TAG_HANDLERS } from './vm-notes-tags.js';
import { VM_HANDLERS } from './vms.js';
import { VOLUME_HANDLERS } from './volumes.js';
import { VPC_HANDLERS } from './vpcs.js';

/**
 * The operations not yet moved to src/testing/domains, untyped, by `operationId`.
 *
 * @internal
 */
export const LEGACY_HANDLERS: Readonly<Record<string, Handler>> = {
  ...VM_HANDLERS,
  ...VM_ACTION_HANDLERS,
  ...VM_NOTE_TAG_HANDLERS,
  ...VM_NETWORK_HANDLERS,
  ...VPC_HANDLERS,
  ...IP_HANDLERS,
  ...SECURITY_GROUP_HANDLERS,
  ...BACKUP_HANDLERS,
  ...BACKUP_SCHEDULE_HANDLERS,
  ...SNAPSHOT_HANDLERS,
  ...VOLUME_HANDLERS,
};
