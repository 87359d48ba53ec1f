import { randomUUID } from 'node:crypto';
import type { EmulatorState } from '../../server/account.js';
import { requireBilling } from '../../server/billing.js';
import { badRequest } from '../../server/errors.js';
import type { HandlerTable } from '../../server/handler.js';
import { done, headerProject, one, page } from '../../server/replies.js';
import { planOf } from '../catalog/data.js';
import { addNic, publicAddress, publicGateway } from '../networking/addressing.js';
import { joinVpcOnCreate } from '../networking/interfaces.js';
import { startVolumeCreate } from '../storage/lifecycle.js';
import { volumes } from '../storage/records.js';
import { destroyVm, walkVm } from './lifecycle.js';
import { pathVm, resourceVm } from './lookup.js';
import { type VmRecord, vms } from './records.js';
import { templateOf, vmView } from './views.js';

/**
 * Checks the template and plan of a createVM, reinstallVM or resizeVM (400 otherwise): both
 * exist, and a Windows template runs on a premium plan.
 *
 * @throws {HttpError} 400.
 * @internal
 */
export function checkTemplate(
  state: EmulatorState,
  templateId: string,
  pricingId: number,
): { name: string; version: string; isWindows: boolean } {
  const template = templateOf(state, templateId);
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

/**
 * The Virtual Machines operations that list, create, read and delete; power and maintenance are
 * in vm-action-handlers.ts.
 *
 * @internal
 */
export const VM_HANDLERS = {
  listVMs: (context) => {
    const { status } = context.query;
    const found = vms
      .in(context.state)
      .inProjects(context.projectIds, (vm) => status === undefined || vm.status === status);
    return page(context, found.map(vmView));
  },

  createVM: (context) => {
    const projectId = headerProject(context);
    const { state, body, now } = context;
    requireBilling(state);
    const template = checkTemplate(state, body.template_id, body.pricing_id);
    const sshKeys = body.ssh_keys ?? [];
    if (template.isWindows && body.password === undefined) {
      throw badRequest('A Windows VM needs a password');
    }
    if (!template.isWindows && body.password === undefined && sshKeys.length === 0) {
      throw badRequest('A Linux VM needs ssh_keys, a password or both');
    }
    // Networking is checked first and the VM stored last: a refusal leaves nothing behind.
    const joinVpc = joinVpcOnCreate(state, projectId, body, now);
    const store = vms.in(state);
    const vm: VmRecord = {
      id: store.nextId(),
      projectId,
      name: body.name,
      status: 'initiating',
      createdAt: now,
      updatedAt: now,
      pricingId: body.pricing_id,
      templateId: body.template_id,
      templateName: template.name,
      templateVersion: template.version,
      addedStorage: 0,
      backupType:
        body.backup_type === 'daily' || body.backup_type === 'weekly' ? body.backup_type : null,
      tags: (body.tags ?? []).map((name, priority) => ({
        id: randomUUID(),
        name,
        priority,
        createdAt: now,
      })),
      nics: [],
      nextNicId: 0,
      createdBy: context.key.createdBy,
    };
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
    store.insert(vm);
    const extra = body.extra_storage;
    if (extra !== undefined && extra > 0) {
      const volume = volumes.in(state).create(now, (stamp) => ({
        ...stamp,
        projectId,
        name: `${vm.name}-extra`,
        sizeGb: extra,
        status: 'pending',
        vmId: null,
        attachTo: vm.id,
        createdBy: vm.createdBy,
      }));
      startVolumeCreate(state, volume, now);
    }
    walkVm(state, vm, 'create', now);
    return one(vmView(vm));
  },

  getVM: (context) => one(vmView(resourceVm(context))),

  deleteVM: (context) => {
    const vm = pathVm(context);
    destroyVm(context.state, vm, {
      volumeAction: context.body?.volume_action === 'delete' ? 'delete' : 'detach',
      deleteVpc: context.body?.delete_vpc !== false,
      now: context.now,
    });
    return done('VM deleted');
  },

  deleteVMsBulk: (context) => {
    const projectId = headerProject(context);
    const { body } = context;
    const options: Parameters<typeof destroyVm>[2] = {
      volumeAction: body.volume_action === 'detach' ? 'detach' : 'delete',
      deleteVpc: body.delete_vpc !== false,
      now: context.now,
    };
    const results = body.ids.map((id) => {
      const vm = vms.in(context.state).find(id);
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
  },
} satisfies HandlerTable;
