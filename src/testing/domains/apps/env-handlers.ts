import type { EmulatorState } from '../../server/account.js';
import { badRequest, conflict, forbidden, notFound } from '../../server/errors.js';
import type { HandlerTable, KeyedContext } from '../../server/handler.js';
import { startDeployment } from './lifecycle.js';
import { appendLog } from './logs.js';
import { pathService } from './lookup.js';
import { type AppEnvScope, type AppServiceRecord, appDeployments, envOf } from './records.js';
import { envVarView, revealedEnvVarView } from './views.js';

const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const MAX_KEY = 255;
const MAX_VALUE = 32_768;

const what = (service: AppServiceRecord) => `service ${service.name} (${service.shortId})`;

/** Throws 400 unless `key` and `value` make a variable Raff stores. */
function checkVariable(key: string, value: string, field = 'key'): void {
  if (!KEY.test(key) || key.length > MAX_KEY) {
    throw badRequest(
      `${field}: "${key.slice(0, 80)}" is not a variable name (letters, digits, _ . -, not starting with a digit, at most ${MAX_KEY})`,
    );
  }
  if (value.length > MAX_VALUE) {
    throw badRequest(
      `The value of ${key} is ${value.length} characters long; at most ${MAX_VALUE}`,
    );
  }
}

function requireChangeable(service: AppServiceRecord): void {
  if (service.status === 'deleting') {
    throw conflict(`Cannot change the variables of ${what(service)}: it is being deleted`);
  }
}

/**
 * Rolls a variable change out to a service whose instances run: a rebuild for a `build` or `both`
 * variable of a service built from source, otherwise a restart on the image it runs (a release).
 * A service that runs nothing (pending, paused, in error) picks the change up at its next
 * deployment. Returns the deployment started, if any.
 */
function rollOut(
  state: EmulatorState,
  service: AppServiceRecord,
  scopes: readonly AppEnvScope[],
  now: number,
): string | undefined {
  const current = appDeployments.in(state).find(service.currentDeploymentId);
  if (!service.running || current === undefined) return undefined;
  const rebuild = service.sourceType !== 'image' && scopes.some((scope) => scope !== 'runtime');
  appendLog(state, service.id, {
    at: now,
    level: 'info',
    message: rebuild
      ? 'Environment changed: rebuilding the image'
      : 'Environment changed: restarting the instances',
  });
  return startDeployment(
    state,
    service,
    { channel: 'cli', kind: rebuild ? 'build' : 'release', from: current },
    now,
  ).id;
}

function changed(
  state: EmulatorState,
  service: AppServiceRecord,
  deploymentId: string | undefined,
) {
  const vars = [...envOf(state, service.id)].map(([key, v]) => envVarView(key, v));
  return {
    body: {
      success: true,
      env_vars: vars,
      ...(deploymentId === undefined ? {} : { deployment_id: deploymentId }),
    },
  };
}

/** Throws 403 for a key whose role on the project can only view (revealing needs manage rights). */
function requireManage(context: Pick<KeyedContext, 'access'>, service: AppServiceRecord): void {
  const permissions = context.access.projectPermissions(service.projectId) ?? new Set<string>();
  const manages = [...permissions].some((permission) => !permission.endsWith('.view'));
  if (!manages) {
    throw forbidden(
      `Revealing the variables of ${what(service)} needs manage rights on its project; this key's role there can only view`,
    );
  }
}

/**
 * The environment variable operations: list (secrets blank), set one, set many, reveal, delete.
 *
 * @internal
 */
export const ENV_HANDLERS = {
  listAppEnvVars: (context) => {
    const service = pathService(context, context.params.service_id);
    const vars = [...envOf(context.state, service.id)].map(([key, v]) => envVarView(key, v));
    return { body: { success: true, env_vars: vars } };
  },

  setAppEnvVar: (context) => {
    const { state, now, body } = context;
    const service = pathService(context, context.params.service_id);
    requireChangeable(service);
    checkVariable(body.key, body.value);
    const scope = body.scope ?? 'runtime';
    envOf(state, service.id).set(body.key, {
      value: body.value,
      isSecret: body.is_secret ?? false,
      scope,
    });
    service.updatedAt = now;
    const deploymentId =
      body.redeploy === false ? undefined : rollOut(state, service, [scope], now);
    return changed(state, service, deploymentId);
  },

  bulkSetAppEnvVars: (context) => {
    const { state, now, body } = context;
    const service = pathService(context, context.params.service_id);
    requireChangeable(service);
    if (body.vars.length === 0) throw badRequest('vars: name at least one variable');
    const seen = new Set<string>();
    body.vars.forEach((variable, i) => {
      checkVariable(variable.key, variable.value, `vars[${i}].key`);
      if (seen.has(variable.key))
        throw badRequest(`vars[${i}].key: ${variable.key} is named twice`);
      seen.add(variable.key);
    });
    const vars = envOf(state, service.id);
    for (const variable of body.vars) {
      vars.set(variable.key, {
        value: variable.value,
        isSecret: variable.is_secret ?? false,
        scope: variable.scope ?? 'runtime',
      });
    }
    service.updatedAt = now;
    const scopes = body.vars.map((variable) => variable.scope ?? 'runtime');
    const deploymentId = body.redeploy === false ? undefined : rollOut(state, service, scopes, now);
    return changed(state, service, deploymentId);
  },

  revealAppEnvVars: (context) => {
    const service = pathService(context, context.params.service_id);
    requireManage(context, service);
    const vars = [...envOf(context.state, service.id)].map(([key, v]) =>
      revealedEnvVarView(key, v),
    );
    return { body: { success: true, env_vars: vars } };
  },

  deleteAppEnvVar: (context) => {
    const { state, now } = context;
    const service = pathService(context, context.params.service_id);
    requireChangeable(service);
    const vars = envOf(state, service.id);
    const removed = vars.get(context.params.key);
    if (removed === undefined) {
      throw notFound(`Environment variable ${context.params.key} of ${what(service)} not found`);
    }
    vars.delete(context.params.key);
    service.updatedAt = now;
    return changed(state, service, rollOut(state, service, [removed.scope], now));
  },
} satisfies HandlerTable;
