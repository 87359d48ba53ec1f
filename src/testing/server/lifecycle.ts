/*
 * Resources that change state on their own, without timers.
 *
 * How to use it (handlers):
 *   - Every timed transition reads its durations from its domain's table of timings (made with
 *     `timing()`), which src/testing/domains/timings.ts gathers into LIFECYCLE_TIMINGS (one
 *     table; the docs and tests read the same one). Add a row there rather than a literal in a
 *     handler.
 *   - Start a walk through transient statuses with `walk(state.lifecycle, { key, now, timing,
 *     set })`: it calls `set(firstStatus, now)` at once and schedules each later status (and the
 *     `then` status at the end) at its emulated time.
 *   - Lower level: `state.lifecycle.schedule(at, apply, key?)` queues `apply(at)` for emulated
 *     time `at`. `cancel(key)` drops every queued event and periodic task with that key (e.g.
 *     the resource id when it is deleted); `apply` should still check that its resource exists.
 *   - Periodic work (backup schedules): `state.lifecycle.every({ key, next, run })`: `next(after)`
 *     gives the first run time strictly after `after` (or undefined for none), `run(at)` does the
 *     work; the engine re-asks `next(at)` after each run. Re-register with the same key to replace
 *     it (after an update); `cancel(key)` stops it. `onSettle(fn)` is a plain hook run at the start
 *     of every settle, for anything else.
 *   - `settle(now)` runs once at the start of every request (pipeline.ts) and applies every due
 *     event in time order (ties in the order they were scheduled), including events scheduled
 *     by events, so `clock.advance(ms)` followed by any request shows the new state.
 *   - `requireStatus(what, status, allowed, action)` throws the 409 Raff sends for an operation
 *     the resource's status does not allow (e.g. starting a VM that is still `booting`).
 */
import { conflict } from './errors.js';

/**
 * One transient status and how long the resource stays in it, in emulated milliseconds.
 *
 * @internal
 */
export type Phase<S extends string = string> = readonly [status: S, ms: number];

/**
 * A timed transition: the transient statuses it passes through, in order, then where it ends.
 *
 * @internal
 */
export interface Timing<S extends string = string> {
  readonly phases: readonly Phase<S>[];
  /** The status at the end; `undefined` when the resource goes away (a delete). */
  readonly then: S | undefined;
}

/**
 * A {@link Timing}: `timing('active', ['booting', 20_000])` passes through `booting` for 20
 * emulated seconds and ends `active`; `timing(undefined, …)` ends with the resource gone. The
 * statuses keep their literal types, so a walk hands its `set` only statuses the record has.
 *
 * @internal
 */
export function timing<const S extends string>(
  then: S | undefined,
  ...phases: Phase<S>[]
): Timing<S> {
  return { phases, then };
}

/**
 * The total time a transition takes, e.g. `totalMs(LIFECYCLE_TIMINGS.vm.create)`.
 *
 * @internal
 */
export function totalMs(timing: Timing): number {
  return timing.phases.reduce((sum, [, ms]) => sum + ms, 0);
}

interface ScheduledEvent {
  readonly at: number;
  readonly seq: number;
  readonly key: string | undefined;
  readonly apply: (at: number) => void;
}

/**
 * A periodic task, see {@link Lifecycle.every}.
 *
 * @internal
 */
export interface PeriodicTask {
  /** Identifies the task: registering the same key again replaces it; `cancel(key)` stops it. */
  readonly key: string;
  /** The first run time strictly after `after`, or `undefined` for no further run. */
  next(after: number): number | undefined;
  /** Does the work of the run due at `at`. */
  run(at: number): void;
}

/**
 * The scheduled-transition engine: a queue of `{ at, apply }` in emulated time, applied by
 * {@link Lifecycle.settle}.
 *
 * @internal
 */
export class Lifecycle {
  #events: ScheduledEvent[] = [];
  #seq = 0;
  #settledAt: number;
  readonly #hooks: ((now: number) => void)[] = [];
  readonly #periodic = new Map<string, PeriodicTask>();

  /** `start`: the emulated time the state begins at; nothing is due before it. */
  constructor(start: number) {
    this.#settledAt = start;
  }

  /** The emulated time of the last settle. */
  get settledAt(): number {
    return this.#settledAt;
  }

