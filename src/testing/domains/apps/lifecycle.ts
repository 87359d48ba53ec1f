// The timed side of Apps: deployments building and rolling out (which moves their service
// pending → building → deploying → live), resumes, deletions, custom domains being verified, job
// runs and cron schedules, and the spend cap pausing and releasing pay-as-you-go services as the
// month's spending reaches it.
import type { EmulatorState } from '../../server/account.js';
import { nextCronRun, parseCron } from '../../server/cron.js';
import { type Timing, timing, walk } from '../../server/lifecycle.js';
import { appendLog, commitMessage, commitSha, imageDigest, startupLines } from './logs.js';
import {
  type AppDeploymentRecord,
  type AppDeploymentStatus,
  type AppDomainRecord,
  type AppJobRunRecord,
  type AppServiceRecord,
  appDeployments,
  appDomains,
  appEnv,
  appJobRuns,
  appLogs,
  appServices,
  deletedServices,
  spendCap,
  uploadSlots,
} from './records.js';
import { capCrossing, capHolds } from './spend-cap.js';
import { billedInstances, nextMonthStart, pricePerHour } from './usage.js';

/**
 * The Apps domain's timings, on the emulated clock.
 *
 * @internal
 */
export const APPS_TIMINGS = {
  /**
   * A deployment built from source (a git branch, an upload), pulled as an image, or released
   * from an earlier image (rollbacks and runtime variable changes: nothing to build). An image
   * whose registry host is under `.invalid` cannot be pulled: that deployment fails.
   */
  appDeployment: {
    build: timing('live', ['queued', 5_000], ['building', 60_000], ['deploying', 20_000]),
    pull: timing('live', ['queued', 5_000], ['building', 15_000], ['deploying', 20_000]),
    pullFailure: timing('failed', ['queued', 5_000], ['building', 15_000]),
    release: timing('live', ['queued', 2_000], ['deploying', 20_000]),
  },
  appService: {
    resume: timing('live', ['deploying', 20_000]),
    delete: timing(undefined, ['deleting', 30_000]),
  },
  /** DNS records "appear" after two minutes; a domain under `.invalid` never resolves. */
  appDomain: {
    verify: timing(
      'active',
      ['pending_dns', 120_000],
      ['verifying', 10_000],
      ['dns_verified', 5_000],
      ['issuing_cert', 30_000],
    ),
    verifyFailure: timing('error', ['pending_dns', 120_000], ['verifying', 10_000]),
    retry: timing(
      'active',
      ['verifying', 10_000],
      ['dns_verified', 5_000],
      ['issuing_cert', 30_000],
    ),
    retryFailure: timing('error', ['verifying', 10_000]),
  },
  /** A run whose start command is `exit N` (N > 0) fails with that exit code. */
  appJobRun: {
    success: timing('succeeded', ['running', 90_000]),
    failure: timing('failed', ['running', 90_000]),
  },
} as const satisfies Record<string, Record<string, Timing>>;

/**
 * The lifecycle keys of the Apps domain's records and account-wide tasks.
 *
 * @internal
 */
export const appsKey = {
  service: (id: string) => `app-service:${id}`,
  deployment: (id: string) => `app-deployment:${id}`,
  domain: (id: string) => `app-domain:${id}`,
  run: (id: string) => `app-run:${id}`,
  cron: (id: string) => `app-cron:${id}`,
  /** The next moment the month's spending reaches a pausing cap. */
  capCheck: 'apps:spend-cap',
  /** The first of each month, when spending starts again from zero. */
  month: 'apps:month',
} as const;

const FINAL_DEPLOYMENT: ReadonlySet<AppDeploymentStatus> = new Set([
  'live',
  'superseded',
  'failed',
  'canceled',
]);

/**
 * Whether a deployment has reached a final status (`live` counts: it is done rolling out).
 *
 * @internal
 */
export function deploymentSettled(deployment: AppDeploymentRecord): boolean {
  return FINAL_DEPLOYMENT.has(deployment.status);
}

// ---------------------------------------------------------------------------------------------
// Billing meter and the spend cap
// ---------------------------------------------------------------------------------------------

/**
 * Brings a service's meter up to date at `at` (a new segment when its billed instances or price
 * changed), then, unless `review` is false, rechecks the spend cap.
 *
 * @internal
 */
