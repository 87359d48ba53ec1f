// The timed side of Functions: deployments walking queued → building → deploying → ready (or
// failed), functions pending → building → live (or error), resume and rollback rollouts, deletion,
// bindings provisioning and rotating. Every duration is in FUNCTION_TIMINGS.
import type { EmulatorState } from '../../server/account.js';
import { type Timing, timing, walk } from '../../server/lifecycle.js';
import {
  type BindingRecord,
  bindings,
  type DeploymentRecord,
  deployments,
  envVars,
  type FunctionRecord,
  type FunctionStatus,
  functions,
  revisions,
  triggerRuns,
  triggers,
} from './records.js';

/**
 * The Functions domain's timings, on the emulated clock (keys named after the domain, since
 * LIFECYCLE_TIMINGS gathers every domain's in one table).
 *
 * @internal
 */
export const FUNCTION_TIMINGS = {
  /**
   * A deployment: 5 s in the queue, 40 s of build (buildpacks or the Dockerfile), 15 s of
   * rollout. The function is `building` all along and `live` when it ends.
   */
  functionDeployment: {
    build: timing('ready', ['queued', 5_000], ['building', 40_000], ['deploying', 15_000]),
    /** A build that fails does so 20 s into the build step; the function ends `error`. */
    fail: timing('failed', ['queued', 5_000], ['building', 20_000]),
  },
  function: {
    /** resumeFunction and rollbackFunction redeploy an image already built: no build step. */
    rollout: timing('live', ['building', 15_000]),
    delete: timing(undefined, ['deleting', 20_000]),
  },
  functionBinding: {
    /** The binding's own credential is made (a database role or a storage key). */
    create: timing('active', ['provisioning', 5_000]),
    rotate: timing('active', ['rotating', 5_000]),
  },
} as const satisfies Record<string, Record<string, Timing>>;

/**
 * The lifecycle keys of the domain's records, so that their queued transitions can be cancelled.
 *
 * @internal
 */
export const functionKey = {
  fn: (id: string) => `function:${id}`,
  deployment: (id: string) => `function-deployment:${id}`,
  binding: (id: string) => `function-binding:${id}`,
  trigger: (id: string) => `function-trigger:${id}`,
} as const;

/**
 * Sets a function's status at `at`, keeping its live spans (what traffic and usage read) right.
 *
 * @internal
 */
export function setStatus(
  fn: FunctionRecord,
  status: FunctionStatus,
  at: number,
  message?: string,
): void {
  const open = fn.liveSpans.at(-1);
  if (status === 'live' && (open === undefined || open[1] !== undefined)) {
    fn.liveSpans.push([at, undefined]);
  } else if (status !== 'live' && open !== undefined && open[1] === undefined) {
    open[1] = at;
  }
  fn.status = status;
  fn.statusMessage = message;
  fn.updatedAt = at;
}

/** Marks `revisionId` current (active) and the one before superseded. */
function makeCurrent(state: EmulatorState, fn: FunctionRecord, revisionId: string): void {
  for (const revision of revisions.in(state).where((r) => r.functionId === fn.id)) {
    if (revision.id === revisionId) revision.status = 'active';
    else if (revision.status === 'active') revision.status = 'superseded';
  }
  fn.currentRevisionId = revisionId;
}

/**
 * A new revision of the function's current code with changed settings or variables (a `live`
 * function picks such changes up this way, without downtime). Nothing happens before the first
 * deployment.
 *
 * @internal
 */
export function freshRevision(
  state: EmulatorState,
  fn: FunctionRecord,
  message: string,
  now: number,
): void {
  const current = revisions.in(state).find(fn.currentRevisionId);
  if (current === undefined || fn.status !== 'live') return;
  const revision = revisions.in(state).create(now, (stamp) => ({
    ...stamp,
    functionId: fn.id,
    number: nextRevisionNumber(state, fn),
    message,
    commitSha: current.commitSha,
    files: current.files,
    blobKey: current.blobKey,
    status: 'active',
  }));
  makeCurrent(state, fn, revision.id);
  fn.updatedAt = now;
}

