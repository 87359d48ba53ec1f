import type { HandlerTable } from '../../server/handler.js';
import { BACKUP_HANDLERS } from './backup-handlers.js';
import { SCHEDULE_HANDLERS } from './schedule-handlers.js';
import { SNAPSHOT_HANDLERS } from './snapshot-handlers.js';
import { VOLUME_HANDLERS } from './volume-handlers.js';

/**
 * The storage domain: volumes, snapshots, VM backups and backup schedules.
 *
 * @internal
 */
export const STORAGE_HANDLERS = {
  ...VOLUME_HANDLERS,
  ...SNAPSHOT_HANDLERS,
  ...BACKUP_HANDLERS,
  ...SCHEDULE_HANDLERS,
} satisfies HandlerTable;
