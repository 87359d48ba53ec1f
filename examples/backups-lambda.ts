/**
 * A backups Lambda: backs up every active VM of one project, waits for the backups within the
 * function's remaining time, then applies retention, and returns what it did.
 *
 * The key: account role Member (nothing account-wide) and project role Operator on this one
 * project. Operator has `vm.view`, `backup.view`, `backup.create` and `backup.manage`, but none
 * of the destructive permissions, so no `backup.delete`. With it the job
 *   - takes a backup of each active VM and waits until it is `ready`;
 *   - prunes through the schedules: with BACKUP_KEEP_COUNT set it gives every schedule of the
 *     project that `keep_count` (`backupSchedules.update`, `backup.manage`), and Raff deletes a
 *     schedule's oldest backups beyond it at the schedule's next run;
 *   - starts a new backup series (`backups.resetChain`, `backup.manage`) for a VM whose series
 *     began more than BACKUP_MAX_AGE_DAYS ago, so that series can age out;
 *   - tries to delete the series older than BACKUP_MAX_AGE_DAYS (`backups.deleteChain`), which
 *     Operator is refused: the 403 is reported in `pruned.denied`, nothing fails.
 * To delete by age as well, give the key a custom project role instead of Operator, e.g.
 * `backups-lambda` with `vm.view backup.view backup.create backup.manage backup.delete`
 * (`raff.roles.create({ name, slug, scope: 'project', permissions })`).
 *
 * Environment: RAFF_API_KEY; RAFF_PROJECT_ID (required: the only project it touches);
 * BACKUP_KEEP_COUNT (optional); BACKUP_MAX_AGE_DAYS (default 30).
 * `npm run example:lambda` runs it against the local emulator.
 */
import {
  type Backup,
  backupSeries,
  RaffClient,
  RaffError,
  RaffPermissionDeniedError,
  type VM,
} from '@raff/sdk';

/** The subset of the Lambda context this handler uses. */
export interface LambdaContext {
  getRemainingTimeInMillis(): number;
}

/** What one run did. */
export interface BackupSummary {
  /** VMs whose new backup is `ready`. */
  backedUp: { vm: string; backup: string }[];
  /** Backups that could not be started, failed, or were not ready in time; failed deletions. */
  failed: { vm: string; backup?: string; error: string }[];
  /** Backups deleted by age, schedules given the `keep_count`, and what the key was refused. */
  pruned: {
    deleted: string[];
    schedules: { id: number; vm: string; keep_count: number }[];
    denied: string[];
  };
  /** VMs left alone, and why. */
  skipped: { vm: string; reason: string }[];
}

/** Never let a request outlive the function: its last second is for returning. */
const SAFETY_MS = 1_000;
/** Kept back from the wait, for retention. */
const RETENTION_MS = 2_000;
const DAY = 86_400_000;

// Created once per container: a warm start reuses the client and its connections.
let client: RaffClient | undefined;

/** What the steps of one run share. */
interface Run {
  readonly raff: RaffClient;
  readonly summary: BackupSummary;
  /** Backups taken before this (ms since the epoch) are past the age limit. */
  readonly cutoff: number;
  /** The VMs of the project, by id. */
  readonly vms: Map<string, VM>;
  /** Per-call options: what is left of the function's time, less `reserve`. */
  within(reserve?: number): { totalTimeout: number };
}

/** The Lambda entry point. */
export async function handler(_event: unknown, context: LambdaContext): Promise<BackupSummary> {
  const projectId = process.env.RAFF_PROJECT_ID;
  if (!projectId) throw new Error('Set RAFF_PROJECT_ID to the one project to back up');
  client ??= new RaffClient({ projectId, rateLimit: 'standard' });
  const within = (reserve = 0) => ({
    totalTimeout: Math.max(1, context.getRemainingTimeInMillis() - SAFETY_MS - reserve),
  });
  const vms = await collect(client.vms.listAll({}, within(RETENTION_MS)));
  const run: Run = {
    raff: client,
    summary: {
      backedUp: [],
      failed: [],
      pruned: { deleted: [], schedules: [], denied: [] },
      skipped: [],
    },
    cutoff: Date.now() - (optionalNumber('BACKUP_MAX_AGE_DAYS') ?? 30) * DAY,
    vms: new Map(vms.map((vm) => [vm.id, vm])),
    within,
  };
  const started = await startBackups(run);
  await waitForBackups(run, started);
  const keepCount = optionalNumber('BACKUP_KEEP_COUNT');
  if (keepCount !== undefined) await setKeepCount(run, keepCount);
  await deleteExpired(run);
  return run.summary;
}

