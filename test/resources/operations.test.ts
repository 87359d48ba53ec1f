// Every operation of openapi.json, through its SDK method, against nock: what was sent (method,
// path, query, body, X-API-Key, X-Project-ID) and what came back (the envelope unwrapped as the
// operation table says). Driven by the table: a new operation is tested without a new row.
import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import type { OperationInfo, SdkMethod } from '../../generated/operations.js';
import { RaffClient, RaffValidationError } from '../../src/index.js';
import { operationTable } from '../../src/internal/operation-table.js';
import { API, KEY, PROJECT } from '../support/client.js';
import {
  COMPOSITE_METHODS,
  OPERATION_CALLS,
  type OperationCall,
} from '../support/operation-calls.js';
import { referenceSpec } from '../support/reference-spec.js';

const plain = OPERATION_CALLS.filter((call) => !COMPOSITE_METHODS.has(call.sdkMethod));

const at = (value: unknown, path: string): unknown =>
  path.split('.').reduce((v, key) => (v as Record<string, unknown>)?.[key], value);

/** The credential fields of the call's result (`secret`, `password`, `[].value`, …). */
function secretsOf(call: OperationCall): readonly string[] {
  const row: OperationInfo = operationTable()[call.sdkMethod as SdkMethod];
  return row.secrets ?? [];
}

/** Every value at a dotted path, `[]` standing for each item of an array. */
function valuesAt(value: unknown, path: string): unknown[] {
  const [head, ...rest] = path.split('.');
  if (head === undefined || value === null || typeof value !== 'object') return [];
  const next = head === '[]' ? (value as unknown[]) : [(value as Record<string, unknown>)[head]];
  return rest.length === 0 ? next : next.flatMap((item) => valuesAt(item, rest.join('.')));
}

/** A deep copy of a result without its credential fields, as `toEqual` sees the real one. */
function withoutSecrets(value: unknown, paths: readonly string[]): unknown {
  const copy = structuredClone(value);
  const drop = (at: unknown, keys: readonly string[]): void => {
    const [head, ...rest] = keys;
    if (head === undefined || at === null || typeof at !== 'object') return;
    if (head === '[]') for (const item of at as unknown[]) drop(item, rest);
    else if (rest.length === 0) delete (at as Record<string, unknown>)[head];
    else drop((at as Record<string, unknown>)[head], rest);
  };
  for (const path of paths) drop(copy, path.split('.'));
  return copy;
}

function expectedResult(call: OperationCall): unknown {
  const row: OperationInfo = operationTable()[call.sdkMethod as SdkMethod];
  const answer = call.answer as Record<string, unknown>;
  if (row.items !== undefined) {
    const data = at(answer, row.items) as unknown[];
    const total = row.total === undefined ? undefined : at(answer, row.total);
    if (total !== undefined) return { data, total };
    return row.paged ? { data } : { data, total: data.length };
  }
  if (row.result === 'none') return undefined;
  if (row.result === 'body') {
    const { success: _, ...rest } = answer;
    return rest;
  }
  return at(answer, row.result ?? 'data');
}

function intercept(call: OperationCall, headers: { key: boolean; project: string | undefined }) {
  const scope = nock(API, {
    reqheaders: {
      ...(headers.key ? { 'x-api-key': KEY } : {}),
      ...(headers.project ? { 'x-project-id': headers.project } : {}),
    },
    badheaders: [
      ...(headers.key ? [] : ['x-api-key']),
      ...(headers.project ? [] : ['x-project-id']),
    ],
  });
  const method = call.method.toLowerCase() as 'get';
  return scope[method](
    call.path,
    call.body === undefined ? undefined : (call.body as nock.RequestBodyMatcher),
  )
    .query(call.query)
    .reply(call.status, call.answer as nock.Body);
}

describe('every operation has its method', () => {
  it('names an SDK method on every operation of openapi.json, and the method exists', () => {
    const client = new RaffClient({ apiKey: KEY });
    for (const call of OPERATION_CALLS) {
      const names = call.sdkMethod.split('.');
      const owner = names
        .slice(0, -1)
        .reduce(
          (at: Record<string, unknown>, key) => at[key] as Record<string, unknown>,
          client as never,
        );
      expect(typeof owner?.[names.at(-1) as string], `raff.${call.sdkMethod}`).toBe('function');
    }
    expect(OPERATION_CALLS).toHaveLength(Object.keys(operationTable()).length);
  });

  it("has every operation of Raff's October 2026 spec, and none it lacks", async ({ skip }) => {
    const { parse } = await import('yaml');
    const published = parse(readFileSync(referenceSpec(skip), 'utf8')) as {
      paths: Record<string, Record<string, { operationId?: string }>>;
    };
    const theirs = Object.values(published.paths).flatMap((item) =>
      Object.values(item).flatMap((op) => (op?.operationId ? [op.operationId] : [])),
    );
    expect(theirs).toHaveLength(253);
    const ours = OPERATION_CALLS.map((call) => call.operationId);
    expect(theirs.filter((id) => !ours.includes(id))).toEqual([]);
    expect(ours.filter((id) => !theirs.includes(id))).toEqual([]);
  });
});

describe.each(plain)('$sdkMethod ($method $template)', (call) => {
  it('sends the operation with the key and the project as the table says, and unwraps the answer', async () => {
    const project = call.project === 'none' ? undefined : PROJECT;
    intercept(call, { key: !call.public, project });
    const client = new RaffClient({ apiKey: KEY, projectId: PROJECT, logLevel: 'off' });
    const result = await call.invoke(client);
    const expected = expectedResult(call);
    // Credentials stay readable as properties, but out of JSON, spreads and inspect.
    for (const path of secretsOf(call)) {
      const secrets = valuesAt(expected, path);
      expect(valuesAt(result, path), path).toEqual(secrets);
      for (const secret of secrets.filter((value) => value !== '')) {
        expect(JSON.stringify(result), path).not.toContain(String(secret));
        expect(inspect(result, { depth: 9 }), path).not.toContain(String(secret));
      }
    }
    expect(result).toEqual(withoutSecrets(expected, secretsOf(call)));
  });

  if (call.project === 'required') {
    it('refuses to send without a project', async () => {
      const client = new RaffClient({ apiKey: KEY, projectId: null, logLevel: 'off' });
      await expect(call.invoke(client)).rejects.toBeInstanceOf(RaffValidationError);
    });
  }

  if (call.project === 'optional') {
    it('sends no X-Project-ID with projectId: null on the call', async () => {
      intercept(call, { key: !call.public, project: undefined });
      const client = new RaffClient({ apiKey: KEY, projectId: PROJECT, logLevel: 'off' });
      await expect(call.invoke(client, { projectId: null })).resolves.toEqual(expectedResult(call));
    });
  }

  if (call.public) {
    it('works on a keyless client and sends no key', async () => {
      intercept(call, { key: false, project: undefined });
      const client = new RaffClient({ apiKey: null, logLevel: 'off' });
      await expect(call.invoke(client)).resolves.toEqual(expectedResult(call));
    });
  } else {
    it('is refused before any I/O on a keyless client, naming RAFF_API_KEY', async () => {
      const client = new RaffClient({ apiKey: null, projectId: PROJECT, logLevel: 'off' });
      const error = await call.invoke(client).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RaffValidationError);
      expect((error as Error).message).toContain('RAFF_API_KEY');
    });
  }
});
