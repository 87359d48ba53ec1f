import { OPERATION_ROWS, type OperationInfo, type SdkMethod } from '../../generated/operations.js';

const PROJECT = { R: 'required', O: 'optional' } as const;
const SOURCE = { h: 'header', p: 'path', r: 'resource' } as const;

/** A namespace of the client: its path (`vms.tags`) and the name of its type (`VmTags`). */
export interface NamespaceInfo {
  readonly path: string;
  readonly className: string;
}

let table: Readonly<Record<SdkMethod, OperationInfo>> | undefined;
let namespaces: readonly NamespaceInfo[] | undefined;

/**
 * Every operation by SDK method (`vms.create`), parsed from the generated table on first use:
 * the compact text costs a quarter of what the same rows as object literals cost in a bundle.
 * The format is described where it is generated (generated/operations.ts).
 *
 * @internal
 */
export function operationTable(): Readonly<Record<SdkMethod, OperationInfo>> {
  if (table === undefined) ({ table, namespaces } = parse(OPERATION_ROWS));
  return table;
}

/** @internal Every namespace of the client, parents before their children. */
export function namespaceTable(): readonly NamespaceInfo[] {
  if (namespaces === undefined) ({ table, namespaces } = parse(OPERATION_ROWS));
  return namespaces;
}

/** @internal The row of one operation. */
export function operationOf(name: SdkMethod): OperationInfo {
  return operationTable()[name];
}

function parse(text: string): {
  table: Record<SdkMethod, OperationInfo>;
  namespaces: NamespaceInfo[];
} {
  const rows: Record<string, OperationInfo> = {};
  const found: NamespaceInfo[] = [];
  let namespace = '';
  for (const line of text.split('\n')) {
    if (line === '') continue;
    if (line.startsWith('=')) {
      const [path = '', className = ''] = line.slice(1).split(' ');
      namespace = path;
      found.push({ path, className });
      continue;
    }
    rows[`${namespace}.${line.slice(0, line.indexOf(' '))}`] = parseRow(line);
  }
  // Parents first, so that a parent exists before its children are mounted on it.
  found.sort((a, b) => a.path.split('.').length - b.path.split('.').length);
  return { table: rows as Record<SdkMethod, OperationInfo>, namespaces: found };
}

function parseRow(line: string): OperationInfo {
  const [, method, path = '', flags = '', paged = '', permission = '', result = '', ...extra] =
    line.split(' ');
  const row: { -readonly [K in keyof OperationInfo]: OperationInfo[K] } = {
    method: method as OperationInfo['method'],
    path: path.startsWith('~') ? path.slice(1) : `/api/v1${path}`,
  };
  for (const flag of flags) {
    if (flag === 'q') row.input = 'query';
    else if (flag === 'b') row.input = 'body';
    else if (flag === 'R' || flag === 'O') row.project = PROJECT[flag];
    else if (flag === 'P') row.public = true;
    else if (flag === 'I') row.idempotent = true;
  }
  if (paged !== '-') row.paged = Number(paged);
  if (permission !== '-') {
    const [name = '', source] = permission.split(':');
    row.permission = name;
    if (source) row.permissionProject = SOURCE[source as keyof typeof SOURCE];
  }
  if (result.startsWith('[')) {
    const [items = 'data', total] = result.slice(1).split(',');
    row.items = items;
    if (total) row.total = total;
  } else row.result = result;
  for (const field of extra) {
    if (field.startsWith('s=')) row.secrets = field.slice(2).split(',');
    else if (field.startsWith('w=')) {
      const [name = 'status', statuses, failure, interval, noun = ''] = field.slice(2).split(';');
      row.wait = {
        field: name,
        ...(statuses ? { statuses: statuses.split(',') } : {}),
        failure: failure ? failure.split(',') : [],
        interval: Number(interval),
        noun,
      };
    }
  }
  return row;
}
