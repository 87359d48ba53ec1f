// generated/emulator.ts and generated/contract.ts: what the emulator (@raff/sdk/testing) and the
// contract checks need of each operation, as data plus JSON pointers into openapi.json. The
// emulator reads openapi.json at run time and lets ajv compile the schema each pointer names, so
// neither the document nor the whole model is bundled into it.
//   generated/emulator.ts   routes, parameters, project rule, permission, page size, 2xx status
//   generated/contract.ts   every documented response: body schema and headers (tests only)
import { resolver } from './spec.mjs';

/**
 * The page size a paged list answers with when the request has no `limit`, where openapi.json
 * says so only in prose ("Without `limit` a page holds 20"). A `default` on the operation's own
 * `limit` schema wins; everything else pages by {@link DEFAULT_PAGE_SIZE}.
 */
export const PAGE_SIZES = { listProjects: 20, listVMs: 20, listIPs: 20 };

/** The page size of Raff's reference for every other paged list (the `Limit` parameter's text). */
export const DEFAULT_PAGE_SIZE = 50;

const JSON_MEDIA = 'application/json';

/** A JSON pointer (`#/a/b~1c`) from raw segments. */
const pointer = (segments) =>
  `#${segments.map((s) => `/${String(s).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('')}`;

/** Both generated modules, by path. */
export function emulatorModules(model, spec) {
  const locate = locator(spec);
  return {
    'generated/emulator.ts': emulatorModule(model, spec, locate),
    'generated/contract.ts': contractModule(model, spec, locate),
  };
}

/**
 * Where schemas live: `schemaAt(node, at)` is the pointer of the schema `node` found at pointer
 * `at`: the component it names when it is a bare `$ref`, `at` otherwise.
 */
function locator(spec) {
  const { resolve } = resolver(spec);
  const schemaAt = (node, at) => {
    if (typeof node?.$ref === 'string' && Object.keys(node).length === 1) {
      resolve(node); // fails loudly on a dangling reference
      return node.$ref;
    }
    return at;
  };
  /** The pointer of an object that is either inline at `at` or a `$ref` to a component. */
  const objectAt = (node, at) => {
    if (typeof node?.$ref !== 'string') return at;
    const target = resolve(node);
    if (target.$ref !== undefined) throw new Error(`${node.$ref}: a $ref to a $ref`);
    return node.$ref;
  };
  return { resolve, schemaAt, objectAt };
}

function rawOperation(spec, op) {
  const item = spec.paths[op.path];
  return { item, raw: item[op.method.toLowerCase()] };
}

/** The parameters of `op` with the pointer of each one's schema. */
function parametersOf(spec, op, locate) {
  const { item, raw } = rawOperation(spec, op);
  const found = [];
  const add = (list, at) =>
    (list ?? []).forEach((node, index) => {
      const where = locate.objectAt(node, pointer([...at, 'parameters', index]));
      const value = locate.resolve(node);
      if (value.in === 'cookie') return;
      const schema = locate.schemaAt(value.schema, `${where}/schema`);
      const existing = found.findIndex((p) => p.name === value.name && p.in === value.in);
      const param = {
        name: value.name,
        in: value.in,
        required: value.required === true,
        schema,
        component: node.$ref?.startsWith('#/components/parameters/')
          ? node.$ref.slice('#/components/parameters/'.length)
          : undefined,
      };
      if (existing === -1) found.push(param);
      else found[existing] = param; // the operation's own wins over the path item's
    });
  add(item.parameters, ['paths', op.path]);
  add(raw.parameters, ['paths', op.path, op.method.toLowerCase()]);
  return found;
}

function bodyOf(spec, op, locate) {
  const { raw } = rawOperation(spec, op);
  if (raw.requestBody === undefined) return undefined;
  const at = locate.objectAt(
    raw.requestBody,
    pointer(['paths', op.path, op.method.toLowerCase(), 'requestBody']),
  );
  const body = locate.resolve(raw.requestBody);
  const media = body.content?.[JSON_MEDIA];
  if (media?.schema === undefined) return undefined;
  return {
    required: body.required === true,
    schema: locate.schemaAt(media.schema, `${at}/content/${pointer([JSON_MEDIA]).slice(2)}/schema`),
  };
}

function pageSizeOf(op) {
  if (!op.paged) return undefined;
  const limit = op.query?.params.find((p) => p.name === 'limit');
  return limit?.schema?.default ?? PAGE_SIZES[op.id] ?? DEFAULT_PAGE_SIZE;
}

const quote = (text) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

const parameterText = (p) =>
  `{ name: ${quote(p.name)}, in: '${p.in}', ${p.required ? 'required: true, ' : ''}schema: ${quote(p.schema)} }`;

function emulatorRow(op, spec, locate, shared) {
  const fields = [`method: '${op.method}'`, `path: ${quote(op.path)}`];
  const params = parametersOf(spec, op, locate);
  if (params.length > 0) {
    const list = params.map((p) => {
      if (p.component === undefined) return parameterText(p);
      shared.set(p.component, parameterText(p));
      return `PARAMETERS.${p.component}`;
    });
    fields.push(`params: [${list.join(', ')}]`);
  }
  const body = bodyOf(spec, op, locate);
  if (body !== undefined) {
    fields.push(
      `body: { ${body.required ? 'required: true, ' : ''}schema: ${quote(body.schema)} }`,
    );
  }
  if (op.project) fields.push(`project: '${op.project}'`);
  if (op.public) fields.push('public: true');
  if (op.permission) fields.push(`permission: ${quote(op.permission)}`);
  if (op.permissionProject) fields.push(`permissionProject: '${op.permissionProject}'`);
  const pageSize = pageSizeOf(op);
  if (pageSize !== undefined) fields.push(`pageSize: ${pageSize}`);
  fields.push(`status: ${op.successStatus}`);
  return `{ ${fields.join(', ')} }`;
}

function emulatorModule(model, spec, locate) {
  const shared = new Map();
  const rows = model.operations.map(
    (op) => `  ${op.id}: ${emulatorRow(op, spec, locate, shared)},`,
  );
  const parameters = [...shared]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, text]) => `  ${name}: ${text},`);
  return `
