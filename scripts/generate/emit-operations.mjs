// generated/operations.ts: the part of the model the client ships. At run time it is one compact
// text, a line per namespace and per operation, parsed once on first use
// (src/internal/operation-table.ts): 253 operations cost about 4 KB gzipped in a user's bundle.
// For the types it is an interface with a readable row per operation, which ships nothing.

const PROJECT = { required: 'R', optional: 'O' };
const SOURCE = { header: 'h', path: 'p', resource: 'r' };

/** The TypeScript module holding the operation table. */
export function operationsModule(model) {
  const lines = [];
  for (const ns of model.namespaces) {
    const ops = model.operations.filter((op) => op.namespace === ns.path);
    lines.push(`=${ns.path} ${ns.className}`);
    for (const op of ops) lines.push(compactRow(op));
  }
  const typeRows = model.operations.map((op) => `  '${op.sdk}': ${typeRow(op)};`);
  const ids = model.operations.map((op) => `  '${op.sdk}': '${op.id}';`);
  return `
/**
 * Every operation of openapi.json, one line each under a \`=namespace ClassName\` line (every
 * namespace has one, also those whose operations are all in sub-namespaces), fields separated by
 * one space:
 *
 * \`name METHOD path flags paged permission result [s=secrets] [w=waiter]\`
 *
 * - \`path\` without its \`/api/v1\` prefix (\`~\` marks a path without it, e.g. \`~/health\`);
 * - \`flags\`: \`q\` takes a query, \`b\` a JSON body; \`R\`/\`O\` X-Project-ID required/optional;
 *   \`P\` public (no key); \`I\` takes an Idempotency-Key; \`-\` none of these;
 * - \`paged\`: the largest page (\`-\` = does not page);
 * - \`permission\`: e.g. \`vm.create:h\` (\`:h\`/\`:p\`/\`:r\` = the project from the header, the
 *   path or the resource), \`-\` where Raff documents none;
 * - \`result\`: \`none\`, \`body\`, a dotted path (\`data\`, \`data.function\`), or \`[items,total\`;
 * - \`s=a,b\`: the dotted paths of credentials in the result (\`[]\` = each item);
 * - \`w=field;statuses;failures;interval;noun\`: the waiter on this get operation.
 *
 * Parsed by src/internal/operation-table.ts; a test holds the parse to generated/model.json.
 */
export const OPERATION_ROWS = ${JSON.stringify(`${lines.join('\n')}\n`)};

/** What the table says about one operation, as its parsed row and as its type. */
export interface OperationInfo {
  readonly method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH';
  /** The path template, e.g. \`/api/v1/vms/{id}\`. */
  readonly path: string;
  /** What the argument after the path ids is: the query or the JSON body; absent = neither. */
  readonly input?: 'query' | 'body';
  /** How it takes \`X-Project-ID\`; absent = never (account-level or public). */
  readonly project?: 'required' | 'optional';
  /** Public (health, catalog): no \`X-API-Key\` is ever sent. */
  readonly public?: true;
  /** Pages with \`limit\`/\`offset\`; the value is the largest page, which \`listAll\` asks for. */
  readonly paged?: number;
  /** Takes an \`Idempotency-Key\`: the client sends one per call and may retry it like a GET. */
  readonly idempotent?: true;
  /** The permission Raff checks (\`x-raff-permission\`); absent where Raff documents none. */
  readonly permission?: string;
  /** Where the project of a project permission comes from. */
  readonly permissionProject?: 'header' | 'path' | 'resource';
  /**
   * What a 2xx answer resolves to: \`none\` (nothing), \`body\` (the answer without \`success\`), or
   * the dotted path of one part of it (\`data\`, \`database\`, \`data.function\`). Absent on lists.
   */
  readonly result?: string;
  /** On a \`list\`: the dotted path of the items; the method resolves with \`{ data, total }\`. */
  readonly items?: string;
  /** On a \`list\`: the dotted path of the total, when the answer carries one. */
  readonly total?: string;
  /** Dotted paths (\`[]\` = each item) of the credentials in the result: kept out of sight. */
  readonly secrets?: readonly string[];
  /** On the get operation a \`waitFor\` polls: the status field, its values, and which fail. */
  readonly wait?: {
    readonly field: string;
    /** Every status it can have; absent where Raff publishes no closed list (any is accepted). */
    readonly statuses?: readonly string[];
    readonly failure: readonly string[];
    /** The first pause between polls, in milliseconds. */
    readonly interval: number;
    /** What the resource is called in messages, e.g. \`VM\`. */
    readonly noun: string;
  };
}

/**
 * The table's rows as types, by SDK method (\`vms.create\`): what the call path's types read.
 * Types only: nothing of this ships.
 */
export interface OperationTable {
${typeRows.join('\n')}
}

/** The SDK method of any operation, e.g. \`'vms.create'\`. */
export type SdkMethod =
${model.operations.map((op) => `  | '${op.sdk}'`).join('\n')};

/** The operationId of each SDK method's operation in openapi.json (types only). */
export interface OperationIds {
${ids.join('\n')}
}

/** The operationId of any operation in openapi.json. */
export type OperationId =
${model.operations.map((op) => `  | '${op.id}'`).join('\n')};
`;
}

function resultText(op) {
  const { result } = op;
  if (result.kind === 'page') return `[${result.items}${result.total ? `,${result.total}` : ''}`;
  return result.kind === 'field' ? result.path : result.kind;
}

function compactRow(op) {
  const path = op.path.startsWith('/api/v1/') ? op.path.slice('/api/v1'.length) : `~${op.path}`;
  const flags =
    (op.input === 'query' ? 'q' : op.input === 'body' ? 'b' : '') +
    (PROJECT[op.project] ?? '') +
    (op.public ? 'P' : '') +
    (op.idempotent ? 'I' : '');
  const permission = op.permission
    ? `${op.permission}${op.permissionProject ? `:${SOURCE[op.permissionProject]}` : ''}`
    : '-';
  const fields = [
    op.name,
    op.method,
    path,
    flags || '-',
    op.paged ?? '-',
    permission,
    resultText(op),
  ];
  if (op.secrets.length > 0) fields.push(`s=${op.secrets.join(',')}`);
  if (op.waiter) {
    const w = op.waiter;
    fields.push(
      `w=${w.field};${(w.statuses ?? []).join(',')};${w.failure.join(',')};${w.interval};${op.typeNames.result}`,
    );
  }
  for (const field of fields) {
    if (/\s/.test(String(field))) throw new Error(`${op.sdk}: "${field}" cannot go in the table`);
  }
  return fields.join(' ');
}

function typeRow(op) {
  const fields = [`method: '${op.method}'`, `path: '${op.path}'`];
  if (op.input) fields.push(`input: '${op.input}'`);
  if (op.project) fields.push(`project: '${op.project}'`);
  if (op.public) fields.push('public: true');
  if (op.paged) fields.push(`paged: ${op.paged}`);
  if (op.idempotent) fields.push('idempotent: true');
  if (op.result.kind === 'page') {
    fields.push(`items: '${op.result.items}'`);
    if (op.result.total) fields.push(`total: '${op.result.total}'`);
  } else {
    fields.push(`result: '${resultText(op)}'`);
  }
  return `{ ${fields.join('; ')} }`;
}
