#!/usr/bin/env node
// Checks every fenced code block of README.md and docs/*.md, so that a guide cannot show code
// that does not compile against the SDK it documents.
//
//   ```ts / ```typescript  type-checked by tsc with the repo's tsconfig (strict,
//                          exactOptionalPropertyTypes, noUncheckedIndexedAccess, NodeNext,
//                          top-level await), importing '@raff/sdk' and '@raff/sdk/testing' from
//                          src/ as a user imports the package.
//   ```js / ```javascript  parsed by `node --check` as an ES module (.mjs); ```cjs as CommonJS.
//   ``` (no language)      an error: give non-code a language such as ```text.
//   anything else          (sh, console, http, text, json, …) left alone.
//
// What a TypeScript block may rely on without declaring it, and nothing more (a page is read top
// to bottom, so a snippet may continue the ones above it):
//   - the package imports (not relative ones) and the top-level declarations of the earlier
//     blocks of the same page; the latest one wins;
//   - the names exported by scripts/doc-blocks-prelude.ts (`raff`, `vmId`, …): the free
//     variables the docs use, each documented there.
// A block that declares or imports a name itself wins over both. A block whose first line is a
// comment naming a relative .ts path (`// src/backups-lambda.ts`) is written at that path under
// .tmp/doc-blocks/<page>/, so that blocks of one page can import each other by path.
//
// Blocks go to .tmp/doc-blocks/<page>-<n>.ts (n counts the page's checked blocks from 1), with a
// two-line header (a comment, then every import on one line) and a footer exporting what the block
// declares; a generated tsconfig.json there extends the repo's and maps the package names to src/.
// Errors are reported as <file>:block <n>:line <markdown line>. Exit status 1 when any block, or
// the fences themselves, fail.
//
// Usage: node scripts/check-doc-blocks.mjs [--out DIR] [file.md …]
//        (default: README.md and docs/*.md, into .tmp/doc-blocks)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
// --out DIR puts the generated files elsewhere (the checker's own test uses it).
const outDir =
  outAt >= 0 ? resolve(args.splice(outAt, 2)[1] ?? '') : join(root, '.tmp', 'doc-blocks');
const preludePath = join(root, 'scripts', 'doc-blocks-prelude.ts');
const HEADER_LINES = 2;

const TS_LANGS = new Set(['ts', 'typescript', 'mts']);
const JS_LANGS = new Map([
  ['js', '.mjs'],
  ['javascript', '.mjs'],
  ['mjs', '.mjs'],
  ['cjs', '.cjs'],
]);

const toPosix = (path) => path.split(sep).join('/');
const rel = (path) => toPosix(relative(root, path));

/** The markdown files to check: the arguments, or README.md and docs/*.md. */
function markdownFiles() {
  const given = args;
  if (given.length > 0) return given.map((file) => resolve(file));
  const docs = join(root, 'docs');
  return [
    join(root, 'README.md'),
    ...readdirSync(docs)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => join(docs, name)),
  ];
}

/**
 * The fenced code blocks of a markdown text: `{ lang, line, code }`, `line` being the 1-based line
 * of the opening fence. Follows CommonMark's fence rules closely enough for our docs: ``` or ~~~
 * (3 or more), closed by a fence of the same character at least as long; content indentation up to
 * the opening fence's is removed.
 */
function extractBlocks(text) {
  const lines = text.split(/\r?\n/);
  const blocks = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)[^`]*$/.exec(lines[i] ?? '');
    if (!open) continue;
    const [, indent = '', fence = '', lang = ''] = open;
    const body = [];
    let j = i + 1;
    for (; j < lines.length; j += 1) {
      const line = lines[j] ?? '';
      const close = /^\s*(`{3,}|~{3,})\s*$/.exec(line);
      if (close?.[1]?.[0] === fence[0] && (close?.[1]?.length ?? 0) >= fence.length) break;
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
    }
    blocks.push({ lang: lang.toLowerCase(), line: i + 1, code: body.join('\n') });
    i = j;
  }
  return blocks;
}

/** Names a binding (`a`, `{ a, b: c }`, `[d, ...e]`) declares. */
function bindingNames(name, out) {
  if (ts.isIdentifier(name)) out.add(name.text);
  else
    for (const element of name.elements)
      if (!ts.isOmittedExpression(element)) bindingNames(element.name, out);
}

const isExported = (node) =>
  node.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword) ?? false;

/**
 * What a module's top level declares and imports: `declared` (every local name), `shared` (the
 * names it declares itself, `{ name, type, exported }`), and `imports` (one self-contained import
 * statement per imported name).
 */
