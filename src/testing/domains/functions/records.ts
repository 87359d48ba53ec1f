// Records of the Functions domain: functions, their deployments and revisions, environment
// variables, triggers and their runs, bindings, source uploads, and the account's spend cap and
// usage. Timestamps are epoch milliseconds of the emulated clock.
import type { components } from '../../../../generated/openapi.js';
import { defineCollection, uuids } from '../../server/collection.js';
import { defineStore } from '../../server/store.js';

type Schemas = components['schemas'];

/**
 * A function's status (the `Function.status` enum).
 *
 * @internal
 */
export type FunctionStatus = Schemas['Function']['status'];

/**
 * A function's runtime.
 *
 * @internal
 */
export type FunctionRuntime = Schemas['Function']['runtime'];

/**
 * One source file, as sent inline or kept with a revision.
 *
 * @internal
 */
export interface SourceFile {
  readonly name: string;
  readonly content: string;
}

/**
 * A serverless function.
 *
 * @internal
 */
export interface FunctionRecord {
  readonly id: string;
  /** The short id, `fn-` and eight characters. */
  readonly shortId: string;
  readonly projectId: string;
  readonly name: string;
  readonly slug: string;
  description: string | undefined;
  readonly runtime: FunctionRuntime;
  memoryMb: number;
  timeoutSeconds: number;
  extendedTimeout: boolean;
  minScale: number;
  maxScale: number;
  readonly sourceType: 'console' | 'cli' | 'github';
  status: FunctionStatus;
  statusMessage: string | undefined;
  /** The revision serving now (its id); `undefined` before the first successful deployment. */
  currentRevisionId: string | undefined;
  /** Paused by the monthly spend cap (rather than by pauseFunction): the cap resumes it. */
  pausedByCap: boolean;
  /**
   * When the function served: `[from, to]` spans, `to` undefined while it still does. Traffic,
   * logs, metrics and usage are derived from them.
   */
  readonly liveSpans: [number, number | undefined][];
  /** Requests a minute it serves while live, on average (synthetic traffic). */
  readonly requestsPerMinute: number;
  readonly createdAt: number;
  updatedAt: number;
}

/**
 * The functions of an account.
 *
 * @internal
 */
export const functions = defineCollection<FunctionRecord>({
  noun: 'Function',
  ids: uuids,
  holding: 'functions',
});

/**
 * A deployment's build status.
 *
 * @internal
 */
export type DeploymentStatus = Schemas['FunctionDeployment']['status'];

/**
 * One line of a build log, written at `at` (shown once the clock has passed it).
 *
 * @internal
 */
export interface BuildLine {
  readonly at: number;
  readonly step: string;
  readonly message: string;
}

/**
 * One build and rollout of a function.
 *
 * @internal
 */
export interface DeploymentRecord {
  readonly id: string;
  readonly functionId: string;
  readonly channel: 'console' | 'cli' | 'github';
  status: DeploymentStatus;
  readonly message: string | undefined;
  readonly commitSha: string | undefined;
  /** The source it builds: files (inline or a template's), or an upload known only by its key. */
  readonly files: readonly SourceFile[] | undefined;
  readonly blobKey: string | undefined;
  /** Why the build will fail, decided when it is created; `undefined` for a good build. */
  readonly buildError: string | undefined;
  error: string | undefined;
  revisionId: string | undefined;
  startedAt: number | undefined;
  finishedAt: number | undefined;
  buildDurationMs: number | undefined;
  /** The build log, written ahead with future timestamps; views show what the clock has passed. */
  lines: BuildLine[];
  readonly createdAt: number;
}

/**
 * The deployments of an account.
 *
 * @internal
 */
export const deployments = defineCollection<DeploymentRecord>({ noun: 'Deployment', ids: uuids });

/**
 * An immutable, deployed version of a function.
 *
 * @internal
 */
