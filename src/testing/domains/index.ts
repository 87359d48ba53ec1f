// The registry: every domain's handlers in one table typed per operationId. An operation nobody
// handles answers 501 and is listed by test/emulator/coverage.test.ts.
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
// Then add the table to DOMAINS below, and remove the area from STILL_TO_COME in
// test/emulator/coverage.test.ts. A domain may read another's records, views, lookups and
// lifecycle; it never imports another's handlers (madge --circular stays empty).
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
 * operation is in two, and lists those still without a handler).
 *
 * @internal
 */
export const HANDLERS: HandlerTable = Object.assign({}, ...Object.values(DOMAINS));
