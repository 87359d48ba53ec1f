import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<
  string,
  unknown
>;
const REPOSITORY = 'https://github.com/rafftechnologies/raff-sdk-typescript';

describe('package.json', () => {
  it('points npm at the repository, its home page and its issues', () => {
    expect(manifest.repository).toEqual({ type: 'git', url: `git+${REPOSITORY}.git` });
    expect(manifest.homepage).toBe(`${REPOSITORY}#readme`);
    expect(manifest.bugs).toEqual({ url: `${REPOSITORY}/issues` });
  });

  it('publishes in public with provenance (what npm needs to link the tarball to its build)', () => {
    expect(manifest.publishConfig).toEqual({ access: 'public', provenance: true });
  });

  it('ships the third-party notices, and openapi.json once: gzipped, in dist, exported', () => {
    expect(manifest.files).toEqual(
      expect.arrayContaining(['dist', 'THIRD_PARTY_NOTICES.md', 'LICENSE']),
    );
    expect(manifest.files).not.toContain('openapi.json');
    expect((manifest.exports as Record<string, unknown>)['./openapi.json.gz']).toBe(
      './dist/openapi.json.gz',
    );
    expect(manifest.exports).not.toHaveProperty('./openapi.json');
  });
});
