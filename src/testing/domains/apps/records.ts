// Records of the Apps domain: services, their deployments, custom domains, job runs, environment
// variables, upload slots, runtime log lines and the account's spend cap. Timestamps are epoch
// milliseconds of the emulated clock.
import { randomBytes } from 'node:crypto';
import type { components } from '../../../../generated/openapi.js';
import type { EmulatorState } from '../../server/account.js';
import { defineCollection, uuids } from '../../server/collection.js';
import { defineStore } from '../../server/store.js';

type Schemas = components['schemas'];

/** @internal */
export type AppServiceStatus = Schemas['AppService']['status'];
/** @internal */
export type AppServiceType = Schemas['AppService']['service_type'];
/** @internal */
export type AppDeploymentStatus = Schemas['AppDeployment']['status'];
/** @internal */
export type AppDomainStatus = Schemas['AppCustomDomain']['status'];
/** @internal */
export type AppEnvScope = NonNullable<Schemas['AppEnvVar']['scope']>;

/**
 * A stretch of time during which a service ran `instances` instances at `perHour` USD each;
 * `to` is `undefined` while it lasts. Usage and the spend cap add these up.
 *
 * @internal
 */
export interface MeterSegment {
  readonly from: number;
  to: number | undefined;
  readonly instances: number;
  readonly perHour: number;
}

/**
 * An app service.
 *
 * @internal
 */
export interface AppServiceRecord {
  readonly id: string;
  /** The short id, which every call takes in place of the UUID. */
  readonly shortId: string;
  readonly projectId: string;
  readonly name: string;
  readonly slug: string;
  readonly description: string | undefined;
  readonly serviceType: AppServiceType;
  readonly sourceType: NonNullable<Schemas['AppService']['source_type']>;
  readonly builder: NonNullable<Schemas['AppService']['builder']>;
  readonly repo:
    | {
        readonly fullName: string;
        readonly branch: string;
        readonly rootDir: string;
        readonly dockerfilePath: string | undefined;
      }
    | undefined;
  /** The image it runs (`image` sources): set at creation, changed by an image deployment. */
  imageRef: string | undefined;
  readonly startCommand: string;
  readonly tierId: number;
  replicas: number;
  autoscalingEnabled: boolean;
  minReplicas: number;
  maxReplicas: number;
  autoscalingMetric: 'concurrency' | 'cpu';
  autoscalingTarget: number;
  scaleToZero: boolean;
  readonly httpPort: number | undefined;
  readonly healthCheckPath: string | undefined;
  readonly cronSchedule: string | undefined;
  readonly cronTimezone: string | undefined;
  readonly region: string;
  status: AppServiceStatus;
  statusMessage: string;
  pausedByCap: boolean;
  readonly billingType: 'payg' | 'subscription';
  /** Whether instances run now (live, or live while a new deployment rolls out). */
  running: boolean;
  /** The deployment the running instances come from: the last one that went live. */
  currentDeploymentId: string | undefined;
  /** How many deployments it has had: the next one is number `deployments + 1`. */
  deployments: number;
  /** What it has run, for usage and the spend cap. */
  readonly meter: MeterSegment[];
  readonly createdAt: number;
  updatedAt: number;
}

/**
 * The app services of an account (until their deletion completes; then see
 * {@link deletedServices}).
 *
 * @internal
 */
export const appServices = defineCollection<AppServiceRecord>({
  noun: 'App service',
  ids: uuids,
  holding: 'app services',
});

/**
 * Services whose deletion completed: gone for every call but usage, which still reports what they
 * ran in the month (and finds them by id).
 *
 * @internal
 */
export const deletedServices = defineStore(
  () => [] as (AppServiceRecord & { deletedAt: number })[],
);

/**
 * One build-and-release of a service.
 *
 * @internal
 */
export interface AppDeploymentRecord {
  readonly id: string;
  readonly serviceId: string;
  readonly number: number;
  readonly channel: NonNullable<Schemas['AppDeployment']['channel']>;
  /** How it is made: built from source, pulled as an image, or released from an earlier image. */
  readonly kind: 'build' | 'pull' | 'release';
  status: AppDeploymentStatus;
  readonly rollbackOf: string | undefined;
  readonly imageRef: string | undefined;
  readonly sourceBlobKey: string | undefined;
  readonly commit: { readonly sha: string; readonly message: string } | undefined;
  /** Known once the image is built or pulled (a release reuses its source's). */
  imageDigest: string | undefined;
  error: string | undefined;
  startedAt: number | undefined;
  /** When the build (or pull) ended. */
  builtAt: number | undefined;
  finishedAt: number | undefined;
  readonly createdAt: number;
}