export function remeter(
  state: EmulatorState,
  service: AppServiceRecord,
  at: number,
  review = true,
): void {
  const instances = billedInstances(service, service.running);
  const perHour = pricePerHour(service.tierId);
  const open = service.meter.at(-1);
  const same = open?.to === undefined && open?.instances === instances && open.perHour === perHour;
  if (!same) {
    if (open !== undefined && open.to === undefined) open.to = at;
    if (instances > 0) service.meter.push({ from: at, to: undefined, instances, perHour });
  }
  if (review) reviewSpendCap(state, at);
}

/**
 * Rechecks the spend cap at `at`: pauses the pay-as-you-go services when this month's spending
 * reached a pausing cap, releases them when it no longer holds (cap raised or off, action
 * `notify_only`, a new month), and schedules the next check for when spending will reach it.
 *
 * @internal
 */
export function reviewSpendCap(state: EmulatorState, at: number): void {
  const cap = spendCap(state);
  const holds = capHolds(state, at);
  if (holds && cap.pausedAt === undefined) pauseForCap(state, at);
  else if (!holds && cap.pausedAt !== undefined) liftCap(state, at);
  state.lifecycle.cancelEvents(appsKey.capCheck);
  if (cap.pausedAt !== undefined) return;
  const when = capCrossing(state, at);
  if (when !== undefined) {
    state.lifecycle.schedule(when, (t) => reviewSpendCap(state, t), appsKey.capCheck);
  }
}

/**
 * Starts the account's monthly review: on the first of each month spending starts from zero, so
 * a cap that paused the apps lets them go.
 *
 * @internal
 */
export function registerMonthlyReview(state: EmulatorState, from: number): void {
  state.lifecycle.every(
    { key: appsKey.month, next: nextMonthStart, run: (at) => reviewSpendCap(state, at) },
    from,
  );
}

const HELD_BY_CAP: ReadonlySet<string> = new Set(['pending', 'building', 'deploying', 'live']);

function pauseForCap(state: EmulatorState, at: number): void {
  spendCap(state).pausedAt = at;
  for (const service of appServices.in(state).values()) {
    if (service.billingType !== 'payg' || !HELD_BY_CAP.has(service.status)) continue;
    const building = unfinishedDeployments(state, service.id);
    // A service with nothing deployed and nothing on the way runs nothing: it is left alone.
    if (!service.running && building.length === 0) continue;
    for (const deployment of building) {
      cancelDeployment(state, deployment, at, 'stopped by the Apps spend cap');
    }
    stopRuns(state, service.id, at, 'Stopped by the Apps spend cap');
    state.lifecycle.cancelEvents(appsKey.service(service.id));
    service.status = 'paused';
    service.pausedByCap = true;
    service.statusMessage = 'Paused by the Apps spend cap';
    service.running = false;
    service.updatedAt = at;
    appendLog(state, service.id, {
      at,
      level: 'warn',
      message: 'Every instance stopped: the Apps spend cap was reached',
    });
    remeter(state, service, at, false);
  }
}

function liftCap(state: EmulatorState, at: number): void {
  spendCap(state).pausedAt = undefined;
  for (const service of appServices.in(state).values()) {
    if (!service.pausedByCap) continue;
    service.pausedByCap = false;
    appendLog(state, service.id, {
      at,
      level: 'info',
      message: 'The Apps spend cap no longer holds: starting again',
    });
    startResume(state, service, at);
  }
}

// ---------------------------------------------------------------------------------------------
// Deployments
// ---------------------------------------------------------------------------------------------

/**
 * What a new deployment is made from.
 *
 * @internal
 */
export interface DeploymentSpec {
  readonly channel: AppDeploymentRecord['channel'];
  readonly kind: AppDeploymentRecord['kind'];
  readonly imageRef?: string | undefined;
  readonly sourceBlobKey?: string | undefined;
  /** The deployment it starts from: a release reuses its image, a rebuild its source. */
  readonly from?: AppDeploymentRecord | undefined;
  /** Whether it is a rollback (`rollback_of` names `from`). */
  readonly rollback?: boolean | undefined;
}

/** Whether the image's registry host is under `.invalid`, which never resolves. */
function unpullable(imageRef: string | undefined): boolean {
  const host = imageRef?.split('/')[0] ?? '';
  return imageRef?.includes('/') === true && /\.invalid(:\d+)?$/i.test(host);
}

/**
 * The timing a deployment follows.
 *
 * @internal
 */
export function deploymentTiming(deployment: AppDeploymentRecord): Timing<AppDeploymentStatus> {
  const t = APPS_TIMINGS.appDeployment;
  if (deployment.kind === 'release') return t.release;
  if (deployment.kind === 'build') return t.build;
  return unpullable(deployment.imageRef) ? t.pullFailure : t.pull;
}

