// backupSeries: a backup's series (its first point) and its position, from increment_id and
// created_at, offline.
import { describe, expect, it } from 'vitest';
import { type Backup, backupSeries, RaffValidationError } from '../../src/index.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 4, 20);

/** A backup of `vm` taken `daysAgo` days before NOW, point `increment` of its series. */
function backup(id: string, daysAgo: number, increment: number | null, vm = 'vm-1'): Backup {
  const created_at = new Date(NOW - daysAgo * DAY).toISOString();
  return {
    id,
    name: id,
    storage_size: 1,
    status: 'ready',
    product_vm: vm,
    increment_id: increment,
    created_at,
  };
}

const ids = (series: ReturnType<typeof backupSeries>) =>
  series.map((s) => s.points.map((b) => b.id));

describe('backupSeries', () => {
  it('splits a VM’s backups into series at each new baseline, oldest first, whatever the order given', () => {
    const backups = [
      backup('b1', 5, 1),
      backup('a', 12, null),
      backup('b0', 6, 0),
      backup('c0', 2, 0),
      backup('b2', 4, 2),
    ];
    const series = backupSeries(backups);
    expect(ids(series)).toEqual([['a'], ['b0', 'b1', 'b2'], ['c0']]);
    const [standalone, b, c] = series;
    expect(standalone).toMatchObject({ vm: 'vm-1', complete: true });
    expect(b?.first.id).toBe('b0');
    expect(b?.last.id).toBe('b2');
    expect(c).toMatchObject({ first: { id: 'c0' }, last: { id: 'c0' }, complete: true });
    // A point's position is its increment_id, and its index in a complete series.
    for (const point of b?.points ?? []) expect(b?.points.indexOf(point)).toBe(point.increment_id);
  });

  it('keeps each VM’s series apart, and orders every series by its first point', () => {
    const backups = [
      backup('x0', 9, 0, 'vm-2'),
      backup('a0', 10, 0),
      backup('x1', 3, 1, 'vm-2'),
      backup('a1', 8, 1),
      backup('a2', 1, 2),
    ];
    const series = backupSeries(backups);
    expect(ids(series)).toEqual([
      ['a0', 'a1', 'a2'],
      ['x0', 'x1'],
    ]);
    expect(series.map((s) => s.vm)).toEqual(['vm-1', 'vm-2']);
  });

  it('begins a series at any point numbered no higher than the one before it, and marks one whose baseline is missing', () => {
    const gap = backupSeries([backup('a0', 9, 0), backup('a1', 8, 1), backup('a3', 2, 3)]);
    expect(ids(gap)).toEqual([['a0', 'a1', 'a3']]);
    const partial = backupSeries([backup('a2', 9, 2), backup('b1', 2, 1)]);
    expect(ids(partial)).toEqual([['a2'], ['b1']]);
    expect(partial.map((s) => s.complete)).toEqual([false, false]);
  });

  it('orders points taken in the same instant by their position', () => {
    expect(ids(backupSeries([backup('p1', 1, 1), backup('p0', 1, 0)]))).toEqual([['p0', 'p1']]);
  });

  it('returns nothing for no backups, and refuses what is not a list of backups', () => {
    expect(backupSeries([])).toEqual([]);
    for (const bad of [
      null,
      'b1',
      [{}],
      [{ id: 'a', increment_id: -1 }],
      [{ id: 'a', increment_id: 1.5 }],
    ]) {
      expect(() => backupSeries(bad as never)).toThrow(RaffValidationError);
    }
    const error = (() => {
      try {
        backupSeries([backup('a', 1, 0), { id: 'b', increment_id: 'x' } as never]);
      } catch (e) {
        return e as RaffValidationError;
      }
    })();
    expect(error?.issues).toEqual([
      {
        path: [1, 'increment_id'],
        code: 'invalid_type',
        message: 'must be a whole number from 0, or null for a standalone backup',
      },
    ]);
  });
});
