import type { EmulatorState } from '../../server/account.js';
import { nextCronRun, parseCron } from '../../server/cron.js';
import type { SeededProjects } from '../projects/seed.js';
import { registerCron, registerMonthlyReview } from './lifecycle.js';
import { appendLog, commitMessage, commitSha, imageDigest, startupLines } from './logs.js';
import {
  type AppDeploymentRecord,
  type AppServiceRecord,
  appDeployments,
  appDomains,
  appJobRuns,
  appServices,
  envOf,
  newShortId,
  randomLabel,
} from './records.js';
import type { ServiceSettings } from './service-rules.js';
import { pricePerHour } from './usage.js';
import { serviceHost } from './views.js';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

function service(
  state: EmulatorState,
  projectId: string,
  settings: ServiceSettings,
  createdAt: number,
): AppServiceRecord {
  return appServices.in(state).create(createdAt, (stamp) => ({
    ...stamp,
    ...settings,
    shortId: newShortId(state),
    projectId,
    slug: `${settings.name}-${randomLabel(4)}`,
    status: 'live',
    statusMessage: '',
    pausedByCap: false,
    billingType: 'payg',
    running: true,
    currentDeploymentId: undefined,
    deployments: 0,
    meter: [],
  }));
}

/** A finished deployment: built (or pulled) from `createdAt`, live after `takes` ms. */
function deployment(
  state: EmulatorState,
  of: AppServiceRecord,
  spec: Pick<AppDeploymentRecord, 'channel' | 'kind' | 'status' | 'imageRef'> & {
    readonly createdAt: number;
    readonly buildMs: number;
    readonly error?: string;
  },
): AppDeploymentRecord {
  of.deployments += 1;
  const id = appDeployments.in(state).nextId();
  const started = spec.createdAt + 5_000;
  const built = started + spec.buildMs;
  const failed = spec.status === 'failed';
  return appDeployments.in(state).insert({
    id,
    serviceId: of.id,
    number: of.deployments,
    channel: spec.channel,
    kind: spec.kind,
    status: spec.status,
    rollbackOf: undefined,
    imageRef: spec.imageRef,
    sourceBlobKey: undefined,
    commit:
      spec.kind === 'build'
        ? { sha: commitSha(id), message: commitMessage(of.deployments) }
        : undefined,
    imageDigest: failed ? undefined : imageDigest(id),
    error: spec.error,
    startedAt: started,
    builtAt: failed ? undefined : built,
    finishedAt: failed ? built : built + 20_000,
    createdAt: spec.createdAt,
  });
}

/**
 * Seeds the Apps domain, all settled: in Default, `storefront`, a live web service built from
 * GitHub (two instances, three deployments, one of which failed; a secret and two plain
 * variables; an active custom domain); in customer1, `nightly-report`, a cron service running an
 * image at 02:30 Berlin time, with its last three runs. The spend cap is Raff's default (on at
 * 50 USD, notify only), and the monthly review is started.
 *
 * @internal
 */