/**
 * The unfinished deployments of a service.
 *
 * @internal
 */
export function unfinishedDeployments(
  state: EmulatorState,
  serviceId: string,
): AppDeploymentRecord[] {
  return appDeployments.in(state).where((d) => d.serviceId === serviceId && !deploymentSettled(d));
}

function cancelDeployment(
  state: EmulatorState,
  deployment: AppDeploymentRecord,
  at: number,
  why: string,
): void {
  state.lifecycle.cancel(appsKey.deployment(deployment.id));
  deployment.status = 'canceled';
  deployment.error = why;
  deployment.finishedAt = at;
}

/**
 * Queues a deployment of `service` and walks it queued → (building →) deploying → live, or to
 * `failed`; an unfinished earlier deployment is canceled (the newest wins). The service follows:
 * `pending`/`building`/`deploying` until the first one is live, `building`/`deploying` during a
 * later one (its instances keep serving), `live` after, `error` when its first one fails.
 *
 * @internal
 */
export function startDeployment(
  state: EmulatorState,
  service: AppServiceRecord,
  spec: DeploymentSpec,
  at: number,
): AppDeploymentRecord {
  const number = service.deployments + 1;
  for (const other of unfinishedDeployments(state, service.id)) {
    cancelDeployment(state, other, at, `superseded by deployment #${number}`);
  }
  service.deployments = number;
  const id = appDeployments.in(state).nextId();
  const deployment = appDeployments.in(state).insert({
    id,
    serviceId: service.id,
    number,
    channel: spec.channel,
    kind: spec.kind,
    status: 'queued',
    rollbackOf: spec.rollback === true ? spec.from?.id : undefined,
    imageRef: spec.imageRef ?? spec.from?.imageRef,
    sourceBlobKey: spec.sourceBlobKey ?? spec.from?.sourceBlobKey,
    // A build of the branch head builds a new commit; a rebuild or a release keeps its source's.
    commit:
      spec.from?.commit ??
      (spec.kind === 'build' && spec.sourceBlobKey === undefined
        ? { sha: commitSha(id), message: commitMessage(number) }
        : undefined),
    imageDigest: spec.kind === 'release' ? spec.from?.imageDigest : undefined,
    error: undefined,
    startedAt: undefined,
    builtAt: undefined,
    finishedAt: undefined,
    createdAt: at,
  });
  walk(state.lifecycle, {
    key: appsKey.deployment(deployment.id),
    now: at,
    timing: deploymentTiming(deployment),
    set: (status, when) => applyDeploymentStatus(state, service, deployment, status, when),
  });
  return deployment;
}

function applyDeploymentStatus(
  state: EmulatorState,
  service: AppServiceRecord,
  deployment: AppDeploymentRecord,
  status: AppDeploymentStatus,
  at: number,
): void {
  deployment.status = status;
  const current = appDeployments.in(state).find(service.currentDeploymentId);
  switch (status) {
    case 'queued':
      setStatus(
        service,
        deployment.kind === 'release'
          ? 'deploying'
          : current === undefined
            ? 'pending'
            : 'building',
        at,
      );
      return;
    case 'building':
      deployment.startedAt = at;
      setStatus(service, 'building', at);
      return;
    case 'deploying':
      if (deployment.kind === 'release') deployment.startedAt = at;
      else {
        deployment.builtAt = at;
        deployment.imageDigest = imageDigest(deployment.id);
      }
      setStatus(service, 'deploying', at);
      return;
    case 'live':
      deployment.finishedAt = at;
      if (current !== undefined && current !== deployment) current.status = 'superseded';
      service.currentDeploymentId = deployment.id;
      if (service.sourceType === 'image' && deployment.imageRef !== undefined) {
        service.imageRef = deployment.imageRef;
      }
      service.statusMessage = '';
      setStatus(service, 'live', at);
      appendLog(state, service.id, {
        at,
        level: 'info',
        message: `Deployment #${deployment.number} is live`,
      });
      if (!service.running) {
        for (const line of startupLines(service, at)) appendLog(state, service.id, line);
      }
      service.running = true;
      remeter(state, service, at);
      return;
    case 'failed': {
      deployment.finishedAt = at;
      deployment.error = `failed to pull image ${deployment.imageRef ?? ''}: registry host does not resolve`;
      const why = `Deployment #${deployment.number} failed: ${deployment.error}`;
      if (current === undefined) {
        service.statusMessage = why;
        setStatus(service, 'error', at);
      } else {
        service.statusMessage = `${why}; still serving deployment #${current.number}`;
        setStatus(service, 'live', at);
      }
      appendLog(state, service.id, { at, level: 'error', message: why });
      return;
    }
    default:
      return;
  }
}

