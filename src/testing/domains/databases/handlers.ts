import type { HandlerTable } from '../../server/handler.js';
import { ACCESS_HANDLERS } from './access-handlers.js';
import { CHANGE_HANDLERS } from './change-handlers.js';
import { CONSOLE_HANDLERS } from './console-handlers.js';
import { DATABASE_HANDLERS } from './database-handlers.js';
import { INSIGHT_HANDLERS } from './insight-handlers.js';
import { USER_HANDLERS } from './user-handlers.js';

/**
 * The managed-databases domain: the catalog and public prices, databases and their lifecycle,
 * connection and access, engine users, backups and restores, usage figures, the console, saved
 * queries and extensions.
 *
 * @internal
 */
export const DATABASES_HANDLERS = {
  ...DATABASE_HANDLERS,
  ...CHANGE_HANDLERS,
  ...ACCESS_HANDLERS,
  ...USER_HANDLERS,
  ...INSIGHT_HANDLERS,
  ...CONSOLE_HANDLERS,
} satisfies HandlerTable;