export interface RevisionRecord {
  readonly id: string;
  readonly functionId: string;
  readonly number: number;
  readonly message: string | undefined;
  readonly commitSha: string | undefined;
  readonly files: readonly SourceFile[] | undefined;
  readonly blobKey: string | undefined;
  status: 'active' | 'superseded' | 'failed';
  readonly createdAt: number;
}

/**
 * The revisions of an account.
 *
 * @internal
 */
export const revisions = defineCollection<RevisionRecord>({ noun: 'Revision', ids: uuids });

/**
 * An environment variable of a function.
 *
 * @internal
 */
export interface EnvVarRecord {
  value: string;
  isSecret: boolean;
  /** Set by a binding (read-only): the binding's id. */
  readonly bindingId: string | undefined;
  updatedAt: number;
}

/**
 * Each function's environment variables: function id → name → variable (insertion order).
 *
 * @internal
 */
export const envVars = defineStore(() => new Map<string, Map<string, EnvVarRecord>>());

/**
 * A trigger of a function.
 *
 * @internal
 */
export interface TriggerRecord {
  readonly id: string;
  readonly functionId: string;
  readonly type: 'cron' | 'once' | 's3';
  enabled: boolean;
  cronExpression: string | undefined;
  timezone: string | undefined;
  runAt: number | undefined;
  payloadJson: string | undefined;
  readonly bucketId: string | undefined;
  readonly s3Events: readonly string[] | undefined;
  readonly keyPrefix: string | undefined;
  readonly keySuffix: string | undefined;
  lastRunAt: number | undefined;
  lastStatus: 'ok' | 'failed' | '';
  readonly createdAt: number;
}

/**
 * The triggers of an account.
 *
 * @internal
 */
export const triggers = defineCollection<TriggerRecord>({ noun: 'Trigger', ids: uuids });

/**
 * One delivery of a trigger: `dispatching` until `finishedAt`, then its outcome.
 *
 * @internal
 */
export interface TriggerRunRecord {
  readonly id: string;
  readonly functionId: string;
  readonly triggerId: string;
  readonly scheduledFor: number;
  readonly finishedAt: number;
  readonly outcome: 'ok' | 'failed';
  readonly attempts: number;
  readonly responseStatus: number;
  readonly durationMs: number;
  readonly error: string | undefined;
  readonly createdAt: number;
}

/**
 * The trigger runs of an account.
 *
 * @internal
 */
export const triggerRuns = defineCollection<TriggerRunRecord>({ noun: 'Trigger run', ids: uuids });

/**
 * A database or bucket bound to a function.
 *
 * @internal
 */
export interface BindingRecord {
  readonly id: string;
  readonly functionId: string;
  readonly type: 'database' | 'bucket';
  readonly resourceId: string;
  readonly resourceName: string;
  readonly envPrefix: string;
  status: Schemas['FunctionBinding']['status'];
  /** How many credentials it has had: each rotation makes a new one. */
  generation: number;
  readonly createdAt: number;
}

/**
 * The bindings of an account.
 *
 * @internal
 */
export const bindings = defineCollection<BindingRecord>({ noun: 'Binding', ids: uuids });

/**
 * A source upload slot handed out by requestFunctionSourceUpload.
 *
 * @internal
 */
export interface UploadRecord {
  readonly functionId: string;
  readonly expiresAt: number;
}

/**
 * The upload slots handed out: source blob key → slot.
 *
 * @internal
 */
export const uploads = defineStore(() => new Map<string, UploadRecord>());

/**
 * The account's Functions spend cap and what this month has used so far beyond the functions'
 * own traffic (`carried`: usage seeded for the part of the month before the emulator started).
 *
 * @internal
 */
export const functionsAccount = defineStore(() => ({
  capEnabled: true,
  capUsd: 50,
  /** The start of the billing month the figures belong to. */
  periodStart: 0,
  carried: { gbSeconds: 0, warmGbSeconds: 0, cpuSeconds: 0, requests: 0 },
  /** AI rewrites (convertLambda `rewrite`) this month. */
  aiConversions: 0,
}));
