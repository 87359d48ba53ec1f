// The generated resource layer: the public type aliases (generated/types.ts), one module per
// top-level namespace with its namespaces and their methods' signatures and TSDoc
// (generated/resources/*.ts), the namespaces RaffClient mounts (generated/client-namespaces.ts),
// the hand-written bases the client builds some namespaces on (generated/custom-bases.ts) and the
// export list (generated/exports.ts). The namespaces here are declarations with their docs: the
// methods are made at run time from the operation table (src/core/resource.ts).
import { CUSTOM, EXTRA_TYPES } from './config.mjs';
import { accessLine, docBlock, escapeDoc, literal, retryLine, throwsLines } from './tsdoc.mjs';

const kebab = (text) => text.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const lowerFirst = (name) => name.replace(/^[A-Z]+(?=[A-Z][a-z]|$)|^[A-Z]/, (m) => m.toLowerCase());

/** Every generated file of the resource layer, by path. */
export function resourceModules(model) {
  const byId = new Map(model.operations.map((op) => [op.id, op]));
  const namespaces = new Map(model.namespaces.map((ns) => [ns.path, ns]));
  const types = typeAliases(model);
  const files = { 'generated/types.ts': typesModule(types) };
  for (const top of model.namespaces.filter((ns) => !ns.parent)) {
    const members = model.namespaces.filter(
      (ns) => ns.path === top.path || ns.path.startsWith(`${top.path}.`),
    );
    files[`generated/resources/${kebab(top.path)}.ts`] = resourceModule(
      members,
      namespaces,
      byId,
      types,
    );
  }
  files['generated/client-namespaces.ts'] = clientModule(model);
  files['generated/custom-bases.ts'] = customBasesModule(model);
  files['generated/exports.ts'] = exportsModule(model, types);
  return files;
}

// ---------------------------------------------------------------------------------------------
// Type aliases

/** `name → { definition, doc }` for every public type the methods use. */
function typeAliases(model) {
  const aliases = new Map();
  // `identity` says what the type is on the wire: one name for several operations (one body type
  // for append, upsert and update) is one alias when they agree, a union only when they differ.
  const add = (name, definition, doc, identity = definition) => {
    const existing = aliases.get(name);
    if (existing && existing.identity === identity) return;
    if (existing && existing.definition !== definition) {
      // Shared names (one body type for several operations) must mean the same type.
      if (!existing.alternatives?.includes(definition)) {
        existing.alternatives = [...(existing.alternatives ?? []), definition];
      }
      return;
    }
    if (!existing) aliases.set(name, { definition, doc, identity });
  };
  for (const op of model.operations) {
    const t = op.typeNames;
    const wire = access(op);
    // A hand-written method names its own input types.
    const custom = CUSTOM[op.namespace]?.methods.includes(op.name) ?? false;
    if (t.params && !custom) {
      // A list with no filter yet still takes a params slot: an empty object for now.
      const none = op.query.params.length === 0;
      add(
        t.params,
        none ? 'Record<string, never>' : wire.query,
        none
          ? `The query of \`${op.sdk}()\`: none yet (the slot keeps room for filters).`
          : `The query of \`${op.sdk}()\`.`,
        JSON.stringify(op.query.params),
      );
    }
    if (t.body && !custom) {
      const ref = op.body.schema?.$ref;
      const definition = ref ? `components['schemas']['${ref.split('/').pop()}']` : wire.body;
      add(
        t.body,
        definition,
        `The body of \`${op.sdk}()\`.`,
        ref ?? JSON.stringify(op.body.schema),
      );
    }
    const component = (name) => `components['schemas']['${name}']`;
    const isComponent = (name) => Object.hasOwn(model.schemas, name);
    if (t.result) {
      const named = t.component ?? (isComponent(t.result) ? t.result : undefined);
      add(
        t.result,
        named ? component(named) : wire.result,
        named ? model.schemas[named] : `What \`${op.sdk}()\` resolves with.`,
        named ?? JSON.stringify(op.successSchema),
      );
    }
    if (t.item) {
      const named = t.component ?? (isComponent(t.item) ? t.item : undefined);
      const definition = named ? component(named) : `${wire.result}[number]`;
      add(t.item, definition, named ? model.schemas[named] : `One item of \`${op.sdk}()\`.`, named);
    }
    if (op.waiter) {
      const resource = t.result;
      add(
        `${resource}Status`,
        `NonNullable<${resource}['${op.waiter.field}']>`,
        `A status of a ${resource}: what \`waitFor\` accepts as \`until\` (besides \`'deleted'\`).`,
      );
    }
  }
  for (const [name, extra] of Object.entries(EXTRA_TYPES)) add(name, extra.definition, extra.doc);
  for (const [name, alias] of aliases) {
    // One name for several operations: the union of them would hide a mismatch; each must agree.
    if (alias.alternatives)
      alias.definition = [alias.definition, ...alias.alternatives].join(' | ');
    aliases.set(name, alias);
  }
  return aliases;
}

