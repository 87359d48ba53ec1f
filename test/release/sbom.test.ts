import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const script = join(root, 'scripts/sbom.mjs');
const dir = mkdtempSync(join(tmpdir(), 'raff-sbom-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const versionOf = (name: string) =>
  (
    JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

interface Component {
  'bom-ref': string;
  name: string;
  version: string;
  purl: string;
  hashes?: { alg: string; content: string }[];
  properties: { name: string; value: string }[];
}
interface Sbom {
  metadata: { component: { name: string; 'bom-ref': string } };
  components: Component[];
  dependencies: { ref: string; dependsOn: string[] }[];
}

/** An entry as `npm sbom --sbom-format cyclonedx` writes one for a devDependency. */
function npmComponent(name: string, version: string): Component {
  return {
    'bom-ref': `${name}@${version}`,
    name,
    version,
    purl: `pkg:npm/${name}@${version}`,
    hashes: [{ alg: 'SHA-512', content: `hash-of-${name}` }],
    properties: [{ name: 'cdx:npm:package:development', value: 'true' }],
  };
}

function write(name: string, value: unknown) {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
}

function sbom(args: string[]) {
  const run = spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('scripts/sbom.mjs', () => {
  const ky = versionOf('ky');
  const fastUri = versionOf('fast-uri');
  let args: string[];

  beforeAll(() => {
    const metafile = write('metafile-testing.json', {
      outputs: {
        'dist/x.js': {
          inputs: {
            'node_modules/ky/distribution/index.js': { bytesInOutput: 100 },
            'node_modules/fast-uri/index.js': { bytesInOutput: 100 },
          },
        },
      },
    });
    args = ['--metafile', metafile, '--declarations', write('declarations.json', {})];
  });

  it('lists the bundled packages, with npm’s purl and hash, as bundled, and no build tool', () => {
    const npm = write('npm-full.json', {
      metadata: { component: { 'bom-ref': '@raff/sdk@0.1.0', name: 'wt-release' } },
      components: [
        npmComponent('ky', ky),
        npmComponent('fast-uri', fastUri),
        npmComponent('vitest', '4.1.12'),
      ],
      dependencies: [
        { ref: '@raff/sdk@0.1.0', dependsOn: [`ky@${ky}`, 'vitest@4.1.12'] },
        { ref: `ky@${ky}`, dependsOn: ['vitest@4.1.12'] },
        { ref: 'vitest@4.1.12', dependsOn: [] },
      ],
    });
    const out = join(dir, 'full');
    const run = sbom([...args, '--npm-sbom', npm, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(readFileSync(join(out, 'raff-sdk.cdx.json'), 'utf8')) as Sbom;

    expect(result.metadata.component.name).toBe('@raff/sdk');
    expect(result.components.map((component) => component['bom-ref'])).toEqual([
      `fast-uri@${fastUri}`,
      `ky@${ky}`,
    ]);
    const kyEntry = result.components.find((component) => component.name === 'ky');
    expect(kyEntry?.purl).toBe(`pkg:npm/ky@${ky}`);
    expect(kyEntry?.hashes).toEqual([{ alg: 'SHA-512', content: 'hash-of-ky' }]);
    expect(kyEntry?.properties).toEqual([
      { name: 'cdx:npm:package:bundled', value: 'true' },
      { name: 'raff:bundled-into', value: 'the emulator (`@raff/sdk/testing`)' },
    ]);
    expect(result.dependencies).toEqual([
      { ref: '@raff/sdk@0.1.0', dependsOn: [`fast-uri@${fastUri}`, `ky@${ky}`] },
      { ref: `ky@${ky}`, dependsOn: [] },
    ]);
  });

  it('fails naming a bundled package that npm’s SBOM does not have', () => {
    const npm = write('npm-without-fast-uri.json', {
      metadata: { component: { 'bom-ref': '@raff/sdk@0.1.0', name: 'wt-release' } },
      components: [npmComponent('ky', ky)],
      dependencies: [{ ref: '@raff/sdk@0.1.0', dependsOn: [] }],
    });
    const run = sbom([...args, '--npm-sbom', npm, '--out', join(dir, 'partial')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`npm sbom has no fast-uri@${fastUri}`);
    expect(run.stderr).toContain(`the SBOM does not list fast-uri@${fastUri} as bundled`);
  });
});
