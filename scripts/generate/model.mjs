// The operation model: everything the SDK, the emulator, the tests and the docs need to know about
// each operation, read from openapi.json once. Plain data (JSON), so every consumer reads the same
// facts: generated/model.json holds it whole, generated/operations.ts the part the client ships.
import {
  COMPONENT_TYPE_NAMES,
  CUSTOM,
  NAMESPACE_DOCS,
  READY_STATUSES,
  SINGULAR,
  TYPE_NAMES,
} from './config.mjs';
import { operationsOf, resolver } from './spec.mjs';

const pascal = (text) => text.charAt(0).toUpperCase() + text.slice(1);
const camel = (text) => text.replace(/[_-]([a-z0-9])/g, (_, c) => c.toUpperCase());
const singular = (word) => SINGULAR[word] ?? pascal(word.replace(/s$/, ''));

/** Builds the model of `spec`: `{ operations, namespaces }`, both sorted for stable output. */
export function buildModel(spec) {
  const { resolve, flatten, refName } = resolver(spec);
  const operations = operationsOf(spec).map((raw) =>
    operationModel(raw, { resolve, flatten, refName }),
  );
  checkUnique(operations);
  const schemas = Object.fromEntries(
    Object.entries(spec.components?.schemas ?? {}).map(([name, schema]) => [
      name,
      schema.description ?? null,
    ]),
  );
  return { operations, namespaces: namespacesOf(spec, operations), schemas };
}

function operationModel({ id, method, path, operation: op, parameters }, spec) {
  const { resolve, flatten, refName } = spec;
  const sdk = op['x-raff-sdk-method'];
  if (typeof sdk !== 'string') throw new Error(`${id}: no x-raff-sdk-method`);
  const namespace = sdk.slice(0, sdk.lastIndexOf('.'));
  const name = sdk.slice(sdk.lastIndexOf('.') + 1);
  const params = parameters.map(({ ref, value }) => ({
    name: value.name,
    in: value.in,
    required: value.required === true,
    description: value.description,
    schema: value.schema,
    example:
      value.example ??
      (value.examples ? resolve(Object.values(value.examples)[0])?.value : undefined),
    ref: refName(ref),
  }));
  const projectHeader = params.find((p) => p.in === 'header' && /^x-project-id$/i.test(p.name));
  const pathParams = params.filter((p) => p.in === 'path');
  // Template order: the order a method takes its ids in.
  const order = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  const query = params.filter((p) => p.in === 'query');
  const bodyContent = op.requestBody && resolve(op.requestBody).content?.['application/json'];
  const body = bodyContent
    ? {
        required: resolve(op.requestBody).required === true,
        schema: bodyContent.schema,
        example: firstExample(bodyContent, resolve),
      }
    : undefined;
  const success = Object.keys(op.responses).find((code) => /^2\d\d$/.test(code));
  const successResponse = resolve(op.responses[success]);
  const successSchema = successResponse?.content?.['application/json']?.schema;
  const result = resultOf(op, name, successSchema, flatten, resolve);
  const permission = op['x-raff-permission'] ?? null;
  const paged = query.some((p) => p.name === 'limit') && query.some((p) => p.name === 'offset');
  const limit = query.find((p) => p.name === 'limit');
  const model = {
    id,
    sdk,
    namespace,
    name,
    method,
    path,
    tag: op.tags?.[0],
    summary: op.summary,
    description: op.description,
    pathParams: order.map((param) => {
      const p = pathParams.find((q) => q.name === param);
      if (!p) throw new Error(`${id}: path parameter {${param}} is not declared`);
      return { ...p, tsName: tsNameOf(param, order, path, namespace) };
    }),
    query: query.length > 0 || (name === 'list' && !body) ? { params: query } : undefined,
    headers: params.filter((p) => p.in === 'header'),
    body,
    input: body ? 'body' : query.length > 0 || name === 'list' ? 'query' : undefined,
    project: projectHeader ? (projectHeader.required ? 'required' : 'optional') : undefined,
    public: Array.isArray(op.security) && op.security.length === 0,
    permission,
    permissionScope:
      permission === null ? null : permission.startsWith('account.') ? 'account' : 'project',
    permissionProject: op['x-raff-permission-project'] ?? null,
    paged: paged ? (resolve(limit.schema)?.maximum ?? 100) : undefined,
    idempotent: params.some((p) => p.in === 'header' && /^idempotency-key$/i.test(p.name)),
    result,
    secrets: secretPaths(result, successSchema, flatten, resolve),
    waiter: waiterOf(op, result, successSchema, flatten, resolve),
    successStatus: Number(success),
    successSchema,
    successExample: successResponse?.content?.['application/json']
      ? firstExample(successResponse.content['application/json'], resolve)
      : undefined,
    errors: Object.entries(op.responses)
      .filter(([code]) => !/^2\d\d$/.test(code))
      .map(([code, response]) => ({
        status: code,
        description: resolve(response).description,
        headers: Object.keys(resolve(response).headers ?? {}),
        ref: refName(response),
      })),
    typeNames: {},
  };
  model.typeNames = typeNamesOf(model, successSchema, flatten, refName, resolve);
  return model;
}

