import type { EmulatorState } from '../../server/account.js';
import { requireBilling } from '../../server/billing.js';
import { badRequest } from '../../server/errors.js';
import type { HandlerTable } from '../../server/handler.js';
import { startBackup } from './backup-lifecycle.js';
import { ENGINES, findPlan } from './catalog.js';
import { contentsOf, type EngineData } from './contents.js';
import { startInPlaceRestore, startResume, startScale } from './lifecycle.js';
import { pathDatabase, requireReady } from './lookup.js';
import { provisionDatabase } from './provision.js';
import { type DatabaseRecord, databaseBackups, databases } from './records.js';
import { backupView, databaseView, restoreWindowStart, usersOf } from './views.js';

/** The data as it was at `at`: the last state recorded at or before it. */
function dataAt(state: EmulatorState, db: DatabaseRecord, at: number): EngineData {
  const history = contentsOf(state, db.id).history;
  const found = history.filter((entry) => entry.at <= at).at(-1) ?? history[0];
  return structuredClone(found?.data ?? { kind: 'none' });
}

/** `<name>-restored`, or with `-2`, `-3`, … appended while that is taken. */
function restoredName(state: EmulatorState, name: string): string {
  const taken = new Set(
    databases
      .in(state)
      .values()
      .map((db) => db.name),
  );
  const base = `${name}-restored`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The instant a restore brings back: a backup's, a point in time, or now. */
function restorePoint(
  state: EmulatorState,
  db: DatabaseRecord,
  body: { backup_id?: string; pitr_timestamp?: string },
  now: number,
): number {
  if (body.backup_id !== undefined && body.pitr_timestamp !== undefined) {
    throw badRequest('Give backup_id or pitr_timestamp, not both');
  }
  if (body.backup_id !== undefined) {
    const backup = databaseBackups.in(state).find(body.backup_id);
    if (backup === undefined || backup.databaseId !== db.id) {
      throw badRequest(`Backup ${body.backup_id} is not a backup of database ${db.shortId}`);
    }
    if (backup.status !== 'completed' || !backup.restorable || backup.completedAt === null) {
      throw badRequest(`Backup ${backup.id} is not restorable (see listDatabaseBackups)`);
    }
    return backup.completedAt;
  }
  if (body.pitr_timestamp !== undefined) {
    if (db.engine !== 'postgres') {
      throw badRequest('Point-in-time restore is for PostgreSQL only; give a backup_id');
    }
    const at = Date.parse(body.pitr_timestamp);
    const start = restoreWindowStart(state, db);
    if (start === null || Number.isNaN(at) || at < start || at > now) {
      const window =
        start === null
          ? 'no restore window yet'
          : `from ${new Date(start).toISOString()} until now`;
      throw badRequest(
        `pitr_timestamp ${body.pitr_timestamp} is outside the restore window (${window})`,
      );
    }
    return at;
  }
  return now;
}

/**
 * Scale, resume, restore and backups of managed databases.
 *
 * @internal
 */
export const CHANGE_HANDLERS = {
  scaleDatabase: (context) => {
    const { state, body, now } = context;
    const db = pathDatabase(context);
    requireReady(db, 'scale');
    if (db.isFree) throw badRequest('A free database has fixed resources and cannot be scaled');
    const planId = body.plan_id === undefined || body.plan_id === 0 ? db.planId : body.plan_id;
    const plan = findPlan(planId);
    if (plan === undefined || plan.engine !== db.engine || plan.is_free_tier === true) {
      throw badRequest(`plan_id ${planId} is not a paid ${db.engine} plan`);
    }
    const asked =
      body.storage_gb === undefined || body.storage_gb === 0 ? db.storageGb : body.storage_gb;
    if (asked < db.storageGb) {
      throw badRequest(`storage_gb can only grow: the database has ${db.storageGb} GB`);
    }
    if (asked > ENGINES[db.engine].storage.maxGb) {
      throw badRequest(`storage_gb must be at most ${ENGINES[db.engine].storage.maxGb} GB`);
    }
    // The new plan's allotment is the floor.
    const storage = Math.max(asked, plan.storage_gib);
    const ha = body.set_ha === true ? body.has_ha === true : db.haEnabled;
    // Raff applies replica_count on every scale: left out, it means none.
    const replicas = body.replica_count ?? 0;
    if (replicas > 0 && !ENGINES[db.engine].replicas) {
      throw badRequest(
        `${ENGINES[db.engine].displayName} takes no read replicas; replica_count must be 0`,
      );
    }
    if (replicas > 3) throw badRequest('replica_count must be at most 3');
    const same =
      plan.id === db.planId &&
      storage === db.storageGb &&
      ha === db.haEnabled &&
      replicas === db.replicaCount;
    if (same) {
      throw badRequest(
        'Nothing to change: the database already has this plan, storage, high availability and replica count',
      );
    }
    Object.assign(db, {
      planId: plan.id,
      storageGb: storage,
      haEnabled: ha,
      replicaCount: replicas,
    });
    startScale(state, db, now);
    return { body: { success: true, database: databaseView(db) } };
  },

  resumeDatabase: (context) => {
    const db = pathDatabase(context);
    if (db.status !== 'suspended') {
      throw badRequest(
        `Only a suspended free database can be resumed; ${db.shortId} is ${db.status}`,
      );
    }
    startResume(context.state, db, context.now);
    return { body: { success: true, database: databaseView(db) } };
  },

  restoreDatabase: (context) => {
    const { state, body, now } = context;
    const db = pathDatabase(context);
    if ((body.clone_to_new === true) === (body.in_place === true)) {
      throw badRequest('Set exactly one of clone_to_new and in_place to true');
    }
    requireReady(db, 'restore');
    const at = restorePoint(state, db, body, now);
    const data = dataAt(state, db, at);
    if (body.in_place === true) {
      startInPlaceRestore(state, db, now, data);
      return { body: { success: true, new_database_id: '' } };
    }
    if (db.isFree) throw badRequest('A free database cannot be restored into a new database');
    requireBilling(state);
    const name = body.new_name ?? restoredName(state, db.name);
    if (
      databases
        .in(state)
        .values()
        .some((other) => other.name === name)
    ) {
      throw badRequest(
        `A database named "${name}" already exists; names are unique in the account`,
      );
    }
    const carried = usersOf(state, db).flatMap((user) =>
      user.kind === 'admin' || user.kind === 'scoped'
        ? [{ name: user.name, role: user.role, kind: user.kind, password: user.password }]
        : [],
    );
    const copy = provisionDatabase(
      state,
      {
        projectId: db.projectId,
        name,
        engine: db.engine,
        engineVersion: db.engineVersion,
        planId: db.planId,
        storageGb: db.storageGb,
        haEnabled: body.ha_enabled === true,
        replicaCount: 0,
        vpcId: db.vpcId,
        isFree: false,
        engineConfig: db.engineConfig,
        createdBy: context.key.createdBy,
        publicAccess: false,
        data,
        extensions: contentsOf(state, db.id).extensions,
        users: carried,
        failure: undefined,
      },
      now,
    );
    return { body: { success: true, new_database_id: copy.shortId } };
  },

  listDatabaseBackups: (context) => {
    const db = pathDatabase(context);
    const window = restoreWindowStart(context.state, db);
    const found = databaseBackups.in(context.state).where((b) => b.databaseId === db.id);
    return { body: { success: true, backups: found.map((b) => backupView(db, b, window)) } };
  },

  createDatabaseBackup: (context) => {
    const db = pathDatabase(context);
    requireReady(db, 'back up');
    const backup = startBackup(context.state, db, 'on_demand', context.now);
    const window = restoreWindowStart(context.state, db);
    return { body: { success: true, backup: backupView(db, backup, window) } };
  },
} satisfies HandlerTable;
