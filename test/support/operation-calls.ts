// Every operation of openapi.json as a call of its SDK method, built from the spec alone: the
// method named by `x-raff-sdk-method`, path ids from the parameters' schemas, the body from the
// request example, query values from the parameter examples. Tests iterate over this table, so a
// new operation needs no test row of its own.
import { readFileSync } from 'node:fs';
import type { RaffClient, RequestOptions } from '../../src/index.js';

interface Param {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: { type?: string | string[]; format?: string; enum?: unknown[]; minimum?: number };
  example?: unknown;
  examples?: Record<string, { value?: unknown }>;
}

interface Operation {
  operationId: string;
  'x-raff-sdk-method': string;
  security?: unknown[];
  parameters?: ({ $ref: string } | Param)[];
  requestBody?: {
    $ref?: string;
    content: { 'application/json': { example?: unknown; examples?: Record<string, unknown> } };
  };
  responses: Record<string, unknown>;
}

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

/** Methods that add behaviour around their operation: tested on their own, not by the table. */
export const COMPOSITE_METHODS: ReadonlySet<string> = new Set([
  'apiKeys.create',
  'projects.members.add',
  'projects.members.update',
]);

const spec = JSON.parse(readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8'));

function resolve<T>(node: T | { $ref: string }): T {
  if (node && typeof node === 'object' && '$ref' in node) {
    return (node.$ref as string)
      .slice(2)
      .split('/')
      .reduce((at: Record<string, unknown>, key) => at[key] as Record<string, unknown>, spec) as T;
  }
  return node as T;
}

function exampleOf(holder: { example?: unknown; examples?: Record<string, unknown> }): unknown {
  if (holder.example !== undefined) return holder.example;
  const first = Object.values(holder.examples ?? {})[0];
  return first === undefined ? undefined : resolve(first as { value?: unknown }).value;
}

function pathValue(param: Param): string | number {
  const example = param.example ?? exampleOf(param);
  if (example !== undefined) return example as string | number;
  const type = param.schema?.type;
  if (type === 'integer' || type === 'number') return Math.max(param.schema?.minimum ?? 1, 7);
  if (param.schema?.enum) return param.schema.enum[0] as string;
  return '7fc3b7cc-b853-44e1-8bfe-24a648cb698b';
}

function build(template: string, httpMethod: string, op: Operation): OperationCall {
  const params = (op.parameters ?? []).map((p) => resolve<Param>(p));
  const pathParams = params.filter((p) => p.in === 'path');
  const values = pathParams.map(pathValue);
  let path = template;
  pathParams.forEach((param, index) => {
    path = path.replace(`{${param.name}}`, encodeURIComponent(String(values[index])));
  });
  const query: Record<string, string> = {};
  const queryArg: Record<string, unknown> = {};
  for (const param of params.filter((p) => p.in === 'query')) {
    if (param.name === 'limit' || param.name === 'offset') continue;
    const example = param.example ?? exampleOf(param);
    if (example === undefined) continue;
    query[param.name] = String(example);
    queryArg[param.name] = example;
  }
  const header = params.find((p) => p.in === 'header' && p.name === 'X-Project-ID');
  const body = op.requestBody
    ? exampleOf(resolve(op.requestBody).content['application/json'])
    : undefined;
  const status = Object.keys(op.responses).find((code) => code.startsWith('2')) ?? '200';
  const response = resolve(op.responses[status] as { content?: Record<string, never> });
  const media = response.content?.['application/json'] as
    | { example?: unknown; examples?: Record<string, unknown> }
    | undefined;
  const sdkMethod = op['x-raff-sdk-method'];
  const hasQuery = params.some((p) => p.in === 'query');
  const arity = values.length + (op.requestBody || hasQuery ? 1 : 0);
  const args: unknown[] = [...values];
  if (body !== undefined) args.push(body);
  else if (hasQuery) args.push(queryArg);
  return {
    operationId: op.operationId,
    sdkMethod,
    method: httpMethod.toUpperCase(),
    template,
    path,
    query,
    body,
    public: Array.isArray(op.security) && op.security.length === 0,
    project: header === undefined ? 'none' : header.required ? 'required' : 'optional',
    status: Number(status),
    answer: media ? exampleOf(media) : undefined,
    invoke(client, options) {
      const names = sdkMethod.split('.');
      const name = names.pop() as string;
      const owner = names.reduce(
        (at: Record<string, unknown>, key) => at[key] as Record<string, unknown>,
        client as unknown as Record<string, unknown>,
      );
      const fn = owner[name] as (...a: unknown[]) => Promise<unknown>;
      if (typeof fn !== 'function') throw new Error(`raff.${sdkMethod} is not a method`);
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

/** Every operation of openapi.json, in document order. */
export const OPERATION_CALLS: readonly OperationCall[] = Object.entries(
  spec.paths as Record<string, Record<string, Operation>>,
).flatMap(([template, item]) =>
  Object.entries(item)
    .filter(([, op]) => typeof op === 'object' && op !== null && 'operationId' in op)
    .map(([method, op]) => build(template, method, op)),
);
