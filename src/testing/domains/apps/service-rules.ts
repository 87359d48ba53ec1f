// The rules a service's settings must follow (Raff's changelog of 5 October 2026: at most 6
// instances, min_replicas not above max_replicas, ports 1–65535 but not the ones reserved for
// scale-to-zero, health check paths from '/', valid cron schedules and time zones), with the
// sentence naming the field that each 400 carries. The request validator has already checked
// types, enums, ranges and patterns against openapi.json.
import type { components } from '../../../../generated/openapi.js';
import { isTimeZone, nextCronRun, parseCron } from '../../server/cron.js';
import { badRequest } from '../../server/errors.js';
import { REGIONS } from '../catalog/data.js';
import type { AppServiceRecord } from './records.js';
import { DEFAULT_TIER_ID, findTier } from './tiers.js';

type Schemas = components['schemas'];

/**
 * The most instances a service runs.
 *
 * @internal
 */
export const MAX_INSTANCES = 6;

/**
 * Ports a `web` or `private` service that scales to zero may not listen on (the platform's own).
 *
 * @internal
 */
export const RESERVED_PORTS: readonly number[] = [8008, 8012, 8013, 8022, 9090, 9091];

/**
 * The settings of a new service, as its record keeps them.
 *
 * @internal
 */
export type ServiceSettings = Pick<
  AppServiceRecord,
  | 'name'
  | 'description'
  | 'serviceType'
  | 'sourceType'
  | 'builder'
  | 'repo'
  | 'imageRef'
  | 'startCommand'
  | 'tierId'
  | 'replicas'
  | 'autoscalingEnabled'
  | 'minReplicas'
  | 'maxReplicas'
  | 'autoscalingMetric'
  | 'autoscalingTarget'
  | 'scaleToZero'
  | 'httpPort'
  | 'healthCheckPath'
  | 'cronSchedule'
  | 'cronTimezone'
  | 'region'
>;

const NAME = /^[A-Za-z0-9][A-Za-z0-9 _.-]{0,62}$/;
const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const IMAGE =
  /^[a-z0-9][a-z0-9._-]*(:\d+)?(\/[a-z0-9][a-z0-9._-]*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[0-9a-f]{64})?$/;

const hasEndpoint = (type: AppServiceRecord['serviceType']) => type === 'web' || type === 'private';

/**
 * Throws 400 unless a service of `type` may scale to zero on `port`.
 *
 * @internal
 */
export function checkScaleToZero(
  type: AppServiceRecord['serviceType'],
  port: number | undefined,
): void {
  if (!hasEndpoint(type)) {
    throw badRequest(
      `scale_to_zero: only web and private services can scale to zero; a ${type} service cannot`,
    );
  }
  if (port !== undefined && RESERVED_PORTS.includes(port)) {
    throw badRequest(
      `http_port: ${port} is reserved on services that scale to zero (${RESERVED_PORTS.join(', ')}); pick another port`,
    );
  }
}

function checkRange(min: number, max: number): void {
  if (min < 0) throw badRequest(`min_replicas: ${min} is negative`);
  if (max < 1) throw badRequest(`max_replicas: must be at least 1, not ${max}`);
  if (min > max) {
    throw badRequest(`min_replicas (${min}) may not be more than max_replicas (${max})`);
  }
}

function checkCron(body: Schemas['CreateAppServiceRequest']): void {
  if (body.service_type !== 'cron') {
    for (const field of ['cron_schedule', 'cron_timezone'] as const) {
      if (body[field] !== undefined) {
        throw badRequest(`${field}: only cron services have a schedule`);
      }
    }
    return;
  }
  if (body.cron_schedule === undefined) {
    throw badRequest('cron_schedule: a cron service needs a schedule, e.g. "30 2 * * *"');
  }
  const schedule = parseCron(body.cron_schedule);
  if ('error' in schedule) {
    throw badRequest(
      `cron_schedule: "${body.cron_schedule}" is not a valid cron expression: ${schedule.error}`,
    );
  }
  const zone = body.cron_timezone ?? 'UTC';
  if (!isTimeZone(zone)) {
    throw badRequest(
      `cron_timezone: "${zone}" is not an IANA time zone (for example Europe/Berlin or UTC)`,
    );
  }
  if (nextCronRun(schedule, zone, Date.UTC(2026, 0, 1)) === undefined) {
    throw badRequest(`cron_schedule: "${body.cron_schedule}" never runs`);
  }
}

