import type { EmulatorState } from './server/account.js';

// Records of the storage families (volumes, snapshots, backups, backup schedules). Timestamps are epoch milliseconds of the emulated clock.

/**
 * A block storage volume.
 *
 * @internal
 */
export interface VolumeRecord {
  readonly id: number;
  readonly projectId: string;
  readonly name: string;
  sizeGb: number;
  status: 'pending' | 'creating' | 'available' | 'attached' | 'deleting' | 'failed';
  /** The VM it is attached to. */
  vmId: string | null;
  /** The VM a new volume attaches to once created (`vm_id` of createVolume). */
  readonly attachTo: string | null;
  readonly createdBy: string;
  readonly createdAt: number;
  updatedAt: number;
}

/**
 * A VM or volume snapshot.
 *
 * @internal
 */
export interface SnapshotRecord {
  readonly id: number;
  readonly projectId: string;
  readonly type: 'vm' | 'volume';
  name: string;
  readonly vmId: string | null;
  readonly volumeId: number | null;
  readonly sizeGb: number;
  /** `false` while the snapshot is still being taken: it reports size 0 and cannot be restored. */
  taken: boolean;
  /** Whether its source runs on it since a restore (`status: active`). */
  active: boolean;
  readonly createdAt: number;
  readonly createdBy: string;
}

/**
 * A VM backup, one point of an incremental series (or a standalone one).
 *
 * @internal
 */
export interface BackupRecord {
  readonly id: string;
  readonly projectId: string;
  readonly vmId: string;
  readonly name: string;
  /** Megabytes once `ready`. */
  readonly storageSize: number;
  status: 'pending' | 'creating' | 'ready' | 'restoring' | 'failed';
  /** The series it belongs to; `null` for a standalone backup. */
  readonly chainId: number | null;
  readonly incrementId: number | null;
  /** The schedule that took it; `null` for one taken by hand. */
  readonly scheduleId: number | null;
  readonly createdAt: number;
  readonly createdBy: string;
}

/**
 * One of the seven days a weekly backup schedule can run on.
 *
 * @internal
 */
export type Weekday =
  | 'Monday'
  | 'Tuesday'
  | 'Wednesday'
  | 'Thursday'
  | 'Friday'
  | 'Saturday'
  | 'Sunday';

/**
 * A recurring backup of one VM.
 *
 * @internal
 */
export interface ScheduleRecord {
  readonly id: number;
  readonly projectId: string;
  readonly vmId: string;
  readonly name: string;
  type: 'daily' | 'weekly';
  /** Minutes after midnight (UTC) it runs at. */
  minuteOfDay: number;
  dayOfWeek: Weekday | null;
  keepCount: number;
  readonly createdAt: number;
  readonly createdBy: string;
}

/**
 * Everything the storage families hold for one account.
 *
 * @internal
 */
export interface StorageState {
  readonly volumes: Map<number, VolumeRecord>;
  readonly snapshots: Map<number, SnapshotRecord>;
  readonly backups: Map<string, BackupRecord>;
  readonly schedules: Map<number, ScheduleRecord>;
  /** The open backup series of each VM: VM id → series id. */
  readonly chains: Map<string, number>;
  nextVolumeId: number;
  nextSnapshotId: number;
  nextScheduleId: number;
  nextChainId: number;
}

const stores = new WeakMap<EmulatorState, StorageState>();

/**
 * The storage records of an emulated account, created empty on first use.
 *
 * @internal
 */
export function storageOf(state: EmulatorState): StorageState {
  let storage = stores.get(state);
  if (storage === undefined) {
    storage = {
      volumes: new Map(),
      snapshots: new Map(),
      backups: new Map(),
      schedules: new Map(),
      chains: new Map(),
      nextVolumeId: 311,
      nextSnapshotId: 4821,
      nextScheduleId: 57,
      nextChainId: 1,
    };
    stores.set(state, storage);
  }
  return storage;
}

/**
 * The kinds of storage a project still holds (`volumes`, `snapshots`, `backups`,
 * `backup schedules`), empty when none: a project holding any of them cannot be deleted.
 *
 * @internal
 */
export function storageHeldBy(state: EmulatorState, projectId: string): string[] {
  const storage = storageOf(state);
  const kinds: [string, Iterable<{ readonly projectId: string }>][] = [
    ['volumes', storage.volumes.values()],
    ['snapshots', storage.snapshots.values()],
    ['backups', storage.backups.values()],
    ['backup schedules', storage.schedules.values()],
  ];
  return kinds
    .filter(([, records]) => [...records].some((record) => record.projectId === projectId))
    .map(([kind]) => kind);
}