/**
 * The wire types of one operation as indexed accesses into the generated `operations` (a public
 * type): the aliases then name nothing internal.
 */
function access(op) {
  const root = `operations['${op.id}']`;
  const step = (type, key) => `NonNullable<${type}>['${key}']`;
  const success = `${root}['responses'][${op.successStatus}]['content']['application/json']`;
  const query = `NonNullable<${root}['parameters']['query']>`;
  const body = `NonNullable<${root}['requestBody']>['content']['application/json']`;
  let result;
  if (op.result.kind === 'body') result = `Omit<${success}, 'success'>`;
  else if (op.result.kind === 'field' || op.result.kind === 'page') {
    const path = op.result.kind === 'page' ? op.result.items : op.result.path;
    result = `NonNullable<${path.split('.').reduce(step, success)}>`;
  }
  return { query, body, result };
}

function typesModule(types) {
  const lines = ["import type { components, operations } from './openapi.js';", ''];
  for (const [name, { definition, doc }] of [...types].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(docBlock([escapeDoc(doc ?? `The ${name} type.`)], ''));
    lines.push(`export type ${name} = ${definition};`, '');
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Resource modules

function resourceModule(members, namespaces, byId, types) {
  const used = new Set();
  const imports = new Set();
  const body = [];
  let needsWait = false;
  // Children first: a reader meets each namespace before the one that holds it.
  for (const ns of [...members].sort(
    (a, b) => b.path.split('.').length - a.path.split('.').length,
  )) {
    const ops = ns.operations.map((id) => byId.get(id));
    const customMethods = new Set(ns.custom?.methods ?? []);
    if (ns.custom) {
      imports.add(
        `import type { ${ns.custom.className} } from '../../src/resources/custom/${ns.custom.file}';`,
      );
    }
    const children = ns.children.map((path) => namespaces.get(path));
    const members = [];
    for (const child of children) {
      members.push(
        `${docBlock([escapeDoc(child.description ?? child.path)])}\n  readonly ${child.path.split('.').pop()}: ${child.className};`,
      );
    }
    for (const op of ops) {
      if (customMethods.has(op.name)) continue;
      members.push(methodSignature(op, used));
      if (op.paged && op.name === 'list') members.push(listAllSignature(op, used));
      if (op.waiter) {
        needsWait = true;
        members.push(waitForSignature(op, used));
      }
    }
    const doc = [
      escapeDoc(ns.description ?? `The \`${ns.path}\` namespace.`),
      '',
      `\`raff.${ns.path}\`: its methods are made from the operation table when the client is built${ns.custom ? `, with the hand-written ones of {@link ${ns.custom.className}}` : ''}.`,
    ];
    body.push(docBlock(doc, ''));
    body.push(
      `export interface ${ns.className} extends ${ns.custom ? ns.custom.className : 'APIResource'} {`,
      members.join('\n\n'),
      '}',
      '',
    );
  }
  const typeNames = [...used].filter((name) => types.has(name)).sort();
  const paging = ['ListAllParams', 'LoosePage', 'Page'].filter((name) => used.has(name));
  const head = [
    "import type { RequestOptions } from '../../src/core/options.js';",
    ...(paging.length
      ? [`import type { ${paging.join(', ')} } from '../../src/core/pagination.js';`]
      : []),
    ...(members.some((ns) => !ns.custom)
      ? ["import type { APIResource } from '../../src/core/resource.js';"]
      : []),
    ...(needsWait
      ? ["import type { WaitOptions, WaitUntil } from '../../src/core/waiter.js';"]
      : []),
    ...[...imports].sort(),
    ...(typeNames.length ? [`import type { ${typeNames.join(', ')} } from '../types.js';`] : []),
    '',
  ];
  return [...head, ...body].join('\n');
}

function argList(op, used) {
  const args = op.pathParams.map((p) => `${p.tsName}: ${idType(p)}`);
  if (op.input === 'query') {
    const required = op.query.params.some((p) => p.required);
    used.add(op.typeNames.params);
    args.push(`params${required ? '' : '?'}: ${op.typeNames.params}`);
  } else if (op.input === 'body') {
    used.add(op.typeNames.body);
    args.push(`body${op.body.required ? '' : '?'}: ${op.typeNames.body}`);
  }
  return args;
}

function idType(param) {
  const schema = param.schema ?? {};
  if (Array.isArray(schema.enum))
    return schema.enum.map((v) => JSON.stringify(v).replaceAll('"', "'")).join(' | ');
  return schema.type === 'integer' || schema.type === 'number' ? 'number' : 'string';
}

function returnType(op, used) {
  const t = op.typeNames;
  switch (op.result.kind) {
    case 'none':
      return 'void';
    case 'page': {
      const loose = op.paged && !op.result.totalRequired;
      used.add(loose ? 'LoosePage' : 'Page');
      used.add(t.item);
      return `${loose ? 'LoosePage' : 'Page'}<${t.item}>`;
    }
    default:
      if (t.item) {
        used.add(t.item);
        return `${t.item}[]`;
      }
      used.add(t.result);
      return t.result;
  }
}

function exampleCall(op, extraArgs = []) {
  const ids = op.pathParams.map((p) =>
    p.tsName === 'id' ? `${lowerFirst(ownResource(op))}Id` : p.tsName,
  );
  const args = [...ids];
  if (op.input === 'body' && op.body.example !== undefined) args.push(literal(op.body.example, ''));
  else if (op.input === 'body' && op.body.required) args.push('{ /* … */ }');
  return `raff.${op.sdk}(${[...args, ...extraArgs].join(', ')})`;
}

function ownResource(op) {
  const own = op.namespace.split('.').pop();
  return own === 'kubernetes' ? 'cluster' : own.replace(/ies$/, 'y').replace(/s$/, '');
}

function methodSignature(op, used) {
  const args = [...argList(op, used), 'options?: RequestOptions'];
  const returns = returnType(op, used);
  const doc = [
    `${escapeDoc(op.summary).replace(/\.$/, '')}.`,
    '',
    ...(op.description ? [escapeDoc(op.description), ''] : []),
    [accessLine(op), retryLine(op)].filter(Boolean).join(' '),
    '',
    ...op.pathParams.map((p) => `@param ${p.tsName} - ${escapeDoc(p.description ?? 'The id.')}`),
    ...(op.input === 'query' ? ['@param params - The query parameters.'] : []),
    ...(op.input === 'body' ? ['@param body - The JSON body.'] : []),
    '@param options - Per-call options (see RequestOptions).',
    ...throwsLines(op),
    // An example where there is something to show: what goes in a body or a query. For a call
    // with ids only, the signature says it all (and 253 examples would weigh 30 KB of the types).
    ...(op.input ? ['@example', '```ts', ...exampleLines(op, returns), '```'] : []),
  ];
  return `${docBlock(doc)}\n  ${op.name}(${args.join(', ')}): Promise<${returns}>;`;
}

function exampleLines(op, returns) {
  const call = exampleCall(op);
  if (returns === 'void') return `await ${call};`.split('\n');
  if (op.result.kind === 'page') return `const { data, total } = await ${call};`.split('\n');
  const name =
    lowerFirst(op.typeNames.result ?? `${op.typeNames.item}s`).replace(/Result$/, '') || 'result';
  return `const ${name} = await ${call};`.split('\n');
}

function listAllSignature(op, used) {
  used.add(op.typeNames.item);
  used.add('ListAllParams');
  const ids = op.pathParams.map((p) => `${p.tsName}: ${idType(p)}`);
  const doc = [
    `Every item of \`${op.sdk}()\`, page by page, requested lazily as the loop asks for more.`,
    '',
    `Pages of up to ${op.paged} (\`limit\`), from \`offset\`; the other parameters are sent with every page. A per-call \`totalTimeout\` or \`signal\` bounds the whole walk.`,
    '',
    ...op.pathParams.map((p) => `@param ${p.tsName} - ${escapeDoc(p.description ?? 'The id.')}`),
    '@param params - The query parameters, with `limit` as the page size and `offset` where to start.',
    '@param options - Per-call options; `totalTimeout` and `signal` bound the whole walk.',
    '@throws {RaffAPIError} from any page request, as the list method does.',
    '@example',
    '```ts',
    `for await (const ${lowerFirst(op.typeNames.item)} of raff.${op.namespace}.listAll(${op.pathParams.map((p) => p.tsName).join(', ')})) {`,
    `  console.log(${lowerFirst(op.typeNames.item)});`,
    '}',
    '```',
  ];
  return `${docBlock(doc)}\n  listAll(${[...ids, `params?: ListAllParams<${op.typeNames.params}>`, 'options?: RequestOptions'].join(', ')}): AsyncIterable<${op.typeNames.item}>;`;
}

function waitForSignature(op, used) {
  const resource = op.typeNames.result;
  used.add(resource);
  used.add(`${resource}Status`);
  const w = op.waiter;
  const ids = op.pathParams.map((p) => `${p.tsName}: ${idType(p)}`);
  const idArgs = op.pathParams.map((p) =>
    p.tsName === 'id' ? `${lowerFirst(ownResource(op))}Id` : p.tsName,
  );
  const doc = (returns) => [
    `Polls \`${op.sdk}()\` until the ${lowerFirst(resource)} reaches \`until\`, and resolves with ${returns}.`,
    '',
    `\`until\` is a status (${w.statuses ? w.statuses.map((s) => `\`${s}\``).join(', ') : 'any: Raff publishes no closed list'}), a list of them, a predicate, or \`'deleted'\` (the get answers 404). ${w.failure.length ? `A ${w.failure.map((s) => `\`${s}\``).join(' or ')} status ends the wait with a \`RaffWaitFailedError\`.` : ''} Polls are normal GETs (rate limiter and retries apply), the first after ${w.interval} ms, each pause half again as long as the one before, up to 15 s.`,
    '',
    ...op.pathParams.map((p) => `@param ${p.tsName} - ${escapeDoc(p.description ?? 'The id.')}`),
    '@param until - What to wait for.',
    '@param options - `timeout` (in all, default 15 min), `interval` (first pause) and `signal`.',
    '@throws {RaffValidationError} before any poll, for a status the resource does not have or bad options.',
    ...(w.failure.length
      ? ['@throws {RaffWaitFailedError} when the resource reaches a failure status first.']
      : []),
    "@throws {RaffTimeoutError} with `limit: 'wait'` when `timeout` runs out.",
    '@example',
    '```ts',
    `await raff.${op.namespace}.waitFor(${[...idArgs, `'${w.ready}'`].join(', ')});`,
    '```',
  ];
  return [
    `${docBlock(doc('nothing once it is gone'))}\n  waitFor(${[...ids, "until: 'deleted'", 'options?: WaitOptions'].join(', ')}): Promise<void>;`,
    `${docBlock(doc('its last state'))}\n  waitFor(${[...ids, `until: WaitUntil<${resource}, ${resource}Status>`, 'options?: WaitOptions'].join(', ')}): Promise<${resource}>;`,
  ].join('\n\n');
}

