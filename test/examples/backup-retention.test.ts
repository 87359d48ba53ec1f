// The retention rules of examples/backups-lambda.ts, on hand-made backups.
import { describe, expect, it } from 'vitest';
import { expiredSeries, seriesOf, seriesTooOld } from '../../examples/backups-lambda.js';
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
  it('splits a VM’s backups into series at each new baseline, oldest first', () => {
    const backups = [
      backup('b1', 5, 1),
      backup('a', 12, null),
      backup('b0', 6, 0),
      backup('c0', 2, 0),
      backup('b2', 4, 2),
    ];
    expect(ids(seriesOf(backups))).toEqual([['a'], ['b0', 'b1', 'b2'], ['c0']]);
  });

  it('begins a series at any point numbered no higher than the one before it', () => {
    expect(ids(seriesOf([backup('a0', 9, 0), backup('a1', 8, 1), backup('b3', 2, 3)]))).toEqual([
      ['a0', 'a1', 'b3'],
    ]);
    expect(ids(seriesOf([backup('a2', 9, 2), backup('b1', 2, 1)]))).toEqual([['a2'], ['b1']]);
  });

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
