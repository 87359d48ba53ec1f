// A TypeDoc plugin (typedoc.json "plugin") for the openapi-typescript output in generated/:
// documents `paths`, `components` and `operations` from what openapi.json says, so that the
// site can keep `validation.notDocumented` on for everything else. generated/ stays untouched.
//
// - `@description` (how openapi-typescript writes an OpenAPI description) becomes the summary,
//   `@constant` is accepted as a modifier.
// - `never` members (`put?: never`: "this path has no PUT") are dropped: they document nothing.
// - A member declared in generated/openapi.ts that only refers to another generated type
//   (`data: components["schemas"]["APIKey"]`, `401: components["responses"]["Unauthorized"]`,
//   `get: operations["listApiKeys"]`), wherever TypeDoc shows it (also inlined into a method's
//   return type), gets that type's description, which openapi-typescript leaves out for `$ref`s:
//   an operation's summary and description from the operation model (generated/model.json), a
//   component's description from openapi.json read through the project's one `$ref` resolver
//   (scripts/generate/spec.mjs). The plugin follows no reference itself.
// - openapi-typescript's own scaffolding (`parameters`, `query`, `responses`, `content`, …) gets
//   one fixed sentence each.
// Anything still undocumented after that is a real gap in openapi.json, and TypeDoc says so.
import { readFileSync } from 'node:fs';
import { Application, Comment, Converter, ReflectionKind } from 'typedoc';
import { loadJsonSpec, resolver } from './generate/spec.mjs';

const ROOTS = new Set(['paths', 'components', 'operations']);

/** Fixed sentences for openapi-typescript's structural members, by name. */
const SCAFFOLD = {
  parameters: 'The parameters, by where they go: `query`, `header`, `path` and `cookie`.',
  query: 'The query string parameters.',
  header: 'The request headers.',
  path: 'The path parameters.',
  cookie: 'The cookies.',
  requestBody: 'The request body.',
  responses: 'The responses, by HTTP status; `default` stands for any other status.',
  content: 'The body, by media type.',
  'application/json': 'The JSON body.',
};

/** Fixed sentences for the members of `components`. */
const COMPONENTS = {
  schemas: 'The schemas of openapi.json (`components.schemas`), by name.',
  responses: 'The shared responses of openapi.json (`components.responses`), by name.',
  parameters: 'The shared parameters of openapi.json (`components.parameters`), by name.',
  headers: 'The shared response headers of openapi.json (`components.headers`), by name.',
};

const ROOT_SUMMARIES = {
  paths:
    'Every path of openapi.json with its operations, as openapi-typescript generates them: the ' +
    'type behind `raff.api`. Each operation is described in `operations`.',
  components: 'The reusable parts of openapi.json: schemas, responses, parameters and headers.',
  operations:
    'Every operation of openapi.json by its `operationId`: parameters, request body and ' +
    'responses. The request and response types of the namespaces are aliases of these.',
};

