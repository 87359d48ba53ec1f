// What a service says about itself: the runtime log lines its instances (and Raff, about them)
// write as things happen, the build output of a deployment (made from its timeline, so it grows as
// the build runs) and its metrics (made from its meter).
import { createHash } from 'node:crypto';
import type { components } from '../../../../generated/openapi.js';
import type { EmulatorState } from '../../server/account.js';
import { iso } from '../../server/iso-time.js';
import {
  type AppDeploymentRecord,
  type AppLogRecord,
  type AppServiceRecord,
  appLogs,
} from './records.js';
import { findTier } from './tiers.js';

type Schemas = components['schemas'];

/** The most runtime lines the emulator keeps per service; older ones are dropped. */
const KEPT_LINES = 1_000;

/**
 * Appends a runtime log line of a service.
 *
 * @internal
 */
export function appendLog(
  state: EmulatorState,
  serviceId: string,
  line: Omit<AppLogRecord, 'stream' | 'component'> & Partial<AppLogRecord>,
): void {
  const all = appLogs(state);
  const lines = all.get(serviceId) ?? [];
  lines.push({
    component: 'platform',
    stream: line.level === 'info' ? 'stdout' : 'stderr',
    ...line,
  });
  if (lines.length > KEPT_LINES) lines.splice(0, lines.length - KEPT_LINES);
  all.set(serviceId, lines);
}

/**
 * The lines a service's instances write when they start: what the app itself prints.
 *
 * @internal
 */
export function startupLines(service: AppServiceRecord, at: number): AppLogRecord[] {
  const app = (message: string): AppLogRecord => ({
    at,
    level: 'info',
    message,
    stream: 'stdout',
    component: 'app',
  });
  switch (service.serviceType) {
    case 'web':
    case 'private':
      return [app(`Listening on 0.0.0.0:${service.httpPort ?? 8080}`)];
    case 'worker':
      return [app('Worker started; waiting for work')];
    default:
      return [];
  }
}

/**
 * A sha256 digest that stands for the image a deployment built or pulled.
 *
 * @internal
 */
export function imageDigest(deploymentId: string): string {
  return `sha256:${createHash('sha256').update(`image:${deploymentId}`).digest('hex')}`;
}

/**
 * A commit id that stands for the head of a service's branch when a deployment started.
 *
 * @internal
 */
export function commitSha(deploymentId: string): string {
  return createHash('sha1').update(`commit:${deploymentId}`).digest('hex');
}

const COMMIT_MESSAGES = [
  'Initial commit',
  'Cache product images for an hour',
  'Add health check endpoint',
  'Bump dependencies',
  'Fix cart total rounding',
];

/**
 * The message of that commit.
 *
 * @internal
 */
export function commitMessage(number: number): string {
  return COMMIT_MESSAGES[(number - 1) % COMMIT_MESSAGES.length] ?? 'Update';
}

const BUILD_STEPS = [
  'Step 1/6 : FROM node:22-alpine',
  'Step 2/6 : WORKDIR /app',
  'Step 3/6 : COPY package*.json ./',
  'Step 4/6 : RUN npm ci',
  'Step 5/6 : COPY . .',
  'Step 6/6 : RUN npm run build',
];

type BuildLine = Schemas['AppBuildLogLine'] & { readonly at: number };

/**
 * The build output of a deployment up to `now`, oldest first, made from its timeline.
 * `buildMs` is how long its build phase lasts.
 *
 * @internal
 */
