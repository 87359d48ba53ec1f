// Reading an OpenAPI document and flattening its schemas to what spec:compare compares: the
// set of types (3.0 `nullable` and 3.1 `'null'` alike), the properties, the required names
// and the array items. $refs are followed on demand (nested ones too), allOf parts are merged,
// oneOf/anyOf variants are united (a property is required only if every object variant requires
// it). Enums, formats and constraints are dropped on purpose.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export function loadSpec(file) {
  const text = readFileSync(file, 'utf8');
  return /\.json$/i.test(file) ? JSON.parse(text) : parse(text);
}

/** Follows `$ref` chains inside `root`; sibling keys next to a `$ref` win over the target. */
export function deref(root, node, seen = []) {
  if (!node || typeof node !== 'object' || typeof node.$ref !== 'string') return node;
  const ref = node.$ref;
  if (seen.includes(ref)) return {};
  if (!ref.startsWith('#/')) throw new Error(`spec:compare: external $ref not supported: ${ref}`);
  let target = root;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    target = target?.[key];
  }
  if (target === undefined) throw new Error(`spec:compare: unresolved $ref ${ref}`);
  const { $ref: _ref, ...siblings } = node;
  return { ...deref(root, target, [...seen, ref]), ...siblings };
}

const ANY = null;

/** One level of a schema, flattened: { types: Set|null (null = any), props, required, items }. */
export function flatten(root, schema) {
  const s = deref(root, schema ?? {});
  const own = flattenOwn(s);
  const parts = [];
  if (Array.isArray(s.allOf)) parts.push(...s.allOf.map((p) => flatten(root, p)));
  for (const key of ['oneOf', 'anyOf']) {
    if (Array.isArray(s[key])) parts.push(unite(s[key].map((v) => flatten(root, v))));
  }
  if (parts.length === 0) return own;
  const merged = parts.reduce(intersect, own);
  // `nullable: true` or a 'null' type next to allOf/oneOf means the whole value may be null.
  if ((s.nullable === true || own.types?.has('null')) && merged.types) merged.types.add('null');
  return merged;
}

function flattenOwn(s) {
  let types = ANY;
  if (typeof s.type === 'string') types = new Set([s.type]);
  else if (Array.isArray(s.type)) types = new Set(s.type);
  else if (s.properties) types = new Set(['object']);
  else if (s.items) types = new Set(['array']);
  if (types && s.nullable === true) types.add('null');
  return {
    types,
    props: { ...(s.properties ?? {}) },
    required: new Set(s.required ?? []),
    items: s.items ?? null,
  };
}

/** allOf: every part holds, so types narrow and properties/required add up. */
function intersect(a, b) {
  let types = a.types ?? b.types;
  if (a.types && b.types) types = new Set([...a.types].filter((t) => b.types.has(t)));
  const props = { ...a.props };
  for (const [name, p] of Object.entries(b.props)) {
    props[name] = props[name] ? { allOf: [props[name], p] } : p;
  }
  const items = a.items && b.items ? { allOf: [a.items, b.items] } : (a.items ?? b.items);
  return { types, props, required: new Set([...a.required, ...b.required]), items };
}

/** oneOf/anyOf: any variant holds, so types and properties unite; required only if all agree. */
function unite(variants) {
  const types = variants.some((v) => v.types === ANY)
    ? ANY
    : new Set(variants.flatMap((v) => [...v.types]));
  const props = {};
  for (const v of variants) {
    for (const [name, p] of Object.entries(v.props)) {
      props[name] = props[name] ? { anyOf: [props[name], p] } : p;
    }
  }
  // A variant that may be an object (including an unconstrained one, such as a `not`) counts.
  const objects = variants.filter((v) => v.types === ANY || v.types.has('object'));
  const required = new Set(
    Object.keys(props).filter((n) => objects.length && objects.every((v) => v.required.has(n))),
  );
  const withItems = variants.filter((v) => v.items);
  const items = withItems.length ? { anyOf: withItems.map((v) => v.items) } : null;
  return { types, props, required, items };
}

/** `string`, `string|null`, `integer|string`, `any`: the form used in difference keys. */
export function typeName(flat) {
  if (!flat.types) return 'any';
  const names = [...flat.types].filter((t) => t !== 'null').sort();
  if (flat.types.has('null')) names.push('null');
  return names.join('|') || 'never';
}
