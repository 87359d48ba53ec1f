import type { components } from '../../../../generated/openapi.js';
import type { EmulatorState } from '../../server/account.js';
import { iso } from '../../server/iso-time.js';
import { STORAGE_PRICE_PER_GB_HOUR } from '../catalog/data.js';
import {
  type BackupRecord,
  backups,
  type ScheduleRecord,
  type SnapshotRecord,
  schedules,
  type VolumeRecord,
} from './records.js';
import { nextRuns, runtimeLabel } from './schedule-time.js';

type Schemas = components['schemas'];

const price = (perGbHour: number, gb: number): string => (perGbHour * gb).toFixed(6);

/**
 * A volume.
 *
 * @internal
 */
export function volumeView(state: EmulatorState, volume: VolumeRecord): Schemas['Volume'] {
  return {
    id: volume.id,
    account_id: state.accountId,
    project_id: volume.projectId,
    product_vm: volume.vmId ?? '',
    name: volume.name,
    volume_type: 'nvme',
    size: volume.sizeGb,
    status: volume.status,
    price_per_hour: price(STORAGE_PRICE_PER_GB_HOUR.volume, volume.sizeGb),
    region: 'us-east',
    created_at: iso(volume.createdAt),
    updated_at: iso(volume.updatedAt),
  };
}

/**
 * A snapshot; one still being taken reports `size` 0.
 *
 * @internal
 */
export function snapshotView(state: EmulatorState, snapshot: SnapshotRecord): Schemas['Snapshot'] {
  const size = snapshot.taken ? snapshot.sizeGb : 0;
  return {
    id: snapshot.id,
    account_id: state.accountId,
    project_id: snapshot.projectId,
    created_by: snapshot.createdBy,
    type: snapshot.type,
    name: snapshot.name,
    size: String(size),
    target_size: String(snapshot.sizeGb),
    status: snapshot.active ? 'active' : '',
    product_vm: snapshot.vmId,
    price_per_hour: price(STORAGE_PRICE_PER_GB_HOUR.snapshot, size),
    created_at: iso(snapshot.createdAt),
  };
}

/** Megabytes a backup stores (0 until it is ready). */
function storedMb(backup: BackupRecord): number {
  return backup.status === 'pending' || backup.status === 'creating' ? 0 : backup.storageSize;
}

/**
 * When retention will remove a backup its schedule keeps: the run that pushes it beyond
 * `keep_count`; `null` for backups no schedule keeps.
 */
function expireDate(state: EmulatorState, backup: BackupRecord, now: number): number | null {
  const schedule = schedules.in(state).find(backup.scheduleId ?? undefined);
  if (schedule === undefined) return null;
  const newerKept = backups
    .in(state)
    .where(
      (other) => other.scheduleId === schedule.id && other.createdAt > backup.createdAt,
    ).length;
  const runsLeft = Math.max(1, schedule.keepCount - newerKept);
  return nextRuns(schedule, now, runsLeft).at(-1) ?? null;
}

/**
 * A backup.
 *
 * @internal
 */
export function backupView(
  state: EmulatorState,
  backup: BackupRecord,
  now: number,
): Schemas['Backup'] {
  const mb = storedMb(backup);
  const expires = expireDate(state, backup, now);
  return {
    id: backup.id,
    account_id: state.accountId,
    project_id: backup.projectId,
    created_by: backup.createdBy,
    region: 'us-east',
    product_vm: backup.vmId,
    name: backup.name,
    storage_size: mb,
    status: backup.status,
    price_per_hour: price(STORAGE_PRICE_PER_GB_HOUR.backup, mb / 1024),
    expire_date: expires === null ? null : iso(expires),
    increment_id: backup.incrementId,
    created_at: iso(backup.createdAt),
  };
}

/**
 * A backup schedule, with the size and price of the backups it currently keeps.
 *
 * @internal
 */
export function scheduleView(
  state: EmulatorState,
  schedule: ScheduleRecord,
): Schemas['BackupSchedule'] {
  let mb = 0;
  for (const backup of backups.in(state).values()) {
    if (backup.scheduleId === schedule.id) mb += storedMb(backup);
  }
  return {
    id: schedule.id,
    account_id: state.accountId,
    project_id: schedule.projectId,
    created_by: schedule.createdBy,
    region: 'us-east',
    product_vm: schedule.vmId,
    name: schedule.name,
    type: schedule.type,
    runtime: runtimeLabel(schedule),
    keep_count: schedule.keepCount,
    price_per_hour: price(STORAGE_PRICE_PER_GB_HOUR.backup, mb / 1024),
    size: String(mb),
    created_at: iso(schedule.createdAt),
  };
}
