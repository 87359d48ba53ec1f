import { describe, expect, it } from 'vitest';
import type { APIKey } from '../../src/index.js';
import { RaffClient, RaffValidationError } from '../../src/index.js';
import {
  previewApiKeyPermissions,
  type RoleDefinition,
  SYSTEM_ROLES,
} from '../../src/offline/index.js';
import { call, startEmulator, systemRoleId } from '../support/emulator.js';

const role = (slug: string) => {
  const found = SYSTEM_ROLES.find((candidate) => candidate.slug === slug);
  if (found === undefined) throw new Error(`no System role ${slug}`);
  return found;
};
const permissionsOf = (slug: string) => [...role(slug).permissions];

// A key as raff.apiKeys.get() returns it, with live (made-up) role ids the snapshot does not know.
const LIVE = {
  admin: '6a1f0c2e-0000-4000-8000-0000000000a1',
  operator: '6a1f0c2e-0000-4000-8000-0000000000b2',
  viewer: '6a1f0c2e-0000-4000-8000-0000000000c3',
};
function apiKey(overrides: Partial<APIKey> = {}): APIKey {
  return {
    id: '4c6d7a2e-1b3f-4e5a-9c8d-7e6f5a4b3c2d',
    name: 'Backups Lambda',
    key_prefix: 'raff_17d70fcf',
    is_active: true,
    role_id: LIVE.admin,
    role_name: 'Admin',
    role_slug: 'admin',
    project_accesses: [
      {
        project_id: 'p-default',
        project_name: 'Default',
        role_id: LIVE.operator,
        role_name: 'Operator',
        role_slug: 'operator',
      },
      {
        project_id: 'p-c1',
        project_name: 'customer1',
        role_id: LIVE.viewer,
        role_name: 'Viewer',
        role_slug: 'viewer',
      },
      {
        project_id: 'p-staging',
        project_name: 'staging',
        role_id: LIVE.operator,
        role_name: 'Operator',
        role_slug: 'operator',
      },
    ],
    ...overrides,
  } as APIKey;
}

function failure(run: () => unknown): RaffValidationError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RaffValidationError);
    return error as RaffValidationError;
  }
  throw new Error('expected a RaffValidationError');
}

