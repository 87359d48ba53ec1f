import { randomUUID } from 'node:crypto';
import type { EmulatorState } from './server/account.js';
import { iso } from './server/iso-time.js';
import { LIFECYCLE_TIMINGS, walk } from './server/lifecycle.js';
import { nextRun } from './storage-schedule-time.js';
import {
  type BackupRecord,
  type ScheduleRecord,
  type SnapshotRecord,
  storageOf,
  type VolumeRecord,
} from './storage-state.js';

// The timed side of the storage families: volumes, snapshots and backups walking through their
// transient statuses, backup schedules running as the clock passes.

/**
 * The lifecycle key of a resource, so its queued transitions can be cancelled when it goes.
 *
 * @internal
 */
export const lifecycleKey = {
  volume: (id: number) => `volume:${id}`,
  snapshot: (id: number) => `snapshot:${id}`,
  backup: (id: string) => `backup:${id}`,
  schedule: (id: number) => `backup-schedule:${id}`,
} as const;

/**
 * Walks a new volume `pending` → `creating` → `available`, or `attached` when it was created for
 * a VM that still exists by then.
 *
 * @internal
 */
export function startVolumeCreate(state: EmulatorState, volume: VolumeRecord, now: number): void {
  walk(state.lifecycle, {
    key: lifecycleKey.volume(volume.id),
    now,
    timing: LIFECYCLE_TIMINGS.volume.create,
    set: (status, at) => {
      const target = volume.attachTo;
      if (status === 'available' && target !== null && state.vms.has(target)) {
        volume.status = 'attached';
        volume.vmId = target;
      } else {
        volume.status = status as VolumeRecord['status'];
      }
      volume.updatedAt = at;
    },
  });
}

/**
 * Moves a detached volume to `deleting`; it disappears when the deletion is done.
 *
 * @internal
 */
export function startVolumeDelete(state: EmulatorState, volume: VolumeRecord, now: number): void {
  const { volumes } = storageOf(state);
  walk(state.lifecycle, {
    key: lifecycleKey.volume(volume.id),
    now,
    timing: LIFECYCLE_TIMINGS.volume.delete,
    set: (status, at) => {
      volume.status = status as VolumeRecord['status'];
      volume.updatedAt = at;
    },
    done: () => volumes.delete(volume.id),
  });
}

/**
 * Starts taking a snapshot: it is restorable (and reports its size) once taken.
 *
 * @internal
 */
export function startSnapshot(state: EmulatorState, snapshot: SnapshotRecord, now: number): void {
  walk(state.lifecycle, {
    key: lifecycleKey.snapshot(snapshot.id),
    now,
    timing: LIFECYCLE_TIMINGS.snapshot.create,
    set: (status) => {
      snapshot.taken = status === 'taken';
    },
  });
}

/**
 * Queues a backup of `vmId` at `at`, as the next point of the VM's open series (a new series,
 * point 0, when it has none), and walks it `pending` → `creating` → `ready`.
 *
 * @internal
 */
export function startBackup(
  state: EmulatorState,
  spec: Pick<BackupRecord, 'projectId' | 'vmId' | 'name' | 'scheduleId' | 'createdBy'>,
  at: number,
): BackupRecord {
  const storage = storageOf(state);
  let chainId = storage.chains.get(spec.vmId);
  const points = [...storage.backups.values()].filter((b) => b.chainId === chainId);
  if (chainId === undefined || points.length === 0) {
    chainId = storage.nextChainId++;
    storage.chains.set(spec.vmId, chainId);
  }
  const incrementId = points.reduce((max, b) => Math.max(max, (b.incrementId ?? -1) + 1), 0);
  const backup: BackupRecord = {
    ...spec,
    id: randomUUID(),
    // A baseline holds the whole disk, a later point only what changed since the one before.
    storageSize: incrementId === 0 ? 1843 : 96 + ((incrementId * 37) % 160),
    status: 'pending',
    chainId,
    incrementId,
    createdAt: at,
  };
  storage.backups.set(backup.id, backup);
  walk(state.lifecycle, {
    key: lifecycleKey.backup(backup.id),
    now: at,
    timing: LIFECYCLE_TIMINGS.backup.create,
    set: (status) => {
      backup.status = status as BackupRecord['status'];
    },
  });
  return backup;
}