import type { OperationId } from './operations.js';

/** A path, query or header parameter, and the pointer of its schema in openapi.json. */
export interface EmulatedParameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
  readonly required?: true;
  /** A JSON pointer into openapi.json, e.g. \`#/components/parameters/Limit/schema\`. */
  readonly schema: string;
}

/** What the emulator knows about one operation of openapi.json. */
export interface EmulatedOperation {
  readonly method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH';
  /** The path template, e.g. \`/api/v1/vms/{id}\`. */
  readonly path: string;
  readonly params?: readonly EmulatedParameter[];
  /** The JSON body: the pointer of its schema, and whether it must be sent. */
  readonly body?: { readonly required?: true; readonly schema: string };
  /** How it takes \`X-Project-ID\`; absent = never (account-level or public). */
  readonly project?: 'required' | 'optional';
  /** Public (health, catalog): no key, project or permission checks. */
  readonly public?: true;
  /** The permission Raff checks (\`x-raff-permission\`); absent where Raff documents none. */
  readonly permission?: string;
  /** Where the project of a project permission comes from. */
  readonly permissionProject?: 'header' | 'path' | 'resource';
  /** On a paged list: the page size when the request sends no \`limit\`. */
  readonly pageSize?: number;
  /** The documented 2xx status. */
  readonly status: number;
}

/** The shared parameters of \`#/components/parameters\`, by name. */
const PARAMETERS = {
${parameters.join('\n')}
} as const satisfies Record<string, EmulatedParameter>;

