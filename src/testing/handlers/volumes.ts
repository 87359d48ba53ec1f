import { requireBilling } from '../server/billing.js';
import { badRequest, conflict } from '../server/errors.js';
import { requireSettled, requireStatus } from '../server/lifecycle.js';
import { startVolumeCreate, startVolumeDelete } from '../storage-lifecycle.js';
import { storageOf, type VolumeRecord } from '../storage-state.js';
import { volumeView } from '../storage-views.js';
import {
  done,
  fields,
  type Handler,
  type HandlerContext,
  headerProject,
  one,
  page,
} from './context.js';
import { found, intId, requireResourceAccess } from './storage-common.js';
import { findVm } from './vms.js';

function findVolume(context: HandlerContext, projectId?: string): VolumeRecord {
  const id = intId(context);
  return found(storageOf(context.state).volumes.get(id), `Volume ${id}`, projectId);
}

const listVolumes: Handler = (context) => {
  const projects = new Set(context.projectIds);
  const vmId = context.query.vm_id;
  const volumes = [...storageOf(context.state).volumes.values()].filter(
    (v) => projects.has(v.projectId) && (vmId === undefined || v.vmId === vmId),
  );
  return page(
    context,
    volumes.map((v) => volumeView(context.state, v)),
  );
};

const createVolume: Handler = (context) => {
  const projectId = headerProject(context);
  requireBilling(context.state);
  const body = fields(context);
  const vmId = body.vm_id as string | undefined;
  const vm = vmId === undefined ? undefined : findVm(context, vmId, projectId);
  const storage = storageOf(context.state);
  const volume: VolumeRecord = {
    id: storage.nextVolumeId++,
    projectId,
    name: body.name as string,
    sizeGb: body.size as number,
    status: 'pending',
    vmId: null,
    attachTo: vm?.id ?? null,
    createdBy: context.key.createdBy,
    createdAt: context.now,
    updatedAt: context.now,
  };
  storage.volumes.set(volume.id, volume);
  startVolumeCreate(context.state, volume, context.now);
  return one(volumeView(context.state, volume));
};

const getVolume: Handler = (context) => {
  const volume = findVolume(context);
  requireResourceAccess(context, volume.projectId);
  return one(volumeView(context.state, volume));
};

const deleteVolume: Handler = (context) => {
  const volume = findVolume(context, headerProject(context));
  if (volume.vmId !== null) {
    throw conflict(`Volume ${volume.id} is attached to VM ${volume.vmId}; detach it first`);
  }
  requireSettled(`volume ${volume.id}`, volume.status, 'delete');
  startVolumeDelete(context.state, volume, context.now);
  return done('Volume is being deleted');
};

const resizeVolume: Handler = (context) => {
  const volume = findVolume(context, headerProject(context));
  requireStatus(`volume ${volume.id}`, volume.status, ['available', 'attached'], 'resize');
  const newSize = fields(context).new_size as number;
  if (newSize <= volume.sizeGb) {
    throw badRequest(
      `new_size must be larger than the current size (${volume.sizeGb} GB); volumes never shrink`,
    );
  }
  volume.sizeGb = newSize;
  volume.updatedAt = context.now;
  return { body: { success: true, message: 'Volume resized', id: String(volume.id) } };
};

const attachVolume: Handler = (context) => {
  const projectId = headerProject(context);
  const volume = findVolume(context, projectId);
  if (volume.vmId !== null) {
    throw conflict(`Volume ${volume.id} is already attached to VM ${volume.vmId}; detach it first`);
  }
  requireStatus(`volume ${volume.id}`, volume.status, ['available'], 'attach');
  const vm = findVm(context, fields(context).vm_id as string, projectId);
  volume.status = 'attached';
  volume.vmId = vm.id;
  volume.updatedAt = context.now;
  return one(volumeView(context.state, volume));
};

const detachVolume: Handler = (context) => {
  const volume = findVolume(context, headerProject(context));
  requireStatus(`volume ${volume.id}`, volume.status, ['attached'], 'detach');
  volume.status = 'available';
  volume.vmId = null;
  volume.updatedAt = context.now;
  return one(volumeView(context.state, volume));
};

/**
 * The Volumes operations.
 *
 * @internal
 */
export const VOLUME_HANDLERS: Readonly<Record<string, Handler>> = {
  listVolumes,
  createVolume,
  getVolume,
  deleteVolume,
  resizeVolume,
  attachVolume,
  detachVolume,
};
