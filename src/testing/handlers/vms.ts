import { randomUUID } from 'node:crypto';
import { templateOf, vmView } from '../compute-views.js';
import { planOf } from '../domains/catalog/data.js';
import { addNic, publicAddress, publicGateway } from '../networking.js';
import type { VmRecord, VmStatus } from '../resource-records.js';
import type { EmulatorState } from '../server/account.js';
import { requireBilling } from '../server/billing.js';
import { badRequest, notFound } from '../server/errors.js';
import { LIFECYCLE_TIMINGS, walk } from '../server/lifecycle.js';
import { releaseVmStorage, startVolumeCreate } from '../storage-lifecycle.js';
import { storageOf } from '../storage-state.js';
import {
  done,
  fields,
  type Handler,
  type HandlerContext,
  headerProject,
  one,
  page,
} from './context.js';
import { joinVpcOnCreate, removeVmVpcs } from './vm-network-state.js';

/**
 * The VM with the path's `{id}`, which must live in `projectId` when one is given.
 *
 * @internal
 */
export function findVm(context: HandlerContext, id: string, projectId?: string): VmRecord {
  const vm = context.state.vms.get(id);
  if (vm === undefined || (projectId !== undefined && vm.projectId !== projectId)) {
    throw notFound(
      projectId === undefined ? `VM ${id} not found` : `VM ${id} not found in project ${projectId}`,
    );
  }
  return vm;
}

/**
 * The VM of the path in the project of `X-Project-ID` (mutations).
 *
 * @internal
 */
export function pathVm(context: HandlerContext): VmRecord {
  return findVm(context, context.params.id ?? '', headerProject(context));
}

/**
 * The VM of the path, found by id alone, after checking the operation's permission on its project
 * (operations whose permission project is `resource`).
 *
 * @internal
 */
export function resourceVm(context: HandlerContext): VmRecord {
  const vm = findVm(context, context.params.id ?? '');
  context.access.requireProject(vm.projectId, context.operation.permission ?? 'vm.view');
  return vm;
}

/**
 * The lifecycle key of a VM.
 *
 * @internal
 */
export const vmKey = (id: string): string => `vm:${id}`;

/**
 * Walks the VM through one of `LIFECYCLE_TIMINGS.vm`, replacing any unfinished transition.
 *
 * @internal
 */
export function walkVm(
  state: EmulatorState,
  vm: VmRecord,
  transition: keyof typeof LIFECYCLE_TIMINGS.vm,
  now: number,
): void {
  walk(state.lifecycle, {
    key: vmKey(vm.id),
    now,
    timing: LIFECYCLE_TIMINGS.vm[transition],
    set: (status, at) => {
      vm.status = status as VmStatus;
      vm.updatedAt = at;
    },
  });
}

/**
 * Destroys a VM: its queued transitions, interfaces (reserved IPs turn `free`, allocated ones go
 * back to the pool), notes, its VPCs when `deleteVpc` and no other VM uses them, and its volumes
 * per `volumeAction` (storage-lifecycle.ts).
 *
 * @internal
 */
export function destroyVm(
  state: EmulatorState,
  vm: VmRecord,
  options: { volumeAction: 'detach' | 'delete'; deleteVpc: boolean; now: number },
): void {
  state.lifecycle.cancel(vmKey(vm.id));
  state.vms.delete(vm.id);
  removeVmVpcs(state, vm, options.deleteVpc);
  for (const nic of vm.nics) {
    const ip = nic.ipId === undefined ? undefined : state.ips.get(nic.ipId);
    if (ip === undefined) continue;
    if (ip.reserved) {
      ip.vmId = null;
      ip.nicId = null;
      ip.updatedAt = options.now;
    } else {
      state.ips.delete(ip.id);
    }
  }
  for (const [id, note] of state.notes) if (note.vmId === vm.id) state.notes.delete(id);
  releaseVmStorage(state, vm.id, options.volumeAction, options.now);
}

const listVMs: Handler = (context) => {
  const { status } = context.query;
  const projects = new Set(context.projectIds);
  const vms = [...context.state.vms.values()].filter(
    (vm) => projects.has(vm.projectId) && (status === undefined || vm.status === status),
  );
  return page(
    context,
    vms.map((vm) => vmView(vm)),
  );
};

