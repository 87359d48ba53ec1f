// Which operations the emulator serves, read from the operation model (generated/model.json):
// every route is served, and every operation has a handler except those of the areas whose
// domains are still being written, named below. Any other operation without a handler fails.
import { describe, expect, it } from 'vitest';
import { DOMAINS, HANDLERS } from '../../src/testing/domains/index.js';
import { seedState } from '../../src/testing/seed.js';
import { ManualClock } from '../../src/testing/server/clock.js';
import { matchRoute, OPERATIONS, ROUTES } from '../../src/testing/server/operations.js';
import { respond } from '../../src/testing/server/pipeline.js';
import { MODEL } from '../support/operation-calls.js';

/**
 * The areas whose handlers are still to come (other branches add them on top of
 * src/testing/domains): their namespaces, and their public prices in `pricing`. Remove an
 * area's entry when its domain lands.
 */
const STILL_TO_COME: Readonly<Record<string, { namespace: string; prices: string }>> = {
  databases: { namespace: 'databases', prices: 'listDatabasePricing' },
  kubernetes: { namespace: 'kubernetes', prices: 'listKubernetesPricing' },
};

function areaOf(op: (typeof MODEL.operations)[number]): string | undefined {
  return Object.entries(STILL_TO_COME).find(
    ([, area]) =>
      op.namespace === area.namespace ||
      op.namespace.startsWith(`${area.namespace}.`) ||
      op.id === area.prices,
  )?.[0];
}

const unhandled = MODEL.operations.filter((op) => !Object.hasOwn(HANDLERS, op.id));

describe('coverage of the operation model', () => {
  it('has a handler for every operation outside the areas still to come', () => {
    expect(unhandled.filter((op) => areaOf(op) === undefined).map((op) => op.id)).toEqual([]);
  });

  it('still waits for a handler in every area it lists as still to come', () => {
    const waiting = new Set(unhandled.map(areaOf));
    const landed = Object.keys(STILL_TO_COME).filter((area) => !waiting.has(area));
    expect(landed, 'these areas have every handler: remove them from STILL_TO_COME').toEqual([]);
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
