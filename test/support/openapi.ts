// Contract helpers over the operation model: match concrete requests to operations, and check
// values, whole responses (body and declared headers) and request bodies against openapi.json.
// What each operation documents comes from generated data (generated/model.json,
// generated/emulator.ts, generated/contract.ts), whose JSON pointers name the schemas; ajv
// compiles each schema by its pointer into openapi.json, which is handed to it whole and never
// walked here. Everything is compiled lazily, once, and cached: emulator tests call these on
// every response.
import { readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { RESPONSE_CONTRACTS, type ResponseContract } from '../../generated/contract.js';
import { EMULATED_OPERATIONS } from '../../generated/emulator.js';
import type { OperationId } from '../../generated/operations.js';
import { MODEL, type ModelOperation } from './operation-calls.js';

export const SPEC_PATH = new URL('../../openapi.json', import.meta.url);

const SPEC_ID = 'https://raff.invalid/openapi.json';

// --------------------------------------------------------------------------------------------
// Ajv, by pointer
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
// The document root is registered as one schema so that pointers into it and its internal
// `#/components/...` refs resolve; its OpenAPI-only top-level members are inert annotations.
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
ajv.addSchema(JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as object, SPEC_ID);

const validators = new Map<string, ValidateFunction>();

/** `#/a/b~1c` as the URI fragment ajv resolves (each segment percent-encoded). */
function fragment(pointer: string): string {
  if (!pointer.startsWith('#/'))
    throw new Error(`Not a JSON pointer into openapi.json: ${pointer}`);
  return pointer
    .slice(2)
    .split('/')
    .map((segment) => `/${encodeURIComponent(segment)}`)
    .join('');
}

function validatorAt(pointer: string): ValidateFunction {
  let validate = validators.get(pointer);
  if (validate === undefined) {
    try {
      validate = ajv.getSchema(`${SPEC_ID}#${fragment(pointer)}`);
    } catch (error) {
      throw new Error(`No schema at ${pointer}: ${String(error)}`);
    }
    if (validate === undefined) throw new Error(`No schema at ${pointer}`);
    validators.set(pointer, validate);
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
 * Validates `value` against the schema at `pointer` (any JSON pointer into openapi.json, e.g.
 * `#/components/schemas/APIKey`). Returns human-readable errors; empty means valid.
 */
export function validateSchema(pointer: string, value: unknown): string[] {
  const validate = validatorAt(pointer);
  if (validate(value)) return [];
  return (validate.errors ?? []).map(describeError);
}

// --------------------------------------------------------------------------------------------
// Operations
// --------------------------------------------------------------------------------------------

/** One operation of the model, as the contract checks name it. */
export interface OperationRef {
  readonly operationId: OperationId;
  /** Lower-case. */
  readonly method: string;
  readonly pathTemplate: string;
  /** The operation's entry of generated/model.json. */
  readonly model: ModelOperation;
}

/** An operation matched from a concrete request, with its path parameters. */
export interface MatchedOperation extends OperationRef {
  /** Path parameters taken from the concrete path, URL-decoded. */
  readonly params: Record<string, string>;
}

const isOperationId = (id: string): id is OperationId => Object.hasOwn(EMULATED_OPERATIONS, id);

/** Every operation of the model, in openapi.json's order. */
export const operations: readonly OperationRef[] = MODEL.operations.flatMap((model) =>
  isOperationId(model.id)
    ? [
        {
          operationId: model.id,
          method: model.method.toLowerCase(),
          pathTemplate: model.path,
          model,
        },
      ]
    : [],
);

interface PathMatcher {
  readonly pathTemplate: string;
  readonly regex: RegExp;
  readonly names: readonly string[];
  readonly literalSegments: number;
}

const matchers: readonly PathMatcher[] = [...new Set(operations.map((op) => op.pathTemplate))]
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
  const lower = method.toLowerCase();
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
  const lower = method.toLowerCase();
  return (
    operations.find((o) => o.method === lower && o.pathTemplate === path) ??
    findOperation(lower, path)
  );
}

// --------------------------------------------------------------------------------------------
// Responses and request bodies
// --------------------------------------------------------------------------------------------

interface ResponsePlan {
  readonly label: string;
  readonly contract: ResponseContract;
}

const responsePlans = new Map<string, ResponsePlan | string>();

function planResponse(method: string, pathTemplate: string, status: number): ResponsePlan | string {
  const op = getOperation(method, pathTemplate);
  if (op === undefined) {
    return `${method.toUpperCase()} ${pathTemplate}: no such operation in openapi.json`;
  }
  const label = `${op.operationId} ${status}`;
  const responses = RESPONSE_CONTRACTS[op.operationId];
  const key = [String(status), `${String(status).charAt(0)}XX`, 'default'].find((k) =>
    Object.hasOwn(responses, k),
  );
  const contract = key === undefined ? undefined : responses[key];
  if (contract === undefined) {
    return `${label}: status ${status} is not declared (and there is no default response)`;
  }
  // Compile now, so that a schema the document lacks fails here and not mid-test.
  for (const header of contract.headers ?? []) if (header.schema) validatorAt(header.schema);
  if (contract.body !== undefined) validatorAt(contract.body);
  return { label, contract };
}

function coerceHeader(raw: string, type: string | undefined): unknown {
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(raw.trim())) {
    return Number(raw.trim());
  }
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
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
  const { label, contract } = plan;
  const errors: string[] = [];
  if (contract.body === undefined) {
    if (body !== undefined && body !== null && body !== '') {
      errors.push(`${label}: declares no body but got one`);
    }
  } else {
    errors.push(...validateSchema(contract.body, body).map((e) => `${label}: body ${e}`));
  }
  if (headers !== undefined) {
    const lowered = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
    for (const header of contract.headers ?? []) {
      const raw = lowered.get(header.name.toLowerCase());
      if (raw === undefined) {
        if (header.required) errors.push(`${label}: missing required header ${header.name}`);
        continue;
      }
      if (header.schema === undefined) continue;
      const problems = validateSchema(header.schema, coerceHeader(raw, header.type));
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
  if (op === undefined) {
    return [`${method.toUpperCase()} ${pathTemplate}: no such operation in openapi.json`];
  }
  const declared = EMULATED_OPERATIONS[op.operationId];
  if (!('body' in declared)) {
    return body === undefined ? [] : [`${op.operationId}: takes no request body`];
  }
  if (body === undefined) {
    return 'required' in declared.body ? [`${op.operationId}: request body is required`] : [];
  }
  return validateSchema(declared.body.schema, body).map((e) => `${op.operationId}: body ${e}`);
}
