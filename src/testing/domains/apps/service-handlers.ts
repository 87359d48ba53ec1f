import { randomBytes } from 'node:crypto';
import { requireBilling } from '../../server/billing.js';
import { badRequest, conflict } from '../../server/errors.js';
import type { HandlerTable } from '../../server/handler.js';
import { iso } from '../../server/iso-time.js';
import { requireStatus } from '../../server/lifecycle.js';
import { headerProject } from '../../server/replies.js';
import {
  pauseService,
  registerCron,
  remeter,
  startDeployment,
  startResume,
  startServiceDelete,
} from './lifecycle.js';
import { metricSeries, windowMs } from './logs.js';
import { pathService } from './lookup.js';
import {
  type AppServiceRecord,
  type AppServiceStatus,
  appLogs,
  appServices,
  newShortId,
  randomLabel,
  uploadSlots,
} from './records.js';
import { scaleFor, settingsForCreate } from './service-rules.js';
import { requireUnderCap } from './spend-cap.js';
import { serviceView } from './views.js';

const SERVICE_STATUSES: readonly AppServiceStatus[] = [
  'pending',
  'building',
  'deploying',
  'live',
  'paused',
  'suspended',
  'error',
  'deleting',
  'deleted',
];

/** How long a source upload URL stays valid. */
const UPLOAD_URL_SECONDS = 900;

/** `Northwind Shop!` → `northwind-shop`. */
function slugify(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, 40) || 'app';
}

const what = (service: AppServiceRecord) => `service ${service.name} (${service.shortId})`;

/** Throws 409 for a service on its way out. */
function requireNotDeleting(service: AppServiceRecord, action: string): void {
  if (service.status === 'deleting') {
    throw conflict(`Cannot ${action} ${what(service)}: it is being deleted`);
  }
}

/**
 * The app service operations: list, create, get, delete, pause, resume, scale, source uploads,
 * runtime logs and metrics.
 *
 * @internal
 */
