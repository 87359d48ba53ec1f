import spec from '../../openapi.json' with { type: 'json' };

/**
 * A JSON Schema object from openapi.json.
 *
 * @internal
 */
export type JsonSchema = Record<string, unknown>;

/**
 * A parameter of an operation, with `$ref`s resolved.
 *
 * @internal
 */
export interface SpecParameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required: boolean;
  readonly schema: JsonSchema;
}

/**
 * What the emulator needs to know about one operation of openapi.json.
 *
 * @internal
 */
export interface Operation {
  readonly operationId: string;
  /** Upper-case method. */
  readonly method: string;
  readonly template: string;
  /** `x-raff-permission`: the permission Raff checks, if any. */
  readonly permission: string | undefined;
  /** `x-raff-permission-project`: where the project of a project permission comes from. */
  readonly permissionProject: 'header' | 'path' | 'resource' | undefined;
  /** Whether the operation takes `X-Project-ID`, and if so whether it must be sent. */
  readonly projectHeader: 'required' | 'optional' | undefined;
  readonly parameters: readonly SpecParameter[];
  readonly body: { readonly required: boolean; readonly schema: JsonSchema } | undefined;
  /** The documented 2xx status. */
  readonly successStatus: number;
  /** `security: []`: needs no key (health, the public catalog); a sent key is ignored. */
  readonly isPublic: boolean;
}

/**
 * A path template with the operations it serves.
 *
 * @internal
 */
export interface Route {
  readonly template: string;
  readonly pattern: RegExp;
  readonly paramNames: readonly string[];
  readonly operations: ReadonlyMap<string, Operation>;
}

interface RawOperation {
  operationId?: string;
  parameters?: unknown[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, unknown>;
  security?: unknown[];
  'x-raff-permission'?: string;
  'x-raff-permission-project'?: 'header' | 'path' | 'resource';
}

const document = spec as unknown as {
  paths: Record<string, Record<string, unknown>>;
  components: { parameters?: Record<string, SpecParameter> };
};

/**
 * The `components` section of openapi.json, for schema `$ref`s.
 *
 * @internal
 */
export const SPEC_COMPONENTS = (spec as unknown as { components: Record<string, unknown> })
  .components;

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']);

function resolveParameter(raw: unknown): SpecParameter {
  const ref = (raw as { $ref?: string }).$ref;
  if (ref === undefined) return raw as SpecParameter;
  const name = ref.replace('#/components/parameters/', '');
  const resolved = document.components.parameters?.[name];
  if (resolved === undefined) throw new Error(`openapi.json: unresolved parameter ${ref}`);
  return resolved;
}

function buildOperation(template: string, method: string, raw: RawOperation, shared: unknown[]) {
  const own = (raw.parameters ?? []).map(resolveParameter);
  const inherited = shared
    .map(resolveParameter)
    .filter((p) => !own.some((o) => o.name === p.name && o.in === p.in));
  const parameters = [...inherited, ...own].map((p) => ({ ...p, required: p.required === true }));
  const projectParam = parameters.find(
    (p) => p.in === 'header' && p.name.toLowerCase() === 'x-project-id',
  );
  const jsonBody = raw.requestBody?.content?.['application/json']?.schema;
  const success = Object.keys(raw.responses ?? {}).find((status) => /^2\d\d$/.test(status));
  return {
    operationId: raw.operationId ?? `${method} ${template}`,
    method: method.toUpperCase(),
    template,
    permission: raw['x-raff-permission'],
    permissionProject: raw['x-raff-permission-project'],
    projectHeader:
      projectParam === undefined ? undefined : projectParam.required ? 'required' : 'optional',
    parameters,
    body:
      jsonBody === undefined
        ? undefined
        : { required: raw.requestBody?.required === true, schema: jsonBody },
    successStatus: success === undefined ? 200 : Number(success),
    isPublic: Array.isArray(raw.security) && raw.security.length === 0,
  } satisfies Operation;
}

function buildRoutes(): readonly Route[] {
  const routes: Route[] = [];
  for (const [template, item] of Object.entries(document.paths)) {
    const shared = (item.parameters as unknown[] | undefined) ?? [];
    const operations = new Map<string, Operation>();
    for (const [method, raw] of Object.entries(item)) {
      if (!HTTP_METHODS.has(method)) continue;
      operations.set(
        method.toUpperCase(),
        buildOperation(template, method, raw as RawOperation, shared),
      );
    }
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
    routes.push({ template, pattern: new RegExp(`^${source}$`), paramNames, operations });
  }
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
 * The route a concrete path belongs to, with its decoded path parameters.
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
