import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const script = join(root, 'scripts', 'check-doc-blocks.mjs');
// Inside the repo, so that the generated blocks resolve node_modules as the real ones do.
const dir = join(root, '.tmp', `check-doc-blocks-test-${process.pid}`);

const fence = '```';
const guide = [
  '# A guide', // 1
  '', // 2
  `${fence}ts`, // 3
  "import { RaffClient } from '@raff/sdk';", // 4
  'const raff = new RaffClient({ apiKey: null });', // 5
  "export const plans = await raff.pricing.vms({ type: 'standard' });", // 6
  fence, // 7
  '', // 8
  'Later blocks see the imports and declarations above, and the prelude:', // 9
  '', // 10
  `${fence}typescript`, // 11
  "const other = new RaffClient({ apiKey: null, projectId: 'p' });", // 12
  'console.log(plans.length, await raff.vms.get(vmId), other.projectId);', // 13
  'await raff.vms.nope(vmId);', // 14
  'const count: number = plans[0]?.id ?? "none";', // 15
  fence, // 16
  '', // 17
  '- in a list:', // 18
  '', // 19
  `  ${fence}ts`, // 20
  '  const vm = await raff.vms.get(vmId);', // 21
  '  vm.missing;', // 22
  `  ${fence}`, // 23
  '', // 24
  `${fence}js`, // 25
  "import x from 'y';", // 26
  'const = 1;', // 27
  fence, // 28
  '', // 29
  fence, // 30
  'no language', // 31
  fence, // 32
  '', // 33
  `${fence}ts`, // 34
  '// src/lib.ts', // 35
  'export const answer = (): number => 42;', // 36
  fence, // 37
  '', // 38
  `${fence}ts`, // 39
  '// test/lib.test.ts', // 40
  "import { answer } from '../src/lib.js';", // 41
  'const wrong: string = answer();', // 42
  fence, // 43
  '', // 44
  `${fence}sh`, // 45
  'this is not checked', // 46
  fence, // 47
].join('\n');

let result: { status: number | null; stdout: string; stderr: string };

beforeAll(() => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'guide.md'), `${guide}\n`);
  const run = spawnSync(
    process.execPath,
    [script, '--out', join(dir, 'out'), join(dir, 'guide.md')],
    { cwd: root, encoding: 'utf8' },
  );
  result = { status: run.status, stdout: run.stdout, stderr: run.stderr };
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scripts/check-doc-blocks.mjs', () => {
  const at = `.tmp/check-doc-blocks-test-${process.pid}/guide.md`;

  it('exits 1 and reports each problem as file:block:line, with the markdown line', () => {
    expect(result.status).toBe(1);
    const problems = result.stderr.split('\n').filter((line) => line.startsWith(at));
    expect(problems).toEqual([
      `${at}:line 30: a code fence without a language: use ts for TypeScript, or text, sh, … for anything that is not checked`,
      `${at}:block 2:line 14: TS2339 Property 'nope' does not exist on type 'Vms'.`,
      `${at}:block 2:line 15: TS2322 Type 'number | "none"' is not assignable to type 'number'.`,
      expect.stringMatching(/:block 3:line 22: TS2339 Property 'missing' does not exist on type/),
      `${at}:block 6:line 42: TS2322 Type 'number' is not assignable to type 'string'.`,
      `${at}:block 4:line 27: node --check: SyntaxError: Unexpected token '='`,
    ]);
  });

  it('gives later blocks the earlier imports and declarations and the prelude, and named blocks their paths', () => {
    // Block 2 uses RaffClient (imported by block 1), raff and plans (declared by block 1) and
    // vmId (the prelude): none of them is reported. Block 6 imports block 5 by its path.
    expect(result.stderr).not.toMatch(/Cannot find name|Cannot find module/);
  });

  it('counts the checked blocks and leaves other languages alone', () => {
    expect(result.stderr).toContain(
      '6 problem(s) in 5 TypeScript and 1 JavaScript blocks in 1 file',
    );
  });
});
