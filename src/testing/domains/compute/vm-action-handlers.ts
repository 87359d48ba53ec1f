import type { EmulatorState } from '../../server/account.js';
import { badRequest, conflict, notFound } from '../../server/errors.js';
import type { HandlerTable } from '../../server/handler.js';
import { TRANSIENT_STATUSES } from '../../server/lifecycle.js';
import { done, one } from '../../server/replies.js';
import { planOf } from '../catalog/data.js';
import { snapshots, volumes } from '../storage/records.js';
import { walkVm } from './lifecycle.js';
import { pathVm } from './lookup.js';
import { images, type VmRecord } from './records.js';
import { imageView, templateOf, vmTotalStorage } from './views.js';
import { checkTemplate } from './vm-handlers.js';

type Need = 'running' | 'stopped' | 'startable' | 'settled';

/**
 * Throws the 409 Raff sends when the VM's status does not allow an action (openapi.json's
 * VMStateConflict examples): busy in a transient status, or not `active` / `passive` as needed.
 */
function requireVmStatus(vm: VmRecord, need: Need): void {
  const { status } = vm;
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

/** A power action: the VM of the path, in the status the action needs, starts a transition. */
function power(
  context: Parameters<typeof pathVm>[0] & { readonly now: number },
  need: Need,
  transition: 'start' | 'stop' | 'reboot' | 'hardReboot',
  message: string,
) {
  const vm = pathVm(context);
  requireVmStatus(vm, need);
  walkVm(context.state, vm, transition, context.now);
  return done(message);
}

/** 404 unless `snapshotId` (when not -1) is a snapshot of disk `diskId` of the VM. */
function requireDiskSnapshot(
  state: EmulatorState,
  vm: VmRecord,
  diskId: number,
  snapshotId: number,
): void {
  const attached = volumes
    .in(state)
    .where((volume) => volume.vmId === vm.id)
    .sort((a, b) => a.id - b.id);
  const volume = diskId === 0 ? undefined : attached[diskId - 1];
  if (diskId > 0 && volume === undefined) {
    throw notFound(`VM ${vm.id} has no disk ${diskId} (${attached.length} volume(s) attached)`);
  }
  if (snapshotId === -1) return;
  const snapshot = snapshots.in(state).find(snapshotId);
  const matches =
    snapshot !== undefined &&
    (volume === undefined ? snapshot.vmId === vm.id : snapshot.volumeId === volume.id);
  if (!matches) throw notFound(`Snapshot ${snapshotId} of disk ${diskId} not found`);
}

/**
 * The VM power and maintenance operations, with the status each needs.
 *
 * @internal
 */
export const VM_ACTION_HANDLERS = {
  startVM: (context) => power(context, 'startable', 'start', 'VM start initiated'),
  stopVM: (context) => power(context, 'running', 'stop', 'VM stop initiated'),
  rebootVM: (context) => power(context, 'running', 'reboot', 'VM reboot initiated'),
  hardRebootVM: (context) => power(context, 'running', 'hardReboot', 'VM hard reboot initiated'),

  renameVM: (context) => {
    const vm = pathVm(context);
    vm.name = context.body.name;
    vm.updatedAt = context.now;
    return done('VM renamed');
  },

  setVMConsolePolicy: (context) => {
    const vm = pathVm(context);
    vm.consoleRequireMfa = context.body.console_require_mfa;
    vm.updatedAt = context.now;
    return done('Console policy updated');
  },

  resetVMPassword: (context) => {
    pathVm(context);
    return done('Password reset started; the new password is emailed to the account owner');
  },

  reinstallVM: (context) => {
    const vm = pathVm(context);
    requireVmStatus(vm, 'settled');
    const templateId = context.body.template_id;
    const template = checkTemplate(context.state, templateId, vm.pricingId);
    vm.templateId = templateId;
    vm.templateName = template.name;
    vm.templateVersion = template.version;
    walkVm(context.state, vm, 'reinstall', context.now);
    return done('VM reinstall started');
  },

  factoryResetVM: (context) => {
    const vm = pathVm(context);
    requireVmStatus(vm, 'settled');
    walkVm(context.state, vm, 'factoryReset', context.now);
    return done('VM factory reset started');
  },

  resizeVM: (context) => {
    const vm = pathVm(context);
    const pricingId = context.body.pricing_id;
    const plan = planOf(pricingId);
    if (plan === undefined) throw badRequest(`Unknown pricing_id ${pricingId}`);
    requireVmStatus(vm, 'stopped');
    if (pricingId === vm.pricingId) throw badRequest(`VM is already on plan ${pricingId}`);
    checkTemplate(context.state, vm.templateId, pricingId);
    // Disks never shrink: what the old plan and added storage gave stays.
    const total = vmTotalStorage(vm);
    vm.pricingId = pricingId;
    vm.addedStorage = Math.max(0, total - plan[2]);
    vm.updatedAt = context.now;
    walkVm(context.state, vm, 'resize', context.now);
    return { body: { success: true, message: 'VM resized', id: vm.id } };
  },

  resizeVMDisk: (context) => {
    const vm = pathVm(context);
    const newSize = context.body.new_size;
    requireVmStatus(vm, 'stopped');
    const total = vmTotalStorage(vm);
    if (newSize <= total) {
      throw badRequest(`new_size must be larger than the current total_storage (${total} GB)`);
    }
    vm.addedStorage = newSize - (planOf(vm.pricingId)?.[2] ?? 0);
    vm.updatedAt = context.now;
    walkVm(context.state, vm, 'resizeDisk', context.now);
    return { body: { success: true, message: 'VM disk resized', id: vm.id } };
  },

  saveVMDiskAsImage: (context) => {
    const { state, body, now } = context;
    const vm = pathVm(context);
    requireDiskSnapshot(state, vm, body.disk_id ?? 0, body.snapshot_id ?? -1);
    const image = images.in(state).insert({
      id: images.in(state).nextId(),
      projectId: vm.projectId,
      name: body.name,
      description: body.description,
      sourceVmId: vm.id,
      isWindows: templateOf(state, vm.templateId)?.isWindows ?? false,
      createdAt: now,
    });
    return one(imageView(image));
  },
} satisfies HandlerTable;
