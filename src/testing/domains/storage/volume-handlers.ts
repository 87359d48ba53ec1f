import { requireBilling } from '../../server/billing.js';
import { badRequest, conflict } from '../../server/errors.js';
import type { HandlerTable } from '../../server/handler.js';
import { requireSettled, requireStatus } from '../../server/lifecycle.js';
import { done, headerProject, one, page } from '../../server/replies.js';
import { findVm } from '../compute/lookup.js';
import { resourceById } from './common.js';
import { startVolumeCreate, startVolumeDelete } from './lifecycle.js';
import { volumes } from './records.js';
import { volumeView } from './views.js';

/**
 * The Volumes operations.
 *
 * @internal
 */
export const VOLUME_HANDLERS = {
  listVolumes: (context) => {
    const vmId = context.query.vm_id;
    const found = volumes
      .in(context.state)
      .inProjects(context.projectIds, (v) => vmId === undefined || v.vmId === vmId);
    return page(
      context,
      found.map((v) => volumeView(context.state, v)),
    );
  },

  createVolume: (context) => {
    const projectId = headerProject(context);
    const { state, body, now } = context;
    requireBilling(state);
    const vm = body.vm_id === undefined ? undefined : findVm(state, body.vm_id, projectId);
    const volume = volumes.in(state).create(now, (stamp) => ({
      ...stamp,
      projectId,
      name: body.name,
      sizeGb: body.size,
      status: 'pending',
      vmId: null,
      attachTo: vm?.id ?? null,
      createdBy: context.key.createdBy,
    }));
    startVolumeCreate(state, volume, now);
    return one(volumeView(state, volume));
  },

  getVolume: (context) =>
    one(volumeView(context.state, resourceById(context, volumes, context.params.id))),

  deleteVolume: (context) => {
    const volume = volumes.in(context.state).get(context.params.id, headerProject(context));
    if (volume.vmId !== null) {
      throw conflict(`Volume ${volume.id} is attached to VM ${volume.vmId}; detach it first`);
    }
    requireSettled(`volume ${volume.id}`, volume.status, 'delete');
    startVolumeDelete(context.state, volume, context.now);
    return done('Volume is being deleted');
  },

  resizeVolume: (context) => {
    const volume = volumes.in(context.state).get(context.params.id, headerProject(context));
    requireStatus(`volume ${volume.id}`, volume.status, ['available', 'attached'], 'resize');
    const newSize = context.body.new_size;
    if (newSize <= volume.sizeGb) {
      throw badRequest(
        `new_size must be larger than the current size (${volume.sizeGb} GB); volumes never shrink`,
      );
    }
    volume.sizeGb = newSize;
    volume.updatedAt = context.now;
    return { body: { success: true, message: 'Volume resized', id: String(volume.id) } };
  },

  attachVolume: (context) => {
    const projectId = headerProject(context);
    const volume = volumes.in(context.state).get(context.params.id, projectId);
    if (volume.vmId !== null) {
      throw conflict(
        `Volume ${volume.id} is already attached to VM ${volume.vmId}; detach it first`,
      );
    }
    requireStatus(`volume ${volume.id}`, volume.status, ['available'], 'attach');
    const vm = findVm(context.state, context.body.vm_id, projectId);
    volume.status = 'attached';
    volume.vmId = vm.id;
    volume.updatedAt = context.now;
    return one(volumeView(context.state, volume));
  },

  detachVolume: (context) => {
    const volume = volumes.in(context.state).get(context.params.id, headerProject(context));
    requireStatus(`volume ${volume.id}`, volume.status, ['attached'], 'detach');
    volume.status = 'available';
    volume.vmId = null;
    volume.updatedAt = context.now;
    return one(volumeView(context.state, volume));
  },
} satisfies HandlerTable;
