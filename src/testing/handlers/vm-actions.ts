import { randomUUID } from 'node:crypto';
import { imageView, templateOf, vmTotalStorage } from '../compute-views.js';
import { planOf } from '../domains/catalog/data.js';
import type { ImageRecord, VmRecord, VmStatus } from '../resource-records.js';
import { badRequest, conflict, notFound } from '../server/errors.js';
import { TRANSIENT_STATUSES } from '../server/lifecycle.js';
import { storageOf } from '../storage-state.js';
import { done, fields, type Handler, type HandlerContext, one } from './context.js';
import { checkTemplate, pathVm, walkVm } from './vms.js';

type Need = 'running' | 'stopped' | 'startable' | 'settled';

/**
 * Throws the 409 Raff sends when the VM's status does not allow an action (openapi.json's
 * VMStateConflict examples): busy in a transient status, or not `active` / `passive` as needed.
 */
function requireVmStatus(vm: VmRecord, need: Need): void {
  const status: VmStatus = vm.status;
  if (TRANSIENT_STATUSES.has(status)) throw conflict(`VM is busy; current status: ${status}`);
  if (need === 'running' && status !== 'active') {
    throw conflict(`VM must be running (active) for this action; current status: ${status}`);
  }
  if (need === 'startable' && status !== 'passive') {
    throw conflict(`VM must be stopped (passive) to start; current status: ${status}`);
  }
  if (need === 'stopped' && status !== 'passive') {
    throw conflict(`VM must be stopped (passive) for this action; current status: ${status}`);
  }
  if (need === 'settled' && status !== 'active' && status !== 'passive') {
    throw conflict(`VM is not in a state for this action; current status: ${status}`);
  }
}

const power =
  (need: Need, transition: 'start' | 'stop' | 'reboot' | 'hardReboot', message: string): Handler =>
  (context) => {
    const vm = pathVm(context);
    requireVmStatus(vm, need);
    walkVm(context.state, vm, transition, context.now);
    return done(message);
  };

const renameVM: Handler = (context) => {
  const vm = pathVm(context);
  vm.name = fields(context).name as string;
  vm.updatedAt = context.now;
  return done('VM renamed');
};

const setVMConsolePolicy: Handler = (context) => {
  const vm = pathVm(context);
  vm.consoleRequireMfa = fields(context).console_require_mfa as boolean;
  vm.updatedAt = context.now;
  return done('Console policy updated');
};

const resetVMPassword: Handler = (context) => {
  pathVm(context);
  return done('Password reset started; the new password is emailed to the account owner');
};

const reinstallVM: Handler = (context) => {
  const vm = pathVm(context);
  const body = fields(context);
  requireVmStatus(vm, 'settled');
  const templateId = body.template_id as string;
  const template = checkTemplate(context, templateId, vm.pricingId);
  vm.templateId = templateId;
  vm.templateName = template.name;
  vm.templateVersion = template.version;
  walkVm(context.state, vm, 'reinstall', context.now);
  return done('VM reinstall started');
};

const factoryResetVM: Handler = (context) => {
  const vm = pathVm(context);
  requireVmStatus(vm, 'settled');
  walkVm(context.state, vm, 'factoryReset', context.now);
  return done('VM factory reset started');
};

const resizeVM: Handler = (context) => {
  const vm = pathVm(context);
  const pricingId = fields(context).pricing_id as number;
  const plan = planOf(pricingId);
  if (plan === undefined) throw badRequest(`Unknown pricing_id ${pricingId}`);
  requireVmStatus(vm, 'stopped');
  if (pricingId === vm.pricingId) throw badRequest(`VM is already on plan ${pricingId}`);
  checkTemplate(context, vm.templateId, pricingId);
  // Disks never shrink: what the old plan and added storage gave stays.
  const total = vmTotalStorage(vm);
  vm.pricingId = pricingId;
  vm.addedStorage = Math.max(0, total - plan[2]);
  vm.updatedAt = context.now;
  walkVm(context.state, vm, 'resize', context.now);
  return { body: { success: true, message: 'VM resized', id: vm.id } };
};

const resizeVMDisk: Handler = (context) => {
  const vm = pathVm(context);
  const newSize = fields(context).new_size as number;
  requireVmStatus(vm, 'stopped');
  const total = vmTotalStorage(vm);
  if (newSize <= total) {
    throw badRequest(`new_size must be larger than the current total_storage (${total} GB)`);
  }
  vm.addedStorage = newSize - (planOf(vm.pricingId)?.[2] ?? 0);
  vm.updatedAt = context.now;
  walkVm(context.state, vm, 'resizeDisk', context.now);
  return { body: { success: true, message: 'VM disk resized', id: vm.id } };
};

/** The snapshot `snapshotId` of disk `diskId` of the VM (404 when it is not one). */
function requireDiskSnapshot(
  context: HandlerContext,
  vm: VmRecord,
  diskId: number,
  snapshotId: number,
) {
  const storage = storageOf(context.state);
  const volumes = [...storage.volumes.values()]
    .filter((volume) => volume.vmId === vm.id)
    .sort((a, b) => a.id - b.id);
  const volume = diskId === 0 ? undefined : volumes[diskId - 1];
  if (diskId > 0 && volume === undefined) {
    throw notFound(`VM ${vm.id} has no disk ${diskId} (${volumes.length} volume(s) attached)`);
  }
  if (snapshotId === -1) return;
  const snapshot = storage.snapshots.get(snapshotId);
  const matches =
    snapshot !== undefined &&
    (volume === undefined ? snapshot.vmId === vm.id : snapshot.volumeId === volume.id);
  if (!matches) throw notFound(`Snapshot ${snapshotId} of disk ${diskId} not found`);
}

const saveVMDiskAsImage: Handler = (context) => {
  const vm = pathVm(context);
  const body = fields(context);
  const diskId = (body.disk_id as number | undefined) ?? 0;
  requireDiskSnapshot(context, vm, diskId, (body.snapshot_id as number | undefined) ?? -1);
  const image: ImageRecord = {
    id: randomUUID(),
    projectId: vm.projectId,
    name: body.name as string,
    description: body.description as string | undefined,
    sourceVmId: vm.id,
    isWindows: templateOf(context.state, vm.templateId)?.isWindows ?? false,
    createdAt: context.now,
  };
  context.state.images.set(image.id, image);
  return one(imageView(image));
};

/**
 * The VM power and maintenance operations, with the status each needs.
 *
 * @internal
 */
export const VM_ACTION_HANDLERS: Readonly<Record<string, Handler>> = {
  startVM: power('startable', 'start', 'VM start initiated'),
  stopVM: power('running', 'stop', 'VM stop initiated'),
  rebootVM: power('running', 'reboot', 'VM reboot initiated'),
  hardRebootVM: power('running', 'hardReboot', 'VM hard reboot initiated'),
  renameVM,
  setVMConsolePolicy,
  resetVMPassword,
  reinstallVM,
  factoryResetVM,
  resizeVM,
  resizeVMDisk,
  saveVMDiskAsImage,
};