/** Checks template, plan and login of a createVM or reinstallVM body (400 otherwise). */
export function checkTemplate(
  context: HandlerContext,
  templateId: string,
  pricingId: number,
): { name: string; version: string; isWindows: boolean } {
  const template = templateOf(context.state, templateId);
  if (template === undefined) {
    throw badRequest(`Unknown template_id ${templateId}; listTemplates gives the valid ones`);
  }
  const plan = planOf(pricingId);
  if (plan === undefined) throw badRequest(`Unknown pricing_id ${pricingId}`);
  if (template.isWindows && plan[5] !== 'premium') {
    throw badRequest('Windows templates run only on premium plans; pick a premium pricing_id');
  }
  return template;
}

const createVM: Handler = (context) => {
  const projectId = headerProject(context);
  requireBilling(context.state);
  const body = fields(context);
  const { state, now } = context;
  const pricingId = body.pricing_id as number;
  const template = checkTemplate(context, body.template_id as string, pricingId);
  const sshKeys = (body.ssh_keys as string[] | undefined) ?? [];
  if (template.isWindows && body.password === undefined) {
    throw badRequest('A Windows VM needs a password');
  }
  if (!template.isWindows && body.password === undefined && sshKeys.length === 0) {
    throw badRequest('A Linux VM needs ssh_keys, a password or both');
  }
  const vm: VmRecord = {
    id: randomUUID(),
    projectId,
    name: body.name as string,
    status: 'initiating',
    createdAt: now,
    updatedAt: now,
    pricingId,
    templateId: body.template_id as string,
    templateName: template.name,
    templateVersion: template.version,
    addedStorage: 0,
    backupType:
      body.backup_type === 'daily' || body.backup_type === 'weekly' ? body.backup_type : null,
    tags: ((body.tags as string[] | undefined) ?? []).map((name, priority) => ({
      id: randomUUID(),
      name,
      priority,
      createdAt: now,
    })),
    nics: [],
    nextNicId: 0,
    createdBy: context.key.createdBy,
  };
  // Networking is checked first and the VM stored last: a refusal leaves nothing behind.
  const joinVpc = joinVpcOnCreate(context, projectId, body);
  if (body.skip_public_ip !== true) {
    const address = publicAddress(state, 'IPv4');
    addNic(state, vm, {
      type: 'public',
      ip: address,
      gateway: publicGateway(address),
      vpcId: undefined,
      ipId: undefined,
    });
  }
  joinVpc?.(vm);
  state.vms.set(vm.id, vm);
  const extra = body.extra_storage as number | undefined;
  if (extra !== undefined && extra > 0) {
    const storage = storageOf(state);
    const volume = {
      id: storage.nextVolumeId++,
      projectId,
      name: `${vm.name}-extra`,
      sizeGb: extra,
      status: 'pending' as const,
      vmId: null,
      attachTo: vm.id,
      createdBy: vm.createdBy,
      createdAt: now,
      updatedAt: now,
    };
    storage.volumes.set(volume.id, volume);
    startVolumeCreate(state, volume, now);
  }
  walkVm(state, vm, 'create', now);
  return one(vmView(vm));
};

const getVM: Handler = (context) => one(vmView(resourceVm(context)));

const deleteVM: Handler = (context) => {
  const vm = pathVm(context);
  const body = fields(context);
  destroyVm(context.state, vm, {
    volumeAction: body.volume_action === 'delete' ? 'delete' : 'detach',
    deleteVpc: body.delete_vpc !== false,
    now: context.now,
  });
  return done('VM deleted');
};

const deleteVMsBulk: Handler = (context) => {
  const projectId = headerProject(context);
  const body = fields(context);
  const options = {
    volumeAction: body.volume_action === 'detach' ? ('detach' as const) : ('delete' as const),
    deleteVpc: body.delete_vpc !== false,
    now: context.now,
  };
  const results = (body.ids as string[]).map((id) => {
    const vm = context.state.vms.get(id);
    if (vm === undefined || vm.projectId !== projectId) {
      return { id, success: false, error: `VM ${id} not found in project ${projectId}` };
    }
    destroyVm(context.state, vm, options);
    return { id, success: true, message: 'VM deleted' };
  });
  const succeeded = results.filter((result) => result.success).length;
  return {
    body: {
      success: succeeded > 0,
      message: `${succeeded} of ${results.length} VMs deleted`,
      total_count: results.length,
      success_count: succeeded,
      failed_count: results.length - succeeded,
      results,
    },
  };
};

/**
 * The Virtual Machines operations that list, create, read and delete; power and maintenance are
 * in vm-actions.ts.
 *
 * @internal
 */
export const VM_HANDLERS: Readonly<Record<string, Handler>> = {
  listVMs,
  createVM,
  getVM,
  deleteVM,
  deleteVMsBulk,
};