  /** Queues `apply(at)` for emulated time `at`; `key` lets {@link cancel} drop it. */
  schedule(at: number, apply: (at: number) => void, key?: string): void {
    const event: ScheduledEvent = { at, seq: this.#seq++, key, apply };
    // Keep the queue sorted by (at, seq); new events usually go at or near the end.
    let index = this.#events.length;
    while (index > 0 && (this.#events[index - 1]?.at ?? 0) > at) index--;
    this.#events.splice(index, 0, event);
  }

  /** Drops every queued event and the periodic task registered with `key`. */
  cancel(key: string): void {
    this.cancelEvents(key);
    this.#periodic.delete(key);
  }

  /** Drops the queued events registered with `key`, keeping a periodic task of that key. */
  cancelEvents(key: string): void {
    this.#events = this.#events.filter((event) => event.key !== key);
  }

  /** Whether anything is queued under `key` (e.g. a VM still in a transition). */
  pending(key: string): boolean {
    return this.#events.some((event) => event.key === key);
  }

  /**
   * Registers (or replaces) a periodic task; its first run is `next(from)`, `from` defaulting to
   * the last settle time.
   */
  every(task: PeriodicTask, from: number = this.#settledAt): void {
    this.cancel(task.key);
    this.#periodic.set(task.key, task);
    this.#queueNext(task, from);
  }

  #queueNext(task: PeriodicTask, after: number): void {
    const at = task.next(after);
    if (at === undefined || !(at > after)) return;
    this.schedule(
      at,
      (when) => {
        if (this.#periodic.get(task.key) !== task) return;
        task.run(when);
        if (this.#periodic.get(task.key) === task) this.#queueNext(task, when);
      },
      task.key,
    );
  }

  /** Runs `hook(now)` at the start of every settle. */
  onSettle(hook: (now: number) => void): void {
    this.#hooks.push(hook);
  }

  /** Applies every event due at or before `now`, in time order. */
  settle(now: number): void {
    for (const hook of this.#hooks) hook(now);
    for (;;) {
      const next = this.#events[0];
      if (next === undefined || next.at > now) break;
      this.#events.shift();
      next.apply(next.at);
    }
    if (now > this.#settledAt) this.#settledAt = now;
  }
}

/**
 * Walks a resource through a {@link Timing}: `set(status, at)` for the first phase now, each later
 * phase and the final `then` status when their time comes; `done(at)` after the last step (e.g. to
 * remove a deleted resource). Earlier events queued under `key` are dropped first (a new
 * transition replaces an unfinished one); call `lifecycle.cancel(key)` when the resource goes.
 *
 * @internal
 */
export function walk<S extends string>(
  lifecycle: Lifecycle,
  options: {
    readonly key: string;
    readonly now: number;
    readonly timing: Timing<S>;
    readonly set: (status: S, at: number) => void;
    readonly done?: ((at: number) => void) | undefined;
  },
): void {
  const { key, now, timing, set, done } = options;
  lifecycle.cancelEvents(key);
  let at = now;
  timing.phases.forEach(([status, ms], index) => {
    if (index === 0) set(status, now);
    else lifecycle.schedule(at, (when) => set(status, when), key);
    at += ms;
  });
  const finish = (when: number) => {
    if (timing.then !== undefined) set(timing.then, when);
    done?.(when);
  };
  if (timing.phases.length === 0) finish(now);
  else lifecycle.schedule(at, finish, key);
}

/**
 * The transient statuses of every resource: most operations are refused (409) while in one.
 *
 * @internal
 */
export const TRANSIENT_STATUSES: ReadonlySet<string> = new Set([
  'initiating',
  'provisioning',
  'booting',
  'finalizing',
  'pending',
  'creating',
  'restoring',
  'deleting',
]);

/**
 * Throws 409 when `status` is transient (see {@link TRANSIENT_STATUSES}), e.g. resizing a volume
 * that is still `creating`.
 *
 * @internal
 */
export function requireSettled(what: string, status: string, action: string): void {
  if (!TRANSIENT_STATUSES.has(status)) return;
  throw conflict(`Cannot ${action} ${what} while it is ${status}; wait until it settles`);
}

/**
 * Throws 409 unless `status` is one of `allowed`, e.g.
 * `requireStatus(`VM ${vm.id}`, vm.status, ['passive'], 'start')` →
 * "Cannot start VM … while it is booting; it must be passive".
 *
 * @internal
 */
export function requireStatus(
  what: string,
  status: string,
  allowed: readonly string[],
  action: string,
): void {
  if (allowed.includes(status)) return;
  throw conflict(
    `Cannot ${action} ${what} while it is ${status}; it must be ${allowed.join(' or ')}`,
  );
}
