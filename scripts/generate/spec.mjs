// Reading an OpenAPI document: the one `$ref` resolver of the project. The generator reads
// openapi.json through it, and spec:compare reads both specs through it; everything else reads
// the model the generator writes (generated/model.json, generated/operations.ts).
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

/** The HTTP methods an OpenAPI path item may hold, in the order operations are listed. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** Reads and parses a JSON OpenAPI document. */
export function loadJsonSpec(url) {
  return JSON.parse(readFileSync(url, 'utf8'));
}

/** Reads and parses an OpenAPI document: JSON when its name ends in `.json`, YAML otherwise. */
export function loadSpec(path) {
  const text = readFileSync(path, 'utf8');
  return /\.json$/i.test(String(path)) ? JSON.parse(text) : parseYaml(text);
}

/**
 * A resolver for one document: `resolve(node)` follows `$ref`s (any depth, local refs only) and
 * returns the node they point at; a node without `$ref` comes back as it is.
 */
export function resolver(spec) {
  const resolve = (node, seen = new Set()) => {
    if (node === null || typeof node !== 'object' || typeof node.$ref !== 'string') return node;
    if (seen.has(node.$ref)) throw new Error(`circular $ref ${node.$ref}`);
    if (!node.$ref.startsWith('#/'))
      throw new Error(`only local $refs are supported: ${node.$ref}`);
    const target = node.$ref
      .slice(2)
      .split('/')
      .map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce((at, key) => (at === undefined ? undefined : at[key]), spec);
    if (target === undefined) throw new Error(`unresolved $ref ${node.$ref}`);
    return resolve(target, new Set([...seen, node.$ref]));
  };

  /**
   * The schema with `allOf` parts merged into one object schema (properties and required
   * joined), `$ref`s resolved at the top; nested properties keep their own `$ref`s.
   */
  const flatten = (node) => {
    const schema = resolve(node);
    if (!schema?.allOf) return schema;
    const merged = { type: 'object', properties: {}, required: [] };
    for (const part of schema.allOf.map(flatten)) {
      Object.assign(merged.properties, part?.properties ?? {});
      merged.required.push(...(part?.required ?? []));
    }
    return merged;
  };

  /** The component name a `$ref` points at (`#/components/schemas/VM` → `VM`), if any. */
  const refName = (node) =>
    typeof node?.$ref === 'string' ? node.$ref.slice(node.$ref.lastIndexOf('/') + 1) : undefined;

  return { resolve, flatten, refName };
}

/**
 * Every operation of the document as `{ id, method, path, operation, parameters }`, parameters
 * resolved (path-level ones first, overridden by the operation's own).
 */
export function operationsOf(spec) {
  const { resolve } = resolver(spec);
  const found = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const own = (operation.parameters ?? []).map((p) => ({ ref: p, value: resolve(p) }));
      const shared = (item.parameters ?? [])
        .map((p) => ({ ref: p, value: resolve(p) }))
        .filter(
          (p) => !own.some((o) => o.value.name === p.value.name && o.value.in === p.value.in),
        );
      found.push({
        id: operation.operationId,
        method: method.toUpperCase(),
        path,
        operation,
        parameters: [...shared, ...own],
      });
    }
  }
  return found;
}
