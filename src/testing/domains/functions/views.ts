import type { components } from '../../../../generated/openapi.js';
import type { EmulatorState } from '../../server/account.js';
import { iso } from '../../server/iso-time.js';
import { injectedKeys } from './credentials.js';
import {
  type BindingRecord,
  type DeploymentRecord,
  type EnvVarRecord,
  type FunctionRecord,
  type RevisionRecord,
  revisions,
  type TriggerRecord,
  type TriggerRunRecord,
} from './records.js';
import { nextTriggerRun } from './trigger-schedule.js';

type Schemas = components['schemas'];

const HANDLER_KINDS: Readonly<Record<FunctionRecord['runtime'], string>> = {
  python: 'asgi',
  node: 'fetch',
  go: 'net_http',
  docker: 'container',
};

/**
 * A function.
 *
 * @internal
 */
export function functionView(state: EmulatorState, fn: FunctionRecord): Schemas['Function'] {
  const current = revisions.in(state).find(fn.currentRevisionId);
  return {
    id: fn.id,
    function_id: fn.shortId,
    project_id: fn.projectId,
    name: fn.name,
    slug: fn.slug,
    ...(fn.description === undefined ? {} : { description: fn.description }),
    runtime: fn.runtime,
    handler_kind: HANDLER_KINDS[fn.runtime],
    region: 'us-east',
    memory_mb: fn.memoryMb,
    timeout_seconds: fn.timeoutSeconds,
    extended_timeout: fn.extendedTimeout,
    min_scale: fn.minScale,
    max_scale: fn.maxScale,
    source_type: fn.sourceType,
    url: `https://${fn.slug}.fn.onraff.com`,
    status: fn.status,
    ...(fn.statusMessage === undefined ? {} : { status_message: fn.statusMessage }),
    current_revision_number: current?.number ?? 0,
    created_at: iso(fn.createdAt),
    updated_at: iso(fn.updatedAt),
  };
}

/**
 * A deployment.
 *
 * @internal
 */
export function deploymentView(deployment: DeploymentRecord): Schemas['FunctionDeployment'] {
  const optional = {
    revision_id: deployment.revisionId,
    commit_sha: deployment.commitSha,
    error: deployment.error,
    build_duration_ms: deployment.buildDurationMs,
    started_at: deployment.startedAt === undefined ? undefined : iso(deployment.startedAt),
    finished_at: deployment.finishedAt === undefined ? undefined : iso(deployment.finishedAt),
  };
  return {
    id: deployment.id,
    channel: deployment.channel,
    status: deployment.status,
    ...definedOnly(optional),
    created_at: iso(deployment.createdAt),
  };
}

/**
 * The build log of a deployment as far as the clock has got.
 *
 * @internal
 */
export function buildLogView(
  deployment: DeploymentRecord,
  now: number,
): Schemas['FunctionDeploymentLogs']['data'] {
  return {
    lines: deployment.lines
      .filter((line) => line.at <= now)
      .map((line) => ({ timestamp: iso(line.at), step: line.step, message: line.message })),
    complete: deployment.status === 'ready' || deployment.status === 'failed',
  };
}

/**
 * A revision.
 *
 * @internal
 */
export function revisionView(
  fn: FunctionRecord,
  revision: RevisionRecord,
): Schemas['FunctionRevision'] {
  return {
    id: revision.id,
    revision_number: revision.number,
    ...definedOnly({ commit_sha: revision.commitSha, message: revision.message }),
    status: revision.status,
    is_current: revision.id === fn.currentRevisionId,
    created_at: iso(revision.createdAt),
  };
}

/**
 * A variable as listed (a secret's value left empty) or revealed.
 *
 * @internal
 */
export function envVarView(
  key: string,
  variable: EnvVarRecord,
  reveal: boolean,
): Schemas['FunctionRevealedEnvVar'] {
  return {
    key,
    value: variable.isSecret && !reveal ? '' : variable.value,
    is_secret: variable.isSecret,
    is_system: variable.bindingId !== undefined,
    ...definedOnly({ binding_id: variable.bindingId }),
    updated_at: iso(variable.updatedAt),
  };
}

/**
 * A trigger, with its next run.
 *
 * @internal
 */
export function triggerView(trigger: TriggerRecord, now: number): Schemas['FunctionTrigger'] {
  const next = nextTriggerRun(trigger, now);
  return {
    id: trigger.id,
    trigger_type: trigger.type,
    enabled: trigger.enabled,
    ...definedOnly({
      cron_expression: trigger.cronExpression,
      timezone: trigger.timezone,
      run_at: trigger.runAt === undefined ? undefined : iso(trigger.runAt),
      next_run_at: next === undefined ? undefined : iso(next),
      payload_json: trigger.payloadJson,
      bucket_id: trigger.bucketId,
      s3_events: trigger.s3Events === undefined ? undefined : [...trigger.s3Events],
      key_prefix: trigger.keyPrefix,
      key_suffix: trigger.keySuffix,
      last_run_at: trigger.lastRunAt === undefined ? undefined : iso(trigger.lastRunAt),
    }),
    last_status: trigger.lastStatus,
    created_at: iso(trigger.createdAt),
  };
}

/**
 * A trigger run: `dispatching` until it has finished on the clock.
 *
 * @internal
 */
export function triggerRunView(run: TriggerRunRecord, now: number): Schemas['FunctionTriggerRun'] {
  const finished = now >= run.finishedAt;
  return {
    id: run.id,
    trigger_id: run.triggerId,
    scheduled_for: iso(run.scheduledFor),
    status: finished ? run.outcome : 'dispatching',
    attempts: finished ? run.attempts : 1,
    ...(finished
      ? definedOnly({
          response_status: run.responseStatus,
          duration_ms: run.durationMs,
          error: run.error,
          finished_at: iso(run.finishedAt),
        })
      : {}),
  };
}

/**
 * A binding (never its credential).
 *
 * @internal
 */
export function bindingView(binding: BindingRecord): Schemas['FunctionBinding'] {
  return {
    id: binding.id,
    binding_type: binding.type,
    resource_id: binding.resourceId,
    resource_name: binding.resourceName,
    env_prefix: binding.envPrefix,
    injected_keys: injectedKeys(binding.type, binding.envPrefix),
    status: binding.status,
    created_at: iso(binding.createdAt),
  };
}

/** The fields of `fields` whose value is defined (the API leaves the others out). */
function definedOnly<T extends Record<string, unknown>>(
  fields: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
