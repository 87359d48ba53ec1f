import { describe, expect, it } from 'vitest';
import type {
  ExampleObject,
  HttpMethod,
  MediaTypeObject,
  OperationRef,
  ParameterObject,
  RequestBodyObject,
  ResponseObject,
  SchemaObject,
} from '../support/openapi.js';
import {
  findOperation,
  getAtPointer,
  isRef,
  operations,
  parsePointer,
  resolve,
  spec,
  toPointer,
  validateRequestBody,
  validateResponse,
  validateSchema,
} from '../support/openapi.js';

// ------------------------------------------------------------------------------------------------
// What the SDK needs from the document (the brief, as data)
// ------------------------------------------------------------------------------------------------

type ProjectSource = 'header' | 'path' | 'resource';
interface Expected {
  method: HttpMethod;
  path: string;
  tag: string;
  success: number;
  permission?: string;
  project?: ProjectSource;
  projectHeader?: 'required' | 'optional';
  paged?: boolean;
  conflict?: boolean;
  billable?: boolean;
}

const EXPECTED: Record<string, Expected> = {
  listApiKeys: {
    method: 'get',
    path: '/api/v1/api-keys',
    tag: 'API Keys',
    success: 200,
    permission: 'account.apikeys.view',
    paged: true,
  },
  createApiKey: {
    method: 'post',
    path: '/api/v1/api-keys',
    tag: 'API Keys',
    success: 201,
    permission: 'account.apikeys.create',
  },
  getApiKey: {
    method: 'get',
    path: '/api/v1/api-keys/{id}',
    tag: 'API Keys',
    success: 200,
    permission: 'account.apikeys.view',
  },
  updateApiKey: {
    method: 'patch',
    path: '/api/v1/api-keys/{id}',
    tag: 'API Keys',
    success: 200,
    permission: 'account.apikeys.manage',
  },
  revokeApiKey: {
    method: 'delete',
    path: '/api/v1/api-keys/{id}',
    tag: 'API Keys',
    success: 200,
    permission: 'account.apikeys.revoke',
  },
  regenerateApiKey: {
    method: 'post',
    path: '/api/v1/api-keys/{id}/regenerate',
    tag: 'API Keys',
    success: 200,
    permission: 'account.apikeys.manage',
  },
  listRoles: {
    method: 'get',
    path: '/api/v1/roles',
    tag: 'Roles',
    success: 200,
    permission: 'account.roles.view',
    paged: true,
  },
  createRole: {
    method: 'post',
    path: '/api/v1/roles',
    tag: 'Roles',
    success: 201,
    permission: 'account.roles.create',
    conflict: true,
  },
  getRole: {
    method: 'get',
    path: '/api/v1/roles/{id}',
    tag: 'Roles',
    success: 200,
    permission: 'account.roles.view',
  },
  updateRole: {
    method: 'patch',
    path: '/api/v1/roles/{id}',
    tag: 'Roles',
    success: 200,
    permission: 'account.roles.manage',
  },
  deleteRole: {
    method: 'delete',
    path: '/api/v1/roles/{id}',
    tag: 'Roles',
    success: 200,
    permission: 'account.roles.delete',
    conflict: true,
  },
  listPermissions: { method: 'get', path: '/api/v1/permissions', tag: 'Permissions', success: 200 },
  listProjects: {
    method: 'get',
    path: '/api/v1/projects',
    tag: 'Projects',
    success: 200,
    permission: 'account.projects.view',
    paged: true,
  },
  createProject: {
    method: 'post',
    path: '/api/v1/projects',
    tag: 'Projects',
    success: 201,
    permission: 'account.projects.create',
  },
  getProject: {
    method: 'get',
    path: '/api/v1/projects/{id}',
    tag: 'Projects',
    success: 200,
    permission: 'account.projects.view',
  },
  updateProject: {
    method: 'put',
    path: '/api/v1/projects/{id}',
    tag: 'Projects',
    success: 200,
    permission: 'account.projects.manage',
  },
  deleteProject: {
    method: 'delete',
    path: '/api/v1/projects/{id}',
    tag: 'Projects',
    success: 200,
    permission: 'account.projects.delete',
    conflict: true,
  },
  listProjectMembers: {
    method: 'get',
    path: '/api/v1/projects/{id}/members',
    tag: 'Project Members',
    success: 200,
    permission: 'project.members.view',
    project: 'path',
    paged: true,
  },
  addProjectMember: {
    method: 'post',
    path: '/api/v1/projects/{id}/members',
    tag: 'Project Members',
    success: 201,
    permission: 'project.members.invite',
    project: 'path',
  },
  getProjectMember: {
    method: 'get',
    path: '/api/v1/projects/{id}/members/{member_id}',
    tag: 'Project Members',
    success: 200,
    permission: 'project.members.view',
    project: 'path',
  },
  updateProjectMember: {
    method: 'patch',
    path: '/api/v1/projects/{id}/members/{member_id}',
    tag: 'Project Members',
    success: 200,
    permission: 'project.members.manage',
    project: 'path',
  },
  removeProjectMember: {
    method: 'delete',
    path: '/api/v1/projects/{id}/members/{member_id}',
    tag: 'Project Members',
    success: 200,
    permission: 'project.members.remove',
    project: 'path',
  },
  listMembers: {
    method: 'get',
    path: '/api/v1/members',
    tag: 'Members',
    success: 200,
    permission: 'account.members.view',
    paged: true,
  },
  getMember: {
    method: 'get',
    path: '/api/v1/members/{id}',
    tag: 'Members',
    success: 200,
    permission: 'account.members.view',
  },
  listVMs: {
    method: 'get',
    path: '/api/v1/vms',
    tag: 'Virtual Machines',
    success: 200,
    permission: 'vm.view',
    project: 'header',
    projectHeader: 'optional',
    paged: true,
  },
  createVM: {
    method: 'post',
    path: '/api/v1/vms',
    tag: 'Virtual Machines',
    success: 201,
    permission: 'vm.create',
    project: 'header',
    projectHeader: 'required',
    billable: true,
  },
  getVM: {
    method: 'get',
    path: '/api/v1/vms/{id}',
    tag: 'Virtual Machines',
    success: 200,
    permission: 'vm.view',
    project: 'resource',
  },
  deleteVM: {
    method: 'delete',
    path: '/api/v1/vms/{id}',
    tag: 'Virtual Machines',
    success: 200,
    permission: 'vm.delete',
    project: 'header',
    projectHeader: 'required',
  },
  listBackups: {
    method: 'get',
    path: '/api/v1/backups',
    tag: 'Backups',
    success: 200,
    permission: 'backup.view',
    project: 'header',
    projectHeader: 'optional',
    paged: true,
  },
  createBackup: {
    method: 'post',
    path: '/api/v1/backups',
    tag: 'Backups',
    success: 202,
    permission: 'backup.create',
    project: 'header',
    projectHeader: 'required',
    billable: true,
  },
  listSnapshots: {
    method: 'get',
    path: '/api/v1/snapshots',
    tag: 'Snapshots',
    success: 200,
    permission: 'snapshot.view',
    project: 'header',
    projectHeader: 'optional',
    paged: true,
  },
  createSnapshot: {
    method: 'post',
    path: '/api/v1/snapshots',
    tag: 'Snapshots',
    success: 201,
    permission: 'snapshot.create',
    project: 'header',
    projectHeader: 'required',
    billable: true,
  },
};

