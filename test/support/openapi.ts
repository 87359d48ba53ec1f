// Contract helpers over openapi.json: validate any value against a schema in the document, match
// concrete request paths to operations, and check whole responses (body and declared headers).
// Everything is compiled lazily, once, and cached — emulator tests call these on every response.
import { readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
export const HTTP_METHODS: readonly HttpMethod[] = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
];

export interface RefObject {
  $ref: string;
}
export interface SchemaObject {
  [keyword: string]: unknown;
}
export interface ExampleObject {
  summary?: string;
  description?: string;
  value?: unknown;
  externalValue?: string;
}
export interface MediaTypeObject {
  schema?: SchemaObject;
  example?: unknown;
  examples?: Record<string, ExampleObject | RefObject>;
}
export interface ParameterObject {
  name: string;
  in: 'query' | 'header' | 'path' | 'cookie';
  required?: boolean;
  description?: string;
  schema?: SchemaObject;
  example?: unknown;
  examples?: Record<string, ExampleObject | RefObject>;
}
export interface HeaderObject {
  description?: string;
  required?: boolean;
  schema?: SchemaObject;
  example?: unknown;
}
export interface RequestBodyObject {
  required?: boolean;
  description?: string;
  content?: Record<string, MediaTypeObject>;
}
export interface ResponseObject {
  description: string;
  headers?: Record<string, HeaderObject | RefObject>;
  content?: Record<string, MediaTypeObject>;
}
export interface OperationObject {
  operationId?: string;
  tags?: string[];
  summary?: string;
  description?: string;
  parameters?: Array<ParameterObject | RefObject>;
  requestBody?: RequestBodyObject | RefObject;
  responses?: Record<string, ResponseObject | RefObject>;
  'x-raff-permission'?: string;
  'x-raff-permission-project'?: 'header' | 'path' | 'resource';
}
export type PathItemObject = Partial<Record<HttpMethod, OperationObject>> & {
  parameters?: Array<ParameterObject | RefObject>;
};
export interface OpenApiDocument {
  openapi: string;
  info: Record<string, unknown>;
  tags?: Array<{ name: string; description?: string }>;
  paths: Record<string, PathItemObject>;
  components?: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

export const SPEC_PATH = new URL('../../openapi.json', import.meta.url);
export const spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as OpenApiDocument;

const SPEC_ID = 'https://raff.invalid/openapi.json';
const JSON_MEDIA = 'application/json';

// --------------------------------------------------------------------------------------------
// JSON pointers
// --------------------------------------------------------------------------------------------

/** Splits `#/a/b~1c` (or `/a/b~1c`) into raw segments: `['a', 'b/c']`. */
export function parsePointer(ref: string): string[] {
  const fragment = ref.startsWith('#') ? ref.slice(1) : ref;
  if (fragment === '' || fragment === '/') return [];
  if (!fragment.startsWith('/')) throw new Error(`Not a JSON pointer into openapi.json: ${ref}`);
  return fragment
    .slice(1)
    .split('/')
    .map((s) => decodeURIComponent(s).replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** Builds `#/a/b~1c` from raw segments. */
export function toPointer(segments: readonly (string | number)[]): string {
  return `#${segments.map((s) => `/${String(s).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('')}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isRef(value: unknown): value is RefObject {
  return isObject(value) && typeof value.$ref === 'string';
}

/** Reads the value at a pointer, or `undefined` when the pointer leads nowhere. */
export function getAtPointer(ref: string): unknown {
  let node: unknown = spec;
  for (const segment of parsePointer(ref)) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isObject(node)) node = node[segment];
    else return undefined;
    if (node === undefined) return undefined;
  }
  return node;
}

/** Follows `$ref`s (local ones only) until a real object; returns it with its pointer. */
export function resolve<T>(value: T | RefObject, at: string): { value: T; pointer: string } {
  let current: unknown = value;
  let pointer = at;
  const seen = new Set<string>();
  while (isRef(current)) {
    if (!current.$ref.startsWith('#'))
      throw new Error(`Only local $refs are supported: ${current.$ref}`);
    if (seen.has(current.$ref)) throw new Error(`$ref cycle at ${current.$ref}`);
    seen.add(current.$ref);
    pointer = current.$ref;
    current = getAtPointer(pointer);
    if (current === undefined) throw new Error(`Unresolved $ref ${pointer} (from ${at})`);
  }
  return { value: current as T, pointer };
}

// --------------------------------------------------------------------------------------------
// Ajv
// --------------------------------------------------------------------------------------------

const ajv = new Ajv2020.default({
  allErrors: true,
  // Unknown keywords inside our schemas are typos: fail loudly.
  strictSchema: true,
  // OpenAPI schemas legitimately use `required` in `not`/`anyOf` branches without a `type`.
  strictTypes: false,
  strictRequired: false,
  allowUnionTypes: true,
});
addFormats.default(ajv);
// The document root is registered as one schema so internal `#/components/...` refs resolve;
// its OpenAPI-only top-level members are declared as inert annotations.
ajv.addVocabulary([
  'openapi',
  'info',
  'jsonSchemaDialect',
  'servers',
  'paths',
  'webhooks',
  'components',
  'security',
  'tags',
  'externalDocs',
  // Our own schema annotation: a field that carries a credential.
  'x-raff-secret',
]);
ajv.addSchema(spec as object, SPEC_ID);

const validators = new Map<string, ValidateFunction>();

function validatorAt(pointer: string): ValidateFunction {
  const canonical = toPointer(parsePointer(pointer));
  let validate = validators.get(canonical);
  if (validate === undefined) {
    if (getAtPointer(canonical) === undefined) throw new Error(`No schema at ${pointer}`);
    const fragment = parsePointer(canonical)
      .map((s) => `/${encodeURIComponent(s.replaceAll('~', '~0').replaceAll('/', '~1'))}`)
      .join('');
    validate = ajv.getSchema(`${SPEC_ID}#${fragment}`);
    if (validate === undefined) throw new Error(`Ajv could not compile the schema at ${pointer}`);
    validators.set(canonical, validate);
  }
  return validate;
}

function describeError(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(root)' : error.instancePath;
  let message = error.message ?? error.keyword;
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') message += `: ${String(params.additionalProperty)}`;
  if (error.keyword === 'enum') message += `: ${JSON.stringify(params.allowedValues)}`;
  if (error.keyword === 'const') message += `: ${JSON.stringify(params.allowedValue)}`;
  return `${where} ${message}`;
}

/**
 * Validates `value` against the schema at `ref` (any pointer into openapi.json, e.g.
 * `#/components/schemas/APIKey`). Returns human-readable errors; empty means valid.
 */
export function validateSchema(ref: string, value: unknown): string[] {
  const validate = validatorAt(ref);
  if (validate(value)) return [];
  return (validate.errors ?? []).map(describeError);
}

// --------------------------------------------------------------------------------------------
// Operations
// --------------------------------------------------------------------------------------------

export interface OperationRef {
  method: HttpMethod;
  pathTemplate: string;
  operationId: string;
  operation: OperationObject;
  /** Pointer to the operation object, e.g. `#/paths/~1api~1v1~1vms/get`. */
  pointer: string;
}
export interface MatchedOperation extends OperationRef {
  /** Path parameters taken from the concrete path, URL-decoded. */
  params: Record<string, string>;
}

/** Every operation in the document, in document order. */
export const operations: readonly OperationRef[] = Object.entries(spec.paths).flatMap(
  ([pathTemplate, item]) =>
    HTTP_METHODS.flatMap((method) => {
      const operation = item[method];
      if (operation === undefined) return [];
      return [
        {
          method,
          pathTemplate,
          operationId: operation.operationId ?? `${method.toUpperCase()} ${pathTemplate}`,
          operation,
          pointer: toPointer(['paths', pathTemplate, method]),
        },
      ];
    }),
);

function normaliseMethod(method: string): HttpMethod {
  const lower = method.toLowerCase();
  if (!(HTTP_METHODS as readonly string[]).includes(lower))
    throw new Error(`Unknown HTTP method ${method}`);
  return lower as HttpMethod;
}

interface PathMatcher {
  pathTemplate: string;
  regex: RegExp;
  names: string[];
  literalSegments: number;
}

const matchers: PathMatcher[] = Object.keys(spec.paths)
  .map((pathTemplate) => {
    const names: string[] = [];
    let literalSegments = 0;
    const source = pathTemplate
      .split('/')
      .map((segment) => {
        const param = /^\{([^}]+)\}$/.exec(segment);
        if (param?.[1] !== undefined) {
          names.push(param[1]);
          return '([^/]+)';
        }
        literalSegments += 1;
        return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('/');
    return { pathTemplate, regex: new RegExp(`^${source}$`), names, literalSegments };
  })
  // Literal segments win over parameters (`/vms/bulk` before `/vms/{id}`).
  .sort((a, b) => b.literalSegments - a.literalSegments || a.names.length - b.names.length);

function pathOnly(concretePath: string): string {
  let path = concretePath;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) path = new URL(path).pathname;
  path = path.split(/[?#]/, 1)[0] ?? '';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

/**
 * Matches a concrete request (`GET`, `/api/v1/api-keys/abc`, or a full URL with a query string)
 * to its operation. Returns `undefined` when no operation has that method and path.
 */
export function findOperation(method: string, concretePath: string): MatchedOperation | undefined {
  const lower = normaliseMethod(method);
  const path = pathOnly(concretePath);
  for (const matcher of matchers) {
    const match = matcher.regex.exec(path);
    if (match === null) continue;
    const found = operations.find(
      (o) => o.pathTemplate === matcher.pathTemplate && o.method === lower,
    );
    if (found === undefined) continue;
    const params: Record<string, string> = {};
    matcher.names.forEach((name, i) => {
      const raw = match[i + 1] ?? '';
      try {
        params[name] = decodeURIComponent(raw);
      } catch {
        params[name] = raw;
      }
    });
    return { ...found, params };
  }
  return undefined;
}

/** The operation for a method and a path template (or, failing that, a concrete path). */
export function getOperation(method: string, path: string): OperationRef | undefined {
  const lower = normaliseMethod(method);
  return (
    operations.find((o) => o.method === lower && o.pathTemplate === path) ??
    findOperation(lower, path)
  );
}

// --------------------------------------------------------------------------------------------
// Responses and request bodies
// --------------------------------------------------------------------------------------------

interface HeaderCheck {
  name: string;
  required: boolean;
  schemaPointer: string | undefined;
  type: unknown;
}
interface ResponsePlan {
  label: string;
  bodyPointer: string | undefined;
  headers: HeaderCheck[];
}

const responsePlans = new Map<string, ResponsePlan | string>();

function planResponse(method: string, pathTemplate: string, status: number): ResponsePlan | string {
  const op = getOperation(method, pathTemplate);
  if (op === undefined)
    return `${method.toUpperCase()} ${pathTemplate}: no such operation in openapi.json`;
  const label = `${op.operationId} ${status}`;
  const responses = op.operation.responses ?? {};
  const key = [String(status), `${String(status).charAt(0)}XX`, 'default'].find(
    (k) => k in responses,
  );
  const declared = key === undefined ? undefined : responses[key];
  if (key === undefined || declared === undefined) {
    return `${label}: status ${status} is not declared (and there is no default response)`;
  }
  const { value: response, pointer } = resolve<ResponseObject>(
    declared,
    toPointer([...parsePointer(op.pointer), 'responses', key]),
  );
  const media = response.content?.[JSON_MEDIA];
  const bodyPointer =
    media?.schema === undefined
      ? undefined
      : toPointer([...parsePointer(pointer), 'content', JSON_MEDIA, 'schema']);
  const headers = Object.entries(response.headers ?? {}).map(([name, header]): HeaderCheck => {
    const resolved = resolve<HeaderObject>(
      header,
      toPointer([...parsePointer(pointer), 'headers', name]),
    );
    return {
      name,
      required: resolved.value.required === true,
      schemaPointer:
        resolved.value.schema === undefined
          ? undefined
          : toPointer([...parsePointer(resolved.pointer), 'schema']),
      type: resolved.value.schema?.type,
    };
  });
  for (const header of headers) if (header.schemaPointer) validatorAt(header.schemaPointer);
  if (bodyPointer !== undefined) validatorAt(bodyPointer);
  return { label, bodyPointer, headers };
}

function coerceHeader(raw: string, type: unknown): unknown {
  const types = Array.isArray(type) ? type : [type];
  if (
    (types.includes('integer') || types.includes('number')) &&
    /^-?\d+(\.\d+)?$/.test(raw.trim())
  ) {
    return Number(raw.trim());
  }
  if (types.includes('boolean') && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}

/**
 * Checks a response against the operation's declared response for `status` (falling back to a
 * `4XX`-style range, then `default`). Validates the JSON body; when `headers` are given, also
 * checks that required response headers are present and that declared ones match their schema.
 * `pathTemplate` is the template as written in openapi.json; a concrete path also works.
 */
export function validateResponse(
  method: string,
  pathTemplate: string,
  status: number,
  body: unknown,
  headers?: Record<string, string>,
): string[] {
  const cacheKey = `${method.toLowerCase()} ${pathTemplate} ${status}`;
  let plan = responsePlans.get(cacheKey);
  if (plan === undefined) {
    plan = planResponse(method, pathTemplate, status);
    responsePlans.set(cacheKey, plan);
  }
  if (typeof plan === 'string') return [plan];
  const { label } = plan;
  const errors: string[] = [];
  if (plan.bodyPointer === undefined) {
    if (body !== undefined && body !== null && body !== '')
      errors.push(`${label}: declares no body but got one`);
  } else {
    errors.push(...validateSchema(plan.bodyPointer, body).map((e) => `${label}: body ${e}`));
  }
  if (headers !== undefined) {
    const lowered = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
    for (const header of plan.headers) {
      const raw = lowered.get(header.name.toLowerCase());
      if (raw === undefined) {
        if (header.required) errors.push(`${label}: missing required header ${header.name}`);
        continue;
      }
      if (header.schemaPointer === undefined) continue;
      const problems = validateSchema(header.schemaPointer, coerceHeader(raw, header.type));
      errors.push(
        ...problems.map((e) => `${label}: header ${header.name} ${e.replace(/^\(root\) /, '')}`),
      );
    }
  }
  return errors;
}

/**
 * Checks a JSON request body against the operation's request schema. A missing body is only an
 * error when the operation marks its body as required.
 */
export function validateRequestBody(method: string, pathTemplate: string, body: unknown): string[] {
  const op = getOperation(method, pathTemplate);
  if (op === undefined)
    return [`${method.toUpperCase()} ${pathTemplate}: no such operation in openapi.json`];
  if (op.operation.requestBody === undefined) {
    return body === undefined ? [] : [`${op.operationId}: takes no request body`];
  }
  const { value: requestBody, pointer } = resolve<RequestBodyObject>(
    op.operation.requestBody,
    toPointer([...parsePointer(op.pointer), 'requestBody']),
  );
  if (body === undefined)
    return requestBody.required ? [`${op.operationId}: request body is required`] : [];
  if (requestBody.content?.[JSON_MEDIA]?.schema === undefined) return [];
  const schemaPointer = toPointer([...parsePointer(pointer), 'content', JSON_MEDIA, 'schema']);
  return validateSchema(schemaPointer, body).map((e) => `${op.operationId}: body ${e}`);
}