describe('previewApiKeyPermissions: what an existing key can do, where', () => {
  it('gives the account side and each project with the role the key holds there', () => {
    const preview = previewApiKeyPermissions(apiKey());
    expect(preview.full_access).toBe(false);
    expect(preview.account).toEqual({
      role: { id: role('admin').id, name: 'Admin', slug: 'admin' },
      permissions: permissionsOf('admin'),
      count: 15,
    });
    expect(preview.projects).toEqual([
      {
        project_id: 'p-default',
        project_name: 'Default',
        role: { id: role('operator').id, name: 'Operator', slug: 'operator' },
        permissions: permissionsOf('operator'),
        count: 29,
      },
      {
        project_id: 'p-c1',
        project_name: 'customer1',
        role: { id: role('viewer').id, name: 'Viewer', slug: 'viewer' },
        permissions: permissionsOf('viewer'),
        count: 9,
      },
      {
        project_id: 'p-staging',
        project_name: 'staging',
        role: { id: role('operator').id, name: 'Operator', slug: 'operator' },
        permissions: permissionsOf('operator'),
        count: 29,
      },
    ]);
    expect(preview.lines).toEqual([
      'Account Permissions (Admin) - 15 permissions',
      'Project Permissions (Operator) - 29 permissions',
      'Projects: Default, staging',
      'Project Permissions (Viewer) - 9 permissions',
      'Projects: customer1',
    ]);
  });

  it('uses live role definitions, custom project roles included, found by their ids', () => {
    const custom: RoleDefinition = {
      id: 'b7e0a1c2-0000-4000-8000-00000000beef',
      name: 'Backup Runner',
      slug: 'backup-runner',
      scope: 'project',
      permissions: ['backup.create', 'backup.view', 'vm.view'],
    };
    const roles: RoleDefinition[] = [
      { ...role('admin'), id: LIVE.admin },
      { ...role('viewer'), id: LIVE.viewer },
      custom,
    ];
    const key = apiKey({
      project_accesses: [
        {
          project_id: 'p-c1',
          project_name: 'customer1',
          role_id: custom.id,
          role_name: custom.name,
          role_slug: custom.slug,
        },
        {
          project_id: 'p-default',
          project_name: 'Default',
          role_id: LIVE.viewer,
          role_name: 'Viewer',
          role_slug: 'viewer',
        },
      ],
    });
    const preview = previewApiKeyPermissions(key, { roles });
    expect(preview.account.role.id).toBe(LIVE.admin);
    expect(preview.projects.map((p) => [p.project_name, p.role.slug, p.count])).toEqual([
      ['customer1', 'backup-runner', 3],
      ['Default', 'viewer', 9],
    ]);
    expect(preview.lines).toEqual([
      'Account Permissions (Admin) - 15 permissions',
      'Project Permissions (Backup Runner) - 3 permissions',
      'Projects: customer1',
      'Project Permissions (Viewer) - 9 permissions',
      'Projects: Default',
    ]);
  });

  it('gives an Owner key full access and no project entries', () => {
    const preview = previewApiKeyPermissions(
      apiKey({
        role_id: 'f00d0000-0000-4000-8000-000000000001',
        role_name: 'Owner',
        role_slug: 'owner',
        project_accesses: [],
      }),
    );
    expect(preview.full_access).toBe(true);
    expect(preview.account.count).toBe(21);
    expect(preview.projects).toEqual([]);
    expect(preview.lines).toEqual([
      'Account Permissions (Owner) - 21 permissions',
      'Full access to every project, current and future (all 40 project permissions)',
    ]);
  });

  it('gives only the account side for a key without project grants', () => {
    const preview = previewApiKeyPermissions(
      apiKey({ role_slug: 'member', role_id: 'x', role_name: 'Member', project_accesses: [] }),
    );
    expect(preview.projects).toEqual([]);
    expect(preview.lines).toEqual(['Account Permissions (Member) - 3 permissions']);
  });

  it('names every role it does not know, account and project, in one error', () => {
    const error = failure(() =>
      previewApiKeyPermissions(
        apiKey({
          role_id: 'aaaaaaaa-0000-4000-8000-000000000000',
          role_slug: 'auditor',
          project_accesses: [
            {
              project_id: 'p-c1',
              project_name: 'customer1',
              role_id: 'cccccccc-0000-4000-8000-000000000000',
              role_name: 'Ops',
              role_slug: 'ops',
            },
            {
              project_id: 'p-default',
              project_name: 'Default',
              role_id: LIVE.viewer,
              role_name: 'Viewer',
              role_slug: 'viewer',
            },
          ],
        }),
      ),
    );
    expect(error.issues).toEqual([
      {
        path: ['role_id'],
        code: 'unknown_role',
        message:
          'role "aaaaaaaa-0000-4000-8000-000000000000" (slug "auditor") is not a known account-scope role; pass the live roles from raff.roles.list() in options.roles (known account-scope roles: owner, admin, billing, member)',
      },
      {
        path: ['project_accesses', 0, 'role_id'],
        code: 'unknown_role',
        message:
          'role "cccccccc-0000-4000-8000-000000000000" (slug "ops") is not a known project-scope role; pass the live roles from raff.roles.list() in options.roles (known project-scope roles: project-admin, operator, project-member, viewer)',
      },
    ]);
    expect(error.message).toContain('aaaaaaaa-0000-4000-8000-000000000000');
    expect(error.message).toContain('cccccccc-0000-4000-8000-000000000000');
  });

  it('reports a role of the wrong scope on the field that holds it', () => {
    const error = failure(() =>
      previewApiKeyPermissions(
        apiKey({
          project_accesses: [
            {
              project_id: 'p-c1',
              project_name: 'customer1',
              role_id: 'zz',
              role_name: 'Admin',
              role_slug: 'admin',
            },
          ],
        }),
      ),
    );
    expect(error.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['project_accesses.0.role_slug', 'wrong_scope'],
    ]);
  });

  it('reports a live role that grants a permission the snapshot does not know', () => {
    const roles: RoleDefinition[] = [
      { ...role('viewer'), id: LIVE.viewer, permissions: ['vm.view', 'vm.teleport'] },
    ];
    const error = failure(() => previewApiKeyPermissions(apiKey(), { roles }));
    expect(error.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['options.roles.0.permissions.1', 'unknown_permission'],
    ]);
  });

  it('reports a repeated project on the access it came from', () => {
    const [first] = apiKey().project_accesses ?? [];
    const error = failure(() =>
      previewApiKeyPermissions(
        apiKey({ project_accesses: first === undefined ? [] : [first, { ...first }] }),
      ),
    );
    expect(error.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['project_accesses.1.project_id', 'duplicate_project'],
    ]);
  });

  it('rejects what is not an API key, and malformed options, with the reason', () => {
    expect(failure(() => previewApiKeyPermissions(null as unknown as APIKey)).message).toBe(
      'Invalid API key for permission preview: must be an API key object, as raff.apiKeys.get() returns it (received null)',
    );
    expect(
      failure(() => previewApiKeyPermissions(apiKey({ project_accesses: 'all' as unknown as [] })))
        .message,
    ).toBe(
      'Invalid API key for permission preview: project_accesses: expected array, received string',
    );
    expect(
      failure(() => previewApiKeyPermissions(apiKey(), { roles: 5 as unknown as [] })).message,
    ).toBe(
      'Invalid API key for permission preview: options.roles: must be an array of role definitions (received number)',
    );
  });
});

describe('previewApiKeyPermissions with a key from the emulator', () => {
  it('previews a key that holds a different project role in each project', async () => {
    const emulator = await startEmulator();
    const raff = new RaffClient({
      apiKey: emulator.ownerKey,
      baseUrl: emulator.url,
      logLevel: 'off',
    });
    const { default: main, customer1 } = emulator.projects;
    const created = await call(emulator, 'POST', '/api/v1/api-keys', {
      key: emulator.ownerKey,
      body: { name: 'Two roles', role_id: systemRoleId('member') },
    });
    const id = created.body.data.id as string;
    for (const [project, slug] of [
      [main.id, 'operator'],
      [customer1.id, 'viewer'],
    ] as const) {
      const granted = await call(emulator, 'POST', `/api/v1/projects/${project}/members`, {
        key: emulator.ownerKey,
        body: { api_key_id: id, role_id: systemRoleId(slug) },
      });
      expect(granted.status).toBe(201);
    }

    const key = await raff.apiKeys.get(id);
    const { data: roles } = await raff.roles.list();
    const preview = previewApiKeyPermissions(key, { roles });
    expect(preview.account.role.slug).toBe('member');
    expect(
      preview.projects.map((p) => [p.project_id, p.project_name, p.role.slug, p.count]),
    ).toEqual([
      [main.id, 'Default', 'operator', 29],
      [customer1.id, 'customer1', 'viewer', 9],
    ]);
  });
});
