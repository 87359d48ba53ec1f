#!/usr/bin/env node
// Regenerates everything generated from openapi.json, through one model of it:
//   generated/openapi.ts          openapi-typescript's types (the wire, every path)
//   generated/operations.ts       the operation table the client ships
//   generated/model.json          the whole model (tests, spec:compare, docs)
//   generated/emulator.ts         what the emulator serves: routes, rules, schema pointers
//   generated/contract.ts         every documented response, for the tests' contract checks
//   generated/types.ts            the public type aliases
//   generated/resources/*.ts      the namespaces: classes, method signatures and TSDoc
//   generated/client-namespaces.ts, generated/exports.ts   mounting and the export list
//   test/types/generated/*.ts     a type test per namespace
// `--check` fails (exit 1) when a committed file is stale or one is missing or left over,
// instead of writing; CI runs it that way.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { emulatorModules } from './generate/emit-emulator.mjs';
import { modelJson } from './generate/emit-model.mjs';
import { operationsModule } from './generate/emit-operations.mjs';
import { resourceModules } from './generate/emit-resources.mjs';
import { typeTestModules } from './generate/emit-tests.mjs';
import { wireTypesModule } from './generate/emit-wire-types.mjs';
import { buildModel } from './generate/model.mjs';
import { loadJsonSpec } from './generate/spec.mjs';

const root = new URL('../', import.meta.url);
const check = process.argv.includes('--check');
const BANNER = `/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by \`npm run generate\` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */
`;
// Folders whose every file the generator owns: a file it no longer writes is stale.
const OWNED_DIRS = ['generated/resources', 'test/types/generated'];

const spec = loadJsonSpec(new URL('openapi.json', root));
const model = buildModel(spec);

const files = {
  'generated/openapi.ts': `${BANNER}\n${await wireTypesModule(spec)}`,
  'generated/operations.ts': BANNER + operationsModule(model),
  'generated/model.json': modelJson(model),
};
for (const [path, text] of Object.entries({
  ...resourceModules(model),
  ...typeTestModules(model),
  ...emulatorModules(model, spec),
})) {
  files[path] = `${BANNER}\n${text}`;
}

let stale = 0;
for (const [path, contents] of Object.entries(files)) {
  const url = new URL(path, root);
  const current = await readFile(url, 'utf8').catch(() => '');
  if (current === contents) continue;
  if (check) {
    console.error(`${path} is stale: run \`npm run generate\` and commit the result.`);
    stale++;
  } else {
    await mkdir(dirname(url.pathname), { recursive: true });
    await writeFile(url, contents);
    console.log(`wrote ${path}`);
  }
}
for (const dir of OWNED_DIRS) {
  for (const name of await readdir(new URL(`${dir}/`, root)).catch(() => [])) {
    const path = `${dir}/${name}`;
    if (Object.hasOwn(files, path)) continue;
    if (check) {
      console.error(`${path} is no longer generated: run \`npm run generate\`.`);
      stale++;
    } else {
      await rm(new URL(path, root));
      console.log(`removed ${path}`);
    }
  }
}
if (stale > 0) process.exit(1);
console.log(
  check
    ? 'generated/ is up to date with openapi.json'
    : `${model.operations.length} operations, ${model.namespaces.length} namespaces`,
);