/** Text with `code` spans as TypeDoc comment parts. */
function parts(text) {
  return text
    .split(/(`[^`]+`)/)
    .filter(Boolean)
    .map((piece) => ({ kind: piece.startsWith('`') ? 'code' : 'text', text: piece }));
}

/** The member that owns a type-literal member: `put` for `paths["/x"].put`, etc. */
function owner(reflection) {
  const parent = reflection.parent;
  return parent?.kindOf(ReflectionKind.TypeLiteral) ? parent.parent : parent;
}

/** The exported generated interface a reflection belongs to, or undefined. */
function generatedRoot(project, reflection) {
  let top = reflection;
  while (
    top.parent !== undefined &&
    !top.parent.kindOf(ReflectionKind.SomeModule | ReflectionKind.Project)
  ) {
    top = top.parent;
  }
  if (!ROOTS.has(top.name)) return undefined;
  const file = project.getSymbolIdFromReflection(top)?.fileName ?? '';
  return file.replaceAll('\\', '/').endsWith('/generated/openapi.ts') ? top : undefined;
}

// TypeDoc converts `components["schemas"]["APIKey"]` to the type it resolves to, so the reference
// is read from the declaration instead, while the declaration is at hand.
const REFERENCE = /^(components|operations)((?:\["[^"]+"\])+)(?:\[\])?$/;
const references = new WeakMap();
// `put?: never` reaches TypeDoc as `undefined`: the declaration says what it meant.
const absent = new WeakSet();
const isGenerated = (fileName) => fileName.replaceAll('\\', '/').endsWith('/generated/openapi.ts');

function recordDeclaration(context, reflection) {
  const declaration = context.getSymbolFromReflection(reflection)?.declarations?.[0];
  const node = declaration?.type;
  if (node === undefined) return;
  const text = node.getText();
  if (text === 'never') absent.add(reflection);
  const match = REFERENCE.exec(text);
  if (match === null || !isGenerated(declaration.getSourceFile().fileName)) return;
  const keys = [...match[2].matchAll(/\["([^"]+)"\]/g)].map((key) => key[1]);
  references.set(reflection, [match[1], ...keys]);
}

/**
 * Descriptions of what generated references point at: `["operations", id]` from the operation
 * model, `["components", kind, name, ...property]` from openapi.json through its resolver.
 */
function descriptions() {
  const model = JSON.parse(
    readFileSync(new URL('../generated/model.json', import.meta.url), 'utf8'),
  );
  const operations = new Map(model.operations.map((op) => [op.id, op]));
  const spec = loadJsonSpec(new URL('../openapi.json', import.meta.url));
  const { resolve, flatten } = resolver(spec);
  return (path) => {
    const [root, ...keys] = path;
    if (root === 'operations') {
      const op = keys.length === 1 ? operations.get(keys[0]) : undefined;
      return op && [op.summary, op.description].filter(Boolean).join('\n\n');
    }
    const [kind, name, ...properties] = keys;
    let node = resolve(spec.components?.[kind]?.[name]);
    for (const key of properties) node = resolve(flatten(node)?.properties?.[key]);
    return node?.description;
  };
}

/** Moves a `@description` block into the summary, where readers and the search index see it. */
function liftDescription(comment) {
  const description = comment?.getTag('@description');
  if (description === undefined) return;
  comment.summary =
    comment.summary.length === 0
      ? description.content
      : [...comment.summary, { kind: 'text', text: '\n\n' }, ...description.content];
  comment.removeTags('@description');
}

function documentGenerated(project) {
  const generated = Object.values(project.reflections).filter(
    (reflection) => generatedRoot(project, reflection) !== undefined,
  );
  for (const reflection of generated) liftDescription(reflection.comment);

  // `never` members say what is absent; nothing to document, nothing to click.
  for (const reflection of generated) {
    if (absent.has(reflection)) project.removeReflection(reflection);
  }
  const live = generated.filter(
    (reflection) => project.getReflectionById(reflection.id) === reflection,
  );

  // A member that only names another generated type gets that type's description, here and
  // wherever TypeDoc copied the member (a method's return type, an alias).
  const describe = descriptions();
  for (const reflection of Object.values(project.reflections)) {
    const path = references.get(reflection);
    if (path === undefined || reflection.hasComment()) continue;
    const text = describe(path);
    if (text) reflection.comment = new Comment(parts(text));
  }

  for (const reflection of live) {
    if (reflection.hasComment()) continue;
    const parent = owner(reflection);
    let comment;
    if (reflection.kindOf(ReflectionKind.TypeLiteral)) continue;
    if (
      parent?.kindOf(ReflectionKind.SomeModule | ReflectionKind.Project) &&
      reflection.name in ROOT_SUMMARIES
    ) {
      comment = new Comment(parts(ROOT_SUMMARIES[reflection.name]));
    } else if (parent?.name === 'operations' && generatedRoot(project, parent) === parent) {
      // operations.listApiKeys: the operation's summary and description, from the model.
      const text = describe(['operations', reflection.name]);
      if (text) comment = new Comment(parts(text));
    } else if (parent?.name === 'paths' && reflection.name.startsWith('/')) {
      comment = new Comment(parts(`The operations on \`${reflection.name}\`.`));
    } else if (parent?.name === 'components' && reflection.name in COMPONENTS) {
      comment = new Comment(parts(COMPONENTS[reflection.name]));
    } else if (parent?.name === 'responses' && /^(?:\d{3}|default)$/.test(reflection.name)) {
      comment = new Comment(
        parts(
          reflection.name === 'default'
            ? 'Any other response.'
            : `The ${reflection.name} response.`,
        ),
      );
    } else if (reflection.name === 'headers' && owner(parent)?.name === 'responses') {
      comment = new Comment(parts('The response headers.'));
    } else if (parent?.name === 'headers') {
      comment = new Comment(parts(`The \`${reflection.name}\` header.`));
    } else if (reflection.name in SCAFFOLD) {
      comment = new Comment(parts(SCAFFOLD[reflection.name]));
    }
    if (comment !== undefined) reflection.comment = comment;
  }
}

/** TypeDoc calls this when it loads the plugin. */
export function load(app) {
  app.on(Application.EVENT_BOOTSTRAP_END, () => {
    const add = (option, tag) => {
      const tags = app.options.getValue(option);
      if (!tags.includes(tag)) app.options.setValue(option, [...tags, tag]);
    };
    add('blockTags', '@description');
    add('modifierTags', '@constant');
  });
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, recordDeclaration);
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => documentGenerated(context.project));
}
