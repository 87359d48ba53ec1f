// The type tests (test/**/*.test-d.ts: expectTypeOf, and @ts-expect-error on the one line that
// must not compile) hold only if tsc accepts them, so tsc checks them here, with the whole project
// (what `npm run typecheck` checks), incrementally: both keep tsc's build info in
// node_modules/.cache/raff-sdk/, so a run after the other (as in .ci/run) re-checks only what
// changed (5 s instead of 20). Not vitest's typecheck mode: vitest starts that only after every
// other file has finished (its own last group), where it ran on alone; from a test file of the
// slow project, tsc overlaps the rest of the suite.
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TSC = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));
const TSCONFIG = fileURLToPath(new URL('../../tsconfig.json', import.meta.url));
/** Shared with `npm run typecheck` (package.json): the same project, the same build info. */
const BUILD_INFO = fileURLToPath(
  new URL('../../node_modules/.cache/raff-sdk/tsc.tsbuildinfo', import.meta.url),
);
/** tsc takes 10 to 20 s of CPU here; a loaded machine stretches that. */
const TSC_TIMEOUT = 240_000;

const TYPE_TESTS = readdirSync(new URL('..', import.meta.url), { recursive: true })
  .map(String)
  .filter((path) => path.endsWith('.test-d.ts'))
  .map((path) => `test/${path.replaceAll('\\', '/')}`)
  .sort();

/** tsc's errors, by file relative to the repository (`''` for those without a file). */
let errors: Promise<ReadonlyMap<string, readonly string[]>>;

beforeAll(() => {
  errors = new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [
        TSC,
        '--noEmit',
        '--incremental',
        '--tsBuildInfoFile',
        BUILD_INFO,
        '--pretty',
        'false',
        '-p',
        TSCONFIG,
      ],
      { cwd: root, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => {
        // Exit status 2 means it checked and found errors; anything else it could not check.
        if (error !== null && error.code !== 2) return reject(error);
        resolve(byFile(stdout));
      },
    );
  });
  errors.catch(() => undefined);
});

/** tsc's `--pretty false` output: `path(line,col): error TSxxxx: …`, continued on indented lines. */
function byFile(output: string): ReadonlyMap<string, readonly string[]> {
  const found = new Map<string, string[]>();
  let last: string[] | undefined;
  for (const line of output.split('\n')) {
    if (line.trim() === '') continue;
    const at = /^(.+?)\(\d+,\d+\): /.exec(line);
    if (at === null && last !== undefined && /^\s/.test(line)) {
      last.push(line);
      continue;
    }
    const file = at?.[1] === undefined ? '' : relative(root, at[1]).replaceAll('\\', '/');
    last = found.get(file) ?? [];
    found.set(file, last);
    last.push(line);
  }
  return found;
}

describe('the type tests', () => {
  it('are found: one per namespace, and the client', () => {
    expect(TYPE_TESTS).toContain('test/types/client.test-d.ts');
    expect(TYPE_TESTS.length).toBeGreaterThan(1);
  });

  it.for(TYPE_TESTS)('%s type-checks', { timeout: TSC_TIMEOUT }, async (file) => {
    expect((await errors).get(file) ?? []).toEqual([]);
  });

  it('leave no error anywhere else (what they import, or tsc itself)', {
    timeout: TSC_TIMEOUT,
  }, async () => {
    const elsewhere = [...(await errors)].filter(([file]) => !TYPE_TESTS.includes(file));
    expect(elsewhere).toEqual([]);
  });
});
