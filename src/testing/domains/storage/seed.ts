import type { EmulatorState } from '../../server/account.js';
import type { SeededVms } from '../compute/seed.js';
import type { SeededProjects } from '../projects/seed.js';
import { backupSeries, backups, snapshots, volumes } from './records.js';

const DAY = 86_400_000;

/**
 * Seeds the storage domain, all settled: a weekly backup of `web-01` and of `api-01`, a VM
 * snapshot of `api-01`, and volumes 311 (customer1) and 312 (Default).
 *
 * @internal
 */
export function seedStorage(
  state: EmulatorState,
  targets: SeededProjects & SeededVms,
  now: number,
): void {
  const owner = state.ownerUserId;
  const series = backupSeries(state);
  const backup = (projectId: string, vmId: string, name: string, at: number) => {
    const chainId = series.next++;
    series.open.set(vmId, chainId);
    const store = backups.in(state);
    store.insert({
      id: store.nextId(),
      projectId,
      vmId,
      name,
      storageSize: 1843,
      status: 'ready',
      chainId,
      incrementId: 0,
      scheduleId: null,
      createdAt: at,
      createdBy: owner,
    });
  };
  backup(targets.defaultProjectId, targets.webVmId, 'weekly-web-01', now - 6 * DAY);
  backup(targets.customer1ProjectId, targets.apiVmId, 'weekly-api-01', now - 5 * DAY);

  const volume = (projectId: string, name: string, sizeGb: number, at: number) =>
    volumes.in(state).create(at, (stamp) => ({
      ...stamp,
      projectId,
      name,
      sizeGb,
      status: 'available',
      vmId: null,
      attachTo: null,
      createdBy: owner,
    }));
  volume(targets.customer1ProjectId, 'data-volume', 100, now - 20 * DAY);
  volume(targets.defaultProjectId, 'logs-volume', 50, now - 10 * DAY);

  const store = snapshots.in(state);
  store.insert({
    id: store.nextId(),
    projectId: targets.customer1ProjectId,
    type: 'vm',
    name: 'pre-upgrade',
    vmId: targets.apiVmId,
    volumeId: null,
    sizeGb: 80,
    taken: true,
    active: false,
    createdAt: now - 3 * DAY,
    createdBy: owner,
  });
}
