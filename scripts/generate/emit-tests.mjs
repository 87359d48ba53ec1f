// test/types/generated/*.test-d.ts: one type test per top-level namespace that pins what each
// method resolves with to the named public type, and that type to what the call path unwraps
// (`Result<K>`, read from the operation table). A signature and the runtime cannot drift apart.

const kebab = (text) => text.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/** Every generated type test, by path. */
export function typeTestModules(model) {
  const files = {};
  for (const top of model.namespaces.filter((ns) => !ns.parent)) {
    const ops = model.operations.filter(
      (op) =>
        (op.namespace === top.path || op.namespace.startsWith(`${top.path}.`)) &&
        !isCustom(model, op),
    );
    if (ops.length === 0) continue;
    const names = new Set();
    const cases = ops.map((op) => {
      const expected = expectedType(op);
      for (const name of expected.names) names.add(name);
      return [
        `  it('${op.sdk} resolves with ${expected.text.replaceAll("'", '')}', () => {`,
        `    expectTypeOf<Awaited<ReturnType<RaffClient['${op.sdk.split('.').join("']['")}']>>>().toEqualTypeOf<${expected.text}>();`,
        `    expectTypeOf<${expected.text}>().toEqualTypeOf<${expected.fromTable}>();`,
        '  });',
      ].join('\n');
    });
    const typeImports = [...names].filter((n) => !['Page', 'LoosePage'].includes(n)).sort();
    const paging = ['LoosePage', 'Page'].filter((n) => names.has(n));
    files[`test/types/generated/${kebab(top.path)}.test-d.ts`] = [
      "import { describe, expectTypeOf, it } from 'vitest';",
      "import type { Result } from '../../../src/core/operation-types.js';",
      ...(paging.length
        ? [`import type { ${paging.join(', ')} } from '../../../src/core/pagination.js';`]
        : []),
      `import type { ${['RaffClient', ...typeImports].join(', ')} } from '../../../src/index.js';`,
      '',
      `describe('${top.path}: what each method resolves with', () => {`,
      cases.join('\n\n'),
      '});',
      '',
    ].join('\n');
  }
  return files;
}

function isCustom(model, op) {
  const ns = model.namespaces.find((n) => n.path === op.namespace);
  return ns?.custom?.methods.includes(op.name) ?? false;
}

function expectedType(op) {
  const t = op.typeNames;
  const fromTable = `Result<'${op.sdk}'>`;
  switch (op.result.kind) {
    case 'none':
      return { text: 'void', names: [], fromTable };
    case 'page': {
      const page = op.paged && !op.result.totalRequired ? 'LoosePage' : 'Page';
      return { text: `${page}<${t.item}>`, names: [page, t.item], fromTable };
    }
    default:
      if (t.item) return { text: `${t.item}[]`, names: [t.item], fromTable };
      return { text: t.result, names: [t.result], fromTable };
  }
}