/**
 * Walks a `ready` backup through `restoring` and back to `ready`.
 *
 * @internal
 */
export function startBackupRestore(state: EmulatorState, backup: BackupRecord, now: number): void {
  walk(state.lifecycle, {
    key: lifecycleKey.backup(backup.id),
    now,
    timing: LIFECYCLE_TIMINGS.backup.restore,
    set: (status) => {
      backup.status = status as BackupRecord['status'];
    },
  });
}

/**
 * Removes backups and their queued transitions.
 *
 * @internal
 */
export function removeBackups(state: EmulatorState, backups: Iterable<BackupRecord>): void {
  const storage = storageOf(state);
  for (const backup of [...backups]) {
    storage.backups.delete(backup.id);
    state.lifecycle.cancel(lifecycleKey.backup(backup.id));
  }
}

/**
 * Deletes the oldest backups of a schedule beyond its `keep_count`. Backups in a transient state
 * are skipped (they are pruned at a later run).
 *
 * @internal
 */
export function pruneSchedule(state: EmulatorState, schedule: ScheduleRecord): void {
  const taken = [...storageOf(state).backups.values()]
    .filter((backup) => backup.scheduleId === schedule.id)
    .sort((a, b) => b.createdAt - a.createdAt);
  const surplus = taken.slice(schedule.keepCount).filter((backup) => backup.status === 'ready');
  removeBackups(state, surplus);
}

function runSchedule(state: EmulatorState, schedule: ScheduleRecord, at: number): void {
  const vm = state.vms.get(schedule.vmId);
  if (vm === undefined) return;
  startBackup(
    state,
    {
      projectId: schedule.projectId,
      vmId: vm.id,
      name: `${schedule.type}-${vm.name}-${iso(at).slice(0, 16).replace('T', '-')}`,
      scheduleId: schedule.id,
      createdBy: schedule.createdBy,
    },
    at,
  );
  pruneSchedule(state, schedule);
}

/**
 * Registers (or, after an update, re-registers) a schedule with the lifecycle engine: from
 * `from` on, each run at its `runtime` takes a backup, then prunes beyond `keep_count`.
 *
 * @internal
 */
export function registerSchedule(
  state: EmulatorState,
  schedule: ScheduleRecord,
  from: number,
): void {
  state.lifecycle.every(
    {
      key: lifecycleKey.schedule(schedule.id),
      next: (after) => nextRun(schedule, after),
      run: (at) => runSchedule(state, schedule, at),
    },
    from,
  );
}

/**
 * What becomes of a VM's storage when the VM is deleted: attached volumes are detached (kept,
 * `available`) or deleted per `volume_action`, and its backup schedules stop (they have nothing
 * left to back up). Its backups and snapshots are kept until deleted.
 *
 * @internal
 */
export function releaseVmStorage(
  state: EmulatorState,
  vmId: string,
  volumeAction: 'detach' | 'delete',
  now: number,
): void {
  const storage = storageOf(state);
  for (const volume of storage.volumes.values()) {
    if (volume.vmId !== vmId && volume.attachTo !== vmId) continue;
    if (volume.vmId === vmId) {
      volume.vmId = null;
      volume.status = 'available';
      volume.updatedAt = now;
    }
    if (volumeAction === 'delete' && volume.status === 'available') {
      startVolumeDelete(state, volume, now);
    }
  }
  for (const schedule of [...storage.schedules.values()]) {
    if (schedule.vmId !== vmId) continue;
    storage.schedules.delete(schedule.id);
    state.lifecycle.cancel(lifecycleKey.schedule(schedule.id));
  }
  storage.chains.delete(vmId);
}
