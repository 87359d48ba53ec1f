import { randomUUID } from 'node:crypto';
import { notFound } from '../errors.js';
import type { BackupRecord, SnapshotRecord } from '../state.js';
import { backupView, iso, snapshotView } from '../views.js';
import { requireBilling } from './billing.js';
import { fields, type Handler, headerProject, one, page } from './context.js';
import { findVm } from './vms.js';

const listBackups: Handler = (context) => {
  const projects = new Set(context.projectIds);
  const vmId = context.query.vm_id;
  const backups = [...context.state.backups.values()].filter(
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
  const backup: BackupRecord = {
    id: randomUUID(),
    projectId,
    vmId: vm.id,
    name: (body.name as string | undefined) ?? `${vm.name}-${iso(context.now).slice(0, 10)}`,
    storageSize: 2048,
    createdAt: context.now,
    createdBy: context.key.createdBy,
    incrementId: null,
  };
  context.state.backups.set(backup.id, backup);
  return one(backupView(context.state, backup, context.now));
};

const listSnapshots: Handler = (context) => {
  const projects = new Set(context.projectIds);
  const { vm_id: vmId, volume_id: volumeId, type } = context.query;
  const snapshots = [...context.state.snapshots.values()].filter(
    (s) =>
      projects.has(s.projectId) &&
      (vmId === undefined || s.vmId === vmId) &&
      (volumeId === undefined || s.volumeId === volumeId) &&
      (type === undefined || s.type === type),
  );
  return page(
    context,
    snapshots.map((s) => snapshotView(context.state, s)),
  );
};

const createSnapshot: Handler = (context) => {
  const projectId = headerProject(context);
  requireBilling(context.state);
  const body = fields(context);
  const { state } = context;
  let source: Pick<SnapshotRecord, 'type' | 'vmId' | 'volumeId' | 'sizeGb'>;
  if (body.resource_type === 'volume') {
    const volume = state.volumes.get(body.volume_id as number);
    if (volume === undefined || volume.projectId !== projectId) {
      throw notFound(`Volume ${String(body.volume_id)} not found in project ${projectId}`);
    }
    source = { type: 'volume', vmId: null, volumeId: volume.id, sizeGb: volume.sizeGb };
  } else {
    const vm = findVm(context, body.resource_id as string, projectId);
    source = { type: 'vm', vmId: vm.id, volumeId: null, sizeGb: 12 };
  }
  const snapshot: SnapshotRecord = {
    id: state.nextSnapshotId++,
    projectId,
    name: body.name as string,
    createdAt: context.now,
    createdBy: context.key.createdBy,
    ...source,
  };
  state.snapshots.set(snapshot.id, snapshot);
  return one(snapshotView(state, snapshot));
};

/**
 * The Backups and Snapshots operations.
 *
 * @internal
 */
export const BACKUP_HANDLERS: Readonly<Record<string, Handler>> = {
  listBackups,
  createBackup,
  listSnapshots,
  createSnapshot,
};