/** Every operation of openapi.json, by operationId, as the emulator serves it. */
export const EMULATED_OPERATIONS = {
${rows.join('\n')}
} as const satisfies { readonly [K in OperationId]: EmulatedOperation };
`;
}

/** The contract of one documented response: its body schema and headers, as pointers. */
function responseContract(response, at, locate) {
  const media = response.content?.[JSON_MEDIA];
  const contract = {};
  if (media?.schema !== undefined) {
    contract.body = locate.schemaAt(
      media.schema,
      `${at}/content/${pointer([JSON_MEDIA]).slice(2)}/schema`,
    );
  }
  const headers = Object.entries(response.headers ?? {}).map(([name, node]) => {
    const where = locate.objectAt(node, `${at}/headers/${pointer([name]).slice(2)}`);
    const header = locate.resolve(node);
    return {
      name,
      required: header.required === true,
      schema: header.schema === undefined ? undefined : `${where}/schema`,
      type: locate.resolve(header.schema)?.type,
    };
  });
  if (headers.length > 0) contract.headers = headers;
  return contract;
}

function contractText(contract) {
  const fields = [];
  if (contract.body !== undefined) fields.push(`body: ${quote(contract.body)}`);
  if (contract.headers !== undefined) {
    const list = contract.headers.map((h) => {
      const parts = [`name: ${quote(h.name)}`];
      if (h.required) parts.push('required: true');
      if (h.schema !== undefined) parts.push(`schema: ${quote(h.schema)}`);
      if (typeof h.type === 'string') parts.push(`type: '${h.type}'`);
      return `{ ${parts.join(', ')} }`;
    });
    fields.push(`headers: [${list.join(', ')}]`);
  }
  return `{ ${fields.join(', ')} }`;
}

function contractModule(model, spec, locate) {
  const shared = new Map();
  const rows = model.operations.map((op) => {
    const { raw } = rawOperation(spec, op);
    const at = pointer(['paths', op.path, op.method.toLowerCase(), 'responses']);
    const entries = Object.entries(raw.responses).map(([status, node]) => {
      const key = /^\d+$/.test(status) ? status : quote(status);
      if (typeof node.$ref === 'string' && node.$ref.startsWith('#/components/responses/')) {
        const name = node.$ref.slice('#/components/responses/'.length);
        if (!shared.has(name)) {
          shared.set(name, responseContract(locate.resolve(node), node.$ref, locate));
        }
        return `${key}: RESPONSES.${name}`;
      }
      const where = `${at}/${pointer([status]).slice(2)}`;
      return `${key}: ${contractText(responseContract(locate.resolve(node), where, locate))}`;
    });
    return `  ${op.id}: { ${entries.join(', ')} },`;
  });
  const components = [...shared].map(([name, c]) => `  ${name}: ${contractText(c)},`);
  return `
import type { OperationId } from './operations.js';

/** A documented response header and the pointer of its schema in openapi.json. */
export interface ResponseHeaderContract {
  readonly name: string;
  readonly required?: true;
  readonly schema?: string;
  /** The schema's \`type\`, to read the header's text as a number or a boolean first. */
  readonly type?: string;
}

/** What one documented response promises: the pointer of its JSON body schema, its headers. */
export interface ResponseContract {
  /** A JSON pointer into openapi.json; absent when the response has no JSON body. */
  readonly body?: string;
  readonly headers?: readonly ResponseHeaderContract[];
}

/** The shared responses of \`#/components/responses\`, by name. */
const RESPONSES = {
${components.join('\n')}
} as const satisfies Record<string, ResponseContract>;

/**
 * Every documented response of every operation, by operationId and status (\`default\` for the
 * rest), for the contract checks every emulator answer goes through in the tests.
 */
export const RESPONSE_CONTRACTS: {
  readonly [K in OperationId]: Readonly<Record<string, ResponseContract>>;
} = {
${rows.join('\n')}
};
`;
}
