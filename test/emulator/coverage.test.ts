import { describe, expect, it } from 'vitest';
import { HANDLERS } from '../../src/testing/handlers/index.js';
import { ROUTES } from '../../src/testing/spec.js';
import { operations } from '../support/openapi.js';

describe('coverage of openapi.json', () => {
  it('has a handler for every operation in openapi.json', () => {
    const missing = operations
      .map((op) => op.operationId)
      .filter((id) => HANDLERS[id] === undefined);
    expect(missing).toEqual([]);
  });

  it('routes every path and method of openapi.json', () => {
    const routed = ROUTES.flatMap((route) =>
      [...route.operations.values()].map((op) => `${op.method} ${op.template}`),
    ).sort();
    const documented = operations
      .map((op) => `${op.method.toUpperCase()} ${op.pathTemplate}`)
      .sort();
    expect(routed).toEqual(documented);
  });

  it('knows where every project permission takes its project from', () => {
    const unclear = ROUTES.flatMap((route) => [...route.operations.values()]).filter(
      (op) =>
        op.permission !== undefined &&
        !op.permission.startsWith('account.') &&
        op.permissionProject === undefined,
    );
    expect(unclear.map((op) => op.operationId)).toEqual([]);
  });
});
