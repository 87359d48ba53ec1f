import { randomUUID } from 'node:crypto';
import type { EmulatorState } from './server/account.js';
import { storageOf } from './storage-state.js';

const DAY = 86_400_000;

/**
 * Where {@link seedStorage} puts things: the seeded projects and VMs it refers to.
 *
 * @internal
 */
export interface StorageSeedTargets {
  readonly defaultProjectId: string;
  readonly customer1ProjectId: string;
  /** `web-01` in Default. */
  readonly webVmId: string;
  /** `api-01` in customer1. */
  readonly apiVmId: string;
}

/**
 * Seeds the storage families, all settled: a weekly backup of `web-01` and of `api-01`, a VM
 * snapshot of `api-01`, and volumes 311 (customer1) and 312
 * (Default).
 *
 * @internal
 */
export function seedStorage(state: EmulatorState, targets: StorageSeedTargets, now: number): void {
  const storage = storageOf(state);
  const owner = state.ownerUserId;

  const backup = (projectId: string, vmId: string, name: string, at: number) => {
    const chainId = storage.nextChainId++;
    storage.chains.set(vmId, chainId);
    const id = randomUUID();
    storage.backups.set(id, {
      id,
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

  const volume = (projectId: string, name: string, sizeGb: number, at: number) => {
    const id = storage.nextVolumeId++;
    storage.volumes.set(id, {
      id,
      projectId,
      name,
      sizeGb,
      status: 'available',
      vmId: null,
      attachTo: null,
      createdBy: owner,
      createdAt: at,
      updatedAt: at,
    });
  };
  volume(targets.customer1ProjectId, 'data-volume', 100, now - 20 * DAY);
  volume(targets.defaultProjectId, 'logs-volume', 50, now - 10 * DAY);

  const snapshotId = storage.nextSnapshotId++;
  storage.snapshots.set(snapshotId, {
    id: snapshotId,
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