/**
 * Deployments of every service.
 *
 * @internal
 */
export const appDeployments = defineCollection<AppDeploymentRecord>({
  noun: 'Deployment',
  ids: uuids,
});

/**
 * A custom domain pointing at a web service.
 *
 * @internal
 */
export interface AppDomainRecord {
  readonly id: string;
  readonly serviceId: string;
  readonly domain: string;
  status: AppDomainStatus;
  statusMessage: string;
  /** Where its CNAME record must point: the service's own hostname. */
  readonly cnameTarget: string;
  readonly txtValue: string;
  lastCheckedAt: number | undefined;
  readonly createdAt: number;
}

/**
 * Custom domains of every service.
 *
 * @internal
 */
export const appDomains = defineCollection<AppDomainRecord>({ noun: 'Custom domain', ids: uuids });

/**
 * One run of a `cron` or `job` service.
 *
 * @internal
 */
export interface AppJobRunRecord {
  readonly id: string;
  readonly serviceId: string;
  readonly deploymentId: string | undefined;
  readonly trigger: 'schedule' | 'manual';
  status: 'running' | 'succeeded' | 'failed' | 'canceled';
  exitCode: number | undefined;
  error: string | undefined;
  readonly scheduledFor: number | undefined;
  readonly startedAt: number;
  finishedAt: number | undefined;
  /** USD per hour the run is billed at (one instance of the service's tier). */
  readonly perHour: number;
  readonly createdAt: number;
}

/**
 * Job runs of every service.
 *
 * @internal
 */
export const appJobRuns = defineCollection<AppJobRunRecord>({ noun: 'Job run', ids: uuids });

/**
 * One environment variable of a service.
 *
 * @internal
 */
export interface AppEnvVarRecord {
  value: string;
  isSecret: boolean;
  scope: AppEnvScope;
}

/**
 * Every service's variables: service id → key → variable, in the order they were first set.
 *
 * @internal
 */
export const appEnv = defineStore(() => new Map<string, Map<string, AppEnvVarRecord>>());

/**
 * The variables of one service (an empty map for a service without any).
 *
 * @internal
 */
export function envOf(state: EmulatorState, serviceId: string): Map<string, AppEnvVarRecord> {
  const all = appEnv(state);
  let vars = all.get(serviceId);
  if (vars === undefined) {
    vars = new Map();
    all.set(serviceId, vars);
  }
  return vars;
}

/**
 * Source upload slots handed out: blob key → the service it is for and when its URL expires.
 *
 * @internal
 */
export const uploadSlots = defineStore(
  () => new Map<string, { readonly serviceId: string; readonly expiresAt: number }>(),
);

/**
 * A line a service's instances (or Raff, about them) wrote.
 *
 * @internal
 */
export interface AppLogRecord {
  readonly at: number;
  readonly level: 'info' | 'warn' | 'error';
  readonly message: string;
  readonly stream: 'stdout' | 'stderr';
  readonly component: 'app' | 'platform';
}

/**
 * Runtime log lines per service id, oldest first.
 *
 * @internal
 */
export const appLogs = defineStore(() => new Map<string, AppLogRecord[]>());

/**
 * The account's monthly cap on Apps spending. A new account has it on at 50 USD, notify only.
 *
 * @internal
 */
export interface SpendCapRecord {
  enabled: boolean;
  /** USD per calendar month, to the cent; kept while the cap is off, for when it comes back. */
  capUsd: number;
  action: 'notify_only' | 'pause';
  /** When the cap paused the account's pay-as-you-go apps; `undefined` while it does not. */
  pausedAt: number | undefined;
}

/**
 * The spend cap of an account.
 *
 * @internal
 */
export const spendCap = defineStore(
  (): SpendCapRecord => ({
    enabled: true,
    capUsd: 50,
    action: 'notify_only',
    pausedAt: undefined,
  }),
);

const SHORT_ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * `length` random lower-case letters and digits (short ids, slug suffixes, upload names).
 *
 * @internal
 */
export function randomLabel(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += SHORT_ID_ALPHABET[byte % SHORT_ID_ALPHABET.length];
  return out;
}

/**
 * A short id no service of the account (deleted ones included) has.
 *
 * @internal
 */
export function newShortId(state: EmulatorState): string {
  const taken = new Set(
    [...appServices.in(state).values(), ...deletedServices(state)].map((s) => s.shortId),
  );
  for (;;) {
    // Starts with a letter, so that it never reads as a number.
    const id = `${SHORT_ID_ALPHABET[(randomBytes(1)[0] ?? 0) % 26]}${randomLabel(5)}`;
    if (!taken.has(id)) return id;
  }
}
