import { randomUUID } from 'node:crypto';
import { notFound } from '../errors.js';
import type { VmRecord } from '../state.js';
import { vmView } from '../views.js';
import { requireBilling } from './billing.js';
import {
  done,
  fields,
  type Handler,
  type HandlerContext,
  headerProject,
  one,
  page,
} from './context.js';

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

const listVMs: Handler = (context) => {
  const { region, status } = context.query;
  const projects = new Set(context.projectIds);
  const vms = [...context.state.vms.values()]
    .filter((vm) => projects.has(vm.projectId))
    .map((vm) => vmView(vm, context.now))
    .filter(
      (vm) =>
        (region === undefined || vm.region === region) &&
        (status === undefined || vm.status === status),
    );
  return page(context, vms);
};

const createVM: Handler = (context) => {
  const projectId = headerProject(context);
  requireBilling(context.state);
  const body = fields(context);
  const count = context.state.vms.size;
  const vm: VmRecord = {
    id: randomUUID(),
    projectId,
    name: body.name as string,
    status: 'active',
    createdAt: context.now,
    pricingId: body.pricing_id as number,
    templateId: body.template_id as string,
    addedStorage: (body.extra_storage as number | undefined) ?? 0,
    backupType:
      body.backup_type === 'daily' || body.backup_type === 'weekly' ? body.backup_type : null,
    publicIpv4: body.skip_public_ip === true ? null : `203.0.113.${(count % 200) + 20}`,
    privateIpv4: body.skip_vpc === true ? null : `10.0.0.${(count % 200) + 20}`,
    tags: (body.tags as string[] | undefined) ?? [],
    createdBy: context.key.createdBy,
  };
  context.state.vms.set(vm.id, vm);
  return one(vmView(vm, context.now));
};

const getVM: Handler = (context) => {
  const vm = findVm(context, context.params.id ?? '');
  context.access.requireProject(vm.projectId, context.operation.permission ?? 'vm.view');
  return one(vmView(vm, context.now));
};

const deleteVM: Handler = (context) => {
  const vm = findVm(context, context.params.id ?? '', headerProject(context));
  context.state.vms.delete(vm.id);
  return done('VM deleted');
};

/**
 * The Virtual Machines operations.
 *
 * @internal
 */
export const VM_HANDLERS: Readonly<Record<string, Handler>> = {
  listVMs,
  createVM,
  getVM,
  deleteVM,
};
