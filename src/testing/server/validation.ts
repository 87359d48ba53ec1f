import type { ErrorObject, ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import type { EmulatedParameter } from '../../../generated/emulator.js';
import { type OpenApiDocument, openApiDocument } from '../openapi-document.js';
import type { Operation } from './operations.js';
import { describeSchemaErrors, type ValueLocation } from './validation-messages.js';

/**
 * A JSON Schema object from openapi.json.
 *
 * @internal
 */
export type JsonSchema = Record<string, unknown>;

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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The node at a JSON pointer (`#/components/schemas/VM`) of the document.
 *
 * @throws {Error} When the pointer leads nowhere (generated/emulator.ts is stale).
 * @internal
 */
export function nodeAt(document: OpenApiDocument, pointer: string): unknown {
  let node: unknown = document;
  for (const raw of pointer.replace(/^#\/?/, '').split('/')) {
    if (raw === '') continue;
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    node = Array.isArray(node) ? node[Number(key)] : isRecord(node) ? node[key] : undefined;
    if (node === undefined) {
      throw new Error(`openapi.json has nothing at ${pointer}: run \`npm run generate\``);
    }
  }
  return node;
}

/**
 * The schema at `pointer` with every `$ref` inlined, so that an error's schema path stays inside
 * one schema: the 400 messages pick the `oneOf` branch a sender meant by that path.
 */
function inlinedSchema(document: OpenApiDocument, pointer: string): JsonSchema {
  const inline = (node: unknown, seen: readonly string[]): unknown => {
    if (Array.isArray(node)) return node.map((item) => inline(item, seen));
    if (!isRecord(node)) return node;
    const { $ref, ...rest } = node;
    const own = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, inline(v, seen)]));
    if (typeof $ref !== 'string') return own;
    if (seen.includes($ref)) throw new Error(`openapi.json: cannot inline the cycle at ${$ref}`);
    const target = inline(nodeAt(document, $ref), [...seen, $ref]);
    return { ...(isRecord(target) ? target : {}), ...own };
  };
  const schema = inline(nodeAt(document, pointer), [pointer]);
  if (!isRecord(schema)) throw new Error(`openapi.json: no schema at ${pointer}`);
  return schema;
}

/**
 * What a request looks like once checked: path, query and declared header values coerced to their
 * schema types (headers under openapi.json's spelling, e.g. `Idempotency-Key`).
 *
 * @internal
 */
export interface CheckedRequest {
  readonly params: Record<string, unknown>;
  readonly query: Record<string, unknown>;
  readonly headers: Record<string, unknown>;
}

interface CompiledOperation {
  readonly path: ValidateFunction | undefined;
  readonly query: ValidateFunction | undefined;
  readonly header: ValidateFunction | undefined;
  readonly body: ValidateFunction | undefined;
  /** Lower-case header name → the spelling openapi.json uses, for messages. */
  readonly headerNames: ReadonlyMap<string, string>;
}

const compiled = new Map<Operation['id'], CompiledOperation>();

function objectSchema(
  document: OpenApiDocument,
  parameters: readonly EmulatedParameter[],
  lowerCase: boolean,
): JsonSchema {
  const key = (p: EmulatedParameter) => (lowerCase ? p.name.toLowerCase() : p.name);
  return {
    type: 'object',
    properties: Object.fromEntries(
      parameters.map((p) => [key(p), inlinedSchema(document, p.schema)]),
    ),
    required: parameters.filter((p) => p.required === true).map(key),
  };
}

function compile(operation: Operation): CompiledOperation {
  let entry = compiled.get(operation.id);
  if (entry !== undefined) return entry;
  const document = openApiDocument();
  bodyAjv ??= newAjv(false);
  paramAjv ??= newAjv(true);
  const params = paramAjv;
  const of = (where: EmulatedParameter['in']) =>
    (operation.params ?? []).filter((p) => p.in === where);
  const forLocation = (where: EmulatedParameter['in']) => {
    const list = of(where);
    return list.length === 0
      ? undefined
      : params.compile(objectSchema(document, list, where === 'header'));
  };
  entry = {
    path: forLocation('path'),
    query: forLocation('query'),
    header: forLocation('header'),
    body:
      operation.body === undefined
        ? undefined
        : bodyAjv.compile(inlinedSchema(document, operation.body.schema)),
    headerNames: new Map(of('header').map((p) => [p.name.toLowerCase(), p.name])),
  };
  compiled.set(operation.id, entry);
  return entry;
}

function check(
  validate: ValidateFunction | undefined,
  data: unknown,
  location: ValueLocation,
  names?: ReadonlyMap<string, string>,
): string | undefined {
  if (validate === undefined || validate(data)) return undefined;
  const errors: readonly ErrorObject[] = validate.errors ?? [];
  return describeSchemaErrors(errors, location, names);
}

/**
 * Checks a request against its operation in openapi.json: path parameters, query parameters,
 * declared headers and the JSON body. Returns the coerced path, query and header values, or the message
 * of the first problem found.
 *
 * @internal
 */
export function validateRequest(
  operation: Operation,
  input: {
    readonly params: Readonly<Record<string, string>>;
    readonly searchParams: URLSearchParams;
    readonly headers: Record<string, string | string[] | undefined>;
    readonly body: unknown;
  },
): CheckedRequest | { readonly error: string } {
  const validators = compile(operation);
  const params: Record<string, unknown> = { ...input.params };
  const query: Record<string, unknown> = {};
  const headers: Record<string, unknown> = {};
  for (const parameter of operation.params ?? []) {
    if (parameter.in === 'query') {
      const value = input.searchParams.get(parameter.name);
      if (value !== null) query[parameter.name] = value;
    } else if (parameter.in === 'header') {
      const value = input.headers[parameter.name.toLowerCase()];
      if (value !== undefined) headers[parameter.name.toLowerCase()] = value;
    }
  }
  const problem =
    check(validators.path, params, 'path') ??
    check(validators.query, query, 'query') ??
    check(validators.header, headers, 'header', validators.headerNames) ??
    (input.body === undefined ? undefined : check(validators.body, input.body, 'body'));
  if (problem !== undefined) return { error: problem };
  const named = Object.entries(headers).map(([name, value]) => [
    validators.headerNames.get(name) ?? name,
    value,
  ]);
  return { params, query, headers: Object.fromEntries(named) };
}