function topLevel(fileName, code) {
  const source = ts.createSourceFile(
    fileName,
    code,
    ts.ScriptTarget.ES2022,
    true,
    ts.ScriptKind.TS,
  );
  const declared = new Set();
  const shared = [];
  const imports = [];
  const share = (name, type, statement) => {
    declared.add(name);
    shared.push({ name, type, exported: isExported(statement) });
  };
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) {
      const names = new Set();
      for (const declaration of statement.declarationList.declarations)
        bindingNames(declaration.name, names);
      for (const name of names) share(name, false, statement);
    } else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isEnumDeclaration(statement)) &&
      statement.name
    ) {
      share(statement.name.text, false, statement);
    } else if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) {
      share(statement.name.text, true, statement);
    } else if (ts.isModuleDeclaration(statement) || ts.isImportEqualsDeclaration(statement)) {
      if (ts.isIdentifier(statement.name)) declared.add(statement.name.text);
    } else if (ts.isImportDeclaration(statement) && statement.importClause) {
      const from = statement.moduleSpecifier.getText(source);
      const clause = statement.importClause;
      const typeOnly = clause.isTypeOnly ? 'type ' : '';
      if (clause.name) {
        declared.add(clause.name.text);
        imports.push({
          local: clause.name.text,
          from,
          statement: `import ${typeOnly}${clause.name.text} from ${from};`,
        });
      }
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) {
        declared.add(bindings.name.text);
        imports.push({
          local: bindings.name.text,
          from,
          statement: `import ${typeOnly}* as ${bindings.name.text} from ${from};`,
        });
      } else if (bindings) {
        for (const element of bindings.elements) {
          const local = element.name.text;
          const imported = element.propertyName
            ? `${element.propertyName.getText(source)} as ${local}`
            : local;
          const kind = typeOnly || (element.isTypeOnly ? 'type ' : '');
          declared.add(local);
          imports.push({ local, from, statement: `import ${kind}{ ${imported} } from ${from};` });
        }
      }
    }
  }
  return { declared, shared, imports };
}

/** The prelude's exports: `[{ name, type }]`, `type` true for a type-only export. */
function preludeExports() {
  const source = ts.createSourceFile(
    preludePath,
    readFileSync(preludePath, 'utf8'),
    ts.ScriptTarget.ES2022,
    true,
    ts.ScriptKind.TS,
  );
  const exported = [];
  for (const statement of source.statements) {
    if (!isExported(statement)) continue;
    if (ts.isVariableStatement(statement)) {
      const names = new Set();
      for (const declaration of statement.declarationList.declarations)
        bindingNames(declaration.name, names);
      for (const name of names) exported.push({ name, type: false });
    } else if (
      (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) &&
      statement.name
    ) {
      exported.push({ name: statement.name.text, type: false });
    } else if (
      (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) &&
      statement.name
    ) {
      exported.push({ name: statement.name.text, type: true });
    }
  }
  return exported;
}

/** Where a block goes: a named block at its path under the page's folder, else <page>-<n>.ts. */
function blockPath(page, n, code, extension) {
  const named = /^\/\/\s*((?:[\w.-]+\/)*[\w.-]+\.m?ts)\s*$/.exec(code.split('\n', 1)[0] ?? '');
  if (extension === '.ts' && named?.[1] && !named[1].split('/').includes('..')) {
    return join(outDir, page, named[1]);
  }
  return join(outDir, `${page}-${n}${extension}`);
}

function importPath(fromFile, toFile) {
  const path = toPosix(relative(dirname(fromFile), toFile)).replace(/\.ts$/, '.js');
  return path.startsWith('.') ? path : `./${path}`;
}

const problems = [];
const report = (block, mdLine, message) =>
  problems.push(`${rel(block.file)}:block ${block.n}:line ${mdLine}: ${message}`);

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const prelude = preludeExports();
const byOutput = new Map();
const tsBlocks = [];
const jsBlocks = [];
const pages = new Set();

