import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const script = join(root, 'scripts/third-party-notices.mjs');
const dir = mkdtempSync(join(tmpdir(), 'raff-notices-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const installed = (name: string) =>
  JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as {
    version: string;
  };

function notices(args: string[]) {
  const run = spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A metafile as esbuild writes it: one output and the inputs it holds, with their bytes. */
function metafile(name: string, inputs: Record<string, number>) {
  const file = join(dir, `metafile-${name}.json`);
  const entries = Object.entries(inputs).map(([path, bytesInOutput]) => [path, { bytesInOutput }]);
  writeFileSync(
    file,
    JSON.stringify({ outputs: { 'dist/x.js': { inputs: Object.fromEntries(entries) } } }),
  );
  return file;
}

describe('scripts/third-party-notices.mjs', () => {
  const declarations = join(dir, 'declarations.json');
  const file = join(dir, 'NOTICES.md');
  let args: string[];
  let written: string;

  beforeAll(() => {
    writeFileSync(
      declarations,
      JSON.stringify({ 'openapi-fetch': 'node_modules/openapi-fetch/dist/index.d.mts' }),
    );
    const testing = metafile('testing', {
      'node_modules/fast-uri/index.js': 512,
      'node_modules/ajv/dist/core.js': 2048,
      // Imported, then tree-shaken to nothing: not in dist.
      'node_modules/zod/v4/mini/index.js': 0,
      'src/testing/emulator.ts': 4096,
    });
    const cjs = metafile('cjs', { 'node_modules/ky/distribution/index.js': 1024 });
    args = ['--metafile', testing, '--metafile', cjs, '--declarations', declarations];
    const run = notices([...args, '--notices', file]);
    expect(run.status, run.stderr).toBe(0);
    written = readFileSync(file, 'utf8');
  });

  it('lists each package with code in the build, at its installed version, with its licence id and full text', () => {
    for (const [name, license] of [
      ['ajv', 'MIT'],
      ['fast-uri', 'BSD-3-Clause'],
      ['ky', 'MIT'],
      ['openapi-fetch', 'MIT'],
    ] as const) {
      const { version } = installed(name);
      expect(written).toContain(`\n## ${name} ${version}\n`);
      expect(written).toMatch(new RegExp(`\\| ${version} +\\| ${license} +\\|`));
    }
    const bsd = readFileSync(join(root, 'node_modules/fast-uri/LICENSE'), 'utf8').trim();
    expect(written).toContain(bsd);
    expect(written).toContain('Redistributions of source code must retain the above copyright');
  });

  it('says which build each package went into', () => {
    expect(written).toMatch(
      /\| \[ky\]\(#ky-\d+\) +\| [\d.]+ +\| MIT +\| the client \(CommonJS\) +\|/,
    );
    expect(written).toMatch(
      /\| \[fast-uri\]\(#fast-uri-\d+\) .*\| the emulator \(`@raff\/sdk\/testing`\) +\|/,
    );
    expect(written).toMatch(
      /\| \[openapi-fetch\]\(#openapi-fetch-\d+\) .*\| the type declarations +\|/,
    );
  });

  it('leaves out a package whose code was all tree-shaken away, and our own sources', () => {
    expect(written).not.toContain('## zod ');
    expect(written).not.toContain('emulator.ts');
  });

  it('passes --check when the notices are what the build makes', () => {
    const run = notices([...args, '--notices', file, '--check']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`fast-uri ${installed('fast-uri').version}`);
  });

  it('fails --check naming the package and version when a bundled library is missing', () => {
    const { version } = installed('fast-uri');
    const without = join(dir, 'without-fast-uri.md');
    writeFileSync(without, written.replace(/\n## fast-uri [\s\S]*?(?=\n## )/, '\n'));
    const run = notices([...args, '--notices', without, '--check']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `missing: fast-uri ${version} (BSD-3-Clause), bundled into the emulator (\`@raff/sdk/testing\`)`,
    );
  });

  it('fails --check when the notices name another version than the one bundled', () => {
    const { version } = installed('ky');
    const stale = join(dir, 'stale-ky.md');
    writeFileSync(stale, written.replace(`## ky ${version}`, '## ky 0.0.1'));
    const run = notices([...args, '--notices', stale, '--check']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`missing: ky ${version} (MIT)`);
    expect(run.stderr).toContain('not bundled (any more, or at this version): ky 0.0.1');
  });

  it('fails --check when a licence text differs from the one the package ships', () => {
    const edited = join(dir, 'edited.md');
    writeFileSync(edited, written.replace('Redistributions of source code', 'Copies'));
    const run = notices([...args, '--notices', edited, '--check']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('a licence text or the layout differs');
  });
});

// Whether the committed file covers what the real build bundled is CI's step after the build
// (`npm run notices -- --check`, on the build's own metafiles); here, that it ships.
describe('THIRD_PARTY_NOTICES.md', () => {
  it('is in the tarball', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      files: string[];
    };
    expect(manifest.files).toContain('THIRD_PARTY_NOTICES.md');
  });
});
