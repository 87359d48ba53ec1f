// The type tests (test/**/*.test-d.ts: expectTypeOf, and @ts-expect-error on the lines that must
// not compile) hold only if tsc accepts them. `npm run typecheck` checks them with the whole
// project (CI runs it before `npm test`; tsc's incremental build info makes a rerun take seconds),
// so the test suite does not run tsc a second time: it checks that the type tests are there, and
// that the project's tsc reaches every one of them.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODEL } from '../support/operation-calls.js';

const TYPE_TESTS = readdirSync(new URL('..', import.meta.url), { recursive: true })
  .map(String)
  .filter((path) => path.endsWith('.test-d.ts'))
  .map((path) => `test/${path.replaceAll('\\', '/')}`)
  .sort();

const kebab = (name: string) => name.replaceAll(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

describe('the type tests', () => {
  it('are there: the client, the permissions, and one per top-level namespace', () => {
    expect(TYPE_TESTS).toContain('test/types/client.test-d.ts');
    expect(TYPE_TESTS).toContain('test/types/permissions.test-d.ts');
    const namespaces = new Set(MODEL.operations.map((op) => op.namespace.split('.')[0] ?? ''));
    for (const namespace of namespaces) {
      expect(TYPE_TESTS).toContain(`test/types/generated/${kebab(namespace)}.test-d.ts`);
    }
  });

  it('are type-checked by `npm run typecheck`: tsconfig.json includes test/', () => {
    const tsconfig = JSON.parse(
      readFileSync(new URL('../../tsconfig.json', import.meta.url), 'utf8'),
    );
    expect(tsconfig.include).toContain('test');
    const scripts = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
      .scripts as Record<string, string>;
    expect(scripts.typecheck).toMatch(/^tsc --noEmit\b/);
    expect(scripts.typecheck).not.toMatch(/ -p (?!tsconfig\.json)/);
  });
});
