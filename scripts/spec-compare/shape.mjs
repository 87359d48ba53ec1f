// What spec:compare compares of a schema, one level at a time: the set of types (3.0 `nullable`
// and 3.1 `'null'` alike), the properties, the required names, the array items and the rules a
// value must keep (enum, format, pattern, lengths, bounds, item counts, closed objects). `$ref`s
// are followed by the project's one resolver (scripts/generate/spec.mjs); a 3.1 `$ref` with
// sibling keywords counts as both. allOf parts are merged; oneOf/anyOf variants are united (a
// property is required, and a rule holds, only if every variant says so).
import { resolver } from '../generate/spec.mjs';

const resolvers = new WeakMap();

/** Follows `$ref`s inside `root` with the shared resolver (one per document). */
export function resolveIn(root, node) {
  let found = resolvers.get(root);
  if (found === undefined) {
    found = resolver(root);
    resolvers.set(root, found);
  }
  return found.resolve(node);
}

const ANY = null;
/** The rules compared besides type and required-ness, in the order differences are listed. */
export const RULES = [
  'enum',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
  'closed',
];

/**
 * One level of a schema, flattened:
 * `{ types: Set|null (null = any), props, required, items, rules }`.
 */
export function flatten(root, schema) {
  const node = schema ?? {};
  if (typeof node.$ref === 'string' && Object.keys(node).length > 1) {
    const { $ref, ...siblings } = node;
    return flatten(root, { allOf: [{ $ref }, siblings] });
  }
  const s = resolveIn(root, node) ?? {};
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
    rules: rulesOf(s),
  };
}

/** The rules of one schema object; 3.0 boolean `exclusiveMinimum` becomes the 3.1 number. */
function rulesOf(s) {
  const rules = {};
  // null is a type here, not a value; a 3.1 `const` is an enum of one.
  if (Array.isArray(s.enum)) rules.enum = s.enum.filter((v) => v !== null);
  else if (s.const !== undefined && s.const !== null) rules.enum = [s.const];
  for (const key of ['format', 'pattern', 'minLength', 'maxLength', 'minItems', 'maxItems']) {
    if (s[key] !== undefined) rules[key] = s[key];
  }
  for (const [bound, exclusive] of [
    ['minimum', 'exclusiveMinimum'],
    ['maximum', 'exclusiveMaximum'],
  ]) {
    if (s[exclusive] === true && typeof s[bound] === 'number') rules[exclusive] = s[bound];
    else {
      if (typeof s[bound] === 'number') rules[bound] = s[bound];
      if (typeof s[exclusive] === 'number') rules[exclusive] = s[exclusive];
    }
  }
  if (s.additionalProperties === false) rules.closed = true;
  return rules;
}

/** allOf: every part holds, so types narrow and properties, required and rules add up. */
function intersect(a, b) {
  let types = a.types ?? b.types;
  if (a.types && b.types) types = new Set([...a.types].filter((t) => b.types.has(t)));
  const props = { ...a.props };
  for (const [name, p] of Object.entries(b.props)) {
    props[name] = props[name] ? { allOf: [props[name], p] } : p;
  }
  const items = a.items && b.items ? { allOf: [a.items, b.items] } : (a.items ?? b.items);
  const rules = { ...a.rules, ...b.rules };
  if (a.rules.enum && b.rules.enum)
    rules.enum = a.rules.enum.filter((v) => b.rules.enum.includes(v));
  return { types, props, required: new Set([...a.required, ...b.required]), items, rules };
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
  return { types, props, required, items, rules: uniteRules(variants) };
}

/** A rule holds for a union when every variant that is more than `null` has it alike. */
function uniteRules(variants) {
  const values = variants.filter((v) => !(v.types?.size === 1 && v.types.has('null')));
  const rules = {};
  if (values.length === 0) return rules;
  if (values.every((v) => v.rules.enum)) {
    rules.enum = [...new Set(values.flatMap((v) => v.rules.enum))];
  }
  for (const key of RULES.filter((k) => k !== 'enum')) {
    const first = JSON.stringify(values[0].rules[key]);
    if (first !== undefined && values.every((v) => JSON.stringify(v.rules[key]) === first)) {
      rules[key] = values[0].rules[key];
    }
  }
  return rules;
}

/** `string`, `string|null`, `integer|string`, `any`: the form used in difference keys. */
export function typeName(flat) {
  if (!flat.types) return 'any';
  const names = [...flat.types].filter((t) => t !== 'null').sort();
  if (flat.types.has('null')) names.push('null');
  return names.join('|') || 'never';
}