/** Starts a backup of every active VM; a VM whose series is too old starts a new one. */
async function startBackups(run: Run): Promise<{ vm: string; backup: string }[]> {
  const { raff, summary } = run;
  const backups = await collect(raff.backups.listAll({}, run.within(RETENTION_MS)));
  const started: { vm: string; backup: string }[] = [];
  for (const vm of run.vms.values()) {
    const own = backups.filter((b) => b.product_vm === vm.id);
    const skip = vm.status !== 'active' ? `it is ${vm.status}` : undefined;
    if (skip !== undefined || own.some(isRunning)) {
      summary.skipped.push({ vm: vm.name, reason: skip ?? 'a backup of it is running' });
      continue;
    }
    const options = run.within(RETENTION_MS);
    try {
      if (seriesTooOld(own, run.cutoff)) {
        await raff.backups.resetChain(vm.id, options).catch((error: unknown) => {
          if (!denied(run, error)) throw error;
        });
      }
      const name = `${vm.name}-${new Date().toISOString().slice(0, 10)}`;
      const backup = await raff.backups.create({ vm_id: vm.id, name }, options);
      started.push({ vm: vm.name, backup: backup.id });
    } catch (error) {
      summary.failed.push({ vm: vm.name, error: safeMessage(error) });
    }
  }
  return started;
}

/** Waits for every started backup at once, until the time kept for retention. */
async function waitForBackups(run: Run, started: { vm: string; backup: string }[]): Promise<void> {
  const outcomes = await Promise.allSettled(
    started.map(({ backup }) =>
      run.raff.backups.waitFor(backup, 'ready', { timeout: run.within(RETENTION_MS).totalTimeout }),
    ),
  );
  outcomes.forEach((outcome, index) => {
    const { vm, backup } = started[index] ?? { vm: '', backup: '' };
    if (outcome.status === 'fulfilled') run.summary.backedUp.push({ vm, backup });
    else run.summary.failed.push({ vm, backup, error: safeMessage(outcome.reason) });
  });
}

/** Gives every schedule of the project `keep_count`; Raff prunes at each schedule's next run. */
async function setKeepCount(run: Run, keepCount: number): Promise<void> {
  try {
    for await (const schedule of run.raff.backupSchedules.listAll({}, run.within())) {
      if (schedule.keep_count === keepCount) continue;
      await run.raff.backupSchedules.update(schedule.id, { keep_count: keepCount }, run.within());
      const vm = vmName(run, schedule.product_vm);
      run.summary.pruned.schedules.push({ id: schedule.id, vm, keep_count: keepCount });
    }
  } catch (error) {
    if (!denied(run, error)) run.summary.failed.push({ vm: '', error: safeMessage(error) });
  }
}

/** Deletes every backup series past the age limit that a newer ready backup replaces. */
async function deleteExpired(run: Run): Promise<void> {
  const backups = await collect(run.raff.backups.listAll({}, run.within()));
  for (const series of expiredSeries(backups, run.cutoff)) {
    const [first] = series;
    if (first === undefined) continue;
    try {
      await run.raff.backups.deleteChain(first.id, run.within());
      run.summary.pruned.deleted.push(...series.map((b) => b.id));
    } catch (error) {
      // One refusal says it all: the key's role has no backup.delete.
      if (denied(run, error)) return;
      const vm = vmName(run, first.product_vm);
      run.summary.failed.push({ vm, backup: first.id, error: safeMessage(error) });
    }
  }
}

/** Records a 403 in `pruned.denied` and returns true; false for any other error. */
function denied(run: Run, error: unknown): boolean {
  if (!(error instanceof RaffPermissionDeniedError)) return false;
  run.summary.pruned.denied.push(error.message);
  return true;
}

function vmName(run: Run, id: string | undefined): string {
  return run.vms.get(id ?? '')?.name ?? id ?? '';
}

/** A typed error's message (never a secret); anything else is a bug, so it is rethrown. */
function safeMessage(error: unknown): string {
  if (error instanceof RaffError) return error.message;
  throw error;
}

function optionalNumber(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number ≥ 1`);
  return value;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

// Retention rules, no I/O. Raff's backups are incremental: a series starts with a full backup
// (`increment_id` 0) and each later point depends on the ones before it, so a point cannot be
// deleted alone while others share its series (409); whole series go, with `deleteChain`.
// `backupSeries` (offline, from the SDK) tells the series apart.

const RUNNING = new Set(['pending', 'creating', 'restoring']);

/** Whether a backup is still being taken or restored. */
export function isRunning(backup: Backup): boolean {
  return RUNNING.has(backup.status);
}

/** Whether a backup was taken before `cutoff`; one without a date never counts as old. */
function takenBefore(backup: Backup, cutoff: number): boolean {
  return Date.parse(backup.created_at ?? '') < cutoff;
}

/**
 * The series that may be deleted: every point `ready` and taken before `cutoff`, and a newer
 * series of the same VM holds a `ready` point, so no VM is ever left without a restore point.
 */
export function expiredSeries(backups: readonly Backup[], cutoff: number): Backup[][] {
  const all = backupSeries(backups);
  const expired: Backup[][] = [];
  all.forEach((series, index) => {
    const old = series.points.every((b) => b.status === 'ready' && takenBefore(b, cutoff));
    const replaced = all
      .slice(index + 1)
      .some((newer) => newer.vm === series.vm && newer.points.some((b) => b.status === 'ready'));
    if (old && replaced) expired.push([...series.points]);
  });
  return expired;
}

/**
 * Whether the VM's current series began before `cutoff`. Its next backup should then start a
 * new series (`backups.resetChain`): a series that keeps growing never ages out.
 */
export function seriesTooOld(vmBackups: readonly Backup[], cutoff: number): boolean {
  const baseline = backupSeries(vmBackups).at(-1)?.first;
  return baseline !== undefined && takenBefore(baseline, cutoff);
}
