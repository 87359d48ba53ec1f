// Every operation as a call of its SDK method, built from the operation model alone
// (generated/model.json): path ids from the parameters' examples or schemas, the body from the
// request example, query values from the parameter examples. Tests iterate over this table, so a
// new operation needs no test row of its own.
import { readFileSync } from 'node:fs';
import type { RaffClient, RequestOptions } from '../../src/index.js';

/** One operation as the tests call it and as it must appear on the wire. */
export interface OperationCall {
  readonly operationId: string;
  /** `vms.networks.attachVpc`. */
  readonly sdkMethod: string;
  readonly method: string;
  /** The path template. */
  readonly template: string;
  /** The path with the ids filled in, as sent. */
  readonly path: string;
  readonly query: Record<string, string>;
  readonly body: unknown;
  /** Public: no `X-API-Key`. */
  readonly public: boolean;
  /** How it takes `X-Project-ID`: required, optional or not at all. */
  readonly project: 'required' | 'optional' | 'none';
  /** The 2xx status and example answer. */
  readonly status: number;
  readonly answer: unknown;
  /** Calls the SDK method with these arguments. */
  invoke(client: RaffClient, options?: RequestOptions): Promise<unknown>;
}

/** One operation of generated/model.json, as far as the tests read it. */
export interface ModelOperation {
  readonly id: string;
  readonly sdk: string;
  readonly namespace: string;
  readonly name: string;
  readonly method: string;
  readonly path: string;
  /** The first tag, e.g. `Virtual Machines`. */
  readonly tag: string;
  readonly pathParams: readonly ModelParam[];
  readonly query?: { readonly params: readonly ModelParam[] };
  readonly body?: { readonly required: boolean; readonly example?: unknown };
  readonly input?: 'query' | 'body';
  readonly project?: 'required' | 'optional';
  readonly public: boolean;
  /** `x-raff-permission`, `null` where Raff documents none. */
  readonly permission: string | null;
  /** `x-raff-permission-project`. */
  readonly permissionProject: 'header' | 'path' | 'resource' | null;
  readonly successStatus: number;
  readonly successExample?: unknown;
  /** The documented non-2xx responses: status (or `default`) and the shared response's name. */
  readonly errors: readonly { readonly status: string; readonly ref?: string }[];
}

/** A parameter of generated/model.json. */
export interface ModelParam {
  readonly name: string;
  readonly required: boolean;
  readonly schema?: { type?: string; enum?: unknown[]; minimum?: number };
  readonly example?: unknown;
  /** The shared parameter (`#/components/parameters/<ref>`) it is, if any. */
  readonly ref?: string;
}

/** The operation model the generator wrote from openapi.json. */
export const MODEL = JSON.parse(
  readFileSync(new URL('../../generated/model.json', import.meta.url), 'utf8'),
) as {
  operations: ModelOperation[];
  namespaces: { path: string; custom?: { methods: string[] } }[];
};

function pathValue(param: ModelParam): string | number {
  if (param.example !== undefined) return param.example as string | number;
  const type = param.schema?.type;
  if (type === 'integer' || type === 'number') return Math.max(param.schema?.minimum ?? 1, 7);
  if (param.schema?.enum) return param.schema.enum[0] as string;
  return '7fc3b7cc-b853-44e1-8bfe-24a648cb698b';
}

function build(op: ModelOperation): OperationCall {
  const values = op.pathParams.map(pathValue);
  let path = op.path;
  op.pathParams.forEach((param, index) => {
    path = path.replace(`{${param.name}}`, encodeURIComponent(String(values[index])));
  });
  const query: Record<string, string> = {};
  const queryArg: Record<string, unknown> = {};
  for (const param of op.query?.params ?? []) {
    if (param.name === 'limit' || param.name === 'offset' || param.example === undefined) continue;
    query[param.name] = String(param.example);
    queryArg[param.name] = param.example;
  }
  const body = op.body?.example;
  const arity = values.length + (op.input ? 1 : 0);
  const args: unknown[] = [...values];
  if (op.input === 'body') args.push(body);
  else if (op.input === 'query') args.push(queryArg);
  return {
    operationId: op.id,
    sdkMethod: op.sdk,
    method: op.method,
    template: op.path,
    path,
    query,
    body,
    public: op.public,
    project: op.project ?? 'none',
    status: op.successStatus,
    answer: op.successExample,
    invoke(client, options) {
      const names = op.sdk.split('.');
      const name = names.pop() as string;
      const owner = names.reduce(
        (at: Record<string, unknown>, key) => at[key] as Record<string, unknown>,
        client as unknown as Record<string, unknown>,
      );
      const fn = owner[name] as (...a: unknown[]) => Promise<unknown>;
      if (typeof fn !== 'function') throw new Error(`raff.${op.sdk} is not a method`);
      // The house order: path ids, then the body or the query, then the options.
      const padded = [...args];
      if (options !== undefined) {
        while (padded.length < arity) padded.push(undefined);
        padded.push(options);
      }
      return fn.apply(owner, padded);
    },
  };
}

/** Every operation of the model, in openapi.json's order. */
export const OPERATION_CALLS: readonly OperationCall[] = MODEL.operations.map(build);

/** Methods that are hand-written around their operation: tested on their own, not by the table. */
export const COMPOSITE_METHODS: ReadonlySet<string> = new Set(
  MODEL.namespaces.flatMap((ns) => (ns.custom?.methods ?? []).map((name) => `${ns.path}.${name}`)),
);