export function seedApps(state: EmulatorState, projects: SeededProjects, now: number): void {
  registerMonthlyReview(state, now);

  const created = now - 20 * DAY;
  const storefront = service(
    state,
    projects.defaultProjectId,
    {
      name: 'storefront',
      description: 'Customer-facing shop front end',
      serviceType: 'web',
      sourceType: 'git',
      builder: 'dockerfile',
      repo: {
        fullName: 'northwind/storefront',
        branch: 'main',
        rootDir: '/',
        dockerfilePath: 'Dockerfile',
      },
      imageRef: undefined,
      startCommand: '',
      tierId: 2,
      replicas: 2,
      autoscalingEnabled: false,
      minReplicas: 1,
      maxReplicas: 2,
      autoscalingMetric: 'concurrency',
      autoscalingTarget: 80,
      scaleToZero: false,
      httpPort: 8080,
      healthCheckPath: '/healthz',
      cronSchedule: undefined,
      cronTimezone: undefined,
      region: 'us-east',
    },
    created,
  );
  const first = deployment(state, storefront, {
    channel: 'git_push',
    kind: 'build',
    status: 'superseded',
    imageRef: undefined,
    createdAt: created,
    buildMs: 60_000,
  });
  deployment(state, storefront, {
    channel: 'cli',
    kind: 'build',
    status: 'failed',
    imageRef: undefined,
    createdAt: now - 5 * DAY,
    buildMs: 22_000,
    error: 'Build step `npm ci` exited with code 1',
  });
  const live = deployment(state, storefront, {
    channel: 'git_push',
    kind: 'build',
    status: 'live',
    imageRef: undefined,
    createdAt: now - 2 * DAY,
    buildMs: 84_000,
  });
  storefront.currentDeploymentId = live.id;
  storefront.updatedAt = live.finishedAt ?? now;
  const liveSince = first.finishedAt ?? created;
  storefront.meter.push({ from: liveSince, to: undefined, instances: 2, perHour: pricePerHour(2) });
  for (const line of startupLines(storefront, liveSince)) appendLog(state, storefront.id, line);
  appendLog(state, storefront.id, {
    at: now - 3 * HOUR,
    level: 'error',
    message: 'upstream timeout after 30s: GET /api/cart',
    component: 'app',
  });

  const vars = envOf(state, storefront.id);
  vars.set('DATABASE_URL', {
    value: `postgres://shop:${randomLabel(24)}@db.internal:5432/shop`,
    isSecret: true,
    scope: 'runtime',
  });
  vars.set('LOG_LEVEL', { value: 'info', isSecret: false, scope: 'runtime' });
  vars.set('VITE_API_BASE', {
    value: 'https://api.storefront.example',
    isSecret: false,
    scope: 'build',
  });

  const domains = appDomains.in(state);
  domains.insert({
    id: domains.nextId(),
    serviceId: storefront.id,
    domain: 'www.storefront.example',
    status: 'active',
    statusMessage: '',
    cnameTarget: serviceHost(storefront),
    txtValue: `rv=${randomLabel(16)}`,
    lastCheckedAt: now - HOUR,
    createdAt: created + DAY,
  });

  const cronCreated = now - 12 * DAY;
  const report = service(
    state,
    projects.customer1ProjectId,
    {
      name: 'nightly-report',
      description: undefined,
      serviceType: 'cron',
      sourceType: 'image',
      builder: 'image',
      repo: undefined,
      imageRef: 'ghcr.io/northwind/report-runner:1.4.2',
      startCommand: 'node dist/report.js',
      tierId: 1,
      replicas: 1,
      autoscalingEnabled: false,
      minReplicas: 1,
      maxReplicas: 1,
      autoscalingMetric: 'concurrency',
      autoscalingTarget: 80,
      scaleToZero: false,
      httpPort: undefined,
      healthCheckPath: undefined,
      cronSchedule: '30 2 * * *',
      cronTimezone: 'Europe/Berlin',
      region: 'us-east',
    },
    cronCreated,
  );
  const pulled = deployment(state, report, {
    channel: 'cli',
    kind: 'pull',
    status: 'live',
    imageRef: report.imageRef,
    createdAt: cronCreated,
    buildMs: 15_000,
  });
  report.currentDeploymentId = pulled.id;
  report.updatedAt = pulled.finishedAt ?? cronCreated;
  // Its last three scheduled runs, each a little under two minutes.
  const schedule = parseCron('30 2 * * *');
  if ('error' in schedule) throw new Error(`seed: ${schedule.error}`);
  const runTimes: number[] = [];
  let at = nextCronRun(schedule, 'Europe/Berlin', now - 4 * DAY);
  while (at !== undefined && at < now) {
    runTimes.push(at);
    at = nextCronRun(schedule, 'Europe/Berlin', at);
  }
  const runs = appJobRuns.in(state);
  for (const time of runTimes.slice(-3)) {
    runs.insert({
      id: runs.nextId(),
      serviceId: report.id,
      deploymentId: pulled.id,
      trigger: 'schedule',
      status: 'succeeded',
      exitCode: 0,
      error: undefined,
      scheduledFor: time,
      startedAt: time + 3_000,
      finishedAt: time + 3_000 + MINUTE + 44_000,
      perHour: pricePerHour(report.tierId),
      createdAt: time,
    });
  }
  registerCron(state, report, now);
}
