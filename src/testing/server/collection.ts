// The generic store of a plain resource: records by id in creation order (list order), new ids
// and timestamps, 404s that name the resource, and (for a project's resources) what
// deleteProject must refuse over. A plain create/read/update/delete resource is a collection, a
// view and a few one-line handlers; see the example on defineCollection.
import { randomUUID } from 'node:crypto';
import type { EmulatorState } from './account.js';
import { notFound } from './errors.js';
import { defineStore } from './store.js';

/**
 * What every record of a collection has.
 *
 * @internal
 */
export interface CollectionRecord {
  readonly id: string | number;
  /** Emulated epoch milliseconds. */
  readonly createdAt: number;
}

/**
 * What a collection fills in on a new record.
 *
 * @internal
 */
export interface Stamp<Id> {
  readonly id: Id;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/**
 * Where a collection's ids come from: a fresh source per emulated account.
 *
 * @internal
 */
export type IdSource<Id> = () => () => Id;

/**
 * Random UUIDs, as Raff gives most resources.
 *
 * @internal
 */
export const uuids: IdSource<string> = () => randomUUID;

/**
 * Whole numbers counting up from `first`, as Raff gives volumes, snapshots and schedules.
 *
 * @internal
 */
export function counter(first: number): IdSource<number> {
  return () => {
    let next = first;
    return () => next++;
  };
}

/**
 * How a collection is declared.
 *
 * @internal
 */
export interface CollectionSpec<Id> {
  /** What one record is called in messages: `SSH key` gives "SSH key 7c1… not found". */
  readonly noun: string;
  /** Where ids come from: {@link uuids} or {@link counter}. */
  readonly ids: IdSource<Id>;
  /**
   * For the resources of a project: what deleteProject names while any remains (`VMs`, `VPCs`):
   * a project that still holds one cannot be deleted.
   */
  readonly holding?: string | undefined;
}

/**
 * The records of one collection in one emulated account.
 *
 * @internal
 */
export class Collection<R extends CollectionRecord> {
  readonly #records = new Map<R['id'], R>();
  readonly #noun: string;
  readonly #nextId: () => R['id'];

  constructor(noun: string, nextId: () => R['id']) {
    this.#noun = noun;
    this.#nextId = nextId;
  }

  /** How many records there are. */
  get size(): number {
    return this.#records.size;
  }

  /** Every record, oldest first. */
  values(): R[] {
    return [...this.#records.values()];
  }

  /** The records that pass `keep`, oldest first. */
  where(keep: (record: R) => boolean): R[] {
    return this.values().filter(keep);
  }

  /**
   * The records of these projects that pass `keep`, oldest first: what a list answers for the
   * projects its key may read (`context.projectIds`).
   */
  inProjects(
    this: Collection<R & { readonly projectId: string }>,
    projectIds: Iterable<string>,
    keep: (record: R) => boolean = () => true,
  ): R[] {
    const projects = new Set(projectIds);
    return this.where((record) => projects.has(record.projectId) && keep(record));
  }

  /** The record with this id, if any. */
  find(id: R['id'] | undefined): R | undefined {
    return id === undefined ? undefined : this.#records.get(id);
  }

  /**
   * The record with this id, which must belong to `projectId` when one is given.
   *
   * @throws {HttpError} 404 naming the resource (and the project).
   */
  get(id: R['id'], projectId?: string): R {
    const record = this.#records.get(id);
    const elsewhere =
      projectId !== undefined &&
      record !== undefined &&
      (!('projectId' in record) || record.projectId !== projectId);
    if (record === undefined || elsewhere) {
      throw notFound(
        projectId === undefined
          ? `${this.#noun} ${id} not found`
          : `${this.#noun} ${id} not found in project ${projectId}`,
      );
    }
    return record;
  }

  /** A new id for a record about to be {@link insert}ed. */
  nextId(): R['id'] {
    return this.#nextId();
  }

  /** Stores a record built elsewhere (it already has its id and timestamps). */
  insert(record: R): R {
    this.#records.set(record.id, record);
    return record;
  }

  /**
   * Creates a record: `build` gets the new id and the timestamps (`now`) and returns the record.
   *
   * @example
   * ```ts
   * const key = sshKeys.in(state).create(now, (stamp) => ({ ...stamp, name, publicKey }));
   * ```
   */
  create(now: number, build: (stamp: Stamp<R['id']>) => R): R {
    return this.insert(build({ id: this.#nextId(), createdAt: now, updatedAt: now }));
  }

  /**
   * Changes fields of the record with this id (404 when there is none) and moves its
   * `updatedAt`, when it has one, to `now`.
   *
   * @throws {HttpError} 404.
   */
  update(id: R['id'], change: Partial<Omit<R, 'id' | 'createdAt'>>, now: number): R {
    const record = Object.assign(this.get(id), change);
    if ('updatedAt' in record) record.updatedAt = now;
    return record;
  }

  /**
   * Removes the record with this id and returns it.
   *
   * @throws {HttpError} 404 when there is none.
   */
  remove(id: R['id']): R {
    const record = this.get(id);
    this.#records.delete(id);
    return record;
  }

  /** Removes the record with this id if there is one; whether there was. */
  discard(id: R['id']): boolean {
    return this.#records.delete(id);
  }
}

/**
 * A declared collection: {@link CollectionDefinition.in} gives its records in one account.
 *
 * @internal
 */
export interface CollectionDefinition<R extends CollectionRecord> {
  readonly noun: string;
  /** The records of this collection in `state`'s account (created empty on first use). */
  in(state: EmulatorState): Collection<R>;
}

/** Every collection declared with a `holding`. */
const HOLDINGS: { readonly what: string; holds(state: EmulatorState, project: string): boolean }[] =
  [];

/**
 * Declares a collection of records. Declare it once, at the top of the domain's records.ts; the
 * records live per emulated account.
 *
 * @example
 * ```ts
 * interface SavedQueryRecord { readonly id: string; readonly createdAt: number; updatedAt: number;
 *   readonly databaseId: string; name: string; sql: string }
 * const savedQueries = defineCollection<SavedQueryRecord>({ noun: 'Saved query', ids: uuids });
 *
 * const handlers = {
 *   listDatabaseSavedQueries: (c) =>
 *     all(savedQueries.in(c.state).where((q) => q.databaseId === c.params.id).map(view)),
 *   saveDatabaseSavedQuery: (c) =>
 *     one(view(savedQueries.in(c.state).create(c.now, (stamp) => ({ ...stamp, ...c.body, databaseId: c.params.id })))),
 *   deleteDatabaseSavedQuery: (c) => {
 *     savedQueries.in(c.state).remove(c.params.query_id);
 *     return done('Saved query deleted');
 *   },
 * } satisfies HandlerTable;
 * ```
 * @internal
 */
export function defineCollection<R extends CollectionRecord>(
  spec: CollectionSpec<R['id']>,
): CollectionDefinition<R> {
  const of = defineStore(() => new Collection<R>(spec.noun, spec.ids()));
  if (spec.holding !== undefined) {
    HOLDINGS.push({
      what: spec.holding,
      holds: (state, project) =>
        of(state)
          .values()
          .some((record) => 'projectId' in record && record.projectId === project),
    });
  }
  return { noun: spec.noun, in: of };
}

/**
 * The kinds of resources a project still holds (`VMs`, `volumes`, …) in alphabetical order (the
 * same whatever order the domains load in); empty when none.
 *
 * @internal
 */
export function heldByProject(state: EmulatorState, projectId: string): string[] {
  return HOLDINGS.filter((holding) => holding.holds(state, projectId))
    .map((holding) => holding.what)
    .sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
}