/**
 * The number the function's next revision gets.
 *
 * @internal
 */
export function nextRevisionNumber(state: EmulatorState, fn: FunctionRecord): number {
  const numbers = revisions
    .in(state)
    .where((r) => r.functionId === fn.id)
    .map((r) => r.number);
  return Math.max(0, ...numbers) + 1;
}

/**
 * The deployment of the function that has not finished yet, if any.
 *
 * @internal
 */
export function inFlight(state: EmulatorState, fn: FunctionRecord): DeploymentRecord | undefined {
  return deployments
    .in(state)
    .where((d) => d.functionId === fn.id)
    .find((d) => d.status !== 'ready' && d.status !== 'failed');
}

/** A build log line `ms` after `from`. */
function line(from: number, ms: number, step: string, message: string) {
  return { at: from + ms, step, message };
}

const DETECTED: Readonly<Record<FunctionRecord['runtime'], string>> = {
  python: 'Detected Python (buildpack python)',
  node: 'Detected Node.js (buildpack nodejs)',
  go: 'Detected Go (buildpack go)',
  docker: 'Using the Dockerfile at the source root',
};

/**
 * Starts a deployment: the function goes `building` (a deployment still running is cancelled and
 * fails), then the deployment walks queued → building → deploying → ready and the function turns
 * `live` on a new revision; or the build fails and the function turns `error`.
 *
 * @internal
 */
export function startDeployment(
  state: EmulatorState,
  fn: FunctionRecord,
  deployment: DeploymentRecord,
  now: number,
): void {
  const previous = inFlight(state, fn);
  if (previous !== undefined && previous.id !== deployment.id) {
    state.lifecycle.cancel(functionKey.deployment(previous.id));
    previous.status = 'failed';
    previous.error = `Cancelled: superseded by deployment ${deployment.id}`;
    previous.finishedAt = now;
    previous.lines = previous.lines.filter((l) => l.at <= now);
    previous.lines.push(line(now, 0, 'cancel', previous.error));
  }
  state.lifecycle.cancelEvents(functionKey.fn(fn.id));
  setStatus(fn, 'building', now);
  const failing = deployment.buildError !== undefined;
  const plan = failing
    ? FUNCTION_TIMINGS.functionDeployment.fail
    : FUNCTION_TIMINGS.functionDeployment.build;
  const [queued, build] = plan.phases.map(([, ms]) => ms) as [number, number];
  const buildStart = now + queued;
  deployment.lines = [
    line(now, 0, 'queue', `Deployment ${deployment.id} queued`),
    line(buildStart, 1_000, 'detect', DETECTED[fn.runtime]),
    line(buildStart, 8_000, 'build', 'Installing dependencies'),
    ...(failing
      ? [line(buildStart, build, 'build', `ERROR: ${deployment.buildError}`)]
      : [
          line(
            buildStart,
            build - 2_000,
            'build',
            `Built image ${fn.shortId}:${deployment.id.slice(0, 8)}`,
          ),
          line(buildStart, build + 1_000, 'deploy', 'Rolling out the new revision'),
          line(buildStart, build + 14_000, 'deploy', 'Revision is serving traffic'),
        ]),
  ];
  walk(state.lifecycle, {
    key: functionKey.deployment(deployment.id),
    now,
    timing: plan,
    set: (status, at) => {
      deployment.status = status;
      if (status === 'building') deployment.startedAt = at;
      if (status === 'deploying') deployment.buildDurationMs = at - (deployment.startedAt ?? at);
      if (status === 'ready') finishDeployment(state, fn, deployment, at);
      if (status === 'failed') {
        deployment.buildDurationMs = at - (deployment.startedAt ?? at);
        deployment.finishedAt = at;
        deployment.error = `Build failed: ${deployment.buildError}`;
        setStatus(fn, 'error', at, deployment.error);
      }
    },
  });
}