/** The TypeScript name of a path parameter: `id` for the namespace's own resource, else named. */
function tsNameOf(param, order, path, namespace) {
  const segments = path.split('/');
  const before = segments[segments.indexOf(`{${param}}`) - 1];
  const own = namespace.split('.').pop();
  if (order.length === 1 && (before === own || camel(before) === own)) return 'id';
  if (param !== 'id') return camel(param);
  return `${singular(camel(before)).charAt(0).toLowerCase()}${singular(camel(before)).slice(1)}Id`;
}

/**
 * What the method returns, from the 2xx schema (or `x-raff-result`):
 * `{ kind: 'none' }` (a bare confirmation), `{ kind: 'body' }` (the answer without `success`),
 * `{ kind: 'field', path }` (one part of it), or `{ kind: 'page', items, total }` for a `list`.
 */
function resultOf(op, name, schema, flatten, resolve) {
  const explicit = op['x-raff-result'];
  const isDelete = /^(delete|remove)([A-Z]|$)/.test(name) && name !== 'deleteMany';
  if (explicit === 'none' || isDelete) return { kind: 'none' };
  if (explicit === 'body') return { kind: 'body' };
  const top = schema ? flatten(schema) : undefined;
  if (!top) return { kind: 'none' };
  let path = explicit;
  if (path === undefined) {
    const names = Object.keys(top.properties ?? {});
    if (!names.includes('success')) return { kind: 'body' };
    const payload = names.filter((n) => n !== 'success');
    if (payload.length === 1 && payload[0] === 'message') return { kind: 'none' };
    const arrays = payload.filter((n) => resolve(top.properties[n])?.type === 'array');
    if (payload.length === 2 && payload.includes('total') && arrays.length === 1) path = arrays[0];
    else if (payload.length === 1 && isComposite(resolve(top.properties[payload[0]])))
      path = payload[0];
    else return { kind: 'body' };
  }
  const target = schemaAtPath(top, path, flatten);
  if (!target) throw new Error(`${op.operationId}: x-raff-result ${path} is not in its 2xx schema`);
  if (target.type === 'array' && name === 'list') {
    const parentPath = path.split('.').slice(0, -1);
    const parent = parentPath.length ? schemaAtPath(top, parentPath.join('.'), flatten) : top;
    const total = parent?.properties?.total ? [...parentPath, 'total'].join('.') : undefined;
    return {
      kind: 'page',
      items: path,
      total,
      totalRequired: (parent?.required ?? []).includes('total'),
    };
  }
  return { kind: 'field', path };
}

function isComposite(schema) {
  return (
    schema?.type === 'object' || schema?.type === 'array' || schema?.allOf || schema?.properties
  );
}

function schemaAtPath(top, path, flatten) {
  let at = top;
  for (const key of path.split('.')) {
    at = at?.properties?.[key] === undefined ? undefined : flatten(at.properties[key]);
  }
  return at;
}

/**
 * The dotted paths, relative to what the method returns, of every string marked
 * `x-raff-secret`; `[]` stands for every item of an array.
 */
function secretPaths(result, schema, flatten, resolve) {
  if (result.kind === 'none' || !schema) return [];
  const top = flatten(schema);
  let start = top;
  let prefix = [];
  if (result.kind === 'field') start = schemaAtPath(top, result.path, flatten);
  if (result.kind === 'page') {
    start = schemaAtPath(top, result.items, flatten);
    prefix = ['data'];
  }
  const found = [];
  const walk = (node, at, seen) => {
    const s = flatten(node);
    if (!s || seen.has(s)) return;
    const next = new Set(seen).add(s);
    if (s.type === 'array' && s.items) walk(s.items, [...at, '[]'], next);
    for (const [key, value] of Object.entries(s.properties ?? {})) {
      if (key === 'success' && at.length === 0) continue;
      if (resolve(value)?.['x-raff-secret'] === true || value['x-raff-secret'] === true) {
        found.push([...at, key].join('.'));
      } else walk(value, [...at, key], next);
    }
  };
  walk(start, prefix, new Set());
  return found;
}

