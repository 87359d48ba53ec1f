// The retention rules of examples/backups-lambda.ts, on hand-made backups (the series themselves
// are backupSeries', tested in test/offline/backup-series.test.ts).
import { describe, expect, it } from 'vitest';
import { expiredSeries, seriesTooOld } from '../../examples/backups-lambda.js';
import type { Backup } from '../../src/index.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 4, 20);

/** A backup of `vm` taken `daysAgo` days before NOW, point `increment` of its series. */
function backup(
  id: string,
  daysAgo: number,
  increment: number | null,
  status = 'ready',
  vm = 'vm-1',
): Backup {
  const created_at = new Date(NOW - daysAgo * DAY).toISOString();
  return {
    id,
    name: id,
    storage_size: 1,
    status,
    product_vm: vm,
    increment_id: increment,
    created_at,
  };
}

const ids = (groups: Backup[][]) => groups.map((group) => group.map((b) => b.id));

describe('backup retention', () => {
  it('expires a series only when all of it is old and ready and a newer ready one replaces it', () => {
    const cutoff = NOW - 7 * DAY;
    const backups = [
      backup('old0', 20, 0),
      backup('old1', 15, 1),
      backup('mid0', 10, 0),
      backup('mid1', 3, 1),
      backup('new0', 1, 0),
      backup('other0', 30, 0, 'ready', 'vm-2'),
    ];
    // `mid` has a recent point; `other` is vm-2's only series.
    expect(ids(expiredSeries(backups, cutoff))).toEqual([['old0', 'old1']]);
    const failedNewer = [backup('old0', 20, 0), backup('new0', 1, 0, 'failed')];
    expect(expiredSeries(failedNewer, cutoff)).toEqual([]);
  });

  it('asks for a new series once the current one began before the cutoff', () => {
    const cutoff = NOW - 7 * DAY;
    expect(seriesTooOld([backup('a0', 8, 0), backup('a1', 1, 1)], cutoff)).toBe(true);
    expect(seriesTooOld([backup('a0', 8, 0), backup('b0', 1, 0)], cutoff)).toBe(false);
    expect(seriesTooOld([], cutoff)).toBe(false);
  });
});