function source(
  body: Schemas['CreateAppServiceRequest'],
): Pick<ServiceSettings, 'sourceType' | 'builder' | 'repo' | 'imageRef'> {
  const sourceType = body.source_type ?? (body.image_ref !== undefined ? 'image' : 'git');
  if (sourceType === 'image') {
    if (body.image_ref === undefined) {
      throw badRequest('image_ref: an image source needs the image to run');
    }
    if (!IMAGE.test(body.image_ref)) {
      throw badRequest(`image_ref: "${body.image_ref}" is not a container image reference`);
    }
    if (body.builder !== undefined && body.builder !== 'image') {
      throw badRequest(
        `builder: an image source is not built; use builder image, not ${body.builder}`,
      );
    }
    if (body.repo_full_name !== undefined) {
      throw badRequest('repo_full_name: only git sources build from a repository');
    }
    return { sourceType, builder: 'image', repo: undefined, imageRef: body.image_ref };
  }
  if (body.image_ref !== undefined) {
    throw badRequest(`image_ref: only image sources run a prebuilt image, not ${sourceType} ones`);
  }
  if (body.builder === 'image') {
    throw badRequest(`builder: image needs source_type image; a ${sourceType} source is built`);
  }
  const builder =
    body.builder ?? (body.dockerfile_path !== undefined ? 'dockerfile' : 'buildpacks');
  if (body.repo_full_name === undefined) {
    if (sourceType === 'git' && body.repo_branch !== undefined) {
      throw badRequest('repo_branch: name the repository (repo_full_name) too');
    }
    return { sourceType, builder, repo: undefined, imageRef: undefined };
  }
  if (sourceType !== 'git') {
    throw badRequest(`repo_full_name: only git sources build from a repository, not ${sourceType}`);
  }
  if (!REPO.test(body.repo_full_name)) {
    throw badRequest(
      `repo_full_name: "${body.repo_full_name}" is not a GitHub repository as owner/name`,
    );
  }
  return {
    sourceType,
    builder,
    repo: {
      fullName: body.repo_full_name,
      branch: body.repo_branch ?? 'main',
      rootDir: body.repo_root_dir ?? '/',
      dockerfilePath:
        builder === 'dockerfile' ? (body.dockerfile_path ?? 'Dockerfile') : body.dockerfile_path,
    },
    imageRef: undefined,
  };
}

/**
 * The settings of a new service from createAppService's body, with Raff's defaults (tier 1, one
 * instance, port 8080 for web and private services, `UTC` schedules, `us-east`).
 *
 * @throws {HttpError} 400 naming the field at fault.
 * @internal
 */
export function settingsForCreate(body: Schemas['CreateAppServiceRequest']): ServiceSettings {
  const name = body.name.trim();
  if (!NAME.test(name)) {
    throw badRequest(
      `name: "${body.name}" must start with a letter or digit and hold only letters, digits, spaces, dots, dashes and underscores (at most 63)`,
    );
  }
  const type = body.service_type;
  const tierId = body.tier_id ?? DEFAULT_TIER_ID;
  if (findTier(tierId) === undefined) {
    throw badRequest(`tier_id: ${tierId} is not an Apps tier; listAppTiers names them`);
  }
  const region = body.region ?? 'us-east';
  if (!REGIONS.some((r) => r.code === region)) {
    throw badRequest(
      `region: Apps do not run in ${region}; use ${REGIONS.map((r) => r.code).join(', ')}`,
    );
  }
  const replicas = body.replicas ?? 1;
  const minReplicas = body.min_replicas ?? 1;
  const maxReplicas = body.max_replicas ?? Math.max(minReplicas, replicas);
  checkRange(minReplicas, maxReplicas);
  if (!hasEndpoint(type)) {
    for (const field of ['http_port', 'health_check_path'] as const) {
      if (body[field] !== undefined) {
        throw badRequest(`${field}: only web and private services take requests, not ${type} ones`);
      }
    }
  }
  const httpPort = hasEndpoint(type) ? (body.http_port ?? 8080) : undefined;
  const scaleToZero = body.scale_to_zero ?? false;
  if (scaleToZero) checkScaleToZero(type, httpPort);
  checkCron(body);
  const origin = source(body);
  if (body.deploy_now === true && origin.imageRef === undefined && origin.repo === undefined) {
    throw badRequest(
      'deploy_now: there is nothing to deploy yet; give an image_ref or a repo_full_name, or upload source and call createAppDeployment',
    );
  }
  return {
    name,
    description: body.description,
    serviceType: type,
    ...origin,
    startCommand: body.start_command ?? '',
    tierId,
    replicas,
    autoscalingEnabled: body.autoscaling_enabled ?? false,
    minReplicas,
    maxReplicas,
    autoscalingMetric: 'concurrency',
    autoscalingTarget: 80,
    scaleToZero,
    httpPort,
    healthCheckPath: hasEndpoint(type) ? body.health_check_path : undefined,
    cronSchedule: type === 'cron' ? body.cron_schedule : undefined,
    cronTimezone: type === 'cron' ? (body.cron_timezone ?? 'UTC') : undefined,
    region,
  };
}

