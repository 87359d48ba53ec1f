// What the SDK and the emulator rely on in openapi.json that redocly does not check (redocly
// already checks operationIds, tags, descriptions, references and that every example matches its
// schema). Rules over every operation: no hand-kept list of operations.
import { describe, expect, it } from 'vitest';
import type { OperationInfo, SdkMethod } from '../../generated/operations.js';
import { operationTable } from '../../src/internal/operation-table.js';
import { PERMISSION_CATALOG, permissionScope } from '../../src/offline/permission-catalog.js';
import type { ParameterObject, ResponseObject } from '../support/openapi.js';
import { isRef, operations, resolve } from '../support/openapi.js';
import { MODEL } from '../support/operation-calls.js';

const rows = operations.map((op) => [op.operationId, op] as const);
const sdkOf = new Map(MODEL.operations.map((op) => [op.id, op.sdk]));
const info = (id: string): OperationInfo => operationTable()[sdkOf.get(id) as SdkMethod];

function parameters(op: (typeof operations)[number]): ParameterObject[] {
  return (op.operation.parameters ?? []).map((p) => resolve<ParameterObject>(p, op.pointer).value);
}

function projectHeaderRef(op: (typeof operations)[number]): string | undefined {
  return (op.operation.parameters ?? [])
    .flatMap((p) => (isRef(p) ? [p.$ref] : []))
    .find((ref) => /ProjectId(Header|FilterHeader|LookupHeader)$/.test(ref));
}

describe('every operation in openapi.json', () => {
  it.each(rows)('%s names an SDK method', (_id, op) => {
    expect((op.operation as Record<string, unknown>)['x-raff-sdk-method']).toMatch(
      /^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)+$/,
    );
  });

  it.each(rows)('%s names a permission of the catalog, with its project source', (_id, op) => {
    const permission = op.operation['x-raff-permission'] as string | undefined;
    const source = op.operation['x-raff-permission-project'];
    if (permission === undefined) {
      expect(source).toBeUndefined();
      return;
    }
    expect(PERMISSION_CATALOG.map((p) => p.name)).toContain(permission);
    if (permissionScope(permission) === 'project') {
      expect(['header', 'path', 'resource']).toContain(source);
    } else {
      expect(source).toBeUndefined();
    }
  });

  it.each(rows)('%s declares the errors its kind of call can produce', (id, op) => {
    const responses = op.operation.responses ?? {};
    const codes = Object.keys(responses);
    const isPublic = info(id).public === true;
    expect(codes).toEqual(expect.arrayContaining(['429', 'default']));
    if (!isPublic) expect(codes).toEqual(expect.arrayContaining(['401']));
    if (op.operation['x-raff-permission'] !== undefined) expect(codes).toContain('403');
    if (op.pathTemplate.includes('{')) expect(codes).toContain('404');
    const limited = resolve<ResponseObject>(responses['429'] as ResponseObject, op.pointer).value;
    expect(limited.headers?.['Retry-After']).toBeDefined();
    if (info(id).project === 'required') {
      expect(responses['400']).toEqual({ $ref: '#/components/responses/MissingProjectId' });
    }
  });

  it.each(rows)('%s takes X-Project-ID by the one rule the client follows', (id, op) => {
    const ref = projectHeaderRef(op);
    const { method, path } = info(id);
    const inlined = parameters(op).filter(
      (p) => p.in === 'header' && p.name.toLowerCase() === 'x-project-id',
    );
    // Declared once, by reference, so the client's table and the docs agree.
    expect(inlined.length).toBe(ref === undefined ? 0 : 1);
    if (ref === undefined) return;
    const isCollectionGet = method === 'GET' && !/\}$/.test(path);
    const isGetById = method === 'GET' && /\}$/.test(path);
    if (method !== 'GET') expect(ref).toMatch(/\/ProjectIdHeader$/);
    // Kubernetes requires it on every cluster call, reads included (DESIGN.md): the one exception.
    if (isGetById) {
      expect(ref).toMatch(
        path.startsWith('/api/v1/k8s/') ? /\/ProjectIdHeader$/ : /\/ProjectIdLookupHeader$/,
      );
    }
    if (isCollectionGet) expect(ref).toMatch(/\/ProjectId(FilterHeader|Header)$/);
  });

  it.each(rows)('%s pages with both Limit and Offset or neither', (_id, op) => {
    const refs = (op.operation.parameters ?? []).flatMap((p) => (isRef(p) ? [p.$ref] : []));
    const paging = refs.filter((r) => /\/(Limit|Offset)$/.test(r));
    expect([0, 2]).toContain(paging.length);
  });
});
