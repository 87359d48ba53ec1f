import { API_KEY_HANDLERS } from './api-keys.js';
import { BACKUP_SCHEDULE_HANDLERS } from './backup-schedules.js';
import { BACKUP_HANDLERS } from './backups.js';
import { CATALOG_HANDLERS, PUBLIC_HANDLERS } from './catalog.js';
import type { Handler, PublicHandler } from './context.js';
import { INVITATION_HANDLERS } from './invitations.js';
import { IP_HANDLERS } from './ips.js';
import { ACCOUNT_MEMBER_HANDLERS } from './members.js';
import { PERMISSION_HANDLERS } from './permissions.js';
import { MEMBER_HANDLERS } from './project-members.js';
import { PROJECT_HANDLERS } from './projects.js';
import { ROLE_HANDLERS } from './roles.js';
import { SECURITY_GROUP_HANDLERS } from './security-groups.js';
import { SNAPSHOT_HANDLERS } from './snapshots.js';
import { SSH_KEY_HANDLERS } from './ssh-keys.js';
import { VM_ACTION_HANDLERS } from './vm-actions.js';
import { VM_NETWORK_HANDLERS } from './vm-networks.js';
import { VM_NOTE_TAG_HANDLERS } from './vm-notes-tags.js';
import { VM_HANDLERS } from './vms.js';
import { VOLUME_HANDLERS } from './volumes.js';
import { VPC_HANDLERS } from './vpcs.js';

export { PUBLIC_HANDLERS };

/**
 * Every implemented operation, by `operationId`. The keyless ones (PUBLIC_HANDLERS) are listed
 * too; the pipeline calls them without a key.
 *
 * @internal
 */
export const HANDLERS: Readonly<Record<string, Handler | PublicHandler>> = {
  ...PUBLIC_HANDLERS,
  ...CATALOG_HANDLERS,
  ...API_KEY_HANDLERS,
  ...ROLE_HANDLERS,
  ...PERMISSION_HANDLERS,
  ...PROJECT_HANDLERS,
  ...MEMBER_HANDLERS,
  ...VM_HANDLERS,
  ...VM_ACTION_HANDLERS,
  ...VM_NOTE_TAG_HANDLERS,
  ...VM_NETWORK_HANDLERS,
  ...VPC_HANDLERS,
  ...IP_HANDLERS,
  ...SECURITY_GROUP_HANDLERS,
  ...SSH_KEY_HANDLERS,
  ...BACKUP_HANDLERS,
  ...BACKUP_SCHEDULE_HANDLERS,
  ...SNAPSHOT_HANDLERS,
  ...VOLUME_HANDLERS,
  ...ACCOUNT_MEMBER_HANDLERS,
  ...INVITATION_HANDLERS,
};
