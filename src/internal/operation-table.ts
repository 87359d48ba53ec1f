import { OPERATION_ROWS, type OperationInfo, type SdkMethod } from '../../generated/operations.js';

const PROJECT = { R: 'required', O: 'optional' } as const;
const SOURCE = { h: 'header', p: 'path', r: 'resource' } as const;

/** A namespace of the client: its path (`vms.tags`) and the name of its type (`VmTags`). */
export interface NamespaceInfo {
  readonly path: string;
  readonly className: string;
}

/** One namespace's part of the table: its header line's names and its rows, still as text. */
interface Section extends NamespaceInfo {
  readonly rows: string;
}

let sections: Map<string, Section> | undefined;
let namespaces: readonly NamespaceInfo[] | undefined;
// Rows parsed so far, by SDK method and by namespace (a namespace is parsed whole, on first use).
const rows: Record<string, OperationInfo> = Object.create(null);
const parsed = new Map<string, readonly [SdkMethod, OperationInfo][]>();
let table: Readonly<Record<SdkMethod, OperationInfo>> | undefined;

/**
 * The generated table cut into namespaces, each kept as text until one of its operations is asked
 * for: the compact text costs a quarter of what the same rows as object literals cost in a bundle,
 * and a client that calls one namespace (a Lambda's `apiKeys`) holds six parsed rows, not 253
 * (120 KB of heap). The format is described where it is generated (generated/operations.ts).
 */
function sectionsOf(): Map<string, Section> {
  if (sections === undefined) {
    sections = new Map();
    for (const part of OPERATION_ROWS.split('\n=')) {
      const newline = part.indexOf('\n');
      const [path = '', className = ''] = part
        .slice(part.startsWith('=') ? 1 : 0, newline)
        .split(' ');
      sections.set(path, { path, className, rows: part.slice(newline + 1) });
    }
  }
  return sections;
}

/**
 * Every operation of namespace `namespace` (`vms.tags`), in table order, as `[SDK method, row]`.
 *
 * @internal
 */
export function operationsOf(namespace: string): readonly [SdkMethod, OperationInfo][] {
  let found = parsed.get(namespace);
  if (found === undefined) {
    const list: [SdkMethod, OperationInfo][] = [];
    for (const line of sectionsOf().get(namespace)?.rows.split('\n') ?? []) {
      if (line === '') continue;
      const id = `${namespace}.${line.slice(0, line.indexOf(' '))}` as SdkMethod;
      const row = parseRow(line);
      rows[id] = row;
      list.push([id, row]);
    }
    found = list;
    parsed.set(namespace, found);
  }
  return found;
}

/**
 * Every operation by SDK method (`vms.create`): the whole table, parsed on first use (by `raff.api`
 * on an unknown route and the offline permission lookups).
 *
 * @internal
 */
export function operationTable(): Readonly<Record<SdkMethod, OperationInfo>> {
  if (table === undefined) {
    for (const namespace of sectionsOf().keys()) operationsOf(namespace);
    table = rows as Record<SdkMethod, OperationInfo>;
  }
  return table;
}

/** @internal Every namespace of the client, parents before their children. */
export function namespaceTable(): readonly NamespaceInfo[] {
  if (namespaces === undefined) {
    const found = [...sectionsOf().values()].map(({ path, className }) => ({ path, className }));
    // Parents first, so that a parent exists before its children are mounted on it.
    found.sort((a, b) => a.path.split('.').length - b.path.split('.').length);
    namespaces = found;
  }
  return namespaces;
}

/** @internal The row of one operation (undefined for a name that is not an SDK method). */
export function operationOf(name: SdkMethod): OperationInfo {
  const row = rows[name];
  if (row !== undefined) return row;
  const at = name.lastIndexOf('.');
  if (at > 0 && !parsed.has(name.slice(0, at))) operationsOf(name.slice(0, at));
  return rows[name] as OperationInfo;
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
