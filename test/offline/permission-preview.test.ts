import { describe, expect, it } from 'vitest';
import {
  PERMISSION_CATALOG,
  type PermissionPreviewInput,
  type PermissionPreviewOptions,
  previewPermissions,
  type RoleDefinition,
  SYSTEM_ROLES,
} from '../../src/offline/index.js';

const DEFAULT_ID = '5f0c6a2e-8d1b-4c3a-9e7f-000000000001';
const CUSTOMER1_ID = '5f0c6a2e-8d1b-4c3a-9e7f-000000000002';
const projectNames = { [DEFAULT_ID]: 'Default', [CUSTOMER1_ID]: 'customer1' };

const consoleRole: RoleDefinition = {
  id: '9b1d7c4e-2f3a-4b5c-8d6e-7f8091a2b3c4',
  name: 'Console Access',
  slug: 'console-access',
  scope: 'project',
  permissions: ['vm.view', 'vm.console'],
  is_system: false,
};

const projectPermissions = PERMISSION_CATALOG.filter((p) => p.scope === 'project').map(
  (p) => p.name,
);

function preview(input: PermissionPreviewInput, options?: PermissionPreviewOptions) {
  return previewPermissions(input, options);
}

describe('previewPermissions', () => {
  it('reproduces the dialog for an Owner key line for line', () => {
    const result = preview({ role: 'owner' });
    expect(result.lines).toEqual([
      'Account Permissions (Owner) - 21 permissions',
      'Full access to every project, current and future (all 40 project permissions)',
    ]);
    expect(result.full_access).toBe(true);
    expect(result.account.count).toBe(21);
    expect(result.project).toEqual({
      role: { id: '00000000-0000-4000-8000-000000000001', name: 'Owner', slug: 'owner' },
      permissions: [...projectPermissions].sort(),
      count: 40,
      projects: 'all',
    });
  });

  it('reproduces the dialog for Admin with Operator on Default and customer1 line for line', () => {
    const result = preview(
      { role: 'admin', projects: [DEFAULT_ID, CUSTOMER1_ID], project_role: 'operator' },
      { projectNames },
    );
    expect(result.lines).toEqual([
      'Account Permissions (Admin) - 15 permissions',
      'Project Permissions (Operator) - 29 permissions',
      'Projects: Default, customer1',
    ]);
    expect(result.full_access).toBe(false);
    expect(result.account).toMatchObject({ role: { slug: 'admin', name: 'Admin' }, count: 15 });
    expect(result.project).toMatchObject({
      role: { slug: 'operator', name: 'Operator' },
      count: 29,
      projects: [DEFAULT_ID, CUSTOMER1_ID],
    });
  });

  it('names projects by id when no project names are given', () => {
    const result = preview({ role: 'member', projects: [CUSTOMER1_ID], project_role: 'viewer' });
    expect(result.lines).toEqual([
      'Account Permissions (Member) - 3 permissions',
      'Project Permissions (Viewer) - 9 permissions',
      `Projects: ${CUSTOMER1_ID}`,
    ]);
  });

  it.each([
    ['admin', 15],
    ['billing', 2],
    ['member', 3],
  ])('previews %s alone with its %i account permissions and no project side', (role, count) => {
    const result = preview({ role, projects: [] });
    expect(result.account.count).toBe(count);
    expect(result.account.permissions).toHaveLength(count);
    expect(result.project).toBeNull();
    expect(result.lines).toHaveLength(1);
  });

  it.each([
    ['project-admin', 40],
    ['operator', 29],
    ['project-member', 11],
    ['viewer', 9],
  ])('previews the %s project role with its %i permissions', (projectRole, count) => {
    const result = preview({ role: 'member', projects: [DEFAULT_ID], project_role: projectRole });
    expect(result.project?.count).toBe(count);
    expect(result.project?.permissions).toEqual(
      SYSTEM_ROLES.find((role) => role.slug === projectRole)?.permissions,
    );
  });

  it('resolves roles by id as well as by slug', () => {
    const byId = preview({
      role: '00000000-0000-4000-8000-000000000002',
      projects: [DEFAULT_ID],
      project_role: '00000000-0000-4000-8000-000000000006',
    });
    expect(byId.lines.slice(0, 2)).toEqual([
      'Account Permissions (Admin) - 15 permissions',
      'Project Permissions (Operator) - 29 permissions',
    ]);
  });

  it('previews a custom project role from live definitions', () => {
    const result = preview(
      { role: 'member', projects: [CUSTOMER1_ID], project_role: 'console-access' },
      { roles: [consoleRole], projectNames },
    );
    expect(result.lines).toEqual([
      'Account Permissions (Member) - 3 permissions',
      'Project Permissions (Console Access) - 2 permissions',
      'Projects: customer1',
    ]);
    expect(result.project?.permissions).toEqual(['vm.console', 'vm.view']);
    expect(result.project?.role).toEqual({
      id: consoleRole.id,
      name: 'Console Access',
      slug: 'console-access',
    });
  });

  it('lets a live role replace the snapshot role with the same slug', () => {
    const snapshotOperator = SYSTEM_ROLES.find((role) => role.slug === 'operator');
    if (snapshotOperator === undefined) throw new Error('no operator in the snapshot');
    const liveOperator: RoleDefinition = {
      ...snapshotOperator,
      id: 'c0ffee00-0000-4000-8000-000000000006',
      permissions: [...snapshotOperator.permissions, 'vm.delete'],
    };
    const bySlug = preview(
      { role: 'admin', projects: [DEFAULT_ID], project_role: 'operator' },
      { roles: [liveOperator] },
    );
    expect(bySlug.project?.role.id).toBe(liveOperator.id);
    expect(bySlug.project?.count).toBe(30);
    const bySnapshotId = preview(
      { role: 'admin', projects: [DEFAULT_ID], project_role: snapshotOperator.id },
      { roles: [liveOperator] },
    );
    expect(bySnapshotId.project?.count).toBe(30);
  });

  it('writes a single permission in the singular', () => {
    const single: RoleDefinition = { ...consoleRole, permissions: ['vm.view'] };
    const result = preview(
      { role: 'billing', projects: [DEFAULT_ID], project_role: single.id },
      { roles: [single] },
    );
    expect(result.lines[1]).toBe('Project Permissions (Console Access) - 1 permission');
  });

  it('accepts a role as the API returns it, extra fields included', () => {
    const apiRole = {
      ...consoleRole,
      account_id: 'a1b2c3d4-0000-4000-8000-000000000000',
      created_at: '2026-05-05T10:00:00Z',
    };
    const result = preview(
      { role: 'member', projects: [DEFAULT_ID], project_role: apiRole.slug },
      { roles: [apiRole] },
    );
    expect(result.project?.count).toBe(2);
  });

  it('uses only the project names it was given, never inherited properties', () => {
    const result = preview(
      { role: 'member', projects: ['constructor', DEFAULT_ID], project_role: 'viewer' },
      { projectNames },
    );
    expect(result.lines[2]).toBe('Projects: constructor, Default');
  });

  it('returns arrays the caller owns', () => {
    const result = preview({ role: 'admin' });
    result.account.permissions.pop();
    expect(preview({ role: 'admin' }).account.count).toBe(15);
    expect(SYSTEM_ROLES[1]?.permissions).toHaveLength(15);
  });
});
