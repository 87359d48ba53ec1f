import { randomUUID } from 'node:crypto';
import type { EmulatorState } from '../../server/account.js';
import type { SeededProjects } from '../projects/seed.js';
import { newCredential } from './credentials.js';
import { setStatus } from './lifecycle.js';
import { newShortId, newSlug } from './lookup.js';
import {
  bindings,
  type DeploymentRecord,
  deployments,
  type EnvVarRecord,
  envVars,
  type FunctionRecord,
  functions,
  functionsAccount,
  revisions,
  type SourceFile,
  triggers,
} from './records.js';
import { scheduleTrigger } from './trigger-runs.js';
import { enforceCap, monthStart, rollOver } from './usage.js';

const DAY = 86_400_000;
const MINUTE = 60_000;

const THUMBNAILER: readonly SourceFile[] = [
  {
    name: 'main.py',
    content:
      'from PIL import Image\n\n\nasync def app(scope, receive, send):\n    # Makes a 256 px thumbnail of the uploaded image.\n    ...\n',
  },
  { name: 'requirements.txt', content: 'pillow==11.0.0\n' },
];
const REPORTS: readonly SourceFile[] = [
  { name: 'main.go', content: 'package main\n\n// Renders the monthly PDF report.\n' },
  { name: 'go.mod', content: 'module example.com/reports\n\ngo 1.23\n' },
];

/** A finished deployment (and the revision it made), `at` being when it was requested. */
function deployed(
  state: EmulatorState,
  fn: FunctionRecord,
  at: number,
  number: number,
  files: readonly SourceFile[],
  message: string,
): string {
  const started = at + 5_000;
  const finished = started + 55_000;
  const revision = revisions.in(state).create(finished, (stamp) => ({
    ...stamp,
    functionId: fn.id,
    number,
    message,
    commitSha: undefined,
    files,
    blobKey: undefined,
    status: 'superseded',
  }));
  const deployment: DeploymentRecord = {
    id: randomUUID(),
    functionId: fn.id,
    channel: 'cli',
    status: 'ready',
    message,
    commitSha: undefined,
    files,
    blobKey: undefined,
    buildError: undefined,
    error: undefined,
    revisionId: revision.id,
    startedAt: started,
    finishedAt: finished,
    buildDurationMs: 40_000,
    lines: [
      { at, step: 'queue', message: 'Deployment queued' },
      { at: started + 1_000, step: 'detect', message: 'Detected from the source root' },
      { at: started + 38_000, step: 'build', message: `Built image ${fn.shortId}:rev-${number}` },
      { at: finished, step: 'deploy', message: 'Revision is serving traffic' },
    ],
    createdAt: at,
  };
  deployments.in(state).insert(deployment);
  return revision.id;
}

function newFunction(
  state: EmulatorState,
  spec: Pick<
    FunctionRecord,
    'projectId' | 'name' | 'description' | 'runtime' | 'memoryMb' | 'requestsPerMinute'
  >,
  createdAt: number,
): FunctionRecord {
  return functions.in(state).create(createdAt, (stamp) => ({
    ...stamp,
    ...spec,
    shortId: newShortId(state),
    slug: newSlug(spec.name),
    timeoutSeconds: 60,
    extendedTimeout: false,
    minScale: 0,
    maxScale: 10,
    sourceType: 'cli',
    status: 'pending',
    statusMessage: undefined,
    currentRevisionId: undefined,
    pausedByCap: false,
    liveSpans: [],
  }));
}

/**
 * Seeds Functions for a topped-up account (none for one that never was, whose Functions are
 * locked): in Default `thumbnailer` (Python, live on revision 3 with traffic, two variables one of
 * them secret, a bucket binding and a nightly cron trigger that has run every night) and
 * `invoice-webhook` (Node, `pending`: never deployed); in customer1 `report-builder` (Go, paused).
 * Also the month's usage so far and the spend cap's watch on it.
 *
 * @internal
 */
