import { vmTotalStorage } from '../compute-views.js';
import { requireBilling } from '../server/billing.js';
import { conflict } from '../server/errors.js';
import { requireSettled } from '../server/lifecycle.js';
import { lifecycleKey, startSnapshot } from '../storage-lifecycle.js';
import { type SnapshotRecord, storageOf } from '../storage-state.js';
import { snapshotView } from '../storage-views.js';
import {
  done,
  fields,
  type Handler,
  type HandlerContext,
  headerProject,
  one,
  page,
} from './context.js';
import { found, intId, requirePassiveVm, requireResourceAccess } from './storage-common.js';
import { findVm } from './vms.js';

function findSnapshot(context: HandlerContext, projectId?: string): SnapshotRecord {
  const id = intId(context);
  return found(storageOf(context.state).snapshots.get(id), `Snapshot ${id}`, projectId);
}

const listSnapshots: Handler = (context) => {
  const projects = new Set(context.projectIds);
  const { vm_id: vmId, volume_id: volumeId, type } = context.query;
  const snapshots = [...storageOf(context.state).snapshots.values()].filter(
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
  const storage = storageOf(context.state);
  let source: Pick<SnapshotRecord, 'type' | 'vmId' | 'volumeId' | 'sizeGb'>;
  if (body.resource_type === 'volume') {
    const id = body.volume_id as number;
    const volume = found(storage.volumes.get(id), `Volume ${id}`, projectId);
    requireSettled(`volume ${volume.id}`, volume.status, 'snapshot');
    source = { type: 'volume', vmId: null, volumeId: volume.id, sizeGb: volume.sizeGb };
  } else {
    const vm = findVm(context, body.resource_id as string, projectId);
    source = { type: 'vm', vmId: vm.id, volumeId: null, sizeGb: vmTotalStorage(vm) };
  }
  const snapshot: SnapshotRecord = {
    id: storage.nextSnapshotId++,
    projectId,
    name: body.name as string,
    taken: false,
    active: false,
    createdAt: context.now,
    createdBy: context.key.createdBy,
    ...source,
  };
  storage.snapshots.set(snapshot.id, snapshot);
  startSnapshot(context.state, snapshot, context.now);
  return one(snapshotView(context.state, snapshot));
};

const getSnapshot: Handler = (context) => {
  const snapshot = findSnapshot(context);
  requireResourceAccess(context, snapshot.projectId);
  return one(snapshotView(context.state, snapshot));
};

const deleteSnapshot: Handler = (context) => {
  const snapshot = findSnapshot(context, headerProject(context));
  if (snapshot.active) {
    throw conflict(
      `Snapshot ${snapshot.id} is active (its source runs on it); restore the source to another snapshot first`,
    );
  }
  storageOf(context.state).snapshots.delete(snapshot.id);
  context.state.lifecycle.cancel(lifecycleKey.snapshot(snapshot.id));
  return done('Snapshot deleted');
};

const restoreSnapshot: Handler = (context) => {
  const projectId = headerProject(context);
  const snapshot = findSnapshot(context, projectId);
  const storage = storageOf(context.state);
  if (!snapshot.taken) {
    throw conflict(`Snapshot ${snapshot.id} is still being taken; restore it once it is done`);
  }
  if (snapshot.vmId !== null) {
    const vm = context.state.vms.get(snapshot.vmId);
    if (vm === undefined) throw conflict(`The snapshot's VM ${snapshot.vmId} no longer exists`);
    requirePassiveVm(vm, 'restore a snapshot onto');
  } else {
    const volume = storage.volumes.get(snapshot.volumeId ?? 0);
    if (volume === undefined) {
      throw conflict(`The snapshot's volume ${snapshot.volumeId} no longer exists`);
    }
    requireSettled(`volume ${volume.id}`, volume.status, 'restore a snapshot onto');
  }
  for (const other of storage.snapshots.values()) {
    if (other.vmId === snapshot.vmId && other.volumeId === snapshot.volumeId) other.active = false;
  }
  snapshot.active = true;
  return done('Snapshot restore started');
};

const renameSnapshot: Handler = (context) => {
  const snapshot = findSnapshot(context, headerProject(context));
  snapshot.name = fields(context).name as string;
  return one(snapshotView(context.state, snapshot));
};

/**
 * The Snapshots operations.
 *
 * @internal
 */
export const SNAPSHOT_HANDLERS: Readonly<Record<string, Handler>> = {
  listSnapshots,
  createSnapshot,
  getSnapshot,
  deleteSnapshot,
  restoreSnapshot,
  renameSnapshot,
};