function finishDeployment(
  state: EmulatorState,
  fn: FunctionRecord,
  deployment: DeploymentRecord,
  at: number,
): void {
  const revision = revisions.in(state).create(at, (stamp) => ({
    ...stamp,
    functionId: fn.id,
    number: nextRevisionNumber(state, fn),
    message: deployment.message,
    commitSha: deployment.commitSha,
    files: deployment.files,
    blobKey: deployment.blobKey,
    status: 'active',
  }));
  makeCurrent(state, fn, revision.id);
  deployment.revisionId = revision.id;
  deployment.finishedAt = at;
  // A function the spend cap paused while it built stays paused, on its new revision.
  if (fn.pausedByCap) setStatus(fn, 'paused', at, fn.statusMessage);
  else setStatus(fn, 'live', at);
}

/**
 * Redeploys a built revision (resumeFunction, rollbackFunction, the spend cap letting go):
 * `building`, then `live` on `revisionId`.
 *
 * @internal
 */
export function startRollout(
  state: EmulatorState,
  fn: FunctionRecord,
  revisionId: string,
  now: number,
): void {
  walk(state.lifecycle, {
    key: functionKey.fn(fn.id),
    now,
    timing: FUNCTION_TIMINGS.function.rollout,
    set: (status, at) => {
      if (status === 'live') makeCurrent(state, fn, revisionId);
      setStatus(fn, status, at);
    },
  });
}

/**
 * Stops the function serving: `paused`, with the reason.
 *
 * @internal
 */
export function pause(state: EmulatorState, fn: FunctionRecord, now: number, why: string): void {
  state.lifecycle.cancelEvents(functionKey.fn(fn.id));
  setStatus(fn, 'paused', now, why);
}

/**
 * Deletes a function: `deleting`, then gone with everything it had (deployments, revisions,
 * variables, triggers and their runs, bindings).
 *
 * @internal
 */
export function startDelete(state: EmulatorState, fn: FunctionRecord, now: number): void {
  const running = inFlight(state, fn);
  if (running !== undefined) state.lifecycle.cancel(functionKey.deployment(running.id));
  walk(state.lifecycle, {
    key: functionKey.fn(fn.id),
    now,
    timing: FUNCTION_TIMINGS.function.delete,
    set: (status, at) => setStatus(fn, status, at),
    done: () => {
      const mine = <R extends { functionId: string }>(r: R) => r.functionId === fn.id;
      for (const d of deployments.in(state).where(mine)) deployments.in(state).discard(d.id);
      for (const r of revisions.in(state).where(mine)) revisions.in(state).discard(r.id);
      for (const r of triggerRuns.in(state).where(mine)) triggerRuns.in(state).discard(r.id);
      for (const t of triggers.in(state).where(mine)) {
        state.lifecycle.cancel(functionKey.trigger(t.id));
        triggers.in(state).discard(t.id);
      }
      for (const b of bindings.in(state).where(mine)) {
        state.lifecycle.cancel(functionKey.binding(b.id));
        bindings.in(state).discard(b.id);
      }
      envVars(state).delete(fn.id);
      functions.in(state).discard(fn.id);
    },
  });
}

/**
 * Walks a binding through `provisioning` or `rotating` to `active`; `whenActive(at)` runs at the
 * end (e.g. to inject the new credential's variables).
 *
 * @internal
 */
export function walkBinding(
  state: EmulatorState,
  binding: BindingRecord,
  plan: Timing<BindingRecord['status']>,
  now: number,
  whenActive: (at: number) => void,
): void {
  walk(state.lifecycle, {
    key: functionKey.binding(binding.id),
    now,
    timing: plan,
    set: (status, at) => {
      binding.status = status;
      if (status === 'active') whenActive(at);
    },
  });
}