// ---------------------------------------------------------------------------------------------
// The client's namespaces and the export list

function clientModule(model) {
  const tops = model.namespaces.filter((ns) => !ns.parent);
  const lines = [
    ...tops.map((ns) => `import type { ${ns.className} } from './resources/${kebab(ns.path)}.js';`),
    '',
    docBlock(['The namespaces of {@link RaffClient}, one field per area of the API.'], ''),
    'export interface ClientNamespaces {',
  ];
  for (const ns of tops) {
    lines.push(
      docBlock([escapeDoc(ns.description ?? ns.path)]),
      `  readonly ${ns.path}: ${ns.className};`,
      '',
    );
  }
  lines.push('}', '');
  return lines.join('\n');
}

/** The hand-written bases of the namespaces that have one, for the client to build them on. */
function customBasesModule(model) {
  const custom = model.namespaces.filter((ns) => ns.custom);
  return [
    "import type { NamespaceBase } from '../src/core/namespaces.js';",
    ...custom.map(
      (ns) => `import { ${ns.custom.className} } from '../src/resources/custom/${ns.custom.file}';`,
    ),
    '',
    docBlock(
      ['The namespaces with hand-written methods, and the class that holds them.', '', '@internal'],
      '',
    ),
    'export const CUSTOM_BASES: Readonly<Record<string, NamespaceBase>> = {',
    ...custom.map((ns) => `  '${ns.path}': ${ns.custom.className},`),
    '};',
    '',
  ].join('\n');
}

function exportsModule(model, types) {
  const lines = [];
  for (const top of model.namespaces.filter((ns) => !ns.parent)) {
    const classes = model.namespaces
      .filter((ns) => ns.path === top.path || ns.path.startsWith(`${top.path}.`))
      .map((ns) => ns.className)
      .sort();
    lines.push(`export type { ${classes.join(', ')} } from './resources/${kebab(top.path)}.js';`);
  }
  lines.push(
    `export type {\n${[...types.keys()]
      .sort()
      .map((n) => `  ${n},`)
      .join('\n')}\n} from './types.js';`,
    '',
  );
  return lines.join('\n');
}
