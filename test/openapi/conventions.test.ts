// What the SDK and the emulator rely on in openapi.json that redocly does not check (redocly
// already checks operationIds, tags, descriptions, references and that every example matches its
// schema), read from the operation model the generator builds from it (generated/model.json).
// Rules over every operation: no hand-kept list of operations.
import { describe, expect, it } from 'vitest';
import { PERMISSION_CATALOG, permissionScope } from '../../src/offline/permission-catalog.js';
import { MODEL } from '../support/operation-calls.js';

/** One parameter of the model: `ref` names the shared component it is declared by, if any. */
interface ModelParam {
  readonly name: string;
  readonly in: string;
  readonly required: boolean;
  readonly ref?: string;
}

/** The part of an operation of generated/model.json these rules read. */
interface ModelOperation {
  readonly id: string;
  readonly sdk: string;
  readonly method: string;
  readonly path: string;
  readonly public: boolean;
  readonly project?: 'required' | 'optional';
  readonly permission: string | null;
  readonly permissionProject: string | null;
  readonly query?: { readonly params: readonly ModelParam[] };
  readonly headers: readonly ModelParam[];
  readonly errors: readonly { status: string; ref?: string; headers: readonly string[] }[];
}

const operations = MODEL.operations as unknown as readonly ModelOperation[];
const rows = operations.map((op) => [op.id, op] as const);

describe('every operation in openapi.json', () => {
  it('is in the model: one row per operation of openapi.json', () => {
    expect(rows.length).toBeGreaterThanOrEqual(253);
    expect(new Set(operations.map((op) => op.id)).size).toBe(operations.length);
  });

  it.each(rows)('%s names an SDK method', (_id, op) => {
    expect(op.sdk).toMatch(/^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)+$/);
  });

  it.each(rows)('%s names a permission of the catalog, with its project source', (_id, op) => {
    if (op.permission === null) {
      expect(op.permissionProject).toBeNull();
      return;
    }
    expect(PERMISSION_CATALOG.map((p) => p.name)).toContain(op.permission);
    if (permissionScope(op.permission) === 'project') {
      expect(['header', 'path', 'resource']).toContain(op.permissionProject);
    } else {
      expect(op.permissionProject).toBeNull();
    }
  });

  it.each(rows)('%s declares the errors its kind of call can produce', (_id, op) => {
    const codes = op.errors.map((error) => error.status);
    expect(codes).toEqual(expect.arrayContaining(['429', 'default']));
    if (!op.public) expect(codes).toEqual(expect.arrayContaining(['401']));
    if (op.permission !== null) expect(codes).toContain('403');
    if (op.path.includes('{')) expect(codes).toContain('404');
    const limited = op.errors.find((error) => error.status === '429');
    expect(limited?.headers).toContain('Retry-After');
    if (op.project === 'required') {
      expect(op.errors.find((error) => error.status === '400')?.ref).toBe('MissingProjectId');
    }
  });

  it.each(rows)('%s takes X-Project-ID by the one rule the client follows', (_id, op) => {
    const declared = op.headers.filter((p) => p.name.toLowerCase() === 'x-project-id');
    // Declared once, by reference, so the client's table and the docs agree.
    expect(declared.length).toBeLessThanOrEqual(1);
    const [header] = declared;
    expect(op.project).toBe(
      header === undefined ? undefined : header.required ? 'required' : 'optional',
    );
    if (header === undefined) return;
    const ref = header.ref;
    expect(ref).toMatch(/^ProjectId(Header|FilterHeader|LookupHeader)$/);
    const isCollectionGet = op.method === 'GET' && !/\}$/.test(op.path);
    const isGetById = op.method === 'GET' && /\}$/.test(op.path);
    if (op.method !== 'GET') expect(ref).toBe('ProjectIdHeader');
    // Kubernetes requires it on every cluster call, reads included (DESIGN.md): the one exception.
    if (isGetById) {
      expect(ref).toBe(
        op.path.startsWith('/api/v1/k8s/') ? 'ProjectIdHeader' : 'ProjectIdLookupHeader',
      );
    }
    if (isCollectionGet) expect(ref).toMatch(/^ProjectId(FilterHeader|Header)$/);
  });

  it.each(rows)('%s pages with both Limit and Offset or neither', (_id, op) => {
    const refs = (op.query?.params ?? []).flatMap((p) => (p.ref === undefined ? [] : [p.ref]));
    const paging = refs.filter((r) => r === 'Limit' || r === 'Offset');
    expect([0, 2]).toContain(paging.length);
  });
});
