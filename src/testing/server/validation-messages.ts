import type { ErrorObject } from 'ajv';

/**
 * Where a checked value came from, for the wording of messages.
 *
 * @internal
 */
export type ValueLocation = 'path' | 'query' | 'header' | 'body';

const NOUN: Record<ValueLocation, string> = {
  path: 'path parameter',
  query: 'query parameter',
  header: 'header',
  body: 'body field',
};

const COMPOSITION = new Set(['oneOf', 'anyOf', 'not']);

/** `/permissions/0` → `permissions[0]`. */
function fieldName(pointer: string, child?: string): string {
  const parts = pointer.split('/').slice(1);
  if (child !== undefined) parts.push(child);
  return parts
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce(
      (name, part) => (/^\d+$/.test(part) ? `${name}[${part}]` : name ? `${name}.${part}` : part),
      '',
    );
}

function detail(error: ErrorObject): string {
  const params: Readonly<Record<string, unknown>> = error.params;
  if (error.keyword === 'enum' && Array.isArray(params.allowedValues)) {
    return `must be one of: ${params.allowedValues.join(', ')}`;
  }
  if (error.keyword === 'const') return `must be ${JSON.stringify(params.allowedValue)}`;
  if (error.keyword === 'minProperties')
    return `must set at least ${String(params.limit)} field(s)`;
  return error.message ?? `fails the ${error.keyword} rule`;
}

function leafMessage(
  error: ErrorObject,
  location: ValueLocation,
  names: ReadonlyMap<string, string> | undefined,
): string {
  const params: Readonly<Record<string, unknown>> = error.params;
  const noun = NOUN[location];
  const display = (name: string) => names?.get(name) ?? name;
  if (error.keyword === 'required' && typeof params.missingProperty === 'string') {
    return `Missing required ${noun} "${display(fieldName(error.instancePath, params.missingProperty))}"`;
  }
  if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
    return `Unknown ${noun} "${fieldName(error.instancePath, params.additionalProperty)}"`;
  }
  const field = display(fieldName(error.instancePath));
  if (field === '')
    return `Invalid request ${location === 'body' ? 'body' : location}: ${detail(error)}`;
  return `Invalid ${noun} "${field}": ${detail(error)}`;
}

/** How many `oneOf`/`anyOf`/`not` an error sits inside, below `prefix` (its own keyword aside). */
function compositionDepth(error: ErrorObject, prefix: string): number {
  const segments = error.schemaPath.slice(prefix.length).split('/');
  if (segments.at(-1) === error.keyword) segments.pop();
  return segments.filter((segment) => COMPOSITION.has(segment)).length;
}

/** A field of a schema (or of ajv's `params`), whatever the value is. */
function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, name) : undefined;
}

function requiredOf(schema: unknown): string[] {
  const required = field(schema, 'required');
  return Array.isArray(required) ? required.filter((r): r is string => typeof r === 'string') : [];
}

function distinctRequired(branches: readonly unknown[]): string[] {
  const lists = branches.map(requiredOf);
  const all = lists.flat();
  return [...new Set(all.filter((name) => !lists.every((list) => list.includes(name))))];
}

function pick(
  errors: readonly ErrorObject[],
  prefix: string,
  location: ValueLocation,
  names: ReadonlyMap<string, string> | undefined,
): string {
  const own = errors.filter((e) => compositionDepth(e, prefix) === 0);
  const leaves = own.filter((e) => !COMPOSITION.has(e.keyword));
  const leaf =
    leaves.find((e) => e.keyword === 'required') ??
    leaves.find((e) => e.keyword === 'additionalProperties') ??
    leaves[0];
  if (leaf !== undefined) return leafMessage(leaf, location, names);

  const composed = own.find((e) => COMPOSITION.has(e.keyword)) ?? errors[0];
  if (composed === undefined) return `Invalid request ${location}`;
  const description = field(composed.parentSchema, 'description');
  const where =
    composed.instancePath === '' ? `request ${location}` : `"${fieldName(composed.instancePath)}"`;
  if (composed.keyword === 'not') {
    if (typeof description === 'string') return `Invalid ${where}: ${description}`;
    const fields = requiredOf(composed.schema);
    return `Invalid ${where}: this combination of ${fields.join(' and ') || 'values'} is not allowed`;
  }

  const branches: readonly unknown[] = Array.isArray(composed.schema) ? composed.schema : [];
  const choices = distinctRequired(branches);
  if (Array.isArray(field(composed.params, 'passingSchemas'))) {
    return `Invalid ${where}: give exactly one of ${choices.join(', ') || 'the allowed shapes'}`;
  }
  // The branch the sender most likely meant is the one with the fewest problems.
  const byBranch = branches.map((_, index) => {
    const branchPrefix = `${composed.schemaPath}/${index}`;
    return errors.filter((e) => e.schemaPath.startsWith(`${branchPrefix}/`));
  });
  const fewest = Math.min(...byBranch.map((list) => list.length));
  const best = byBranch.flatMap((list, index) => (list.length === fewest ? [index] : []));
  const only = best.length === 1 ? best[0] : undefined;
  if (only !== undefined) {
    return pick(byBranch[only] ?? [], `${composed.schemaPath}/${only}`, location, names);
  }
  const common = branches
    .map(requiredOf)
    .reduce((a, b) => a.filter((name) => b.includes(name)), requiredOf(branches[0]));
  const missing = errors.find(
    (e) => e.keyword === 'required' && common.includes(String(field(e.params, 'missingProperty'))),
  );
  if (missing !== undefined) return leafMessage(missing, location, names);
  if (typeof description === 'string' && composed.keyword === 'anyOf') {
    return `Invalid ${where}: ${description}`;
  }
  if (choices.length > 0) return `Invalid ${where}: give exactly one of ${choices.join(', ')}`;
  return `Invalid ${where}: ${composed.message ?? 'does not match any allowed shape'}`;
}

/**
 * One clear sentence for a failed schema check, naming the field: the most specific problem
 * wins, and inside `oneOf`/`anyOf` the branch with the fewest problems is reported.
 *
 * @internal
 */
export function describeSchemaErrors(
  errors: readonly ErrorObject[],
  location: ValueLocation,
  names?: ReadonlyMap<string, string>,
): string {
  return pick(errors, '#', location, names);
}
