// The TSDoc of a generated method, from the operation model: summary and description from the
// spec, who may call it, whether it is retried, what it throws (from its documented responses) and
// an example built from the spec's request example.

const ERROR_CLASSES = {
  400: 'RaffBadRequestError',
  401: 'RaffAuthenticationError',
  402: 'RaffPaymentRequiredError',
  403: 'RaffPermissionDeniedError',
  404: 'RaffNotFoundError',
  409: 'RaffConflictError',
  412: 'RaffPreconditionFailedError',
  429: 'RaffRateLimitError',
};

const RETRIED = new Set(['GET', 'PUT', 'DELETE']);

/**
 * The shared error responses of openapi.json (on most of the 253 methods): a method's `@throws`
 * line names the class and the status only, since the class's own TSDoc and the errors guide say
 * what each means. A response of one operation keeps the first sentence of its description.
 */
const SHARED_ERRORS = new Set([
  'BadRequest',
  'MissingProjectId',
  'Unauthorized',
  'PaymentRequired',
  'Forbidden',
  'ForbiddenProject',
  'ForbiddenBilling',
  'NotFound',
  'Conflict',
]);

/** A `/** … *\/` block from lines, indented by `indent`. */
export function docBlock(lines, indent = '  ') {
  const body = lines.flatMap((line) => (line === '' ? [''] : wrap(line, 96 - indent.length)));
  return [
    `${indent}/**`,
    ...body.map((line) => (line === '' ? `${indent} *` : `${indent} * ${line}`)),
    `${indent} */`,
  ].join('\n');
}

/** Text safe inside a doc comment. */
export function escapeDoc(text) {
  return String(text ?? '')
    .replaceAll('*/', '*\\/')
    .replaceAll('@', '\\@')
    .trim();
}

function wrap(line, width) {
  if (line.length <= width || line.startsWith('```') || line.startsWith('|')) return [line];
  const indent = /^\s*/.exec(line)[0];
  const words = line.trim().split(' ');
  const out = [];
  let current = indent;
  for (const word of words) {
    if (current.trim() !== '' && current.length + word.length + 1 > width) {
      out.push(current);
      current = indent;
    }
    current = current.trim() === '' ? indent + word : `${current} ${word}`;
  }
  if (current.trim() !== '') out.push(current);
  return out;
}

/** Who may call the operation, in one sentence. */
export function accessLine(op) {
  if (op.public) return 'Public: needs no key.';
  const project =
    op.project === 'required'
      ? 'Sends the call’s (or the client’s) `projectId` as `X-Project-ID`, which it requires.'
      : op.project === 'optional'
        ? 'Sends `X-Project-ID` when a project is known.'
        : undefined;
  let needs;
  if (op.permission === null) {
    needs = op.project
      ? 'Raff documents no permission for it beyond access to the project.'
      : 'Any valid key.';
  } else if (op.permissionScope === 'account') {
    needs = `Needs \`${op.permission}\` (an account permission).`;
  } else {
    const where = {
      header: 'on the project named by `X-Project-ID`',
      path: 'on the project in its path',
      resource: 'on the project that holds the resource',
    }[op.permissionProject];
    needs = `Needs \`${op.permission}\` ${where}.`;
  }
  return [needs, project].filter(Boolean).join(' ');
}

/** Whether the call is retried on 5xx and timeouts, in one sentence. */
export function retryLine(op) {
  if (op.idempotent) {
    return 'Sends an `Idempotency-Key` (one per call, the same on every retry), so it is retried on 5xx, timeouts and network errors like a read.';
  }
  if (RETRIED.has(op.method)) return undefined;
  return `Not retried on 5xx or timeouts (a ${op.method} may have reached Raff): check its effect before repeating it.`;
}

/** The `@throws` lines from the documented responses. */
export function throwsLines(op) {
  const lines = [];
  if (op.pathParams.length > 0 || op.project === 'required' || op.input) {
    const why = [
      op.pathParams.length > 0 ? 'an empty or path-unsafe id' : undefined,
      op.project === 'required' ? 'no project' : undefined,
      op.input ? 'input that cannot be sent' : undefined,
    ].filter(Boolean);
    lines.push(`@throws {RaffValidationError} before sending: ${why.join(', ')}.`);
  }
  for (const error of op.errors) {
    if (error.status === 'default' || error.status === '429') continue;
    const status = Number(error.status);
    const name = error.ref === 'ForbiddenBilling' ? 'RaffBillingError' : ERROR_CLASSES[status];
    if (!name) continue;
    lines.push(
      SHARED_ERRORS.has(error.ref)
        ? `@throws {${name}} ${status}.`
        : `@throws {${name}} ${status}: ${lowerFirst(firstSentence(escapeDoc(error.description)))}.`,
    );
  }
  lines.push('@throws {RaffRateLimitError} 429, once retries are spent.');
  return lines;
}

/** Up to the first full stop that ends a sentence (not one inside `code`), without it. */
function firstSentence(text) {
  const end = /\.(?=\s+[A-Z(`])/.exec(
    text.replaceAll(/`[^`]*`/g, (code) => '_'.repeat(code.length)),
  );
  return (end === null ? text : text.slice(0, end.index)).replace(/\.$/, '');
}

function lowerFirst(text) {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** A TypeScript literal for a JSON value, single-quoted, on one line when it is short. */
export function literal(value, indent = '') {
  const one = inline(value);
  if (one.length <= 72 || value === null || typeof value !== 'object') return one;
  const inner = `${indent}  `;
  if (Array.isArray(value))
    return `[\n${value.map((v) => `${inner}${literal(v, inner)},`).join('\n')}\n${indent}]`;
  const entries = Object.entries(value).map(([k, v]) => `${inner}${key(k)}: ${literal(v, inner)},`);
  return `{\n${entries.join('\n')}\n${indent}}`;
}

function inline(value) {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${key(k)}: ${inline(v)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  if (typeof value === 'string')
    return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
  return String(value);
}

const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