export const SERVICE_HANDLERS = {
  listAppServices: (context) => {
    const { project_id: projectId, service_type: type, status } = context.query;
    if (status !== undefined && !(SERVICE_STATUSES as readonly string[]).includes(status)) {
      throw badRequest(
        `status: "${status}" is not an app service status; use one of ${SERVICE_STATUSES.join(', ')}`,
      );
    }
    const reached = new Set(context.access.projectsReached());
    const services = appServices
      .in(context.state)
      .where(
        (s) =>
          reached.has(s.projectId) &&
          (projectId === undefined || s.projectId === projectId) &&
          (type === undefined || s.serviceType === type) &&
          (status === undefined || s.status === status),
      );
    return { body: { success: true, services: services.map(serviceView) } };
  },

  createAppService: (context) => {
    const { state, body, now } = context;
    const projectId = headerProject(context);
    const settings = settingsForCreate(body);
    requireBilling(state);
    requireUnderCap(state);
    const taken = appServices
      .in(state)
      .where(
        (s) => s.projectId === projectId && s.name.toLowerCase() === settings.name.toLowerCase(),
      );
    if (taken.length > 0) {
      throw conflict(`A service named ${settings.name} already exists in this project`);
    }
    const service = appServices.in(state).create(now, (stamp) => ({
      ...stamp,
      ...settings,
      shortId: newShortId(state),
      projectId,
      slug: `${slugify(settings.name)}-${randomLabel(4)}`,
      status: 'pending',
      statusMessage: '',
      pausedByCap: false,
      billingType: 'payg',
      running: false,
      currentDeploymentId: undefined,
      deployments: 0,
      meter: [],
    }));
    // A connected repository (or a template) builds at once; an image runs with deploy_now;
    // anything else waits for an upload and createAppDeployment.
    let deploymentId: string | undefined;
    if (service.sourceType === 'image' && body.deploy_now === true) {
      const spec = { channel: 'cli', kind: 'pull', imageRef: service.imageRef } as const;
      deploymentId = startDeployment(state, service, spec, now).id;
    } else if (
      (service.sourceType === 'git' && service.repo !== undefined) ||
      service.sourceType === 'template'
    ) {
      const channel = service.sourceType === 'git' ? 'git_push' : 'cli';
      deploymentId = startDeployment(state, service, { channel, kind: 'build' }, now).id;
    }
    if (service.serviceType === 'cron') registerCron(state, service, now);
    return {
      body: {
        success: true,
        service: serviceView(service),
        ...(deploymentId === undefined ? {} : { deployment_id: deploymentId }),
      },
    };
  },

  getAppService: (context) => ({
    body: { success: true, service: serviceView(pathService(context, context.params.service_id)) },
  }),

  deleteAppService: (context) => {
    const service = pathService(context, context.params.service_id);
    requireNotDeleting(service, 'delete');
    startServiceDelete(context.state, service, context.now);
    return { body: { success: true, accepted: true } };
  },

  pauseAppService: (context) => {
    const service = pathService(context, context.params.service_id);
    if (service.status === 'paused' && service.pausedByCap) {
      // Paused by the caller now: it stays paused when the cap lets the others go.
      service.pausedByCap = false;
      service.statusMessage = '';
      service.updatedAt = context.now;
    } else {
      requireStatus(what(service), service.status, ['live'], 'pause');
      pauseService(context.state, service, context.now);
    }
    return { body: { success: true, service: serviceView(service) } };
  },

  resumeAppService: (context) => {
    const service = pathService(context, context.params.service_id);
    requireUnderCap(context.state, service);
    requireStatus(what(service), service.status, ['paused'], 'resume');
    startResume(context.state, service, context.now);
    return { body: { success: true, service: serviceView(service) } };
  },

  scaleAppService: (context) => {
    const { state, now } = context;
    const service = pathService(context, context.params.service_id);
    requireNotDeleting(service, 'scale');
    const { next, up } = scaleFor(service, context.body);
    if (up) requireUnderCap(state, service);
    Object.assign(service, next);
    service.updatedAt = now;
    remeter(state, service, now);
    return { body: { success: true, service: serviceView(service) } };
  },

  requestAppSourceUpload: (context) => {
    const { state, now } = context;
    const service = pathService(context, context.params.service_id);
    requireNotDeleting(service, 'upload source to');
    if (service.sourceType === 'image') {
      throw badRequest(
        `${what(service)} runs a prebuilt image: deploy another image_ref instead of uploading source`,
      );
    }
    const blobKey = `app-sources/${service.shortId}/${randomLabel(8)}.tar.gz`;
    uploadSlots(state).set(blobKey, {
      serviceId: service.id,
      expiresAt: now + UPLOAD_URL_SECONDS * 1000,
    });
    const signature = randomBytes(16).toString('hex');
    return {
      body: {
        success: true,
        upload_url: `https://uploads.raff-emulator.test/${blobKey}?X-Amz-Expires=${UPLOAD_URL_SECONDS}&X-Amz-Signature=${signature}`,
        blob_key: blobKey,
        expires_in_seconds: UPLOAD_URL_SECONDS,
      },
    };
  },

  listAppLogs: (context) => {
    const { state, now, query } = context;
    const service = pathService(context, context.params.service_id);
    const since = query.since === undefined ? Number.NEGATIVE_INFINITY : Date.parse(query.since);
    const until = query.until === undefined ? Number.POSITIVE_INFINITY : Date.parse(query.until);
    const search = query.search?.toLowerCase();
    const lines = (appLogs(state).get(service.id) ?? []).filter(
      (line) =>
        line.at <= now &&
        line.at >= since &&
        line.at < until &&
        (query.level === undefined || line.level === query.level.toLowerCase()) &&
        (search === undefined || line.message.toLowerCase().includes(search)),
    );
    // The most recent `limit` lines, oldest first.
    const kept = lines.slice(-(query.limit ?? 200));
    return {
      body: {
        success: true,
        lines: kept.map((line) => ({
          timestamp: iso(line.at),
          level: line.level,
          message: line.message,
          stream: line.stream,
          component: line.component,
        })),
      },
    };
  },

  getAppServiceMetrics: (context) => {
    const service = pathService(context, context.params.service_id);
    const window = context.query.window ?? '1h';
    const ms = windowMs(window);
    if (ms === undefined) {
      throw badRequest(`window: "${window}" is not a duration such as 30m, 1h or 7d (at most 30d)`);
    }
    return { body: { success: true, series: metricSeries(service, ms, context.now) } };
  },
} satisfies HandlerTable;