function setStatus(service: AppServiceRecord, status: AppServiceRecord['status'], at: number) {
  service.status = status;
  service.updatedAt = at;
}

// ---------------------------------------------------------------------------------------------
// Services
// ---------------------------------------------------------------------------------------------

/**
 * Stops every instance of a live service: `paused`, billed nothing, its cron schedule skipped.
 *
 * @internal
 */
export function pauseService(state: EmulatorState, service: AppServiceRecord, at: number): void {
  setStatus(service, 'paused', at);
  service.statusMessage = '';
  service.running = false;
  appendLog(state, service.id, { at, level: 'info', message: 'Every instance stopped (paused)' });
  remeter(state, service, at);
}

/**
 * Starts a paused service again: `deploying`, then `live` with its instances running; a service
 * that never had a deployment go live goes back to `pending` (there is nothing to run yet).
 *
 * @internal
 */
export function startResume(state: EmulatorState, service: AppServiceRecord, at: number): void {
  service.statusMessage = '';
  if (service.currentDeploymentId === undefined) {
    setStatus(service, 'pending', at);
    return;
  }
  walk(state.lifecycle, {
    key: appsKey.service(service.id),
    now: at,
    timing: APPS_TIMINGS.appService.resume,
    set: (status, when) => {
      setStatus(service, status, when);
      if (status !== 'live') return;
      for (const line of startupLines(service, when)) appendLog(state, service.id, line);
      service.running = true;
      remeter(state, service, when);
    },
  });
}

/**
 * Starts deleting a service: its instances stop, unfinished deployments and runs are canceled, its
 * schedule stops; `deleting` for a while, then it is gone (404), kept only for usage.
 *
 * @internal
 */
export function startServiceDelete(
  state: EmulatorState,
  service: AppServiceRecord,
  at: number,
): void {
  for (const deployment of unfinishedDeployments(state, service.id)) {
    cancelDeployment(state, deployment, at, 'the service is being deleted');
  }
  stopRuns(state, service.id, at, 'The service was deleted');
  state.lifecycle.cancel(appsKey.cron(service.id));
  service.running = false;
  service.pausedByCap = false;
  remeter(state, service, at);
  walk(state.lifecycle, {
    key: appsKey.service(service.id),
    now: at,
    timing: APPS_TIMINGS.appService.delete,
    set: (status, when) => setStatus(service, status, when),
    done: (when) => finishDelete(state, service, when),
  });
}

function finishDelete(state: EmulatorState, service: AppServiceRecord, at: number): void {
  appServices.in(state).discard(service.id);
  setStatus(service, 'deleted', at);
  deletedServices(state).push(Object.assign(service, { deletedAt: at }));
  for (const deployment of appDeployments.in(state).where((d) => d.serviceId === service.id)) {
    appDeployments.in(state).discard(deployment.id);
  }
  for (const domain of appDomains.in(state).where((d) => d.serviceId === service.id)) {
    removeDomain(state, domain);
  }
  appEnv(state).delete(service.id);
  appLogs(state).delete(service.id);
  const slots = uploadSlots(state);
  for (const [key, slot] of slots) if (slot.serviceId === service.id) slots.delete(key);
  // Its job runs stay: usage still counts what they ran.
}

// ---------------------------------------------------------------------------------------------
// Custom domains
// ---------------------------------------------------------------------------------------------

function domainMessage(domain: AppDomainRecord): string {
  switch (domain.status) {
    case 'pending_dns':
      return 'Waiting for the CNAME and TXT records to appear';
    case 'dns_verified':
      return 'DNS records verified';
    case 'issuing_cert':
      return 'Issuing the TLS certificate';
    case 'error':
      return `No CNAME record of ${domain.domain} pointing at ${domain.cnameTarget} was found; fix the DNS records, then retry`;
    default:
      return '';
  }
}

/**
 * Walks a domain through verification: from `pending_dns` (a new domain) or `verifying` (a
 * retry) to `active`, or to `error` for a domain under `.invalid`, which never resolves.
 *
 * @internal
 */
