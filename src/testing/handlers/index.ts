import { API_KEY_HANDLERS } from './api-keys.js';
import { BACKUP_HANDLERS } from './backups.js';
import type { Handler } from './context.js';
import { PERMISSION_HANDLERS } from './permissions.js';
import { MEMBER_HANDLERS } from './project-members.js';
import { PROJECT_HANDLERS } from './projects.js';
import { ROLE_HANDLERS } from './roles.js';
import { VM_HANDLERS } from './vms.js';

/**
 * Every implemented operation, by `operationId`.
 *
 * @internal
 */
export const HANDLERS: Readonly<Record<string, Handler>> = {
  ...API_KEY_HANDLERS,
  ...ROLE_HANDLERS,
  ...PERMISSION_HANDLERS,
  ...PROJECT_HANDLERS,
  ...MEMBER_HANDLERS,
  ...VM_HANDLERS,
  ...BACKUP_HANDLERS,
};
