// The timed side of the storage domain: volumes, snapshots and backups walking through their
// transient statuses, backup schedules running as the clock passes, and what becomes of a VM's
// storage when the VM goes.
import type { EmulatorState } from '../../server/account.js';
import { iso } from '../../server/iso-time.js';
import { type Timing, timing, walk } from '../../server/lifecycle.js';
import { vms } from '../compute/records.js';
import {
  type BackupRecord,
  backupSeries,
  backups,
  type ScheduleRecord,
  type SnapshotRecord,
  schedules,
  type VolumeRecord,
  volumes,
} from './records.js';
import { nextRun } from './schedule-time.js';

/**
 * The storage domain's timings, on the emulated clock.
 *
 * @internal
 */
export const STORAGE_TIMINGS = {
  volume: {
    create: timing('available', ['pending', 5_000], ['creating', 20_000]),
    attach: timing('attached'),
    detach: timing('available'),
    resize: timing(undefined),
    delete: timing(undefined, ['deleting', 10_000]),
  },
  /**
   * A snapshot's `status` is only `''` or `active`: while it is `taking` it reports `size` 0 and
   * cannot be restored. A restore makes it `active` at once (the source must be stopped).
   */
  snapshot: {
    create: timing('taken', ['taking', 30_000]),
    restore: timing('active'),
  },
  /** Scheduled runs take the same path as createBackup. */
  backup: {
    create: timing('ready', ['pending', 10_000], ['creating', 50_000]),
    restore: timing('ready', ['restoring', 120_000]),
  },
} as const satisfies Record<string, Record<string, Timing>>;

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
    timing: STORAGE_TIMINGS.volume.create,
    set: (status, at) => {
      const target = volume.attachTo;
      if (status === 'available' && target !== null && vms.in(state).find(target) !== undefined) {
        volume.status = 'attached';
        volume.vmId = target;
      } else {
        volume.status = status;
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
  walk(state.lifecycle, {
    key: lifecycleKey.volume(volume.id),
    now,
    timing: STORAGE_TIMINGS.volume.delete,
    set: (status, at) => {
      volume.status = status;
      volume.updatedAt = at;
    },
    done: () => volumes.in(state).discard(volume.id),
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
    timing: STORAGE_TIMINGS.snapshot.create,
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
  const series = backupSeries(state);
  const store = backups.in(state);
  let chainId = series.open.get(spec.vmId);
  const points = store.where((b) => b.chainId === chainId);
  if (chainId === undefined || points.length === 0) {
    chainId = series.next++;
    series.open.set(spec.vmId, chainId);
  }
  const incrementId = points.reduce((max, b) => Math.max(max, (b.incrementId ?? -1) + 1), 0);
  const backup = store.insert({
    ...spec,
    id: store.nextId(),
    // A baseline holds the whole disk, a later point only what changed since the one before.
    storageSize: incrementId === 0 ? 1843 : 96 + ((incrementId * 37) % 160),
    status: 'pending',
    chainId,
    incrementId,
    createdAt: at,
  });
  walk(state.lifecycle, {
    key: lifecycleKey.backup(backup.id),
    now: at,
    timing: STORAGE_TIMINGS.backup.create,
    set: (status) => {
      backup.status = status;
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
    timing: STORAGE_TIMINGS.backup.restore,
    set: (status) => {
      backup.status = status;
    },
  });
}

/**
 * Removes backups and their queued transitions.
 *
 * @internal
 */
export function removeBackups(state: EmulatorState, removed: Iterable<BackupRecord>): void {
  for (const backup of [...removed]) {
    backups.in(state).discard(backup.id);
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
  const taken = backups
    .in(state)
    .where((backup) => backup.scheduleId === schedule.id)
    .sort((a, b) => b.createdAt - a.createdAt);
  const surplus = taken.slice(schedule.keepCount).filter((backup) => backup.status === 'ready');
  removeBackups(state, surplus);
}

function runSchedule(state: EmulatorState, schedule: ScheduleRecord, at: number): void {
  const vm = vms.in(state).find(schedule.vmId);
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
  for (const volume of volumes.in(state).values()) {
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
  for (const schedule of schedules.in(state).where((s) => s.vmId === vmId)) {
    schedules.in(state).discard(schedule.id);
    state.lifecycle.cancel(lifecycleKey.schedule(schedule.id));
  }
  backupSeries(state).open.delete(vmId);
}