/** A waiter on this get operation (`x-raff-waiter`): the status field, its enum, what fails. */
function waiterOf(op, result, schema, flatten, resolve) {
  const spec = op['x-raff-waiter'];
  if (!spec) return undefined;
  if (result.kind !== 'field')
    throw new Error(`${op.operationId}: a waiter needs a resource result`);
  const resource = schemaAtPath(flatten(schema), result.path, flatten);
  const field = spec.status ?? 'status';
  if (!resource?.properties?.[field])
    throw new Error(`${op.operationId}: no ${field} field to wait on`);
  // Without an enum, any status is accepted (Raff does not publish a closed list for it).
  const statuses = resolve(resource.properties[field])?.enum;
  for (const status of spec.failure ?? []) {
    if (statuses && !statuses.includes(status))
      throw new Error(`${op.operationId}: failure ${status} is not a ${field}`);
  }
  return {
    field,
    statuses,
    failure: spec.failure ?? [],
    interval: spec.interval ?? 1000,
    ready: READY_STATUSES.find((s) => statuses?.includes(s)) ?? statuses?.[0] ?? 'ready',
  };
}

/** The public names of the operation's parameter, body and result types. */
function typeNamesOf(model, schema, flatten, refName, resolve) {
  const base = pascal(model.id);
  const names = {};
  if (model.input === 'query') names.params = TYPE_NAMES[`${model.id}.params`] ?? `${base}Params`;
  if (model.input === 'body') names.body = TYPE_NAMES[`${model.id}.body`] ?? `${base}Body`;
  const { result } = model;
  if (result.kind === 'none') return names;
  const top = flatten(schema);
  if (result.kind === 'body') {
    names.result = TYPE_NAMES[`${model.id}.result`] ?? `${base}Result`;
    return names;
  }
  const path = result.kind === 'page' ? result.items : result.path;
  let node = top;
  for (const key of path.split('.')) node = flatten(node)?.properties?.[key];
  const itemNode = result.kind === 'page' ? resolve(node)?.items : node;
  const component =
    refName(itemNode) ??
    (resolve(node)?.type === 'array' ? refName(resolve(node).items) : undefined);
  // A component whose own name reads badly as a public type (`Function`) gets another one.
  const publicName = component && (COMPONENT_TYPE_NAMES[component] ?? component);
  if (component && publicName !== component) names.component = component;
  if (result.kind === 'page') names.item = publicName ?? `${base}Item`;
  else if (resolve(node)?.type === 'array') names.item = publicName ?? `${base}Item`;
  else names.result = TYPE_NAMES[`${model.id}.result`] ?? publicName ?? `${base}Result`;
  return names;
}

function firstExample(content, resolve) {
  const examples = content.examples ? Object.values(content.examples) : [];
  if (examples.length > 0) return resolve(examples[0]).value;
  return content.example ?? resolve(content.schema)?.example;
}

function checkUnique(operations) {
  const seen = new Map();
  for (const op of operations) {
    if (seen.has(op.sdk)) throw new Error(`${op.sdk} names both ${seen.get(op.sdk)} and ${op.id}`);
    seen.set(op.sdk, op.id);
  }
}

/**
 * The namespaces: every SDK method's parent path, with its class name, its children, the tag
 * whose description documents it, its custom base (if any) and its waiter (if any).
 */
function namespacesOf(spec, operations) {
  const paths = new Set();
  for (const op of operations) {
    const parts = op.namespace.split('.');
    for (let i = 1; i <= parts.length; i++) paths.add(parts.slice(0, i).join('.'));
  }
  const tags = new Map((spec.tags ?? []).map((t) => [t.name, t.description]));
  return [...paths].sort().map((path) => {
    const parts = path.split('.');
    const own = operations.filter((op) => op.namespace === path);
    const counts = new Map();
    for (const op of own) counts.set(op.tag, (counts.get(op.tag) ?? 0) + 1);
    const tag = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    const waiter = own.find((op) => op.waiter);
    return {
      path,
      className:
        parts.length === 1
          ? pascal(parts[0])
          : parts
              .slice(0, -1)
              .map((p) => singular(p))
              .join('') + pascal(parts.at(-1)),
      parent: parts.length > 1 ? parts.slice(0, -1).join('.') : undefined,
      children: [...paths]
        .filter((p) => p.startsWith(`${path}.`) && p.split('.').length === parts.length + 1)
        .sort(),
      tag,
      description: NAMESPACE_DOCS[path] ?? tags.get(tag),
      custom: CUSTOM[path],
      waiter: waiter?.id,
      operations: own.map((op) => op.id),
    };
  });
}