const JSON_MEDIA = 'application/json';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function expectedFor(operationId: string): Expected {
  const expected = EXPECTED[operationId];
  if (expected === undefined) throw new Error(`${operationId} is not an operation the SDK expects`);
  return expected;
}

function parametersOf(op: OperationRef): ParameterObject[] {
  return (op.operation.parameters ?? []).map(
    (p, i) =>
      resolve<ParameterObject>(p, toPointer([...parsePointer(op.pointer), 'parameters', i])).value,
  );
}

function responsesOf(op: OperationRef): Record<string, { response: ResponseObject; ref?: string }> {
  return Object.fromEntries(
    Object.entries(op.operation.responses ?? {}).map(([status, r]) => {
      const { value } = resolve<ResponseObject>(r, op.pointer);
      return [status, isRef(r) ? { response: value, ref: r.$ref } : { response: value }];
    }),
  );
}

function exampleValues(media: MediaTypeObject | undefined): unknown[] {
  if (media === undefined) return [];
  const named = Object.values(media.examples ?? {}).map(
    (e) => resolve<ExampleObject>(e, '#/components/examples').value.value,
  );
  return media.example === undefined ? named : [media.example, ...named];
}

// Tuples rather than objects so `%s` prints the operationId in full and unquoted.
const rows = operations.map((op): [string, OperationRef] => [op.operationId, op]);

