import { randomUUID } from 'node:crypto';
import type { EmulatorState } from '../../server/account.js';
import { badRequest, conflict, forbidden, notFound } from '../../server/errors.js';
import type { HandlerTable, KeyedContext } from '../../server/handler.js';
import { requireStatus } from '../../server/lifecycle.js';
import { one } from '../../server/replies.js';
import { bindingTargetName, injectedKeys, newCredential } from './credentials.js';
import { isTimeZone, parseCron } from './cron.js';
import { FUNCTION_TIMINGS, freshRevision, functionKey, walkBinding } from './lifecycle.js';
import { findFunction } from './lookup.js';
import {
  type BindingRecord,
  bindings,
  type EnvVarRecord,
  envVars,
  type FunctionRecord,
  type TriggerRecord,
  triggers,
} from './records.js';
import { scheduleTrigger } from './trigger-runs.js';
import { bindingView, envVarView, triggerView } from './views.js';

const ENV_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
const RESERVED_PREFIXES = ['PORT', 'K_', 'RAFF_'] as const;
const S3_EVENTS = new Set(['s3:ObjectCreated:*', 's3:ObjectRemoved:*']);
const MAX_VALUE_BYTES = 32 * 1024;

/** The function's variables, created empty on first use. */
function varsOf(state: EmulatorState, fn: FunctionRecord): Map<string, EnvVarRecord> {
  const all = envVars(state);
  let vars = all.get(fn.id);
  if (vars === undefined) {
    vars = new Map();
    all.set(fn.id, vars);
  }
  return vars;
}

function checkKeyName(key: string, what: string): void {
  if (!ENV_KEY.test(key)) {
    throw badRequest(`${what} "${key}" must be letters, digits and "_", not starting with a digit`);
  }
  const reserved = RESERVED_PREFIXES.find((prefix) => key.toUpperCase().startsWith(prefix));
  if (reserved !== undefined) {
    throw badRequest(
      `${what} "${key}" starts with ${reserved}, which the platform keeps for itself`,
    );
  }
}

/**
 * Raff lets a key reveal variables only with a manage permission on the function's project; the
 * emulator reads that as any `….manage` permission there (Owner, Project Admin and Operator have
 * some; Project Member and Viewer none).
 */
function requireManage(context: Pick<KeyedContext, 'access'>, fn: FunctionRecord): void {
  const permissions = context.access.projectPermissions(fn.projectId) ?? new Set<string>();
  if (![...permissions].some((permission) => permission.endsWith('.manage'))) {
    throw forbidden(
      `Revealing the variables of function ${fn.name} needs a manage permission on project ${fn.projectId}`,
    );
  }
}

function findTrigger(state: EmulatorState, fn: FunctionRecord, id: string): TriggerRecord {
  const trigger = triggers.in(state).find(id);
  if (trigger === undefined || trigger.functionId !== fn.id) {
    throw notFound(`Trigger ${id} not found`);
  }
  return trigger;
}

function findBinding(state: EmulatorState, fn: FunctionRecord, id: string): BindingRecord {
  const binding = bindings.in(state).find(id);
  if (binding === undefined || binding.functionId !== fn.id) {
    throw notFound(`Binding ${id} not found`);
  }
  return binding;
}

/** A `once` trigger's time: a date in the future. */
function futureTime(text: string, now: number): number {
  const at = Date.parse(text);
  if (!(at > now)) throw badRequest('run_at must be in the future');
  return at;
}

function checkPayload(payload: string | undefined): void {
  if (payload === undefined) return;
  try {
    const parsed: unknown = JSON.parse(payload);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error();
  } catch {
    throw badRequest('payload_json must be the JSON text of an object');
  }
}

/** Writes the binding's current credential into the function's variables. */
function inject(
  state: EmulatorState,
  fn: FunctionRecord,
  binding: BindingRecord,
  at: number,
): void {
  const vars = varsOf(state, fn);
  for (const variable of newCredential(binding, fn)) {
    vars.set(`${binding.envPrefix}_${variable.suffix}`, {
      value: variable.value,
      isSecret: variable.secret,
      bindingId: binding.id,
      updatedAt: at,
    });
  }
  binding.generation += 1;
}

function removeInjected(state: EmulatorState, fn: FunctionRecord, binding: BindingRecord): void {
  const vars = varsOf(state, fn);
  for (const [key, variable] of vars) if (variable.bindingId === binding.id) vars.delete(key);
}

/**
 * A function's environment variables, triggers and bindings.
 *
 * @internal
 */
