import type { ErrorObject, ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { type JsonSchema, type Operation, SPEC_COMPONENTS, type SpecParameter } from './spec.js';
import { describeSchemaErrors, type ValueLocation } from './validation-messages.js';

function newAjv(coerceTypes: boolean): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, coerceTypes });
  // ajv-formats is CommonJS: under Node's ESM loader the import is `module.exports`.
  formats.default(ajv);
  // OpenAPI annotations that are not JSON Schema keywords.
  ajv.addVocabulary(['example', 'discriminator', 'xml', 'externalDocs', 'x-raff-secret']);
  return ajv;
}

// Bodies are checked as sent; path, query and header values are strings and get coerced.
let bodyAjv: Ajv2020 | undefined;
let paramAjv: Ajv2020 | undefined;

const schemas = (SPEC_COMPONENTS as { schemas?: Record<string, JsonSchema> }).schemas ?? {};

/** Inlines every `#/components/schemas/…` reference, so error paths stay inside one schema. */
function deref(node: unknown, seen: readonly string[] = []): unknown {
  if (Array.isArray(node)) return node.map((item) => deref(item, seen));
  if (node === null || typeof node !== 'object') return node;
  const { $ref, ...rest } = node as Record<string, unknown>;
  const inlined = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, deref(v, seen)]));
  if (typeof $ref !== 'string') return inlined;
  const name = $ref.replace('#/components/schemas/', '');
  const target = schemas[name];
  if (target === undefined || seen.includes(name)) {
    throw new Error(`openapi.json: cannot inline ${$ref}`);
  }
  return { ...(deref(target, [...seen, name]) as object), ...inlined };
}

/**
 * What a request looks like once checked: query values coerced to their schema types.
 *
 * @internal
 */
export interface CheckedRequest {
  readonly query: Record<string, unknown>;
}

interface CompiledOperation {
  readonly path: ValidateFunction | undefined;
  readonly query: ValidateFunction | undefined;
  readonly header: ValidateFunction | undefined;
  readonly body: ValidateFunction | undefined;
  /** Lower-case header name → the spelling openapi.json uses, for messages. */
  readonly headerNames: ReadonlyMap<string, string>;
}

const compiled = new Map<Operation, CompiledOperation>();

function objectSchema(parameters: readonly SpecParameter[], lowerCase: boolean): JsonSchema {
  const key = (p: SpecParameter) => (lowerCase ? p.name.toLowerCase() : p.name);
  return {
    type: 'object',
    properties: Object.fromEntries(parameters.map((p) => [key(p), deref(p.schema)])),
    required: parameters.filter((p) => p.required).map(key),
  };
}

function compile(operation: Operation): CompiledOperation {
  let entry = compiled.get(operation);
  if (entry !== undefined) return entry;
  bodyAjv ??= newAjv(false);
  paramAjv ??= newAjv(true);
  const params = paramAjv;
  const of = (where: SpecParameter['in']) => operation.parameters.filter((p) => p.in === where);
  const forLocation = (where: SpecParameter['in']) => {
    const list = of(where);
    return list.length === 0 ? undefined : params.compile(objectSchema(list, where === 'header'));
  };
  entry = {
    path: forLocation('path'),
    query: forLocation('query'),
    header: forLocation('header'),
    body:
      operation.body === undefined
        ? undefined
        : bodyAjv.compile(deref(operation.body.schema) as JsonSchema),
    headerNames: new Map(of('header').map((p) => [p.name.toLowerCase(), p.name])),
  };
  compiled.set(operation, entry);
  return entry;
}

function check(
  validate: ValidateFunction | undefined,
  data: unknown,
  location: ValueLocation,
  names?: ReadonlyMap<string, string>,
): string | undefined {
  if (validate === undefined || validate(data)) return undefined;
  return describeSchemaErrors((validate.errors ?? []) as ErrorObject[], location, names);
}

/**
 * Checks a request against its operation in openapi.json: path parameters, query parameters,
 * declared headers and the JSON body. Returns the coerced query, or the message of the first
 * problem found.
 *
 * @internal
 */
export function validateRequest(
  operation: Operation,
  input: {
    readonly params: Record<string, string>;
    readonly searchParams: URLSearchParams;
    readonly headers: Record<string, string | string[] | undefined>;
    readonly body: unknown;
  },
): CheckedRequest | { readonly error: string } {
  const validators = compile(operation);
  const query: Record<string, unknown> = {};
  const headers: Record<string, unknown> = {};
  for (const parameter of operation.parameters) {
    if (parameter.in === 'query') {
      const value = input.searchParams.get(parameter.name);
      if (value !== null) query[parameter.name] = value;
    } else if (parameter.in === 'header') {
      const value = input.headers[parameter.name.toLowerCase()];
      if (value !== undefined) headers[parameter.name.toLowerCase()] = value;
    }
  }
  const problem =
    check(validators.path, { ...input.params }, 'path') ??
    check(validators.query, query, 'query') ??
    check(validators.header, headers, 'header', validators.headerNames) ??
    (input.body === undefined ? undefined : check(validators.body, input.body, 'body'));
  return problem === undefined ? { query } : { error: problem };
}
