import { badRequest, conflict, notFound } from '../../server/errors.js';
import type { HandlerTable } from '../../server/handler.js';
import { deploymentTiming, startDeployment } from './lifecycle.js';
import { buildComplete, buildLines } from './logs.js';
import { pathDeployment, pathService, serviceOf } from './lookup.js';
import { type AppServiceRecord, appDeployments, uploadSlots } from './records.js';
import { requireUnderCap } from './spend-cap.js';
import { deploymentView } from './views.js';

const what = (service: AppServiceRecord) => `service ${service.name} (${service.shortId})`;

/** Throws 409 unless the service can take a new deployment now. */
function requireDeployable(service: AppServiceRecord, action: string): void {
  if (service.status === 'deleting') {
    throw conflict(`Cannot ${action} ${what(service)}: it is being deleted`);
  }
  if (service.status === 'paused') {
    throw conflict(`Cannot ${action} ${what(service)} while it is paused; resume it first`);
  }
}

/**
 * The deployment operations: list, deploy, read, build logs, and rollback.
 *
 * @internal
 */
export const DEPLOYMENT_HANDLERS = {
  listAppDeployments: (context) => {
    const service = pathService(context, context.params.service_id);
    const deployments = appDeployments
      .in(context.state)
      .where((d) => d.serviceId === service.id)
      .sort((a, b) => b.number - a.number)
      .slice(0, context.query.limit ?? 20);
    return { body: { success: true, deployments: deployments.map(deploymentView) } };
  },

  createAppDeployment: (context) => {
    const { state, now, body } = context;
    const service = pathService(context, context.params.service_id);
    requireUnderCap(state, service);
    requireDeployable(service, 'deploy');
    if (body.source_blob_key !== undefined && body.image_ref !== undefined) {
      throw badRequest('Give source_blob_key or image_ref, not both');
    }
    const channel = body.channel ?? 'cli';
    if (service.sourceType === 'image') {
      if (body.source_blob_key !== undefined) {
        throw badRequest(
          `source_blob_key: ${what(service)} runs a prebuilt image; deploy an image_ref instead`,
        );
      }
      const imageRef = body.image_ref ?? service.imageRef;
      const deployment = startDeployment(state, service, { channel, kind: 'pull', imageRef }, now);
      return { body: { success: true, deployment: deploymentView(deployment) } };
    }
    if (body.image_ref !== undefined) {
      throw badRequest(
        `image_ref: ${what(service)} is built from its ${service.sourceType} source; only image services deploy a prebuilt image`,
      );
    }
    const blob = body.source_blob_key;
    if (blob !== undefined && uploadSlots(state).get(blob)?.serviceId !== service.id) {
      throw badRequest(
        `source_blob_key: "${blob}" is not an upload of ${what(service)}; get one from requestAppSourceUpload`,
      );
    }
    if (blob === undefined && service.repo === undefined && service.sourceType !== 'template') {
      throw badRequest(
        `${what(service)} has no connected repository: upload source with requestAppSourceUpload and deploy its source_blob_key`,
      );
    }
    const deployment = startDeployment(
      state,
      service,
      { channel, kind: 'build', sourceBlobKey: blob },
      now,
    );
    return { body: { success: true, deployment: deploymentView(deployment) } };
  },

  getAppDeployment: (context) => ({
    body: {
      success: true,
      deployment: deploymentView(pathDeployment(context, context.params.deployment_id)),
    },
  }),

  getAppDeploymentLogs: (context) => {
    const deployment = pathDeployment(context, context.params.deployment_id);
    const service = serviceOf(context.state, deployment);
    const building = deploymentTiming(deployment).phases.find(([status]) => status === 'building');
    return {
      body: {
        success: true,
        lines: buildLines(deployment, service, building?.[1] ?? 0, context.now),
        complete: buildComplete(deployment),
      },
    };
  },

  rollbackAppService: (context) => {
    const { state, now } = context;
    const service = pathService(context, context.params.service_id);
    const targetId = context.body.target_deployment_id;
    const target = appDeployments.in(state).find(targetId);
    if (target === undefined || target.serviceId !== service.id) {
      throw notFound(`Deployment ${targetId} of ${what(service)} not found`);
    }
    if (target.status !== 'live' && target.status !== 'superseded') {
      throw badRequest(
        `target_deployment_id: deployment #${target.number} is ${target.status}; only a deployment that went live can be rolled back to`,
      );
    }
    if (target.id === service.currentDeploymentId) {
      throw badRequest(
        `target_deployment_id: deployment #${target.number} is the one ${what(service)} runs already`,
      );
    }
    requireDeployable(service, 'roll back');
    const deployment = startDeployment(
      state,
      service,
      { channel: 'rollback', kind: 'release', from: target, rollback: true },
      now,
    );
    return { body: { success: true, deployment: deploymentView(deployment) } };
  },
} satisfies HandlerTable;
