// The registry: every domain's handlers in one table typed per operationId. A domain plugs in
// here with one line; an operation nobody handles answers 501 and is listed by
// test/emulator/coverage.test.ts.
import type { HandlerTable } from '../server/handler.js';
import { CATALOG_HANDLERS } from './catalog/handlers.js';
import { COMPUTE_HANDLERS } from './compute/handlers.js';
import { IDENTITY_HANDLERS } from './identity/handlers.js';
import { NETWORKING_HANDLERS } from './networking/handlers.js';
import { PROJECT_HANDLERS } from './projects/handlers.js';
import { STORAGE_HANDLERS } from './storage/handlers.js';

/**
 * Every domain's handlers, by domain.
 *
 * @internal
 */
export const DOMAINS = {
  catalog: CATALOG_HANDLERS,
  identity: IDENTITY_HANDLERS,
  projects: PROJECT_HANDLERS,
  compute: COMPUTE_HANDLERS,
  networking: NETWORKING_HANDLERS,
  storage: STORAGE_HANDLERS,
} as const satisfies Record<string, HandlerTable>;

/**
 * Every implemented operation's handler, by operationId: the domains' tables merged (each is
 * type-checked on its own by `satisfies HandlerTable`; coverage.test.ts checks that no
 * operation is in two).
 *
 * @internal
 */
export const HANDLERS: HandlerTable = Object.assign({}, ...Object.values(DOMAINS));