export const CONFIG_HANDLERS = {
  listFunctionEnvVars: (context) => {
    const fn = findFunction(context, context.params.function_id);
    const vars = [...varsOf(context.state, fn)].map(([key, v]) => envVarView(key, v, false));
    return one({ env_vars: vars });
  },

  revealFunctionEnvVars: (context) => {
    const fn = findFunction(context, context.params.function_id);
    requireManage(context, fn);
    const vars = [...varsOf(context.state, fn)].map(([key, v]) => envVarView(key, v, true));
    return one({ env_vars: vars });
  },

  setFunctionEnvVar: (context) => {
    const { state, body, now } = context;
    const fn = findFunction(context, context.params.function_id);
    requireStatus(
      `function ${fn.name}`,
      fn.status,
      ['pending', 'building', 'live', 'paused', 'error'],
      'change',
    );
    checkKeyName(body.key, 'key');
    if (Buffer.byteLength(body.value) > MAX_VALUE_BYTES) {
      throw badRequest(`value of ${body.key} is larger than ${MAX_VALUE_BYTES} bytes`);
    }
    const vars = varsOf(state, fn);
    const existing = vars.get(body.key);
    if (existing?.bindingId !== undefined) {
      throw badRequest(`${body.key} is set by binding ${existing.bindingId} and is read-only`);
    }
    vars.set(body.key, {
      value: body.value,
      isSecret: body.is_secret ?? existing?.isSecret ?? false,
      bindingId: undefined,
      updatedAt: now,
    });
    freshRevision(state, fn, `Set ${body.key}`, now);
    return { body: undefined };
  },

  deleteFunctionEnvVar: (context) => {
    const { state, now } = context;
    const fn = findFunction(context, context.params.function_id);
    const vars = varsOf(state, fn);
    const variable = vars.get(context.params.key);
    if (variable === undefined) {
      throw notFound(`Variable ${context.params.key} of function ${fn.name} not found`);
    }
    if (variable.bindingId !== undefined) {
      throw badRequest(
        `${context.params.key} belongs to binding ${variable.bindingId}; delete the binding to remove it`,
      );
    }
    vars.delete(context.params.key);
    freshRevision(state, fn, `Removed ${context.params.key}`, now);
    return { body: undefined };
  },

  listFunctionTriggers: (context) => {
    const fn = findFunction(context, context.params.function_id);
    const found = triggers.in(context.state).where((t) => t.functionId === fn.id);
    return one({ triggers: found.map((t) => triggerView(t, context.now)) });
  },

  createFunctionTrigger: (context) => {
    const { state, body, now } = context;
    const fn = findFunction(context, context.params.function_id);
    const type = body.trigger_type;
    const stray = (Object.keys(body) as (keyof typeof body)[]).filter(
      (field) => field !== 'trigger_type' && !FIELDS_OF[type].includes(field),
    );
    if (stray.length > 0) throw badRequest(`A ${type} trigger takes no ${stray.join(', ')}`);
    if (type === 'cron') {
      if (body.cron_expression === undefined)
        throw badRequest('A cron trigger needs cron_expression');
      parseCron(body.cron_expression, body.timezone || 'UTC');
    }
    if (type === 'once' && body.run_at === undefined)
      throw badRequest('A once trigger needs run_at');
    if (type === 's3') {
      if (body.bucket_id === undefined) throw badRequest('An s3 trigger needs bucket_id');
      const unknown = (body.s3_events ?? []).filter((event) => !S3_EVENTS.has(event));
      if (unknown.length > 0) {
        throw badRequest(
          `s3_events: ${unknown.join(', ')} (use s3:ObjectCreated:* or s3:ObjectRemoved:*)`,
        );
      }
    }
    checkPayload(body.payload_json);
    const trigger = triggers.in(state).create(now, (stamp) => ({
      id: stamp.id,
      createdAt: stamp.createdAt,
      functionId: fn.id,
      type,
      enabled: true,
      cronExpression: body.cron_expression,
      timezone: body.timezone,
      runAt: body.run_at === undefined ? undefined : futureTime(body.run_at, now),
      payloadJson: body.payload_json,
      bucketId: body.bucket_id,
      s3Events: type === 's3' ? (body.s3_events ?? ['s3:ObjectCreated:*']) : undefined,
      keyPrefix: body.key_prefix,
      keySuffix: body.key_suffix,
      lastRunAt: undefined,
      lastStatus: '',
    }));
    scheduleTrigger(state, trigger, now);
    return one({ trigger: triggerView(trigger, now) });
  },

  updateFunctionTrigger: (context) => {
    const { state, body, now } = context;
    const fn = findFunction(context, context.params.function_id);
    const trigger = findTrigger(state, fn, context.params.trigger_id);
    const allowed: readonly string[] = ['enabled', 'payload_json', ...FIELDS_OF[trigger.type]];
    const stray = Object.keys(body).filter((field) => !allowed.includes(field));
    if (stray.length > 0)
      throw badRequest(`A ${trigger.type} trigger takes no ${stray.join(', ')}`);
    if (body.cron_expression !== undefined || body.timezone !== undefined) {
      parseCron(
        body.cron_expression ?? trigger.cronExpression ?? '',
        (body.timezone ?? trigger.timezone) || 'UTC',
      );
    }
    if (body.timezone !== undefined && body.timezone !== '' && !isTimeZone(body.timezone)) {
      throw badRequest(`timezone "${body.timezone}" is not an IANA time zone`);
    }
    checkPayload(body.payload_json);
    if (body.run_at !== undefined) trigger.runAt = futureTime(body.run_at, now);
    if (body.enabled !== undefined) trigger.enabled = body.enabled;
    if (body.cron_expression !== undefined) trigger.cronExpression = body.cron_expression;
    if (body.timezone !== undefined) trigger.timezone = body.timezone;
    if (body.payload_json !== undefined) trigger.payloadJson = body.payload_json;
    scheduleTrigger(state, trigger, now);
    return { body: undefined };
  },

  deleteFunctionTrigger: (context) => {
    const fn = findFunction(context, context.params.function_id);
    const trigger = findTrigger(context.state, fn, context.params.trigger_id);
    context.state.lifecycle.cancel(functionKey.trigger(trigger.id));
    triggers.in(context.state).discard(trigger.id);
    return { body: undefined };
  },

  listFunctionBindings: (context) => {
    const fn = findFunction(context, context.params.function_id);
    return one({
      bindings: bindings
        .in(context.state)
        .where((b) => b.functionId === fn.id)
        .map(bindingView),
    });
  },

  createFunctionBinding: (context) => {
    const { state, body, now } = context;
    const fn = findFunction(context, context.params.function_id);
    requireStatus(
      `function ${fn.name}`,
      fn.status,
      ['pending', 'building', 'live', 'paused', 'error'],
      'bind to',
    );
    const prefix = body.env_prefix ?? (body.binding_type === 'database' ? 'DATABASE' : 'STORAGE');
    if (!/^[A-Z][A-Z0-9_]*$/.test(prefix)) {
      throw badRequest(`env_prefix "${prefix}" must be upper-case letters, digits and "_"`);
    }
    checkKeyName(prefix, 'env_prefix');
    const mine = bindings.in(state).where((b) => b.functionId === fn.id);
    if (mine.some((b) => b.resourceId === body.resource_id)) {
      throw conflict(`Resource ${body.resource_id} is already bound to function ${fn.name}`);
    }
    const vars = varsOf(state, fn);
    const taken = injectedKeys(body.binding_type, prefix).filter((key) => vars.has(key));
    if (mine.some((b) => b.envPrefix === prefix) || taken.length > 0) {
      throw conflict(
        `env_prefix ${prefix} is in use on function ${fn.name} (${taken.join(', ') || 'another binding'}); pick another`,
      );
    }
    const binding = bindings.in(state).insert({
      id: randomUUID(),
      functionId: fn.id,
      type: body.binding_type,
      resourceId: body.resource_id,
      resourceName: bindingTargetName(body.binding_type, body.resource_id),
      envPrefix: prefix,
      status: 'provisioning',
      generation: 0,
      createdAt: now,
    });
    walkBinding(state, binding, FUNCTION_TIMINGS.functionBinding.create, now, (at) => {
      inject(state, fn, binding, at);
      freshRevision(state, fn, `Bound ${binding.resourceName}`, at);
    });
    return one({ binding: bindingView(binding) });
  },

  deleteFunctionBinding: (context) => {
    const { state, now } = context;
    const fn = findFunction(context, context.params.function_id);
    const binding = findBinding(state, fn, context.params.binding_id);
    state.lifecycle.cancel(functionKey.binding(binding.id));
    removeInjected(state, fn, binding);
    bindings.in(state).discard(binding.id);
    freshRevision(state, fn, `Unbound ${binding.resourceName}`, now);
    return { body: undefined };
  },

  rotateFunctionBinding: (context) => {
    const { state, now } = context;
    const fn = findFunction(context, context.params.function_id);
    const binding = findBinding(state, fn, context.params.binding_id);
    requireStatus(`binding ${binding.id}`, binding.status, ['active'], 'rotate');
    // The old credential stops working at once: the variables change now.
    inject(state, fn, binding, now);
    freshRevision(state, fn, `Rotated the credential of ${binding.resourceName}`, now);
    walkBinding(state, binding, FUNCTION_TIMINGS.functionBinding.rotate, now, () => {});
    return one({ binding: bindingView(binding) });
  },
} satisfies HandlerTable;

/** The fields each kind of trigger takes besides `trigger_type`. */
const FIELDS_OF: Readonly<Record<TriggerRecord['type'], readonly string[]>> = {
  cron: ['cron_expression', 'timezone', 'payload_json'],
  once: ['run_at', 'payload_json'],
  s3: ['bucket_id', 's3_events', 'key_prefix', 'key_suffix'],
};
