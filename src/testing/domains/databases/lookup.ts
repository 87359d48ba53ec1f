import type { EmulatorState } from '../../server/account.js';
import { badRequest, notFound } from '../../server/errors.js';
import type { KeyedContext } from '../../server/handler.js';
import {
  type DatabaseRecord,
  type DatabaseUserRecord,
  databases,
  databaseUsers,
} from './records.js';
import { READY } from './timings.js';

/**
 * What a lookup of the path's database reads of a request.
 *
 * @internal
 */
export type DatabasePathContext = Pick<KeyedContext, 'state' | 'access'> & {
  readonly params: { readonly database_id: string };
};

/**
 * The database a path names, by UUID or short id. Raff documents no permission for databases
 * and no 403 on their calls: one in a project the key cannot reach is "not found", like one that
 * does not exist.
 *
 * @throws {HttpError} 404.
 * @internal
 */
export function pathDatabase(context: DatabasePathContext): DatabaseRecord {
  const ref = context.params.database_id;
  const store = databases.in(context.state);
  const db = store.find(ref) ?? store.values().find((candidate) => candidate.shortId === ref);
  if (db === undefined || context.access.projectPermissions(db.projectId) === undefined) {
    throw notFound(`Database ${ref} not found`);
  }
  return db;
}

/**
 * Throws 400 unless the database's engine is up (`running` or `warning`), e.g. scaling one that
 * is still `deploying`.
 *
 * @throws {HttpError} 400.
 * @internal
 */
export function requireReady(db: DatabaseRecord, action: string): void {
  if (READY.includes(db.status)) return;
  const hint =
    db.status === 'suspended'
      ? '; resume it first'
      : db.status === 'failed' || db.status === 'deleting'
        ? ''
        : '; wait until it is running';
  throw badRequest(`Cannot ${action}: database ${db.shortId} is ${db.status}${hint}`);
}

/**
 * Throws 400 when another database of the account already has this name.
 *
 * @throws {HttpError} 400.
 * @internal
 */
export function requireFreeName(state: EmulatorState, name: string, except?: DatabaseRecord): void {
  const taken = databases
    .in(state)
    .values()
    .find((db) => db.name === name && db !== except);
  if (taken !== undefined) {
    throw badRequest(
      `A database named "${name}" already exists (${taken.shortId}); names are unique in the account`,
    );
  }
}

/**
 * The id of a database's user record.
 *
 * @internal
 */
export function userId(db: DatabaseRecord, name: string): string {
  return `${db.id}/${name}`;
}

/**
 * The engine user `name` of a database.
 *
 * @throws {HttpError} 404.
 * @internal
 */
export function databaseUser(
  state: EmulatorState,
  db: DatabaseRecord,
  name: string,
): DatabaseUserRecord {
  const user = databaseUsers.in(state).find(userId(db, name));
  if (user === undefined) throw notFound(`User ${name} not found in database ${db.shortId}`);
  return user;
}
