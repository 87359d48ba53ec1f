import { badRequest, notFound } from '../../server/errors.js';
import type { HandlerTable } from '../../server/handler.js';
import { done } from '../../server/replies.js';
import { browse, runConsole } from './console.js';
import { contentsOf } from './contents.js';
import { EXTENSIONS, extensionViews } from './extensions.js';
import { logEvent } from './lifecycle.js';
import { pathDatabase, requireReady } from './lookup.js';
import { savedQueries } from './records.js';
import { savedQueryView } from './views.js';

/**
 * The console, the browser, saved queries and extensions of a managed database.
 *
 * @internal
 */
export const CONSOLE_HANDLERS = {
  runDatabaseQuery: (context) => {
    const db = pathDatabase(context);
    requireReady(db, 'run a query');
    return { body: runConsole(context.state, db, context.body, context.now) };
  },

  browseDatabase: (context) => {
    const db = pathDatabase(context);
    requireReady(db, 'browse');
    return { body: browse(context.state, db, context.body, context.now) };
  },

  listDatabaseSavedQueries: (context) => {
    const db = pathDatabase(context);
    const found = savedQueries.in(context.state).where((query) => query.databaseId === db.id);
    return { body: { success: true, queries: found.map(savedQueryView) } };
  },

  saveDatabaseSavedQuery: (context) => {
    const { state, body, now } = context;
    const db = pathDatabase(context);
    const store = savedQueries.in(state);
    const id = `${db.id}/${body.name}`;
    const createdBy = context.key.createdBy;
    // Saving under a taken name replaces that query.
    const query = store.find(id)
      ? store.update(id, { statement: body.statement, createdBy }, now)
      : store.insert({
          id,
          databaseId: db.id,
          name: body.name,
          statement: body.statement,
          createdBy,
          createdAt: now,
          updatedAt: now,
        });
    return { body: { success: true, query: savedQueryView(query) } };
  },

  deleteDatabaseSavedQuery: (context) => {
    const db = pathDatabase(context);
    const store = savedQueries.in(context.state);
    const query = store.find(`${db.id}/${context.params.name}`);
    if (query === undefined) {
      throw notFound(`Saved query ${context.params.name} not found for database ${db.shortId}`);
    }
    store.discard(query.id);
    return done('Saved query deleted');
  },

  listDatabaseExtensions: (context) => {
    const db = pathDatabase(context);
    const extensions =
      db.engine === 'postgres' ? extensionViews(contentsOf(context.state, db.id).extensions) : [];
    return { body: { success: true, extensions } };
  },

  setDatabaseExtension: (context) => {
    const { state, body, now } = context;
    const db = pathDatabase(context);
    if (db.engine !== 'postgres') {
      throw badRequest(`Extensions are for PostgreSQL only; ${db.shortId} runs ${db.engine}`);
    }
    requireReady(db, 'change extensions');
    const known = EXTENSIONS.find(([name]) => name === body.name);
    if (known === undefined) {
      throw badRequest(`extension "${body.name}" is not available; see listDatabaseExtensions`);
    }
    const installed = contentsOf(state, db.id).extensions;
    if (body.enabled && !installed.has(body.name)) {
      installed.set(body.name, known[3]);
      logEvent(state, db, now, `extension "${body.name}" ${known[3]} created`);
    } else if (!body.enabled && installed.delete(body.name)) {
      logEvent(state, db, now, `extension "${body.name}" dropped`);
    }
    return done(body.enabled ? 'Extension installed' : 'Extension removed');
  },
} satisfies HandlerTable;