// ------------------------------------------------------------------------------------------------
// Operations
// ------------------------------------------------------------------------------------------------

describe('the operations in openapi.json', () => {
  it('are exactly the ones the SDK covers, at the expected methods and paths', () => {
    const actual = Object.fromEntries(
      operations.map((o) => [o.operationId, `${o.method} ${o.pathTemplate}`]),
    );
    const wanted = Object.fromEntries(
      Object.entries(EXPECTED).map(([id, e]) => [id, `${e.method} ${e.path}`]),
    );
    expect(actual).toEqual(wanted);
  });

  it.each(rows)(
    '%s has an operationId, exactly one declared tag, a summary and a description',
    (operationId, op) => {
      const declaredTags = (spec.tags ?? []).map((t) => t.name);
      expect(op.operation.operationId).toBe(operationId);
      expect(op.operation.tags).toEqual([expectedFor(operationId).tag]);
      expect(declaredTags).toContain(op.operation.tags?.[0]);
      expect(op.operation.summary?.trim()).toBeTruthy();
      expect(op.operation.description?.trim()).toBeTruthy();
    },
  );

  it.each(rows)(
    '%s answers its success status with a JSON schema and at least one example',
    (operationId, op) => {
      const responses = responsesOf(op);
      const success = Object.keys(responses).filter((s) => /^2\d\d$/.test(s));
      expect(success).toEqual([String(expectedFor(operationId).success)]);
      const media = responses[success[0] ?? '']?.response.content?.[JSON_MEDIA];
      expect(media?.schema).toBeDefined();
      expect(exampleValues(media).length).toBeGreaterThan(0);
    },
  );

  it.each(rows)(
    '%s declares every error response its kind of call can produce',
    (operationId, op) => {
      const expected = expectedFor(operationId);
      const params = parametersOf(op);
      const required = ['401', '429', 'default'];
      if (expected.permission !== undefined) required.push('403');
      if (op.pathTemplate.includes('{')) required.push('404');
      if (
        op.operation.requestBody !== undefined ||
        params.some((p) => p.in === 'query' || p.name === 'X-Project-ID')
      ) {
        required.push('400');
      }
      if (expected.conflict) required.push('409');
      if (expected.billable) required.push('402');
      const responses = responsesOf(op);
      expect(Object.keys(responses)).toEqual(expect.arrayContaining(required));

      const rateLimited = responses['429']?.response;
      expect(rateLimited?.headers?.['Retry-After']).toBeDefined();

      if (expected.projectHeader === 'required') {
        expect(responses['400']?.ref).toBe('#/components/responses/MissingProjectId');
        expect(exampleValues(responses['400']?.response.content?.[JSON_MEDIA])).toContainEqual({
          error: 'Bad Request',
          message: 'X-Project-ID required',
        });
      }
      const forbiddenExamples = exampleValues(responses['403']?.response.content?.[JSON_MEDIA]);
      const billingExamples = forbiddenExamples.filter((e) => isObject(e) && 'reason' in e);
      if (expected.billable) expect(billingExamples.length).toBeGreaterThan(0);
      else expect(billingExamples).toEqual([]);
    },
  );

  it.each(rows)(
    '%s names the permission Raff checks and where its project comes from',
    (operationId, op) => {
      const expected = expectedFor(operationId);
      expect(op.operation['x-raff-permission']).toBe(expected.permission);
      expect(op.operation['x-raff-permission-project']).toBe(expected.project);
      if (expected.permission?.startsWith('account.')) expect(expected.project).toBeUndefined();
    },
  );

  it.each(rows)(
    '%s takes X-Project-ID only if it is a project-scoped list or mutation',
    (operationId, op) => {
      const expected = expectedFor(operationId);
      const header = (op.operation.parameters ?? []).filter((p) => {
        const resolved = resolve<ParameterObject>(p, op.pointer).value;
        return resolved.in === 'header' && resolved.name.toLowerCase() === 'x-project-id';
      });
      if (expected.projectHeader === undefined) {
        expect(header).toEqual([]);
        return;
      }
      const wantedRef =
        expected.projectHeader === 'required'
          ? '#/components/parameters/ProjectIdHeader'
          : '#/components/parameters/ProjectIdFilterHeader';
      expect(header).toEqual([{ $ref: wantedRef }]);
      const resolved = resolve<ParameterObject>({ $ref: wantedRef }, op.pointer).value;
      expect(resolved.required === true).toBe(expected.projectHeader === 'required');
      expect(resolved.schema).toEqual({ type: 'string', format: 'uuid' });
    },
  );

  it.each(rows)(
    '%s pages with the shared Limit and Offset parameters exactly when it is a paged list',
    (operationId, op) => {
      const refs = (op.operation.parameters ?? []).flatMap((p) => (isRef(p) ? [p.$ref] : []));
      const pagingRefs = refs.filter(
        (r) => r === '#/components/parameters/Limit' || r === '#/components/parameters/Offset',
      );
      expect(pagingRefs).toEqual(
        expectedFor(operationId).paged
          ? ['#/components/parameters/Limit', '#/components/parameters/Offset']
          : [],
      );
    },
  );

  it.each(rows.filter(([, op]) => op.operation.requestBody !== undefined))(
    '%s closes its request schema to unknown fields and shows request examples',
    (_operationId, op) => {
      const { requestBody } = op.operation;
      if (requestBody === undefined) throw new Error('filtered to operations with a body');
      const body = resolve<RequestBodyObject>(requestBody, op.pointer).value;
      const media = body.content?.[JSON_MEDIA];
      expect(exampleValues(media).length).toBeGreaterThan(0);
      const schema = resolve<SchemaObject>(media?.schema ?? {}, op.pointer).value;
      const branches = Array.isArray(schema.oneOf) ? schema.oneOf : [schema];
      for (const branch of branches) {
        expect(
          resolve<SchemaObject>(branch as SchemaObject, op.pointer).value.additionalProperties,
        ).toBe(false);
      }
    },
  );

  it('declares path ids as UUIDs', () => {
    const pathParams = operations.flatMap((op) => parametersOf(op).filter((p) => p.in === 'path'));
    expect(pathParams.length).toBeGreaterThan(0);
    for (const p of pathParams) expect(p.schema).toEqual({ type: 'string', format: 'uuid' });
  });
});

