import type { components } from '../../../../generated/openapi.js';
import type { EmulatorState } from '../../server/account.js';
import { iso } from '../../server/iso-time.js';
import {
  type AppDeploymentRecord,
  type AppDomainRecord,
  type AppEnvVarRecord,
  type AppJobRunRecord,
  type AppServiceRecord,
  spendCap,
} from './records.js';
import { findTier } from './tiers.js';

type Schemas = components['schemas'];

/**
 * The hostname the emulator gives a web service (the `.test` domain is reserved for testing).
 *
 * @internal
 */
export function serviceHost(service: Pick<AppServiceRecord, 'slug'>): string {
  return `${service.slug}.apps.raff-emulator.test`;
}

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

/**
 * An app service, with the fields its type has (an endpoint for `web` and `private`, a schedule
 * for `cron`, scaling for the types that keep instances running).
 *
 * @internal
 */
export function serviceView(service: AppServiceRecord): Schemas['AppService'] {
  const type = service.serviceType;
  const endpoint = type === 'web' || type === 'private';
  const scaled = type !== 'cron' && type !== 'job';
  return {
    id: service.id,
    service_id: service.shortId,
    project_id: service.projectId,
    name: service.name,
    slug: service.slug,
    ...optional('description', service.description),
    service_type: type,
    source_type: service.sourceType,
    builder: service.builder,
    ...(service.repo === undefined
      ? {}
      : {
          repo_full_name: service.repo.fullName,
          repo_branch: service.repo.branch,
          repo_root_dir: service.repo.rootDir,
          ...optional('dockerfile_path', service.repo.dockerfilePath),
        }),
    ...optional('image_ref', service.imageRef),
    start_command: service.startCommand,
    tier_id: service.tierId,
    tier_name: findTier(service.tierId)?.name ?? `Tier ${service.tierId}`,
    replicas: service.replicas,
    autoscaling_enabled: service.autoscalingEnabled,
    ...(scaled
      ? {
          min_replicas: service.minReplicas,
          max_replicas: service.maxReplicas,
          autoscaling_metric: service.autoscalingMetric,
          autoscaling_target: service.autoscalingTarget,
        }
      : {}),
    scale_to_zero: service.scaleToZero,
    ...(endpoint ? optional('http_port', service.httpPort) : {}),
    ...(endpoint ? optional('health_check_path', service.healthCheckPath) : {}),
    ...(type === 'cron'
      ? { cron_schedule: service.cronSchedule ?? '', cron_timezone: service.cronTimezone ?? 'UTC' }
      : {}),
    region: service.region,
    ...(type === 'web' ? { url: `https://${serviceHost(service)}` } : {}),
    ...(type === 'private' ? { internal_host: `${service.slug}.internal` } : {}),
    status: service.status,
    status_message: service.statusMessage,
    paused_by_cap: service.pausedByCap,
    billing_type: service.billingType,
    ...optional('current_deployment_id', service.currentDeploymentId),
    created_at: iso(service.createdAt),
    updated_at: iso(service.updatedAt),
  };
}

/**
 * A deployment.
 *
 * @internal
 */
export function deploymentView(deployment: AppDeploymentRecord): Schemas['AppDeployment'] {
  // A release builds nothing: it has no build duration.
  const built = deployment.builtAt;
  return {
    id: deployment.id,
    service_id: deployment.serviceId,
    deployment_number: deployment.number,
    channel: deployment.channel,
    status: deployment.status,
    ...optional('rollback_of', deployment.rollbackOf),
    ...optional('image_digest', deployment.imageDigest),
    ...optional('commit_sha', deployment.commit?.sha),
    ...optional('commit_message', deployment.commit?.message),
    ...optional('error', deployment.status === 'failed' ? deployment.error : undefined),
    ...(built !== undefined && deployment.startedAt !== undefined
      ? { build_duration_ms: built - deployment.startedAt }
      : {}),
    ...optional(
      'started_at',
      deployment.startedAt === undefined ? undefined : iso(deployment.startedAt),
    ),
    ...optional(
      'finished_at',
      deployment.finishedAt === undefined ? undefined : iso(deployment.finishedAt),
    ),
    created_at: iso(deployment.createdAt),
  };
}

/**
 * An environment variable as listed: a secret's value blank.
 *
 * @internal
 */
export function envVarView(key: string, variable: AppEnvVarRecord): Schemas['AppEnvVar'] {
  return {
    key,
    value: variable.isSecret ? '' : variable.value,
    is_secret: variable.isSecret,
    is_system: false,
    scope: variable.scope,
  };
}

/**
 * An environment variable with its value in clear.
 *
 * @internal
 */
export function revealedEnvVarView(
  key: string,
  variable: AppEnvVarRecord,
): Schemas['AppEnvVarRevealed'] {
  return {
    key,
    value: variable.value,
    is_secret: variable.isSecret,
    is_system: false,
    scope: variable.scope,
  };
}

/**
 * A custom domain.
 *
 * @internal
 */
export function domainView(domain: AppDomainRecord): Schemas['AppCustomDomain'] {
  return {
    id: domain.id,
    service_id: domain.serviceId,
    domain: domain.domain,
    status: domain.status,
    status_message: domain.statusMessage,
    cname_target: domain.cnameTarget,
    verification_txt_name: `_raff-verify.${domain.domain}`,
    verification_txt_value: domain.txtValue,
    created_at: iso(domain.createdAt),
    ...optional(
      'last_checked_at',
      domain.lastCheckedAt === undefined ? undefined : iso(domain.lastCheckedAt),
    ),
  };
}

/**
 * A job run.
 *
 * @internal
 */
export function jobRunView(run: AppJobRunRecord): Schemas['AppJobRun'] {
  return {
    id: run.id,
    service_id: run.serviceId,
    ...optional('deployment_id', run.deploymentId),
    trigger: run.trigger,
    status: run.status,
    ...optional('exit_code', run.exitCode),
    ...optional('error', run.error),
    ...optional(
      'scheduled_for',
      run.scheduledFor === undefined ? undefined : iso(run.scheduledFor),
    ),
    started_at: iso(run.startedAt),
    ...optional('finished_at', run.finishedAt === undefined ? undefined : iso(run.finishedAt)),
  };
}

/**
 * The account's spend cap settings; `monthly_cap_usd` is absent while the cap is off.
 *
 * @internal
 */
export function spendSettingsView(state: EmulatorState): Schemas['AppSpendSettings'] {
  const cap = spendCap(state);
  return {
    enabled: cap.enabled,
    ...(cap.enabled ? { monthly_cap_usd: cap.capUsd } : {}),
    cap_action: cap.action,
    paused_by_cap: cap.pausedAt !== undefined,
  };
}
