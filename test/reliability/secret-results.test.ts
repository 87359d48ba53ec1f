// Every result type that carries a credential (API-key secrets, database passwords and connection
// URIs, user credentials, kubeconfigs, revealed env vars), found from the operation table: the
// credential is readable as a property, and never in a spread, a structuredClone, JSON, util.inspect,
// a debug log line or a later error that echoes it.

import { inspect } from 'node:util';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import type { OperationInfo, SdkMethod } from '../../generated/operations.js';
import { RaffAPIError, RaffClient } from '../../src/index.js';
import { operationTable } from '../../src/internal/operation-table.js';
import { API, captureLogs, KEY, PROJECT } from '../support/client.js';
import {
  COMPOSITE_METHODS,
  OPERATION_CALLS,
  type OperationCall,
} from '../support/operation-calls.js';

const row = (call: OperationCall): OperationInfo => operationTable()[call.sdkMethod as SdkMethod];
// Hand-written methods (apiKeys.create) take other input: their own tests cover their secrets.
const bearing = OPERATION_CALLS.filter(
  (call) => (row(call).secrets ?? []).length > 0 && !COMPOSITE_METHODS.has(call.sdkMethod),
);

/** Where the method's result sits in the answer, as a path of keys (`[]` = each item). */
function resultPath(info: OperationInfo): string[] {
  if (info.items !== undefined) return [...info.items.split('.'), '[]'];
  if (info.result === 'body' || info.result === undefined) return [];
  return info.result.split('.');
}

/** A copy of `answer` with a distinct, scrubbable marker at every credential field. */
function markSecrets(answer: unknown, info: OperationInfo): { answer: unknown; markers: string[] } {
  const copy = structuredClone(answer);
  const markers: string[] = [];
  const base = resultPath(info);
  for (const path of info.secrets ?? []) {
    // A page's paths start at its `data`: the answer's items path replaces it.
    const keys =
      info.items !== undefined
        ? [...base, ...path.split('.').slice(2)]
        : [...base, ...path.split('.')];
    const set = (at: unknown, rest: string[]): void => {
      const [head, ...tail] = rest;
      if (head === undefined || at === null || typeof at !== 'object') return;
      if (head === '[]') {
        for (const item of at as unknown[]) set(item, tail);
      } else if (tail.length === 0) {
        const marker = `marker-secret-${markers.length}-${'z'.repeat(20)}`;
        markers.push(marker);
        (at as Record<string, unknown>)[head] = marker;
      } else set((at as Record<string, unknown>)[head], tail);
    };
    set(copy, keys);
  }
  return { answer: copy, markers };
}

function intercept(call: OperationCall, answer: unknown) {
  const method = call.method.toLowerCase() as 'get';
  return nock(API)
    [method](call.path, () => true)
    .query(true)
    .reply(call.status, answer as nock.Body);
}

it('finds every credential-bearing result in the operation table', () => {
  expect(bearing.map((call) => call.sdkMethod).sort()).toEqual(
    expect.arrayContaining([
      'apiKeys.regenerate',
      'apps.env.reveal',
      'databases.connection',
      'databases.users.create',
      'databases.users.credential',
      'databases.users.rotate',
      'functions.env.reveal',
      'kubernetes.clusters.kubeconfig',
    ]),
  );
});

describe.each(bearing)('$sdkMethod', (call) => {
  it('keeps each credential readable but out of spreads, clones, JSON, inspect, logs and later errors', async () => {
    const info = row(call);
    const { answer, markers } = markSecrets(call.answer, info);
    expect(markers.length, 'the example carries the credential fields').toBeGreaterThan(0);
    intercept(call, answer);
    const { lines, logger } = captureLogs();
    const raff = new RaffClient({ apiKey: KEY, projectId: PROJECT, logLevel: 'debug', logger });
    const result = await call.invoke(raff);

    // Readable where it is: every marker can be reached through the result's own properties.
    const reachable: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') reachable.push(value);
      else if (value !== null && typeof value === 'object') {
        for (const key of Object.getOwnPropertyNames(value)) collect((value as never)[key]);
      }
    };
    collect(result);
    expect(reachable).toEqual(expect.arrayContaining(markers));

    const views = {
      spread: JSON.stringify(Array.isArray(result) ? [...result] : { ...(result as object) }),
      clone: inspect(structuredClone(result), { depth: Number.POSITIVE_INFINITY }),
      json: JSON.stringify(result),
      inspect: inspect(result, { depth: Number.POSITIVE_INFINITY, showHidden: false }),
      logs: lines.join('\n'),
    };
    for (const [view, text] of Object.entries(views)) {
      for (const marker of markers)
        expect(text, `${view} shows a credential`).not.toContain(marker);
    }

    // The client learned the credentials: a server echoing one back has it scrubbed.
    nock(API)
      .get('/api/v1/vms')
      .reply(500, { error: 'boom', message: `leaked ${markers[0]}` });
    const error = await raff.vms.list({}, { maxRetries: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffAPIError);
    const errorText = `${(error as Error).message} ${(error as Error).stack} ${JSON.stringify(error)} ${inspect(error)}`;
    expect(errorText).not.toContain(markers[0]);
  });
});