export function startDomainCheck(
  state: EmulatorState,
  domain: AppDomainRecord,
  at: number,
  retry: boolean,
): void {
  const fails = /\.invalid$/i.test(domain.domain);
  const t = APPS_TIMINGS.appDomain;
  walk(state.lifecycle, {
    key: appsKey.domain(domain.id),
    now: at,
    timing: retry ? (fails ? t.retryFailure : t.retry) : fails ? t.verifyFailure : t.verify,
    set: (status, when) => {
      // Leaving `verifying` is when Raff looked at the records.
      if (domain.status === 'verifying' && status !== 'verifying') domain.lastCheckedAt = when;
      domain.status = status;
      domain.statusMessage = domainMessage(domain);
    },
  });
}

/**
 * Removes a custom domain and its pending checks.
 *
 * @internal
 */
export function removeDomain(state: EmulatorState, domain: AppDomainRecord): void {
  appDomains.in(state).discard(domain.id);
  state.lifecycle.cancel(appsKey.domain(domain.id));
}

// ---------------------------------------------------------------------------------------------
// Job runs and cron schedules
// ---------------------------------------------------------------------------------------------

/** The exit code a run of this start command ends with: `exit N` ends with N, anything else 0. */
function exitCodeOf(startCommand: string): number {
  const match = /(?:^|[;&|]\s*)exit\s+(\d{1,3})\s*$/.exec(startCommand.trim());
  return match === null ? 0 : Number(match[1]) % 256;
}

/**
 * Starts a run of a `cron` or `job` service from its current deployment: `running` for a while,
 * then `succeeded` (exit code 0) or `failed`. It is billed as one instance of the service's tier.
 *
 * @internal
 */
export function startJobRun(
  state: EmulatorState,
  service: AppServiceRecord,
  trigger: AppJobRunRecord['trigger'],
  at: number,
): AppJobRunRecord {
  const exitCode = exitCodeOf(service.startCommand);
  const store = appJobRuns.in(state);
  const run = store.insert({
    id: store.nextId(),
    serviceId: service.id,
    deploymentId: service.currentDeploymentId,
    trigger,
    status: 'running',
    exitCode: undefined,
    error: undefined,
    scheduledFor: trigger === 'schedule' ? at : undefined,
    startedAt: at,
    finishedAt: undefined,
    perHour: pricePerHour(service.tierId),
    createdAt: at,
  });
  appendLog(state, service.id, {
    at,
    level: 'info',
    message: `Run ${run.id} started (${trigger})`,
  });
  const t = APPS_TIMINGS.appJobRun;
  walk(state.lifecycle, {
    key: appsKey.run(run.id),
    now: at,
    timing: exitCode === 0 ? t.success : t.failure,
    set: (status, when) => {
      if (status === 'running') return;
      run.status = status;
      run.exitCode = exitCode;
      run.finishedAt = when;
      if (status === 'failed') run.error = `The process exited with code ${exitCode}`;
      appendLog(state, service.id, {
        at: when,
        level: status === 'failed' ? 'error' : 'info',
        message: `Run ${run.id} ${status} (exit code ${exitCode})`,
      });
      reviewSpendCap(state, when);
    },
  });
  reviewSpendCap(state, at);
  return run;
}

/**
 * Ends a running run as `canceled`.
 *
 * @internal
 */
export function cancelRun(
  state: EmulatorState,
  run: AppJobRunRecord,
  at: number,
  why: string,
): void {
  state.lifecycle.cancel(appsKey.run(run.id));
  run.status = 'canceled';
  run.finishedAt = at;
  run.error = why;
  appendLog(state, run.serviceId, { at, level: 'warn', message: `Run ${run.id} canceled: ${why}` });
}

function stopRuns(state: EmulatorState, serviceId: string, at: number, why: string): void {
  for (const run of appJobRuns
    .in(state)
    .where((r) => r.serviceId === serviceId && r.status === 'running')) {
    cancelRun(state, run, at, why);
  }
}

/**
 * Registers a `cron` service's schedule from `from` on: at each time it names, a run starts if the
 * service's instances run (live, or live during a redeploy).
 *
 * @internal
 */
export function registerCron(state: EmulatorState, service: AppServiceRecord, from: number): void {
  const schedule = parseCron(service.cronSchedule ?? '');
  if ('error' in schedule) return;
  const zone = service.cronTimezone ?? 'UTC';
  state.lifecycle.every(
    {
      key: appsKey.cron(service.id),
      next: (after) => nextCronRun(schedule, zone, after),
      run: (at) => {
        // A paused (or cap-paused, or deleted) service skips its runs.
        if (!service.running || service.currentDeploymentId === undefined) return;
        startJobRun(state, service, 'schedule', at);
      },
    },
    from,
  );
}