// ------------------------------------------------------------------------------------------------
// Examples
// ------------------------------------------------------------------------------------------------

interface ExampleCase {
  label: string;
  schemaPointer: string;
  value: unknown;
}

function labelFor(rawPath: readonly string[]): string {
  // Name parameters instead of numbering them.
  const path = rawPath.map((segment, i) => {
    if (rawPath[i - 1] !== 'parameters' || !/^\d+$/.test(segment)) return segment;
    const parameter = getAtPointer(toPointer(rawPath.slice(0, i + 1)));
    if (isRef(parameter)) return parameter.$ref.split('/').pop() ?? segment;
    return isObject(parameter) && typeof parameter.name === 'string' ? parameter.name : segment;
  });
  if (path[0] === 'paths' && path[1] !== undefined && path[2] !== undefined) {
    const op = operations.find((o) => o.pathTemplate === path[1] && o.method === path[2]);
    const rest = path.slice(3).filter((s) => s !== 'content' && s !== JSON_MEDIA);
    return `${op?.operationId ?? `${path[2]} ${path[1]}`}: ${rest.join(' › ')}`;
  }
  return path.filter((s) => s !== 'content' && s !== JSON_MEDIA).join(' › ');
}

/** Every example in the document, paired with the schema it illustrates. */
function collectExamples(): ExampleCase[] {
  const cases: ExampleCase[] = [];
  const visit = (node: unknown, path: string[]): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        visit(child, [...path, String(i)]);
      });
      return;
    }
    if (!isObject(node)) return;
    // Named examples are checked where they are used (through their $ref), against that schema.
    if (path.length === 2 && path[0] === 'components' && path[1] === 'examples') return;
    const holdsSchema = isObject(node.schema);
    for (const [key, child] of Object.entries(node)) {
      if (key === 'examples' && Array.isArray(child)) {
        // A Schema Object's own `examples` array.
        child.forEach((value, i) => {
          cases.push({
            label: labelFor([...path, 'examples', String(i)]),
            schemaPointer: toPointer(path),
            value,
          });
        });
      } else if (holdsSchema && key === 'examples' && isObject(child)) {
        // Media type, parameter or header: a map of Example Objects.
        for (const [name, example] of Object.entries(child)) {
          const at = toPointer([...path, 'examples', name]);
          const { value } = resolve<ExampleObject>(example as ExampleObject, at);
          cases.push({
            label: labelFor([...path, name]),
            schemaPointer: toPointer([...path, 'schema']),
            value: value.value,
          });
        }
      } else if (holdsSchema && key === 'example') {
        cases.push({
          label: labelFor([...path, 'example']),
          schemaPointer: toPointer([...path, 'schema']),
          value: child,
        });
      } else {
        visit(child, [...path, key]);
      }
    }
  };
  visit(spec, []);
  return cases;
}