export function seedFunctions(state: EmulatorState, projects: SeededProjects, now: number): void {
  state.lifecycle.onSettle((at) => enforceCap(state, at));
  rollOver(state, now);
  if (!state.toppedUp) return;
  // What the account used this month before the emulator started, spread over the month so far.
  const start = monthStart(now);
  const share = (now - start) / (30 * DAY);
  functionsAccount(state).carried = {
    gbSeconds: Math.round(520_000 * share),
    warmGbSeconds: 0,
    cpuSeconds: Math.round(90_000 * share),
    requests: Math.round(1_500_000 * share),
  };
  functionsAccount(state).aiConversions = 2;

  const created = now - 20 * DAY;
  const thumbs = newFunction(
    state,
    {
      projectId: projects.defaultProjectId,
      name: 'thumbnailer',
      description: 'Makes 256 px thumbnails of uploaded images',
      runtime: 'python',
      memoryMb: 512,
      requestsPerMinute: 6,
    },
    created,
  );
  deployed(state, thumbs, created + 10 * MINUTE, 1, THUMBNAILER, 'First version');
  deployed(state, thumbs, created + 2 * DAY, 2, THUMBNAILER, 'Keep EXIF orientation');
  const current = deployed(state, thumbs, created + 9 * DAY, 3, THUMBNAILER, 'Resize with Lanczos');
  const live = revisions.in(state).get(current);
  live.status = 'active';
  thumbs.currentRevisionId = current;
  setStatus(thumbs, 'live', created + 11 * MINUTE);
  const vars = new Map<string, EnvVarRecord>([
    [
      'IMAGE_BUCKET',
      { value: 'media-prod', isSecret: false, bindingId: undefined, updatedAt: created },
    ],
    [
      'SENTRY_DSN',
      {
        value: 'https://7d3f0c2a91b84e6f@errors.example.net/17',
        isSecret: true,
        bindingId: undefined,
        updatedAt: created,
      },
    ],
  ]);
  envVars(state).set(thumbs.id, vars);
  const binding = bindings.in(state).insert({
    id: randomUUID(),
    functionId: thumbs.id,
    type: 'bucket',
    resourceId: '1e8b5d2f-4a7c-4c09-9d36-e0f2a5b8c3d1',
    resourceName: 'media-prod',
    envPrefix: 'STORAGE',
    status: 'active',
    generation: 1,
    createdAt: created + DAY,
  });
  for (const variable of newCredential(binding, thumbs)) {
    vars.set(`STORAGE_${variable.suffix}`, {
      value: variable.value,
      isSecret: variable.secret,
      bindingId: binding.id,
      updatedAt: created + DAY,
    });
  }
  const nightly = triggers.in(state).create(created + DAY, (stamp) => ({
    id: stamp.id,
    createdAt: stamp.createdAt,
    functionId: thumbs.id,
    type: 'cron',
    enabled: true,
    cronExpression: '0 3 * * *',
    timezone: 'Europe/Berlin',
    runAt: undefined,
    payloadJson: '{"job":"nightly-cleanup"}',
    bucketId: undefined,
    s3Events: undefined,
    keyPrefix: undefined,
    keySuffix: undefined,
    lastRunAt: undefined,
    lastStatus: '',
  }));
  // Its runs so far happen at the first request, on the clock.
  scheduleTrigger(state, nightly, nightly.createdAt);

  newFunction(
    state,
    {
      projectId: projects.defaultProjectId,
      name: 'invoice-webhook',
      description: 'Receives payment webhooks',
      runtime: 'node',
      memoryMb: 256,
      requestsPerMinute: 2,
    },
    now - 2 * DAY,
  );

  const reports = newFunction(
    state,
    {
      projectId: projects.customer1ProjectId,
      name: 'report-builder',
      description: 'Renders the monthly PDF report',
      runtime: 'go',
      memoryMb: 1024,
      requestsPerMinute: 1,
    },
    now - 15 * DAY,
  );
  reports.currentRevisionId = deployed(
    state,
    reports,
    reports.createdAt + MINUTE,
    1,
    REPORTS,
    'First version',
  );
  const reportRevision = revisions.in(state).get(reports.currentRevisionId);
  reportRevision.status = 'active';
  setStatus(reports, 'live', reports.createdAt + 2 * MINUTE);
  setStatus(reports, 'paused', now - 3 * DAY, 'Paused by pauseFunction');
}
