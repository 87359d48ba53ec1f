import { badRequest, notFound } from '../../server/errors.js';
import type { HandlerTable } from '../../server/handler.js';
import { done } from '../../server/replies.js';
import { logEvent } from './lifecycle.js';
import { databaseUser, pathDatabase, requireReady, userId } from './lookup.js';
import { type DatabaseUserRecord, databaseUsers, newPassword } from './records.js';
import { usersOf, userView } from './views.js';

/** Names an added user may not take: the engines' own. */
const RESERVED = new Set(['postgres', 'root', 'default', 'mysql', 'admin', 'public']);

/** Only users added with createDatabaseUser are changed through these calls. */
function requireScoped(user: DatabaseUserRecord, action: string): void {
  if (user.kind === 'scoped') return;
  const why =
    user.kind === 'admin'
      ? 'it is the admin user (rotateDatabaseCredentials changes its password)'
      : user.kind === 'binding'
        ? 'Raff maintains it for an app or function'
        : "it is the engine's own";
  throw badRequest(`Cannot ${action} user ${user.name}: ${why}`);
}

/**
 * The engine users of a managed database.
 *
 * @internal
 */
export const USER_HANDLERS = {
  listDatabaseUsers: (context) => {
    const db = pathDatabase(context);
    return {
      body: { success: true, users: usersOf(context.state, db).map((u) => userView(db, u)) },
    };
  },

  createDatabaseUser: (context) => {
    const { state, body, now } = context;
    const db = pathDatabase(context);
    requireReady(db, 'add a user');
    if (RESERVED.has(body.name) || body.name.startsWith('raff_')) {
      throw badRequest(`User name ${body.name} is reserved`);
    }
    if (databaseUsers.in(state).find(userId(db, body.name)) !== undefined) {
      throw badRequest(`User ${body.name} already exists in database ${db.shortId}`);
    }
    const user = databaseUsers.in(state).insert({
      id: userId(db, body.name),
      databaseId: db.id,
      name: body.name,
      role: body.role,
      kind: 'scoped',
      password: newPassword(),
      createdAt: now,
    });
    logEvent(state, db, now, `role "${user.name}" created with ${user.role} access`);
    return { body: { success: true, user: userView(db, user), password: user.password } };
  },

  deleteDatabaseUser: (context) => {
    const db = pathDatabase(context);
    const user = databaseUser(context.state, db, context.params.name);
    requireScoped(user, 'delete');
    databaseUsers.in(context.state).discard(user.id);
    return done('User removed');
  },

  rotateDatabaseUser: (context) => {
    const db = pathDatabase(context);
    requireReady(db, 'rotate a password');
    const user = databaseUser(context.state, db, context.params.name);
    requireScoped(user, 'rotate the password of');
    // The old password stops working for new connections at once: nothing keeps it.
    user.password = newPassword();
    return { body: { success: true, password: user.password } };
  },

  getDatabaseUserCredential: (context) => {
    const db = pathDatabase(context);
    const user = databaseUser(context.state, db, context.params.name);
    // Only added users have a credential here; the admin's comes from getDatabaseConnection.
    if (user.kind !== 'scoped') {
      throw notFound(
        `User ${user.name} was not added with createDatabaseUser; it has no credential here`,
      );
    }
    return { body: { success: true, username: user.name, password: user.password } };
  },
} satisfies HandlerTable;