const exampleCases = collectExamples();

describe('the examples in openapi.json', () => {
  it('are found on request bodies, responses, parameters, headers and schemas', () => {
    const where = (prefix: string) =>
      exampleCases.filter((c) => c.schemaPointer.startsWith(prefix)).length;
    expect(exampleCases.length).toBeGreaterThan(100);
    expect(where('#/paths/')).toBeGreaterThan(50);
    expect(where('#/components/responses/')).toBeGreaterThan(10);
    expect(where('#/components/parameters/')).toBeGreaterThan(3);
    expect(where('#/components/headers/')).toBe(3);
    expect(where('#/components/schemas/')).toBeGreaterThan(10);
  });

  it.each(exampleCases.map((c): [string, string, unknown] => [c.label, c.schemaPointer, c.value]))(
    'the example at %s validates against its schema',
    (_label, schemaPointer, value) => {
      expect(value, 'examples carry an inline value').not.toBeUndefined();
      expect(validateSchema(schemaPointer, value)).toEqual([]);
    },
  );
});

// ------------------------------------------------------------------------------------------------
// References
// ------------------------------------------------------------------------------------------------

describe('the references in openapi.json', () => {
  it('all resolve to something in the document', () => {
    const refs: Array<{ at: string; ref: string }> = [];
    const visit = (node: unknown, path: string[]): void => {
      if (Array.isArray(node)) {
        node.forEach((child, i) => {
          visit(child, [...path, String(i)]);
        });
      } else if (isObject(node)) {
        for (const [key, child] of Object.entries(node)) {
          if (key === '$ref' && typeof child === 'string')
            refs.push({ at: toPointer(path), ref: child });
          else visit(child, [...path, key]);
        }
      }
    };
    visit(spec, []);
    expect(refs.length).toBeGreaterThan(100);
    const unresolved = refs.filter(
      (r) => !r.ref.startsWith('#') || getAtPointer(r.ref) === undefined,
    );
    expect(unresolved).toEqual([]);
  });
});

// ------------------------------------------------------------------------------------------------
// The contract helpers themselves
// ------------------------------------------------------------------------------------------------

const KEY_ID = '385cf8c0-a1be-4877-a313-5fe4f39277bc';
const PROJECT_ID = '0abbd915-90b9-46ff-9d65-c73f2395d6b1';

