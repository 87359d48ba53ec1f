// generated/operations.ts: the part of the model the client ships. One row per operation; the
// namespaces' methods are made from these rows at run time, so an operation costs its row.

/** The TypeScript module holding the operation table. */
export function operationsModule(model) {
  const rows = model.operations.map((op) => `  ${op.id}: ${row(op)},`);
  return `
/** What the call path knows about one operation of openapi.json. */
export interface OperationInfo {
  /** The SDK method, e.g. \`vms.create\`: what errors name as their \`operation\`. */
  readonly sdk: string;
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

/** Every operation of openapi.json, by operationId. */
export const OPERATIONS = {
${rows.join('\n')}
} as const satisfies Record<string, OperationInfo>;

/** The operationId of any operation in openapi.json. */
export type OperationId = keyof typeof OPERATIONS;

/** The SDK method name of any operation, e.g. \`'vms.create'\`. */
export type SdkMethod = (typeof OPERATIONS)[OperationId]['sdk'];
`;
}

function row(op) {
  const fields = [`sdk: '${op.sdk}'`, `method: '${op.method}'`, `path: '${op.path}'`];
  if (op.input) fields.push(`input: '${op.input}'`);
  if (op.project) fields.push(`project: '${op.project}'`);
  if (op.public) fields.push('public: true');
  if (op.paged) fields.push(`paged: ${op.paged}`);
  if (op.idempotent) fields.push('idempotent: true');
  if (op.permission) fields.push(`permission: '${op.permission}'`);
  if (op.permissionProject) fields.push(`permissionProject: '${op.permissionProject}'`);
  const { result } = op;
  if (result.kind === 'page') {
    fields.push(`items: '${result.items}'`);
    if (result.total) fields.push(`total: '${result.total}'`);
  } else {
    fields.push(`result: '${result.kind === 'field' ? result.path : result.kind}'`);
  }
  if (op.secrets.length > 0)
    fields.push(`secrets: [${op.secrets.map((s) => `'${s}'`).join(', ')}]`);
  if (op.waiter) {
    const w = op.waiter;
    const list = (values) => `[${values.map((v) => `'${v}'`).join(', ')}]`;
    fields.push(
      `wait: { field: '${w.field}', ${w.statuses ? `statuses: ${list(w.statuses)}, ` : ''}failure: ${list(w.failure)}, interval: ${w.interval}, noun: '${op.typeNames.result}' }`,
    );
  }
  return `{ ${fields.join(', ')} }`;
}
