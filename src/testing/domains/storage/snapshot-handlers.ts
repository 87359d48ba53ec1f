import type { EmulatorState } from '../../server/account.js';
import { requireBilling } from '../../server/billing.js';
import { conflict } from '../../server/errors.js';
import type { HandlerTable } from '../../server/handler.js';
import { requireSettled } from '../../server/lifecycle.js';
import { done, headerProject, one, page } from '../../server/replies.js';
import { findVm } from '../compute/lookup.js';
import { vms } from '../compute/records.js';
import { vmTotalStorage } from '../compute/views.js';
import { requirePassiveVm, resourceById } from './common.js';
import { lifecycleKey, startSnapshot } from './lifecycle.js';
import { type SnapshotRecord, snapshots, volumes } from './records.js';
import { snapshotView } from './views.js';

type Source = Pick<SnapshotRecord, 'type' | 'vmId' | 'volumeId' | 'sizeGb'>;

/** What a new snapshot is taken of: a volume of the project (settled), or a VM of it. */
function sourceOf(
  state: EmulatorState,
  projectId: string,
  body: {
    readonly resource_type: 'vm' | 'volume';
    readonly resource_id?: string;
    readonly volume_id?: number;
  },
): Source {
  if (body.resource_type === 'volume') {
    const volume = volumes.in(state).get(body.volume_id ?? 0, projectId);
    requireSettled(`volume ${volume.id}`, volume.status, 'snapshot');
    return { type: 'volume', vmId: null, volumeId: volume.id, sizeGb: volume.sizeGb };
  }
  const vm = findVm(state, body.resource_id ?? '', projectId);
  return { type: 'vm', vmId: vm.id, volumeId: null, sizeGb: vmTotalStorage(vm) };
}

/**
 * The Snapshots operations.
 *
 * @internal
 */
export const SNAPSHOT_HANDLERS = {
  listSnapshots: (context) => {
    const { vm_id: vmId, volume_id: volumeId, type } = context.query;
    const found = snapshots
      .in(context.state)
      .inProjects(
        context.projectIds,
        (s) =>
          (vmId === undefined || s.vmId === vmId) &&
          (volumeId === undefined || s.volumeId === volumeId) &&
          (type === undefined || s.type === type),
      );
    return page(
      context,
      found.map((s) => snapshotView(context.state, s)),
    );
  },

  createSnapshot: (context) => {
    const projectId = headerProject(context);
    const { state, body, now } = context;
    requireBilling(state);
    const source = sourceOf(state, projectId, body);
    const store = snapshots.in(state);
    const snapshot = store.insert({
      id: store.nextId(),
      projectId,
      name: body.name,
      taken: false,
      active: false,
      createdAt: now,
      createdBy: context.key.createdBy,
      ...source,
    });
    startSnapshot(state, snapshot, now);
    return one(snapshotView(state, snapshot));
  },

  getSnapshot: (context) =>
    one(snapshotView(context.state, resourceById(context, snapshots, context.params.id))),

  deleteSnapshot: (context) => {
    const snapshot = snapshots.in(context.state).get(context.params.id, headerProject(context));
    if (snapshot.active) {
      throw conflict(
        `Snapshot ${snapshot.id} is active (its source runs on it); restore the source to another snapshot first`,
      );
    }
    snapshots.in(context.state).discard(snapshot.id);
    context.state.lifecycle.cancel(lifecycleKey.snapshot(snapshot.id));
    return done('Snapshot deleted');
  },

  restoreSnapshot: (context) => {
    const { state } = context;
    const snapshot = snapshots.in(state).get(context.params.id, headerProject(context));
    if (!snapshot.taken) {
      throw conflict(`Snapshot ${snapshot.id} is still being taken; restore it once it is done`);
    }
    if (snapshot.vmId !== null) {
      const vm = vms.in(state).find(snapshot.vmId);
      if (vm === undefined) throw conflict(`The snapshot's VM ${snapshot.vmId} no longer exists`);
      requirePassiveVm(vm, 'restore a snapshot onto');
    } else {
      const volume = volumes.in(state).find(snapshot.volumeId ?? undefined);
      if (volume === undefined) {
        throw conflict(`The snapshot's volume ${snapshot.volumeId} no longer exists`);
      }
      requireSettled(`volume ${volume.id}`, volume.status, 'restore a snapshot onto');
    }
    for (const other of snapshots.in(state).values()) {
      if (other.vmId === snapshot.vmId && other.volumeId === snapshot.volumeId)
        other.active = false;
    }
    snapshot.active = true;
    return done('Snapshot restore started');
  },

  renameSnapshot: (context) => {
    const snapshot = snapshots.in(context.state).get(context.params.id, headerProject(context));
    snapshot.name = context.body.name;
    return one(snapshotView(context.state, snapshot));
  },
} satisfies HandlerTable;
