#!/usr/bin/env node
// The CycloneDX SBOM of what the tarball ships (npm run sbom).
//
// @raff/sdk installs no dependencies: ky, zod, ajv and the rest are devDependencies that the
// build bundles into dist/. So `npm sbom --omit dev` lists nothing, and a plain `npm sbom` lists
// every tool in the lockfile (vitest, typedoc, …) as if it shipped. This script runs plain
// `npm sbom --sbom-format cyclonedx` (kept as .tmp/sbom/npm.cdx.json) and writes
// .tmp/sbom/raff-sdk.cdx.json: npm's document, with npm's own entry (purl, licence, integrity
// hash) for each package the build bundled (scripts/build/bundled-packages.mjs, the inventory
// THIRD_PARTY_NOTICES.md is made from) and nothing else. Those entries are marked as npm marks
// bundled dependencies (`cdx:npm:package:bundled`) instead of `cdx:npm:package:development`,
// with a property naming where each went (`raff:bundled-into`).
//
// Exits 1 when a bundled package is missing from npm's SBOM or from the result.
//
// Options: --metafile FILE (repeatable; default .tmp/build/metafile-*.json), --declarations FILE,
// --npm-sbom FILE (use this `npm sbom` output instead of running npm), --out DIR (.tmp/sbom).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildMetafiles,
  bundledPackages,
  DEFAULT_DECLARATIONS,
  ROOT,
} from './build/bundled-packages.mjs';

const { values } = parseArgs({
  options: {
    metafile: { type: 'string', multiple: true },
    declarations: { type: 'string', default: DEFAULT_DECLARATIONS },
    'npm-sbom': { type: 'string' },
    out: { type: 'string', default: join(ROOT, '.tmp/sbom') },
  },
});

const packages = bundledPackages(values.metafile ?? buildMetafiles(), values.declarations);
mkdirSync(values.out, { recursive: true });

const npmSbomText =
  values['npm-sbom'] !== undefined
    ? readFileSync(values['npm-sbom'], 'utf8')
    : execFileSync('npm', ['sbom', '--sbom-format', 'cyclonedx', '--sbom-type', 'library'], {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
const npmSbomFile = join(values.out, 'npm.cdx.json');
if (values['npm-sbom'] === undefined) writeFileSync(npmSbomFile, npmSbomText);
const npmSbom = JSON.parse(npmSbomText);

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const problems = [];
const components = [];
for (const pkg of packages) {
  const found = npmSbom.components.find(
    (component) => component.name === pkg.name && component.version === pkg.version,
  );
  if (found === undefined) {
    problems.push(
      `npm sbom has no ${pkg.name}@${pkg.version} (is node_modules what the lockfile says?)`,
    );
    continue;
  }
  components.push({
    ...found,
    properties: [
      ...(found.properties ?? []).filter(
        (property) => property.name !== 'cdx:npm:package:development',
      ),
      { name: 'cdx:npm:package:bundled', value: 'true' },
      ...pkg.usedIn.map((where) => ({ name: 'raff:bundled-into', value: where })),
    ],
  });
}
const shipped = new Set(components.map((component) => component['bom-ref']));
const rootRef = npmSbom.metadata.component['bom-ref'];
const sbom = {
  ...npmSbom,
  metadata: {
    ...npmSbom.metadata,
    // npm names the root component after the folder it runs in; the package has a name.
    component: { ...npmSbom.metadata.component, name: manifest.name },
  },
  components,
  dependencies: [
    { ref: rootRef, dependsOn: [...shipped] },
    // What the bundled packages need of each other (ajv-formats → ajv, …), as npm recorded it.
    ...npmSbom.dependencies
      .filter((entry) => shipped.has(entry.ref))
      .map((entry) => ({ ...entry, dependsOn: entry.dependsOn.filter((ref) => shipped.has(ref)) })),
  ],
};

for (const pkg of packages) {
  const listed = sbom.components.some(
    (component) =>
      component.name === pkg.name &&
      component.version === pkg.version &&
      component.properties.some((property) => property.name === 'cdx:npm:package:bundled'),
  );
  if (!listed) problems.push(`the SBOM does not list ${pkg.name}@${pkg.version} as bundled`);
}

const outFile = join(values.out, 'raff-sdk.cdx.json');
writeFileSync(outFile, `${JSON.stringify(sbom, null, 2)}\n`);
console.log(
  `wrote ${relative(ROOT, outFile)}: ${manifest.name}@${manifest.version} and the ` +
    `${components.length} packages bundled into it (${components
      .map((component) => `${component.name}@${component.version}`)
      .join(', ')})` +
    (values['npm-sbom'] === undefined
      ? `; npm's own output is ${relative(ROOT, npmSbomFile)}`
      : ''),
);
if (problems.length > 0) {
  console.error(`\n${problems.join('\n')}`);
  process.exit(1);
}
