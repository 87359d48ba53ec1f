// The compact operation table the client ships, parsed, says exactly what the operation model
// (generated/model.json) says: no row lost, none added, no field read wrong.
import { describe, expect, it } from 'vitest';
import type { SdkMethod } from '../../generated/operations.js';
import { operationOf, operationsOf, operationTable } from '../../src/internal/operation-table.js';
import { MODEL } from '../support/operation-calls.js';

interface ModelRow {
  readonly sdk: string;
  readonly method: string;
  readonly path: string;
  readonly input?: string;
  readonly project?: string;
  readonly public: boolean;
  readonly paged?: number;
  readonly idempotent: boolean;
  readonly permission: string | null;
  readonly permissionProject: string | null;
  readonly result: { kind: string; path?: string; items?: string; total?: string };
  readonly secrets: readonly string[];
  readonly waiter?: { field: string; statuses?: string[]; failure: string[]; interval: number };
  readonly typeNames: { result?: string };
}

/** The row the model describes, in the parsed table's shape. */
function expectedRow(op: ModelRow): Record<string, unknown> {
  const { result } = op;
  return {
    method: op.method,
    path: op.path,
    ...(op.input ? { input: op.input } : {}),
    ...(op.project ? { project: op.project } : {}),
    ...(op.public ? { public: true } : {}),
    ...(op.paged ? { paged: op.paged } : {}),
    ...(op.idempotent ? { idempotent: true } : {}),
    ...(op.permission ? { permission: op.permission } : {}),
    ...(op.permissionProject ? { permissionProject: op.permissionProject } : {}),
    ...(result.kind === 'page'
      ? { items: result.items, ...(result.total ? { total: result.total } : {}) }
      : { result: result.kind === 'field' ? result.path : result.kind }),
    ...(op.secrets.length ? { secrets: op.secrets } : {}),
    ...(op.waiter
      ? {
          wait: {
            field: op.waiter.field,
            ...(op.waiter.statuses ? { statuses: op.waiter.statuses } : {}),
            failure: op.waiter.failure,
            interval: op.waiter.interval,
            noun: op.typeNames.result,
          },
        }
      : {}),
  };
}

const rows = (MODEL.operations as unknown as ModelRow[]).map((op) => [op.sdk, op] as const);

// First in this file, so that nothing has parsed the whole table yet.
describe('the table parsed a namespace at a time', () => {
  it('reads one operation, its namespace in order, and the same rows as the whole table', () => {
    const add = operationOf('vms.tags.add');
    expect(add).toMatchObject({ method: 'POST', path: '/api/v1/vms/{id}/tags' });
    expect(operationsOf('vms.tags').map(([id]) => id)).toEqual([
      'vms.tags.add',
      'vms.tags.remove',
      'vms.tags.update',
    ]);
    expect(operationOf('vms.tags.nothing' as SdkMethod)).toBeUndefined();
    expect(operationOf('toString' as SdkMethod)).toBeUndefined();
    expect(operationsOf('nothing')).toEqual([]);
    expect(operationTable()['vms.tags.add']).toBe(add);
  });
});

describe('the parsed operation table', () => {
  it('has a row for every operation of the model, and no other', () => {
    expect(Object.keys(operationTable()).sort()).toEqual(rows.map(([sdk]) => sdk).sort());
    expect(rows).toHaveLength(253);
  });

  it.each(rows)('%s reads as the model says', (sdk, op) => {
    expect(operationTable()[sdk as keyof ReturnType<typeof operationTable>]).toEqual(
      expectedRow(op),
    );
  });
});