for (const file of markdownFiles()) {
  const page = basename(file, '.md');
  if (pages.has(page)) throw new Error(`two pages named ${page}.md: rename one`);
  pages.add(page);
  const carried = new Map(); // local name → (importing file) → import statement, from earlier blocks
  let n = 0;
  for (const block of extractBlocks(readFileSync(file, 'utf8'))) {
    if (block.lang === '') {
      problems.push(
        `${rel(file)}:line ${block.line}: a code fence without a language: use ts for ` +
          'TypeScript, or text, sh, … for anything that is not checked',
      );
      continue;
    }
    const jsExtension = JS_LANGS.get(block.lang);
    if (!TS_LANGS.has(block.lang) && !jsExtension) continue;
    n += 1;
    const record = { file, n, line: block.line };
    if (jsExtension) {
      const path = blockPath(page, n, block.code, jsExtension);
      writeFileSync(path, `${block.code}\n`);
      byOutput.set(path, record);
      jsBlocks.push(path);
      continue;
    }
    const path = blockPath(page, n, block.code, '.ts');
    const { declared, shared, imports } = topLevel(path, block.code);
    const header = [];
    for (const [local, importFrom] of carried)
      if (!declared.has(local)) header.push(importFrom(path));
    const fromPrelude = prelude.filter(({ name }) => !declared.has(name) && !carried.has(name));
    const values = fromPrelude.filter((e) => !e.type).map((e) => e.name);
    const types = fromPrelude.filter((e) => e.type).map((e) => e.name);
    const preludeFrom = `'${importPath(path, preludePath)}'`;
    if (values.length) header.push(`import { ${values.join(', ')} } from ${preludeFrom};`);
    if (types.length) header.push(`import type { ${types.join(', ')} } from ${preludeFrom};`);
    header.push('export {};');
    // Later blocks of the page see this block's package imports and its own declarations.
    for (const { local, from, statement } of imports) {
      if (!/^['"]\./.test(from)) carried.set(local, () => statement);
    }
    for (const { name, type } of shared) {
      carried.set(
        name,
        (to) => `import ${type ? 'type ' : ''}{ ${name} } from '${importPath(to, path)}';`,
      );
    }
    // Names the block does not export itself are exported for the later blocks.
    const toExport = shared.filter((e) => !e.exported);
    const footer = [
      toExport.some((e) => !e.type)
        ? `export { ${toExport
            .filter((e) => !e.type)
            .map((e) => e.name)
            .join(', ')} };`
        : '',
      toExport.some((e) => e.type)
        ? `export type { ${toExport
            .filter((e) => e.type)
            .map((e) => e.name)
            .join(', ')} };`
        : '',
    ].join(' ');
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(
      path,
      `// ${rel(file)}, block ${n}, from line ${block.line}. Generated by scripts/check-doc-blocks.mjs: edit the markdown.\n` +
        `${header.join(' ')}\n${block.code}\n${footer}\n`,
    );
    byOutput.set(path, record);
    tsBlocks.push(path);
  }
}

// TypeScript: one program over every block, with the repo's compiler options. Only the blocks and
// the prelude are checked: the SDK they import is type-checked as far as they use it, and in full
// by `npm run typecheck`. (A tsc run checked all of src/ too, and took twice as long.)
if (tsBlocks.length > 0) {
  const fromOut = (path) => toPosix(relative(outDir, path));
  const tsconfig = {
    extends: fromOut(join(root, 'tsconfig.json')),
    compilerOptions: {
      noEmit: true,
      paths: {
        '@raff/sdk': [fromOut(join(root, 'src', 'index.ts'))],
        '@raff/sdk/testing': [fromOut(join(root, 'src', 'testing', 'index.ts'))],
      },
    },
    include: ['**/*.ts'],
  };
  // Written for a reader (and for `npx tsc -p` on it), and read back as tsc would read it.
  const configPath = join(outDir, 'tsconfig.json');
  writeFileSync(configPath, `${JSON.stringify(tsconfig, null, 2)}\n`);
  const configDiagnostics = [];
  const config = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => configDiagnostics.push(d) },
  );
  const program =
    config && ts.createProgram({ rootNames: config.fileNames, options: config.options });
  // Sorted by file and position, without duplicates, as tsc reports them.
  const diagnostics = ts.sortAndDeduplicateDiagnostics([
    ...configDiagnostics,
    ...(config?.errors ?? []),
    ...(program
      ? [
          ...program.getOptionsDiagnostics(),
          ...program.getGlobalDiagnostics(),
          ...[...config.fileNames, preludePath].flatMap((path) => {
            const source = program.getSourceFile(path);
            return source
              ? [
                  ...program.getSyntacticDiagnostics(source),
                  ...program.getSemanticDiagnostics(source),
                ]
              : [];
          }),
        ]
      : []),
  ]);
  for (const d of diagnostics) {
    // As tsc prints it (--pretty false): a chained message's further lines indented below it.
    const [first = '', ...more] = ts.flattenDiagnosticMessageText(d.messageText, '\n').split('\n');
    const message = [first, ...more.map((line) => `    ${line.trim()}`)].join('\n');
    const code = `TS${d.code}`;
    const file = d.file?.fileName && resolve(d.file.fileName);
    const line =
      d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    const block = file && byOutput.get(file);
    if (block) {
      const mdLine = block.line + Math.max(1, line - HEADER_LINES);
      report(block, mdLine, `${code} ${message}`);
    } else {
      problems.push(`${file ? `${rel(file)}:${line}` : 'tsc'}: ${code} ${message}`);
    }
  }
}

// JavaScript: syntax only (node --check), as the module kind its extension says.
for (const path of jsBlocks) {
  const run = spawnSync(process.execPath, ['--check', path], { encoding: 'utf8' });
  if (run.status === 0) continue;
  const block = byOutput.get(path);
  const at = new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+)`).exec(run.stderr);
  const message = run.stderr
    .split('\n')
    .find((line) => /^\w*Error\b/.test(line))
    ?.trim();
  report(block, block.line + Number(at?.[1] ?? 1), `node --check: ${message ?? run.stderr.trim()}`);
}

const checked = `${tsBlocks.length} TypeScript and ${jsBlocks.length} JavaScript blocks in ${pages.size} file${pages.size === 1 ? '' : 's'}`;
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(
    `\ndocs:check: ${problems.length} problem(s) in ${checked} (generated files in ${rel(outDir)}/)`,
  );
  process.exit(1);
}
console.log(`docs:check: ${checked}: all pass`);
