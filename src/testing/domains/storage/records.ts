// Records of the storage domain: volumes, snapshots, VM backups and backup schedules. Timestamps
// are epoch milliseconds of the emulated clock.
import { counter, defineCollection, uuids } from '../../server/collection.js';
import { defineStore } from '../../server/store.js';

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
 * The volumes of an account; ids count up from 311.
 *
 * @internal
 */
export const volumes = defineCollection<VolumeRecord>({
  noun: 'Volume',
  ids: counter(311),
  holding: 'volumes',
});

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
 * The snapshots of an account; ids count up from 4821.
 *
 * @internal
 */
export const snapshots = defineCollection<SnapshotRecord>({
  noun: 'Snapshot',
  ids: counter(4821),
  holding: 'snapshots',
});

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
 * The backups of an account.
 *
 * @internal
 */
export const backups = defineCollection<BackupRecord>({
  noun: 'Backup',
  ids: uuids,
  holding: 'backups',
});

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
 * The backup schedules of an account; ids count up from 57.
 *
 * @internal
 */
export const schedules = defineCollection<ScheduleRecord>({
  noun: 'Backup schedule',
  ids: counter(57),
  holding: 'backup schedules',
});

/**
 * The open backup series of each VM (VM id → series id), and the next series id.
 *
 * @internal
 */
export const backupSeries = defineStore(() => ({ open: new Map<string, number>(), next: 1 }));
