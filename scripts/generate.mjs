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
 * The runtime table the client needs: the operations that take X-Project-ID, and whether they
 * require it. Every other operation is account-level and never sends it. Kept this small because
 * it ships in every bundle.
 */
function operationsModule(spec) {
  const rows = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch', 'head', 'options']) {
      const op = item[method];
      if (!op) continue;
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) =>
        resolve(spec, p),
      );
      const header = params.find(
        (p) => p.in === 'header' && p.name.toLowerCase() === 'x-project-id',
      );
      if (header)
        rows.push(
          `  '${method.toUpperCase()} ${path}': '${header.required ? 'required' : 'optional'}',`,
        );
    }
  }
  return `
/** How a project-scoped operation takes \`X-Project-ID\`: required (mutations) or optional (list filters). */
export type ProjectIdRule = 'required' | 'optional';

/**
 * The operations in openapi.json that take \`X-Project-ID\`, keyed by \`METHOD /path/template\`.
 * Every operation not listed is account-level and never sends it.
 */
export const PROJECT_SCOPED: Readonly<Record<string, ProjectIdRule>> = {
${rows.join('\n')}
};
`;
}

function resolve(spec, node) {
  if (!node.$ref) return node;
  return node.$ref
    .slice(2)
    .split('/')
    .reduce((at, key) => at[key], spec);
}
