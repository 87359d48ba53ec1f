// The retention recipe of docs/storage-and-backups.md ("keep the newest N series"), taken from the
// guide as written and run against the emulator, whose backups form series as Raff's do.
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { type Backup, backupSeries, RaffClient } from '../../src/index.js';
import { LIFECYCLE_TIMINGS } from '../../src/testing/domains/timings.js';
import { totalMs } from '../../src/testing/server/lifecycle.js';
import { stillEmulator, vmIds } from '../support/storage.js';

const GUIDE = readFileSync(new URL('../../docs/storage-and-backups.md', import.meta.url), 'utf8');
const CREATE_MS = totalMs(LIFECYCLE_TIMINGS.backup.create);

/** The guide's `keepNewestSeries`, compiled as it is written, over `raff`. */
function recipe(raff: RaffClient): (keep: number) => Promise<string[]> {
  const start = GUIDE.indexOf('async function keepNewestSeries');
  const source = GUIDE.slice(start, GUIDE.indexOf('\n}\n', start) + 2);
  const { code } = transformSync(source, { loader: 'ts' });
  return new Function('raff', 'backupSeries', `${code}\nreturn keepNewestSeries;`)(
    raff,
    backupSeries,
  );
}

describe('the retention recipe of docs/storage-and-backups.md', () => {
  it('keeps each VM’s newest N series, deleting older ones whole, never a running one', async () => {
    const emulator = await stillEmulator();
    const projectId = emulator.projects.customer1.id;
    const raff = new RaffClient({
      apiKey: emulator.ownerKey,
      baseUrl: emulator.url,
      projectId,
      logLevel: 'off',
    });
    const vm = (await vmIds(emulator, projectId))('api-01');
    // Each backup a second after the one before: the series are told apart by time.
    const taken = async () => {
      emulator.clock.advance(1_000);
      return (await raff.backups.create({ vm_id: vm })).id;
    };
    // Series A: the seeded baseline and one more point; B: a baseline, and a point still being
    // taken; C: a baseline.
    const a1 = await taken();
    emulator.clock.advance(CREATE_MS);
    await raff.backups.resetChain(vm);
    const b0 = await taken();
    emulator.clock.advance(CREATE_MS);
    const b1 = await taken();
    await raff.backups.resetChain(vm);
    const c0 = await taken();

    const list = async () => {
      const all: Backup[] = [];
      for await (const backup of raff.backups.listAll({ vm_id: vm })) all.push(backup);
      return backupSeries(all).map((series) => series.points.map((p) => p.id));
    };
    const before = await list();
    expect(before.slice(1)).toEqual([[b0, b1], [c0]]);
    expect(before[0]?.[1]).toBe(a1);

    const keepNewestSeries = recipe(raff);
    // B is old but still being written: it stays until its point is done.
    expect(await keepNewestSeries(1)).toEqual(before[0]);
    expect(await list()).toEqual([[b0, b1], [c0]]);
    emulator.clock.advance(CREATE_MS);
    expect(await keepNewestSeries(2)).toEqual([]);
    expect(await keepNewestSeries(1)).toEqual([b0, b1]);
    // The newest series always stays, even at keep 0.
    expect(await keepNewestSeries(0)).toEqual([]);
    expect(await list()).toEqual([[c0]]);
  });
});
