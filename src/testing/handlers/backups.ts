import { requireBilling } from '../server/billing.js';
import { conflict } from '../server/errors.js';
import { iso } from '../server/iso-time.js';
import { requireSettled, requireStatus } from '../server/lifecycle.js';
import { removeBackups, startBackup, startBackupRestore } from '../storage-lifecycle.js';
import { type BackupRecord, storageOf } from '../storage-state.js';
import { backupView } from '../storage-views.js';
import {
  done,
  fields,
  type Handler,
  type HandlerContext,
  headerProject,
  one,
  page,
} from './context.js';
import { found, requirePassiveVm, requireResourceAccess } from './storage-common.js';
import { findVm } from './vms.js';

function findBackup(context: HandlerContext, projectId?: string): BackupRecord {
  const id = context.params.id ?? '';
  return found(storageOf(context.state).backups.get(id), `Backup ${id}`, projectId);
}

/** Every point of the backup's series; just the backup when it is standalone. */
function seriesOf(context: HandlerContext, backup: BackupRecord): BackupRecord[] {
  if (backup.chainId === null) return [backup];
  return [...storageOf(context.state).backups.values()].filter((b) => b.chainId === backup.chainId);
}

const listBackups: Handler = (context) => {
  const projects = new Set(context.projectIds);
  const vmId = context.query.vm_id;
  const backups = [...storageOf(context.state).backups.values()].filter(
    (b) => projects.has(b.projectId) && (vmId === undefined || b.vmId === vmId),
  );
  return page(
    context,
    backups.map((b) => backupView(context.state, b, context.now)),
  );
};

const createBackup: Handler = (context) => {
  const projectId = headerProject(context);
  requireBilling(context.state);
  const body = fields(context);
  const vm = findVm(context, body.vm_id as string, projectId);
  const name = (body.name as string | undefined) ?? `${vm.name}-${iso(context.now).slice(0, 10)}`;
  const backup = startBackup(
    context.state,
    { projectId, vmId: vm.id, name, scheduleId: null, createdBy: context.key.createdBy },
    context.now,
  );
  return one(backupView(context.state, backup, context.now));
};

const getBackup: Handler = (context) => {
  const backup = findBackup(context);
  requireResourceAccess(context, backup.projectId);
  return one(backupView(context.state, backup, context.now));
};

const deleteBackup: Handler = (context) => {
  const backup = findBackup(context, headerProject(context));
  requireSettled(`backup ${backup.id}`, backup.status, 'delete');
  const others = seriesOf(context, backup).length - 1;
  if (others > 0) {
    throw conflict(
      `Backup ${backup.id} is point ${backup.incrementId} of a series with ${others} other point(s); delete the series with deleteBackupChain`,
    );
  }
  removeBackups(context.state, [backup]);
  return done('Backup deleted');
};

const restoreBackup: Handler = (context) => {
  const backup = findBackup(context, headerProject(context));
  requireStatus(`backup ${backup.id}`, backup.status, ['ready'], 'restore');
  const vm = context.state.vms.get(backup.vmId);
  if (vm === undefined) throw conflict(`The backup's VM ${backup.vmId} no longer exists`);
  requirePassiveVm(vm, 'restore a backup onto');
  startBackupRestore(context.state, backup, context.now);
  return one(backupView(context.state, backup, context.now));
};

const deleteBackupChain: Handler = (context) => {
  const backup = findBackup(context, headerProject(context));
  const series = seriesOf(context, backup);
  for (const point of series) requireSettled(`backup ${point.id}`, point.status, 'delete');
  removeBackups(context.state, series);
  const chains = storageOf(context.state).chains;
  if (chains.get(backup.vmId) === backup.chainId) chains.delete(backup.vmId);
  return done(`Backup series deleted (${series.length} point(s))`);
};

const resetBackupChain: Handler = (context) => {
  const vm = findVm(context, context.params.id ?? '', headerProject(context));
  storageOf(context.state).chains.delete(vm.id);
  return done('The next backup of this VM starts a new series');
};

/**
 * The Backups operations.
 *
 * @internal
 */
export const BACKUP_HANDLERS: Readonly<Record<string, Handler>> = {
  listBackups,
  createBackup,
  getBackup,
  deleteBackup,
  restoreBackup,
  deleteBackupChain,
  resetBackupChain,
};
