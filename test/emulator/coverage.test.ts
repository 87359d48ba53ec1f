// Which operations the emulator serves, read from the operation model (generated/model.json):
// every route is served and every operation has exactly one handler (the compiler checks the
// merged table too: CompleteHandlerTable in src/testing/server/handler.ts).
import { describe, expect, it } from 'vitest';
import { DOMAINS, HANDLERS } from '../../src/testing/domains/index.js';
import { seedState } from '../../src/testing/seed.js';
import { ManualClock } from '../../src/testing/server/clock.js';
import { matchRoute, OPERATIONS, ROUTES } from '../../src/testing/server/operations.js';
import { respond } from '../../src/testing/server/pipeline.js';
import { MODEL } from '../support/operation-calls.js';

describe('coverage of the operation model', () => {
  it('has a handler for every operation of the model', () => {
    const unhandled = MODEL.operations.filter((op) => !Object.hasOwn(HANDLERS, op.id));
    expect(unhandled.map((op) => op.id)).toEqual([]);
    expect(Object.keys(HANDLERS).length).toBe(MODEL.operations.length);
  });

  it('routes every operation of the model, by method and path', () => {
    const routed = ROUTES.flatMap((route) =>
      [...route.operations.values()].map((op) => `${op.id} ${op.method} ${route.template}`),
    ).sort();
    const documented = MODEL.operations.map((op) => `${op.id} ${op.method} ${op.path}`).sort();
    expect(routed).toEqual(documented);
  });

  it('gives every operation to one domain at most', () => {
    const owners = new Map<string, string[]>();
    for (const [domain, handlers] of Object.entries(DOMAINS)) {
      for (const id of Object.keys(handlers)) owners.set(id, [...(owners.get(id) ?? []), domain]);
    }
    expect([...owners].filter(([, domains]) => domains.length > 1)).toEqual([]);
  });

  it('knows where every project permission takes its project from', () => {
    const unclear = OPERATIONS.filter(
      (op) =>
        op.permission !== undefined &&
        !op.permission.startsWith('account.') &&
        op.permissionProject === undefined,
    );
    expect(unclear.map((op) => op.id)).toEqual([]);
  });

  it('answers 501 naming an operation that has no handler', () => {
    const seed = seedState(Date.now());
    const request = (method: string, pathname: string) => ({
      method,
      pathname,
      searchParams: new URLSearchParams(),
      headers: { 'x-api-key': seed.ownerKey },
      match: matchRoute(pathname),
      body: { value: undefined },
    });
    const deps = { state: seed.state, clock: new ManualClock(), limiter: undefined };
    const without = respond({ ...deps, handlers: {} }, request('GET', '/api/v1/ssh-keys'), 'r1');
    expect(without.status).toBe(501);
    expect(without.body).toEqual({
      error: 'Not Implemented',
      message: 'The emulator does not implement listSSHKeys yet',
    });
    const served = respond(
      { ...deps, handlers: HANDLERS },
      request('GET', '/api/v1/ssh-keys'),
      'r2',
    );
    expect(served.status).toBe(200);
  });
});
