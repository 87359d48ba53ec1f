#!/usr/bin/env node
// Regenerates generated/ from openapi.json. `--check` fails (exit 1) when the committed files are
// stale instead of writing them; CI runs it that way.
import { readFile, writeFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';

const root = new URL('../', import.meta.url);
const check = process.argv.includes('--check');
const BANNER = `/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by \`npm run generate\` from openapi.json; edit openapi.json and regenerate.
 */
`;

const spec = JSON.parse(await readFile(new URL('openapi.json', root), 'utf8'));

const files = {
  'generated/openapi.ts':
    BANNER +
    '\n' +
    astToString(await openapiTS(spec, { alphabetize: false, defaultNonNullable: false })),
  'generated/operations.ts': BANNER + operationsModule(spec),
};

let stale = 0;
for (const [path, contents] of Object.entries(files)) {
  const url = new URL(path, root);
  const current = await readFile(url, 'utf8').catch(() => '');
  if (current === contents) continue;
  if (check) {
    console.error(`${path} is stale: run \`npm run generate\` and commit the result.`);
    stale++;
  } else {
    await writeFile(url, contents);
    console.log(`wrote ${path}`);
  }
}
if (stale > 0) process.exit(1);
if (check) console.log('generated/ is up to date with openapi.json');

/**
 * The operation table the client's one call path runs on: for every operation, its method and
 * path, how it takes `X-Project-ID`, whether it is public (no key), whether it pages, and which
 * part of the answer's envelope is the result. Kept compact: it ships in every bundle.
 */
function operationsModule(spec) {
  const rows = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch']) {
      const op = item[method];
      if (!op) continue;
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) =>
        resolve(spec, p),
      );
      const header = params.find(
        (p) => p.in === 'header' && p.name.toLowerCase() === 'x-project-id',
      );
      const query = new Set(params.filter((p) => p.in === 'query').map((p) => p.name));
      const fields = [`method: '${method.toUpperCase()}'`, `path: '${path}'`];
      if (header) fields.push(`project: '${header.required ? 'required' : 'optional'}'`);
      if (Array.isArray(op.security) && op.security.length === 0) fields.push('public: true');
      if (query.has('limit') && query.has('offset')) fields.push('paged: true');
      fields.push(`result: '${resultOf(spec, op)}'`);
      rows.push(`  ${op.operationId}: { ${fields.join(', ')} },`);
    }
  }
  return `
/**
 * Which part of a 2xx answer a method returns: \`page\` = \`{ data, total }\`, \`none\` = nothing
 * (the answer only confirms), \`body\` = the whole answer without \`success\`, or the name of the
 * one envelope field that holds the result (\`data\`, \`regions\`, …).
 */
export type ResultKind = 'page' | 'none' | 'body' | (string & {});

/** What the client's call path knows about one operation of openapi.json. */
export interface OperationInfo {
  readonly method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH';
  /** The path template, e.g. \`/api/v1/vms/{id}\`. */
  readonly path: string;
  /** How it takes \`X-Project-ID\`; absent = never (account-level or public). */
  readonly project?: 'required' | 'optional';
  /** Public (health, catalog): no \`X-API-Key\` is ever sent. */
  readonly public?: true;
  /** Pages with \`limit\`/\`offset\`. */
  readonly paged?: true;
  readonly result: ResultKind;
}

/** Every operation of openapi.json, by operationId. */
export const OPERATIONS = {
${rows.join('\n')}
} as const satisfies Record<string, OperationInfo>;

/** The operationId of any operation in openapi.json. */
export type OperationId = keyof typeof OPERATIONS;
`;
}

/**
 * The result kind of an operation, from its 2xx JSON schema (or `x-raff-result` when set): see
 * `ResultKind` in the generated module.
 */
function resultOf(spec, op) {
  if (op['x-raff-result']) return op['x-raff-result'];
  const status = Object.keys(op.responses).find((code) => code.startsWith('2'));
  const response = resolve(spec, op.responses[status]);
  const schema = schemaOf(spec, response?.content?.['application/json']?.schema);
  if (!schema) return 'none';
  const names = Object.keys(schema.properties ?? {});
  if (!names.includes('success')) return 'body';
  const payload = names.filter((name) => name !== 'success');
  if (payload.length === 2 && payload.includes('data') && payload.includes('total')) return 'page';
  if (payload.length === 1 && payload[0] === 'message') return 'none';
  if (payload.length === 1) return payload[0];
  return 'body';
}

function schemaOf(spec, node) {
  const schema = node ? resolve(spec, node) : undefined;
  if (!schema?.allOf) return schema;
  const merged = { properties: {} };
  for (const part of schema.allOf.map((p) => schemaOf(spec, p))) {
    Object.assign(merged.properties, part.properties ?? {});
  }
  return merged;
}

function resolve(spec, node) {
  if (!node.$ref) return node;
  return node.$ref
    .slice(2)
    .split('/')
    .reduce((at, key) => at[key], spec);
}
