// The layers of src/, held against every import (type imports too): each folder only looks down.
//   shared     errors, redaction, key format, secret scan: imports nothing of ours
//   internal   validation and id helpers: shared only
//   core       the call path, options, transport, waiters: shared and internal
//   offline    key checks, permission catalog and preview: shared and internal
//   resources  hand-written namespace helpers: anything below, and the generated types
// core and offline never import each other; the client and index sit on top of all of them.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** What each folder may import from inside src/ (its own files are always allowed). */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  shared: [],
  internal: ['shared'],
  core: ['shared', 'internal'],
  offline: ['shared', 'internal'],
};

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** Every relative import or re-export of a file, type-only ones included. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'(\.[^']+)'/gms)].map(
    (m) => m[1] as string,
  );
  return found.map((spec) => resolve(dirname(file), spec));
}

const folderOf = (path: string) => relative(SRC, path).split('/')[0] as string;

describe('src/ layers', () => {
  for (const [folder, allowed] of Object.entries(ALLOWED)) {
    it(`${folder}/ imports only ${allowed.length ? allowed.join(' and ') : 'nothing of ours'}`, () => {
      const wrong = files(join(SRC, folder)).flatMap((file) =>
        importsOf(file)
          .filter((target) => target.startsWith(SRC))
          .filter((target) => folderOf(target) !== folder && !allowed.includes(folderOf(target)))
          .map((target) => `${relative(SRC, file)} → ${relative(SRC, target)}`),
      );
      expect(wrong).toEqual([]);
    });
  }

  it('finds the imports it checks (a regex that matched nothing would pass anything)', () => {
    const core = files(join(SRC, 'core')).flatMap(importsOf);
    expect(core.some((target) => folderOf(target) === 'shared')).toBe(true);
    expect(importsOf(join(SRC, 'core/transport.ts')).length).toBeGreaterThan(3);
  });
});
