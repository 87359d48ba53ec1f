import { EMULATED_OPERATIONS, type EmulatedOperation } from '../../../generated/emulator.js';
import type { OperationId } from '../../../generated/operations.js';

export type { OperationId };

/**
 * One operation as the emulator serves it (generated/emulator.ts), with its operationId.
 *
 * @internal
 */
export interface Operation extends EmulatedOperation {
  readonly id: OperationId;
}

/**
 * A path template with the operations it serves, by upper-case method.
 *
 * @internal
 */
export interface Route {
  readonly template: string;
  readonly pattern: RegExp;
  readonly paramNames: readonly string[];
  readonly operations: ReadonlyMap<string, Operation>;
}

/**
 * Whether `id` names an operation of openapi.json.
 *
 * @internal
 */
export function isOperationId(id: string): id is OperationId {
  return Object.hasOwn(EMULATED_OPERATIONS, id);
}

/**
 * Every operation of openapi.json, in the document's order.
 *
 * @internal
 */
export const OPERATIONS: readonly Operation[] = Object.keys(EMULATED_OPERATIONS)
  .filter(isOperationId)
  .map((id) => {
    const row: EmulatedOperation = EMULATED_OPERATIONS[id];
    return { ...row, id };
  });

function compile(template: string, operations: ReadonlyMap<string, Operation>): Route {
  const paramNames: string[] = [];
  const source = template
    .split('/')
    .map((segment) => {
      const param = /^\{([^}]+)\}$/.exec(segment);
      if (param?.[1] === undefined) return segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      paramNames.push(param[1]);
      return '([^/]+)';
    })
    .join('/');
  return { template, pattern: new RegExp(`^${source}$`), paramNames, operations };
}

function buildRoutes(): readonly Route[] {
  const byTemplate = new Map<string, Map<string, Operation>>();
  for (const operation of OPERATIONS) {
    const methods = byTemplate.get(operation.path) ?? new Map<string, Operation>();
    methods.set(operation.method, operation);
    byTemplate.set(operation.path, methods);
  }
  const routes = [...byTemplate].map(([template, methods]) => compile(template, methods));
  // Literal segments win over parameters (e.g. a fixed `/x/mine` before `/x/{id}`).
  return routes.sort((a, b) => a.paramNames.length - b.paramNames.length);
}

/**
 * Every path of openapi.json, compiled once.
 *
 * @internal
 */
export const ROUTES: readonly Route[] = buildRoutes();

/**
 * The route a concrete path belongs to, with its decoded path parameters; `undefined` when none
 * matches or a parameter is not valid percent-encoding.
 *
 * @internal
 */
export function matchRoute(
  pathname: string,
): { route: Route; params: Record<string, string> } | undefined {
  for (const route of ROUTES) {
    const match = route.pattern.exec(pathname);
    if (match === null) continue;
    const params: Record<string, string> = {};
    try {
      route.paramNames.forEach((name, index) => {
        params[name] = decodeURIComponent(match[index + 1] ?? '');
      });
    } catch {
      return undefined;
    }
    return { route, params };
  }
  return undefined;
}