describe('the contract helpers in test/support/openapi.ts', () => {
  it('match concrete paths, full URLs and query strings to their operation templates', () => {
    expect(findOperation('GET', '/api/v1/api-keys/abc')).toMatchObject({
      operationId: 'getApiKey',
      pathTemplate: '/api/v1/api-keys/{id}',
      params: { id: 'abc' },
    });
    expect(findOperation('post', `/api/v1/api-keys/${KEY_ID}/regenerate`)?.operationId).toBe(
      'regenerateApiKey',
    );
    expect(
      findOperation(
        'DELETE',
        `http://127.0.0.1:4010/api/v1/projects/${PROJECT_ID}/members/m%201?x=1`,
      ),
    ).toMatchObject({
      operationId: 'removeProjectMember',
      params: { id: PROJECT_ID, member_id: 'm 1' },
    });
    expect(findOperation('GET', '/api/v1/vms?limit=10&offset=20')?.operationId).toBe('listVMs');
    expect(findOperation('GET', '/api/v1/vms/')?.operationId).toBe('listVMs');
  });

  it('find nothing for unknown paths or methods a path does not have', () => {
    expect(findOperation('GET', '/api/v1/volumes')).toBeUndefined();
    expect(findOperation('PUT', '/api/v1/api-keys/abc')).toBeUndefined();
    expect(findOperation('GET', '/api/v1/api-keys/abc/def')).toBeUndefined();
  });

  it('report schema violations with the failing location', () => {
    const key = { id: KEY_ID, name: 'CI', key_prefix: 'raff_17D70FCF', is_active: true };
    expect(validateSchema('#/components/schemas/APIKey', key)).toEqual([
      '/key_prefix must match pattern "^raff_[0-9a-f]{8}$"',
    ]);
    expect(
      validateSchema('#/components/schemas/APIKey', {
        ...key,
        key_prefix: 'raff_17d70fcf',
        extra: 1,
      }),
    ).toEqual([]);
  });

  it('reject unknown request fields, double grants, half-specified snapshots and weekly backups without a day', () => {
    expect(
      validateSchema('#/components/schemas/CreateAPIKeyRequest', { name: 'CI', role: 'admin' }),
    ).toContain('(root) must NOT have additional properties: role');
    const role = '7d99672b-9754-4adf-b391-b4f4619e0bf3';
    expect(
      validateSchema('#/components/schemas/AddProjectMemberRequest', {
        role_id: role,
        api_key_id: KEY_ID,
      }),
    ).toEqual([]);
    expect(
      validateSchema('#/components/schemas/AddProjectMemberRequest', {
        role_id: role,
        api_key_id: KEY_ID,
        target_user_id: KEY_ID,
      }),
    ).not.toEqual([]);
    expect(
      validateSchema('#/components/schemas/AddProjectMemberRequest', { role_id: role }),
    ).not.toEqual([]);
    expect(
      validateSchema('#/components/schemas/CreateSnapshotRequest', {
        resource_type: 'volume',
        volume_id: 3,
        name: 's',
      }),
    ).toEqual([]);
    expect(
      validateSchema('#/components/schemas/CreateSnapshotRequest', {
        resource_type: 'volume',
        resource_id: KEY_ID,
        name: 's',
      }),
    ).not.toEqual([]);
    const vm = {
      name: 'a',
      template_id: KEY_ID,
      pricing_id: 3,
      region: 'us-east',
      password: 'Raff-Build-2026',
    };
    expect(
      validateSchema('#/components/schemas/CreateVMRequest', { ...vm, backup_type: 'weekly' }),
    ).not.toEqual([]);
    expect(
      validateSchema('#/components/schemas/CreateVMRequest', {
        ...vm,
        backup_type: 'weekly',
        backup_date: 'Monday',
      }),
    ).toEqual([]);
    expect(
      validateSchema('#/components/schemas/CreateVMRequest', {
        ...vm,
        skip_vpc: true,
        skip_public_ip: true,
      }),
    ).not.toEqual([]);
    expect(
      validateSchema('#/components/schemas/CreateVMRequest', { ...vm, vpc_name: 'net' }),
    ).not.toEqual([]);
    expect(validateSchema('#/components/schemas/UpdateAPIKeyRequest', {})).not.toEqual([]);
  });

  it('refuse a key metadata response that leaks the secret', () => {
    const key = { id: KEY_ID, name: 'CI', key_prefix: 'raff_17d70fcf', is_active: true };
    const secret = `raff_${'0'.repeat(64)}`;
    expect(
      validateResponse('GET', `/api/v1/api-keys/${KEY_ID}`, 200, { success: true, data: key }),
    ).toEqual([]);
    expect(
      validateResponse('GET', `/api/v1/api-keys/${KEY_ID}`, 200, {
        success: true,
        data: { ...key, secret },
      }),
    ).toEqual(['getApiKey 200: body /data must NOT be valid']);
    expect(
      validateResponse('POST', `/api/v1/api-keys/${KEY_ID}/regenerate`, 200, {
        success: true,
        data: { ...key, secret },
      }),
    ).toEqual([]);
  });

  it('check required response headers when the caller passes headers', () => {
    const body = {
      error: 'Rate limit exceeded',
      message: 'Maximum 30 requests per second allowed for your tier',
    };
    expect(validateResponse('GET', '/api/v1/api-keys', 429, body)).toEqual([]);
    expect(
      validateResponse('GET', '/api/v1/api-keys', 429, body, { 'x-ratelimit-limit': '30' }),
    ).toEqual(['listApiKeys 429: missing required header Retry-After']);
    expect(
      validateResponse('GET', '/api/v1/api-keys', 429, body, { 'retry-after': 'soon' }),
    ).toEqual(['listApiKeys 429: header Retry-After must be integer']);
    expect(
      validateResponse('GET', '/api/v1/api-keys', 429, body, {
        'Retry-After': '1',
        'X-RateLimit-Limit': '30',
        'X-RateLimit-Remaining': '0',
      }),
    ).toEqual([]);
  });

  it('validate bodies by status, falling back to the default response for undeclared statuses', () => {
    const list = { success: true, data: [], total: 0 };
    expect(validateResponse('get', '/api/v1/api-keys', 200, list)).toEqual([]);
    expect(validateResponse('get', `/api/v1/api-keys`, 200, { success: true, data: [] })).toEqual([
      "listApiKeys 200: body (root) must have required property 'total'",
    ]);
    expect(validateResponse('get', '/api/v1/roles', 200, { success: true, data: [] })).toEqual([]);
    expect(
      validateResponse('post', '/api/v1/vms', 503, {
        error: 'Service Unavailable',
        message: 'try later',
      }),
    ).toEqual([]);
    expect(validateResponse('post', '/api/v1/vms', 503, { oops: true })).not.toEqual([]);
    expect(
      validateResponse('get', `/api/v1/vms/${KEY_ID}`, 404, {
        error: 'Not Found',
        message: 'VM not found',
      }),
    ).toEqual([]);
    expect(validateResponse('get', '/api/v1/nowhere', 200, {})).toEqual([
      'GET /api/v1/nowhere: no such operation in openapi.json',
    ]);
  });

  it('validate request bodies, accepting a missing body only where it is optional', () => {
    expect(validateRequestBody('POST', '/api/v1/api-keys', { name: 'Backups Lambda' })).toEqual([]);
    expect(validateRequestBody('POST', '/api/v1/api-keys', undefined)).toEqual([
      'createApiKey: request body is required',
    ]);
    expect(validateRequestBody('DELETE', `/api/v1/vms/${KEY_ID}`, undefined)).toEqual([]);
    expect(
      validateRequestBody('DELETE', '/api/v1/vms/{id}', { volume_action: 'keep' }),
    ).toHaveLength(1);
    expect(validateRequestBody('GET', '/api/v1/vms', { a: 1 })).toEqual([
      'listVMs: takes no request body',
    ]);
  });
});