export function buildLines(
  deployment: AppDeploymentRecord,
  service: Pick<AppServiceRecord, 'repo' | 'tierId' | 'replicas' | 'healthCheckPath'>,
  buildMs: number,
  now: number,
): Schemas['AppBuildLogLine'][] {
  const lines: BuildLine[] = [];
  const add = (at: number | undefined, message: string, component = 'build', stream = 'stdout') => {
    if (at !== undefined) lines.push({ at, timestamp: iso(at), message, component, stream });
  };
  add(deployment.createdAt, `Deployment #${deployment.number} queued (${deployment.channel})`);
  const started = deployment.startedAt;
  if (deployment.kind === 'build' && started !== undefined) {
    const from =
      deployment.sourceBlobKey !== undefined
        ? `Fetching uploaded source ${deployment.sourceBlobKey}`
        : service.repo === undefined
          ? 'Copying the starter template'
          : `Cloning ${service.repo.fullName}@${service.repo.branch} (${deployment.commit?.sha.slice(0, 7) ?? 'HEAD'})`;
    add(started, from);
    const step = buildMs / BUILD_STEPS.length;
    BUILD_STEPS.forEach((message, i) => {
      const at = started + Math.round(step * i);
      if (at <= now && (deployment.finishedAt === undefined || at <= deployment.finishedAt)) {
        add(at, message);
      }
    });
  } else if (deployment.kind === 'pull' && started !== undefined) {
    add(started, `Pulling image ${deployment.imageRef ?? ''}`.trim());
  } else if (deployment.kind === 'release' && started !== undefined) {
    add(started, 'Reusing the image of an earlier deployment; nothing to build', 'release');
  }
  if (deployment.builtAt !== undefined && deployment.imageDigest !== undefined) {
    add(deployment.builtAt, `Image ready: ${deployment.imageDigest}`);
  }
  const deploying = deployment.kind === 'release' ? deployment.startedAt : deployment.builtAt;
  const tier = findTier(service.tierId)?.name ?? `tier ${service.tierId}`;
  add(deploying, `Starting ${service.replicas} instance(s) at ${tier}`, 'release');
  if (deployment.status === 'live' || deployment.status === 'superseded') {
    if (service.healthCheckPath !== undefined) {
      add(deployment.finishedAt, `Health check passed on ${service.healthCheckPath}`, 'release');
    }
    add(deployment.finishedAt, `Deployment #${deployment.number} is live`, 'release');
  } else if (deployment.status === 'failed') {
    add(
      deployment.finishedAt,
      `Error: ${deployment.error ?? 'the build failed'}`,
      'build',
      'stderr',
    );
  } else if (deployment.status === 'canceled') {
    add(deployment.finishedAt, `Canceled: ${deployment.error ?? 'stopped'}`, 'release');
  }
  return lines
    .filter((line) => line.at <= now)
    .sort((a, b) => a.at - b.at)
    .map(({ at: _at, ...line }) => line);
}

/**
 * Whether a deployment's build output is complete: it reached a final status.
 *
 * @internal
 */
export function buildComplete(deployment: AppDeploymentRecord): boolean {
  return (
    deployment.status !== 'queued' &&
    deployment.status !== 'building' &&
    deployment.status !== 'deploying'
  );
}

/**
 * Parses a metrics window such as `30m`, `1h` or `7d` into milliseconds; `undefined` when it is
 * not one (or longer than 30 days).
 *
 * @internal
 */
export function windowMs(window: string): number | undefined {
  const match = /^(\d+)([mhd])$/.exec(window);
  if (match === null) return undefined;
  const unit = { m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] as 'm' | 'h' | 'd'];
  const ms = Number(match[1]) * unit;
  return ms > 0 && ms <= 30 * 86_400_000 ? ms : undefined;
}

/** How many points each metrics series has. */
const POINTS = 12;

/**
 * A service's metrics over [now - window, now]: instances (from its meter), CPU and memory per
 * instance (steady, small values while it runs; 0 while it does not) and, for web services,
 * requests per second.
 *
 * @internal
 */
export function metricSeries(
  service: AppServiceRecord,
  window: number,
  now: number,
): Schemas['AppMetricSeries'][] {
  const step = window / POINTS;
  const times = Array.from({ length: POINTS }, (_, i) => Math.round(now - window + step * (i + 1)));
  const instancesAt = (at: number) =>
    service.meter.find((s) => s.from <= at && (s.to === undefined || at < s.to))?.instances ?? 0;
  const memory = findTier(service.tierId)?.memory_mib ?? 512;
  const series = (name: string, value: (at: number, i: number) => number) => ({
    name,
    values: times.map((at, i) => Math.round(value(at, i) * 1000) / 1000),
    timestamps: times.map(iso),
  });
  const wave = (i: number) => 0.5 + 0.5 * Math.sin(i * 1.3);
  const out = [
    series('instances', instancesAt),
    series('cpu_usage', (at, i) => (instancesAt(at) > 0 ? 0.08 + 0.1 * wave(i) : 0)),
    series('memory_usage_mib', (at, i) =>
      instancesAt(at) > 0 ? Math.round(memory * (0.3 + 0.1 * wave(i))) : 0,
    ),
  ];
  if (service.serviceType === 'web') {
    out.push(series('requests_per_second', (at, i) => (instancesAt(at) > 0 ? 2 + 3 * wave(i) : 0)));
  }
  return out;
}
