import { requireBilling } from '../../server/billing.js';
import { badRequest } from '../../server/errors.js';
import type { HandlerTable } from '../../server/handler.js';
import { done, headerProject } from '../../server/replies.js';
import { vpcs } from '../networking/records.js';
import { ENGINES, engineCatalog, findPlan, planCatalog } from './catalog.js';
import { DEFAULT_EXTENSIONS } from './extensions.js';
import { startDelete } from './lifecycle.js';
import { pathDatabase, requireFreeName } from './lookup.js';
import { checkEngineConfig, startFailure } from './parameters.js';
import { emptyData, provisionDatabase } from './provision.js';
import { databases } from './records.js';
import { databaseView } from './views.js';

/** Read replicas a PostgreSQL database may have. */
const MAX_REPLICAS = 3;

/**
 * The catalog and the create, read, rename and delete of managed databases.
 *
 * @internal
 */
export const DATABASE_HANDLERS = {
  listDatabasePricing: ({ query }) => ({ body: planCatalog(query.engine) }),
  listDatabasePlans: ({ query }) => ({ body: planCatalog(query.engine) }),
  listDatabaseEngines: () => ({ body: { success: true, engines: engineCatalog() } }),

  listDatabases: ({ state, projectIds }) => {
    const found = databases.in(state).inProjects(projectIds);
    return { body: { success: true, databases: found.map(databaseView) } };
  },

  createDatabase: (context) => {
    const projectId = headerProject(context);
    const { state, body, now } = context;
    const engine = body.engine ?? 'postgres';
    const facts = ENGINES[engine];
    const version = body.engine_version ?? facts.versions[0] ?? '';
    if (!facts.versions.includes(version)) {
      throw badRequest(
        `engine_version ${version} is not offered for ${engine}; one of ${facts.versions.join(', ')}`,
      );
    }
    const plan = findPlan(body.plan_id);
    if (plan === undefined || plan.engine !== engine) {
      throw badRequest(
        `plan_id ${body.plan_id} is not a ${engine} plan; see listDatabasePlans?engine=${engine}`,
      );
    }
    const isFree = plan.is_free_tier === true;
    const replicas = body.replica_count ?? 0;
    const storage = body.storage_gb ?? plan.storage_gib;
    if (isFree) {
      const other = databases
        .in(state)
        .values()
        .find((db) => db.isFree);
      if (other !== undefined) {
        throw badRequest(
          `The account already has its one free database, ${other.name} (${other.shortId})`,
        );
      }
      if (body.ha_enabled === true || replicas > 0) {
        throw badRequest('A free database has no high availability and no read replicas');
      }
      if (storage !== plan.storage_gib) {
        throw badRequest(`A free database has fixed storage of ${plan.storage_gib} GB`);
      }
    } else if (storage < plan.storage_gib || storage > facts.storage.maxGb) {
      throw badRequest(
        `storage_gb must be from the plan's ${plan.storage_gib} GB up to ${facts.storage.maxGb} GB`,
      );
    }
    if (replicas > 0 && !facts.replicas) {
      throw badRequest(`${facts.displayName} takes no read replicas; replica_count must be 0`);
    }
    if (replicas > MAX_REPLICAS) {
      throw badRequest(`replica_count must be at most ${MAX_REPLICAS}`);
    }
    const vpcId = body.vpc_id ?? null;
    if (vpcId !== null && vpcs.in(state).find(vpcId)?.projectId !== projectId) {
      throw badRequest(`VPC ${vpcId} not found in project ${projectId}`);
    }
    requireFreeName(state, body.name);
    const engineConfig = { ...body.engine_config };
    checkEngineConfig(engine, engineConfig);
    if (!isFree) requireBilling(state);
    const db = provisionDatabase(
      state,
      {
        projectId,
        name: body.name,
        engine,
        engineVersion: version,
        planId: plan.id,
        storageGb: storage,
        haEnabled: body.ha_enabled === true,
        replicaCount: replicas,
        vpcId,
        isFree,
        engineConfig,
        createdBy: context.key.createdBy,
        publicAccess: body.public_access === true,
        data: emptyData(engine),
        extensions: engine === 'postgres' ? DEFAULT_EXTENSIONS : new Map(),
        failure: startFailure(engine, plan, engineConfig),
      },
      now,
    );
    return { body: { success: true, database: databaseView(db) } };
  },

  getDatabase: (context) => ({
    body: { success: true, database: databaseView(pathDatabase(context)) },
  }),

  updateDatabase: (context) => {
    const db = pathDatabase(context);
    if (db.status === 'deleting') {
      throw badRequest(`Database ${db.shortId} is being deleted`);
    }
    requireFreeName(context.state, context.body.name, db);
    db.name = context.body.name;
    db.updatedAt = context.now;
    return { body: { success: true, database: databaseView(db) } };
  },

  deleteDatabase: (context) => {
    const db = pathDatabase(context);
    // A second delete while the first runs changes nothing: the deletion is already under way.
    if (db.status !== 'deleting') startDelete(context.state, db, context.now);
    return done('Database is being deleted');
  },
} satisfies HandlerTable;
