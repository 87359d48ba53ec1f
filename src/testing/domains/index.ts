// The registry: every domain's handlers in one table typed per operationId, complete: an
// operation of openapi.json without a handler does not compile.
//
// A new domain (src/testing/domains/<area>/, files as it needs them; storage/ is a full example):
//   1. records.ts: its records, stored with defineCollection (ids, timestamps, 404s, and
//      `holding` for a project's resources, which deleteProject then refuses over) or
//      defineStore for anything else. Never a field on the account (server/account.ts).
//   2. views.ts: record → `components['schemas'][…]` of generated/openapi.ts (typed, so a view
//      that drifts from openapi.json does not compile).
//   3. handlers.ts: `export const <AREA>_HANDLERS = { opId: (context) => …, } satisfies
//      HandlerTable`; context.params/query/body are the operation's own, validated types; answer
//      with one(), all(), page() (the model's page size), done() or the 2xx body itself. Throw
//      badRequest/notFound/conflict (server/errors.ts). Where the operation names no permission
//      and finds a resource by id, requireResourceAccess(context, record.projectId) checks that
//      the key reaches its project.
//   4. lifecycle.ts: its timings, made with timing() (server/lifecycle.ts), gathered in
//      domains/timings.ts; walk() moves a record through them on the emulated clock.
//   5. seed.ts: what a fresh account holds, called from src/testing/seed.ts.
// Then add the table to DOMAINS below: HANDLERS must hold every operation of openapi.json
// (CompleteHandlerTable), so the build fails until each has a handler. A domain may read another's records, views, lookups and
// lifecycle; it never imports another's handlers (madge --circular stays empty).
import type { CompleteHandlerTable, HandlerTable } from '../server/handler.js';
import { APPS_HANDLERS } from './apps/handlers.js';
import { CATALOG_HANDLERS } from './catalog/handlers.js';
import { COMPUTE_HANDLERS } from './compute/handlers.js';
import { DATABASES_HANDLERS } from './databases/handlers.js';
import { FUNCTIONS_HANDLERS } from './functions/handlers.js';
import { IDENTITY_HANDLERS } from './identity/handlers.js';
import { KUBERNETES_HANDLERS } from './kubernetes/handlers.js';
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
  apps: APPS_HANDLERS,
  functions: FUNCTIONS_HANDLERS,
  databases: DATABASES_HANDLERS,
  kubernetes: KUBERNETES_HANDLERS,
} as const satisfies Record<string, HandlerTable>;

/**
 * Every operation's handler, by operationId: the domains' tables merged. Each is type-checked on
 * its own by `satisfies HandlerTable`, and the whole by `satisfies CompleteHandlerTable` (one per
 * operation); coverage.test.ts checks that no operation is in two tables.
 *
 * @internal
 */
export const HANDLERS = {
  ...DOMAINS.catalog,
  ...DOMAINS.identity,
  ...DOMAINS.projects,
  ...DOMAINS.compute,
  ...DOMAINS.networking,
  ...DOMAINS.storage,
  ...DOMAINS.apps,
  ...DOMAINS.functions,
  ...DOMAINS.databases,
  ...DOMAINS.kubernetes,
} satisfies CompleteHandlerTable;
