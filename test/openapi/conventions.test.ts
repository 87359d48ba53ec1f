// What the SDK and the emulator rely on in openapi.json that redocly does not check (redocly
// already checks operationIds, tags, descriptions, references and that every example matches its
// schema). Rules over every operation of the model the generator reads from openapi.json
// (generated/model.json, generated/emulator.ts, generated/contract.ts): no hand-kept list.
import { describe, expect, it } from 'vitest';
import { RESPONSE_CONTRACTS } from '../../generated/contract.js';
import { EMULATED_OPERATIONS, type EmulatedOperation } from '../../generated/emulator.js';
import { PERMISSION_CATALOG, permissionScope } from '../../src/offline/permission-catalog.js';
import { operations } from '../support/openapi.js';

const rows = operations.map((op) => [op.operationId, op] as const);

/** The shared parameter an operation takes `X-Project-ID` through, e.g. `ProjectIdHeader`. */
function projectHeaderRef(id: (typeof operations)[number]['operationId']): string | undefined {
  const row: EmulatedOperation = EMULATED_OPERATIONS[id];
  const header = (row.params ?? []).find(
    (p) => p.in === 'header' && p.name.toLowerCase() === 'x-project-id',
  );
  return header === undefined
    ? undefined
    : (/^#\/components\/parameters\/([^/]+)\//.exec(header.schema)?.[1] ?? 'inline');
}

describe('every operation in openapi.json', () => {
  it.each(rows)('%s names an SDK method', (_id, op) => {
    expect(op.model.sdk).toMatch(/^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)+$/);
  });

  it.each(rows)('%s names a permission of the catalog, with its project source', (_id, op) => {
    const { permission, permissionProject: source } = op.model;
    if (permission === null) {
      expect(source).toBeNull();
      return;
    }
    expect(PERMISSION_CATALOG.map((p) => p.name)).toContain(permission);
    if (permissionScope(permission) === 'project') {
      expect(['header', 'path', 'resource']).toContain(source);
    } else {
      expect(source).toBeNull();
    }
  });

  it.each(rows)('%s declares the errors its kind of call can produce', (id, op) => {
    const codes = op.model.errors.map((error) => error.status);
    expect(codes).toEqual(expect.arrayContaining(['429', 'default']));
    if (!op.model.public) expect(codes).toEqual(expect.arrayContaining(['401']));
    if (op.model.permission !== null) expect(codes).toContain('403');
    if (op.pathTemplate.includes('{')) expect(codes).toContain('404');
    const limited = RESPONSE_CONTRACTS[id]['429'];
    expect(limited?.headers?.map((header) => header.name)).toContain('Retry-After');
    if (op.model.project === 'required') {
      expect(op.model.errors.find((error) => error.status === '400')?.ref).toBe('MissingProjectId');
    }
  });

  it.each(rows)('%s takes X-Project-ID by the one rule the client follows', (id, op) => {
    const ref = projectHeaderRef(id);
    const { method, path } = EMULATED_OPERATIONS[id];
    // Declared by reference, so the client's table and the docs agree.
    expect(ref).not.toBe('inline');
    expect(ref !== undefined).toBe(op.model.project !== undefined);
    if (ref === undefined) return;
    const isCollectionGet = method === 'GET' && !/\}$/.test(path);
    const isGetById = method === 'GET' && /\}$/.test(path);
    if (method !== 'GET') expect(ref).toBe('ProjectIdHeader');
    // Kubernetes requires it on every cluster call, reads included (DESIGN.md): the one exception.
    if (isGetById) {
      expect(ref).toBe(
        path.startsWith('/api/v1/k8s/') ? 'ProjectIdHeader' : 'ProjectIdLookupHeader',
      );
    }
    if (isCollectionGet) expect(ref).toMatch(/^ProjectId(FilterHeader|Header)$/);
  });

  it.each(rows)('%s pages with both Limit and Offset or neither', (_id, op) => {
    const paging = (op.model.query?.params ?? []).filter(
      (p) => p.ref === 'Limit' || p.ref === 'Offset',
    );
    expect([0, 2]).toContain(paging.length);
  });
});
