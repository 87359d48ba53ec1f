import type { components } from '../../generated/openapi.js';
import { validationError } from '../internal/validate.js';
import type { RaffValidationIssue } from '../shared/errors.js';

/** The fields of a backup that {@link backupSeries} reads; a `Backup` has them. */
export type BackupPoint = Pick<
  components['schemas']['Backup'],
  'id' | 'product_vm' | 'increment_id' | 'created_at'
>;

/**
 * One incremental series of a VM's backups, as {@link backupSeries} finds it: a full baseline
 * (`increment_id` 0) and the points that follow it (1, 2, …), each holding what changed since the
 * point before; or one standalone backup (`increment_id` null, taken before Raff's series).
 */
export interface BackupSeries<B extends BackupPoint = components['schemas']['Backup']> {
  /** The VM the series backs up (`product_vm`); `null` when the backups do not say. */
  readonly vm: string | null;
  /**
   * Where the series starts: its baseline, or the standalone backup. When the backups given miss
   * the baseline (a filtered or partial list), the oldest point they have; see `complete`.
   */
  readonly first: B;
  /** The newest point. */
  readonly last: B;
  /**
   * Every point, oldest first. A point's position in its series is its `increment_id`, and its
   * index here when the series is `complete` and nothing of it is missing.
   */
  readonly points: readonly B[];
  /** Whether `first` is the baseline (or a standalone backup): the series is here from its start. */
  readonly complete: boolean;
}

/**
 * Offline: groups backups into their incremental series, so that each backup's series (its first
 * point) and its position in it can be seen, and whole series can be removed with
 * `backups.deleteChain` (a point alone cannot be deleted while others share its series: 409).
 * Per VM, backups are taken in `created_at` order; a series begins at a baseline or at any point
 * numbered no higher than the one before it, and a standalone backup is a series of its own.
 * Series come oldest first (by their first point), each VM's in the order they were taken.
 *
 * @param backups - Backups as `raff.backups.list()` or `listAll()` returns them; list a VM's
 * backups whole (`{ vm_id }`) to see complete series.
 * @throws {RaffValidationError} for something that is not a list of backups (each with an `id`,
 * and an `increment_id` that is a whole number or null).
 * @example
 * ```ts
 * import { type Backup, backupSeries } from '@raff/sdk';
 * const backups: Backup[] = [];
 * for await (const backup of raff.backups.listAll({ vm_id: vmId })) backups.push(backup);
 * for (const series of backupSeries(backups)) {
 *   console.log(series.first.created_at, `${series.points.length} point(s)`, series.last.status);
 * }
 * ```
 */
export function backupSeries<B extends BackupPoint>(backups: readonly B[]): BackupSeries<B>[] {
  checkBackups(backups);
  const byVm = new Map<string | null, B[]>();
  for (const backup of backups) {
    const vm = backup.product_vm ?? null;
    const list = byVm.get(vm);
    if (list === undefined) byVm.set(vm, [backup]);
    else list.push(backup);
  }
  const groups: [vm: string | null, points: B[]][] = [];
  for (const [vm, points] of byVm) {
    let current: B[] | undefined;
    for (const point of points.toSorted(byTime)) {
      const previous = current?.at(-1)?.increment_id;
      const next = point.increment_id;
      if (current === undefined || previous == null || next == null || next <= previous) {
        current = [point];
        groups.push([vm, current]);
      } else {
        current.push(point);
      }
    }
  }
  return groups
    .map(([vm, points]): BackupSeries<B> => {
      const first = points[0] as B;
      const last = points.at(-1) as B;
      const complete = first.increment_id == null || first.increment_id === 0;
      return { vm, first, last, points, complete };
    })
    .sort((a, b) => byTime(a.first, b.first));
}

function createdAt(backup: BackupPoint): number {
  return Date.parse(backup.created_at ?? '') || 0;
}

// In the order they were taken; points taken in the same instant by their position.
function byTime(a: BackupPoint, b: BackupPoint): number {
  return createdAt(a) - createdAt(b) || (a.increment_id ?? -1) - (b.increment_id ?? -1);
}

function checkBackups(backups: unknown): void {
  const issues: RaffValidationIssue[] = [];
  if (!Array.isArray(backups)) {
    issues.push({ path: [], code: 'invalid_type', message: 'must be an array of backups' });
  } else {
    backups.forEach((backup: unknown, index) => {
      const { id, increment_id } = (backup ?? {}) as Record<string, unknown>;
      if (backup === null || typeof backup !== 'object' || typeof id !== 'string') {
        const message = 'must be a backup, as raff.backups.list() returns it (with an id)';
        issues.push({ path: [index], code: 'invalid_type', message });
      } else if (
        increment_id != null &&
        !(typeof increment_id === 'number' && Number.isInteger(increment_id) && increment_id >= 0)
      ) {
        const message = 'must be a whole number from 0, or null for a standalone backup';
        issues.push({ path: [index, 'increment_id'], code: 'invalid_type', message });
      }
    });
  }
  if (issues.length > 0) throw validationError('backupSeries input', issues);
}