type Scaling = Pick<
  AppServiceRecord,
  | 'replicas'
  | 'autoscalingEnabled'
  | 'minReplicas'
  | 'maxReplicas'
  | 'autoscalingMetric'
  | 'autoscalingTarget'
  | 'scaleToZero'
>;

/** The most instances the settings may run, and the fewest they keep running. */
function bounds(s: Scaling): { readonly most: number; readonly least: number } {
  const most = s.autoscalingEnabled ? s.maxReplicas : s.replicas;
  const least = s.scaleToZero ? 0 : s.autoscalingEnabled ? s.minReplicas : s.replicas;
  return { most, least };
}

/**
 * The scaling a scaleAppService body asks for, applied to the service's current one (autoscaling
 * fields only with `autoscaling_set: true`), and whether it scales up: more instances at most or
 * at least than now (what a pausing spend cap refuses).
 *
 * @throws {HttpError} 400 naming the field at fault.
 * @internal
 */
export function scaleFor(
  service: AppServiceRecord,
  body: Schemas['ScaleAppServiceRequest'],
): { readonly next: Scaling; readonly up: boolean } {
  const next: { -readonly [K in keyof Scaling]: Scaling[K] } = {
    replicas: service.replicas,
    autoscalingEnabled: service.autoscalingEnabled,
    minReplicas: service.minReplicas,
    maxReplicas: service.maxReplicas,
    autoscalingMetric: service.autoscalingMetric,
    autoscalingTarget: service.autoscalingTarget,
    scaleToZero: service.scaleToZero,
  };
  // The limit holds for values that go up: a service above it (set before it) can come down.
  const capped = (field: string, value: number, now: number) => {
    if (value > MAX_INSTANCES && value > now) {
      throw badRequest(`${field}: a service runs at most ${MAX_INSTANCES} instances, not ${value}`);
    }
  };
  if (body.replicas !== undefined) {
    if (body.replicas < 1) {
      throw badRequest('replicas: must be at least 1; pause the service to stop every instance');
    }
    capped('replicas', body.replicas, service.replicas);
    next.replicas = body.replicas;
  }
  if (body.autoscaling_set === true) {
    next.autoscalingEnabled = body.autoscaling_enabled ?? next.autoscalingEnabled;
    next.minReplicas = body.min_replicas ?? next.minReplicas;
    next.maxReplicas = body.max_replicas ?? next.maxReplicas;
    capped('max_replicas', next.maxReplicas, service.maxReplicas);
    capped('min_replicas', next.minReplicas, service.minReplicas);
    checkRange(next.minReplicas, next.maxReplicas);
    next.autoscalingMetric = body.autoscaling_metric ?? next.autoscalingMetric;
    if (body.autoscaling_target !== undefined && body.autoscaling_target < 1) {
      throw badRequest(`autoscaling_target: must be at least 1, not ${body.autoscaling_target}`);
    }
    next.autoscalingTarget = body.autoscaling_target ?? next.autoscalingTarget;
  }
  if (body.scale_to_zero !== undefined) {
    if (body.scale_to_zero) checkScaleToZero(service.serviceType, service.httpPort);
    next.scaleToZero = body.scale_to_zero;
  }
  const before = bounds(service);
  const after = bounds(next);
  return { next, up: after.most > before.most || after.least > before.least };
}
