// generated/openapi.ts: openapi-typescript's types of the wire, without the doc comments that
// only repeat what a reader already sees elsewhere. They ship in the package's declarations
// (dist/index-types.d.cts), where every byte counts against the tarball's 2 MB:
// - on `paths`, each method's summary and description: the SDK method carries them, and nothing
//   shows them on `raff.api`'s path strings;
// - on an operation's path and header parameters: the method's `@param` lines say what each is,
//   and the header parameters are `X-Project-ID` and `Idempotency-Key`, which its TSDoc covers;
// - on each response: the method's summary and `@throws` lines say what comes back.
// Schema fields, query parameters and request bodies keep theirs: hovering them shows nothing
// else. Their `@description` tag goes (the text stays): an editor shows untagged text as the
// documentation itself, and a tagged one as a footnote.
// Also dropped: an operation's error responses that are shared components (see
// isSharedErrorResponse), and, as they say nothing, what `paths` lists as absent (see
// withoutAbsentMethods),
// each response's `headers: { [name: string]: unknown }` (no code reads response headers'
// types) and each operation's `cookie?: never` (Raff takes no cookies).
import openapiTS, { astToString } from 'openapi-typescript';

/** The doc blocks to drop: an `operations` or `paths` line and the enclosing keys above it. */
function isRepeatedDoc(section, keys) {
  if (section === 'paths') return true;
  if (section !== 'operations') return false;
  const [, group, sub] = keys; // operation name, then e.g. `parameters` / `responses`, then …
  if (group === 'responses' && sub === undefined) return true;
  return group === 'parameters' && (sub === 'path' || sub === 'header');
}

/**
 * An operation's error response that is a shared component (`404: components["responses"][…]`):
 * no type reads an operation's error responses (the SDK throws typed errors for them, and
 * `raff.api` resolves only 2xx), and the components keep their own types.
 */
function isSharedErrorResponse(trimmed, stack) {
  return (
    stack.length === 2 &&
    stack[1][1] === 'responses' &&
    /^(?:[3-5]\d\d|default): components\["responses"\]\["\w+"\];$/.test(trimmed)
  );
}

/**
 * `text` without the repeated doc blocks (see above), the operations' shared error responses,
 * response headers typed `unknown` and `cookie?: never`, and with `@description` tags untagged.
 */
export function withoutRepeatedDocs(text) {
  const out = [];
  let section; // the top-level interface the line is in
  const stack = []; // [indent, key] of the objects open around the line, inside the section
  let pending = []; // a doc block, held until the line it documents
  let inDoc = false;
  let skipUntil; // the closing line of a `headers: { [name: string]: unknown }` being dropped
  for (const line of text.split('\n')) {
    const trimmed = line.trimStart();
    if (skipUntil !== undefined) {
      if (line === skipUntil) skipUntil = undefined;
      continue;
    }
    if (trimmed === 'cookie?: never;') continue;
    if (section === 'operations' && isSharedErrorResponse(trimmed, stack)) continue;
    if (trimmed === 'headers: {' && section === 'operations') {
      skipUntil = `${line.slice(0, line.length - trimmed.length)}};`;
      continue;
    }
    if (inDoc || trimmed.startsWith('/**')) {
      pending.push(line.replace(/^(\s*(?:\/\*\*|\*) )@description /, '$1'));
      inDoc = !trimmed.includes('*/');
      continue;
    }
    const indent = line.length - trimmed.length;
    while (stack.length > 0 && stack.at(-1)[0] >= indent) stack.pop();
    if (pending.length > 0) {
      if (
        !isRepeatedDoc(
          section,
          stack.map(([, key]) => key),
        )
      )
        out.push(...pending);
      pending = [];
    }
    out.push(line);
    const top = /^export interface (\w+) \{$/.exec(line);
    if (top !== null) {
      section = top[1];
      stack.length = 0;
      continue;
    }
    if (line === '}') section = undefined;
    const opened = /^"?([^":?]+)"?\??: \{$/.exec(trimmed);
    if (opened !== null && section !== undefined) stack.push([indent, opened[1]]);
  }
  return out.join('\n');
}

/**
 * `components` without `responses`: with the operations' shared error responses gone (see
 * isSharedErrorResponse), nothing refers to them.
 */
function withoutSharedResponses(text) {
  const block = /^ {4}responses: \{\n[\s\S]*?^ {4}\};\n/m.exec(
    text.slice(text.indexOf('export interface components {')),
  );
  if (block === null || text.includes('components["responses"]')) return text;
  return text.replace(block[0], '    responses: never;\n');
}

/**
 * `paths` without what says nothing there: the `put?: never` of each method a path lacks, and
 * path-level `parameters` that are all `never` (Raff declares parameters per operation).
 * openapi-fetch finds a path's methods by the keys present, so its types are unchanged.
 */
function withoutAbsentMethods(text) {
  const start = text.indexOf('export interface paths {');
  const end = text.indexOf('\n}\n', start);
  const paths = text
    .slice(start, end)
    .replace(/^ {8}parameters: \{\n(?: {12}\w+\?: never;\n)* {8}\};\n/gm, '')
    .replace(/^ {8}(?:get|put|post|delete|options|head|patch|trace)\?: never;\n/gm, '');
  return text.slice(0, start) + paths + text.slice(end);
}

/** generated/openapi.ts's text, after the banner. */
export async function wireTypesModule(spec) {
  const text = astToString(
    await openapiTS(spec, { alphabetize: false, defaultNonNullable: false }),
  );
  return withoutAbsentMethods(withoutSharedResponses(withoutRepeatedDocs(text)));
}
