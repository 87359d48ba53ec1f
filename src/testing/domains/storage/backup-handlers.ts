import type { EmulatorState } from '../../server/account.js';
import { requireBilling } from '../../server/billing.js';
import { conflict } from '../../server/errors.js';
import type { HandlerTable } from '../../server/handler.js';
import { iso } from '../../server/iso-time.js';
import { requireSettled, requireStatus } from '../../server/lifecycle.js';
import { done, headerProject, one, page } from '../../server/replies.js';
import { findVm } from '../compute/lookup.js';
import { vms } from '../compute/records.js';
import { requirePassiveVm, resourceById } from './common.js';
import { removeBackups, startBackup, startBackupRestore } from './lifecycle.js';
import { type BackupRecord, backupSeries, backups } from './records.js';
import { backupView } from './views.js';

/** Every point of the backup's series; just the backup when it is standalone. */
function seriesOf(state: EmulatorState, backup: BackupRecord): BackupRecord[] {
  if (backup.chainId === null) return [backup];
  return backups.in(state).where((b) => b.chainId === backup.chainId);
}

/**
 * The Backups operations.
 *
 * @internal
 */
export const BACKUP_HANDLERS = {
  listBackups: (context) => {
    const vmId = context.query.vm_id;
    const found = backups
      .in(context.state)
      .inProjects(context.projectIds, (b) => vmId === undefined || b.vmId === vmId);
    return page(
      context,
      found.map((b) => backupView(context.state, b, context.now)),
    );
  },

  createBackup: (context) => {
    const projectId = headerProject(context);
    const { state, body, now } = context;
    requireBilling(state);
    const vm = findVm(state, body.vm_id, projectId);
    const name = body.name ?? `${vm.name}-${iso(now).slice(0, 10)}`;
    const backup = startBackup(
      state,
      { projectId, vmId: vm.id, name, scheduleId: null, createdBy: context.key.createdBy },
      now,
    );
    return one(backupView(state, backup, now));
  },

  getBackup: (context) =>
    one(backupView(context.state, resourceById(context, backups, context.params.id), context.now)),

  deleteBackup: (context) => {
    const backup = backups.in(context.state).get(context.params.id, headerProject(context));
    requireSettled(`backup ${backup.id}`, backup.status, 'delete');
    const others = seriesOf(context.state, backup).length - 1;
    if (others > 0) {
      throw conflict(
        `Backup ${backup.id} is point ${backup.incrementId} of a series with ${others} other point(s); delete the series with deleteBackupChain`,
      );
    }
    removeBackups(context.state, [backup]);
    return done('Backup deleted');
  },

  restoreBackup: (context) => {
    const { state, now } = context;
    const backup = backups.in(state).get(context.params.id, headerProject(context));
    requireStatus(`backup ${backup.id}`, backup.status, ['ready'], 'restore');
    const vm = vms.in(state).find(backup.vmId);
    if (vm === undefined) throw conflict(`The backup's VM ${backup.vmId} no longer exists`);
    requirePassiveVm(vm, 'restore a backup onto');
    startBackupRestore(state, backup, now);
    return one(backupView(state, backup, now));
  },

  deleteBackupChain: (context) => {
    const { state } = context;
    const backup = backups.in(state).get(context.params.id, headerProject(context));
    const series = seriesOf(state, backup);
    for (const point of series) requireSettled(`backup ${point.id}`, point.status, 'delete');
    removeBackups(state, series);
    const { open } = backupSeries(state);
    if (open.get(backup.vmId) === backup.chainId) open.delete(backup.vmId);
    return done(`Backup series deleted (${series.length} point(s))`);
  },

  resetBackupChain: (context) => {
    const vm = findVm(context.state, context.params.id, headerProject(context));
    backupSeries(context.state).open.delete(vm.id);
    return done('The next backup of this VM starts a new series');
  },
} satisfies HandlerTable;
