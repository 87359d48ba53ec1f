import { describe, expect, it } from 'vitest';
import {
  type PermissionPreviewInput,
  type PermissionPreviewOptions,
  previewPermissions,
  type RoleDefinition,
} from '../../src/offline/index.js';
import { RaffValidationError } from '../../src/shared/errors.js';

const DEFAULT_ID = '5f0c6a2e-8d1b-4c3a-9e7f-000000000001';
const CUSTOMER1_ID = '5f0c6a2e-8d1b-4c3a-9e7f-000000000002';
const KEY = 'raff_17d70fcf7e7510968a4c19279b25707f088f1cc5ad8b74210341d8e470b5bb7a';

const custom = (slug: string, scope: 'account' | 'project', permissions: string[]) =>
  ({ id: `id-${slug}`, name: slug, slug, scope, permissions }) satisfies RoleDefinition;

/** Runs a preview that must fail; returns its message and issue paths. */
function reject(input: unknown, options?: unknown): { message: string; paths: unknown[] } {
  try {
    previewPermissions(input as PermissionPreviewInput, options as PermissionPreviewOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(RaffValidationError);
    const { message, issues } = error as RaffValidationError;
    for (const issue of issues) expect(issue.message.length).toBeGreaterThan(0);
    return { message, paths: issues.map((issue) => issue.path) };
  }
  throw new Error('expected previewPermissions to throw');
}

describe('previewPermissions rejects', () => {
  it('an owner key with projects', () => {
    const { message, paths } = reject({ role: 'owner', projects: [DEFAULT_ID] });
    expect(paths).toEqual([['projects']]);
    expect(message).toMatchInlineSnapshot(
      `"Invalid permission preview input: projects: must be left out: owner already covers every project, current and future"`,
    );
  });

  it('an owner key with a project role', () => {
    const { message, paths } = reject({ role: 'owner', project_role: 'viewer' });
    expect(paths).toEqual([['project_role']]);
    expect(message).toMatchInlineSnapshot(
      `"Invalid permission preview input: project_role: must be left out: owner already covers every project, current and future"`,
    );
  });

  it('projects without a project role', () => {
    const { message, paths } = reject({ role: 'admin', projects: [DEFAULT_ID, CUSTOMER1_ID] });
    expect(paths).toEqual([['project_role']]);
    expect(message).toMatchInlineSnapshot(
      `"Invalid permission preview input: project_role: is required with projects: one project-scope role applied to all of them, one of: project-admin, operator, project-member, viewer"`,
    );
  });

  it('a project role without projects', () => {
    const { message, paths } = reject({ role: 'admin', project_role: 'operator' });
    expect(paths).toEqual([['projects']]);
    expect(message).toMatchInlineSnapshot(
      `"Invalid permission preview input: projects: must list at least one project id for project_role to apply to"`,
    );
  });

  it('a project role with an empty list of projects', () => {
    const { message, paths } = reject({ role: 'admin', projects: [], project_role: 'operator' });
    expect(paths).toEqual([['projects']]);
    expect(message).toMatchInlineSnapshot(
      `"Invalid permission preview input: projects: must list at least one project id for project_role to apply to"`,
    );
  });

  it('an account-scope role used as the project role', () => {
    const input = { role: 'member', projects: [DEFAULT_ID], project_role: 'admin' };
    const { message, paths } = reject(input);
    expect(paths).toEqual([['project_role']]);
    expect(message).toMatchInlineSnapshot(
      `"Invalid permission preview input: project_role: takes a project-scope role, but admin is account-scoped and goes in role; choose one of: project-admin, operator, project-member, viewer"`,
    );
  });

  it('a project-scope role used as the account role', () => {
    const { message, paths } = reject({ role: 'operator' });
    expect(paths).toEqual([['role']]);
    expect(message).toMatchInlineSnapshot(
      `"Invalid permission preview input: role: takes an account-scope role, but operator is project-scoped and goes in project_role, with projects; choose one of: owner, admin, billing, member"`,
    );
  });

  it('an unknown account role, listing the account roles only', () => {
    const { message, paths } = reject({ role: 'admn' });
    expect(paths).toEqual([['role']]);
    expect(message).toMatchInlineSnapshot(
      `"Invalid permission preview input: role: is not the id or slug of a known account-scope role (pass live roles in options.roles to use custom ones); choose one of: owner, admin, billing, member"`,
    );
  });

  it('an unknown project role, listing the project roles including custom ones', () => {
    const input = { role: 'member', projects: [DEFAULT_ID], project_role: 'operater' };
    const options = { roles: [custom('ci-deployer', 'project', ['vm.view'])] };
    const { message, paths } = reject(input, options);
    expect(paths).toEqual([['project_role']]);
    expect(message).toMatchInlineSnapshot(
      `"Invalid permission preview input: project_role: is not the id or slug of a known project-scope role; choose one of: project-admin, operator, project-member, viewer, ci-deployer"`,
    );
  });

  it('an unknown role among many custom roles, listing no more than twelve', () => {
    const roles = Array.from({ length: 20 }, (_, i) => custom(`team-${i}`, 'account', []));
    const { message } = reject({ role: 'nobody' }, { roles });
    expect(message).toMatchInlineSnapshot(
      `"Invalid permission preview input: role: is not the id or slug of a known account-scope role; choose one of: owner, admin, billing, member, team-0, team-1, team-2, team-3, team-4, team-5, team-6, team-7 and 12 more"`,
    );
  });

  it('an unknown role without echoing what was passed', () => {
    const { message } = reject({ role: KEY });
    expect(message).not.toContain(KEY.slice(5, 20));
  });

  it('a live role that grants a permission the catalog does not know', () => {
    const role = custom('ci', 'project', ['vm.view', 'vm.teleport']);
    const input = { role: 'member', projects: [DEFAULT_ID], project_role: 'ci' };
    const { message, paths } = reject(input, { roles: [role] });
    expect(paths).toEqual([['options', 'roles', 0, 'permissions', 1]]);
    expect(message).toMatchInlineSnapshot(
      `"Invalid permission preview input: options.roles.0.permissions.1: is not in the permission catalog snapshot of 2026-05-08"`,
    );
  });

  it('a live role that grants a permission of the other scope', () => {
    const role = custom('auditor', 'account', ['account.audit.view', 'vm.view']);
    const { message, paths } = reject({ role: 'auditor' }, { roles: [role] });
    expect(paths).toEqual([['options', 'roles', 0, 'permissions', 1]]);
    expect(message).toMatchInlineSnapshot(
      `"Invalid permission preview input: options.roles.0.permissions.1: is a project permission, but the role is account-scoped"`,
    );
  });

  it('a repeated project id', () => {
    const input = { role: 'admin', projects: [DEFAULT_ID, CUSTOMER1_ID, DEFAULT_ID] };
    const { message, paths } = reject({ ...input, project_role: 'viewer' });
    expect(paths).toEqual([['projects', 2]]);
    expect(message).toMatchInlineSnapshot(
      `"Invalid permission preview input: projects.2: repeats projects.0; list each project once"`,
    );
  });

  it('an empty project id', () => {
    const { message, paths } = reject({
      role: 'admin',
      projects: [DEFAULT_ID, ''],
      project_role: 'viewer',
    });
    expect(paths).toEqual([['projects', 1]]);
    expect(message).toMatchInlineSnapshot(
      `"Invalid permission preview input: projects.1: must not be empty"`,
    );
  });

  it('input that is not an object', () => {
    const { message, paths } = reject(null);
    expect(paths).toEqual([[]]);
    expect(message).toMatchInlineSnapshot(
      `"Invalid permission preview input: must be an object with role, projects and project_role (received null)"`,
    );
  });

  it('fields of the wrong type', () => {
    const { message, paths } = reject({ role: 7, projects: DEFAULT_ID, project_role: ['viewer'] });
    expect(paths).toEqual([['role'], ['projects'], ['project_role']]);
    expect(message).toMatchInlineSnapshot(
      `"Invalid permission preview input: role: must be a role id or slug (received number); projects: must be an array of project ids (received string); project_role: must be a role id or slug (received array)"`,
    );
  });

  it('an empty role', () => {
    const { message, paths } = reject({ role: '' });
    expect(paths).toEqual([['role']]);
    expect(message).toMatchInlineSnapshot(
      `"Invalid permission preview input: role: must not be empty"`,
    );
  });

  it('a misspelt field', () => {
    const { message, paths } = reject({ role: 'admin', projectRole: 'viewer' });
    expect(paths).toEqual([[]]);
    expect(message).toMatchInlineSnapshot(
      `"Invalid permission preview input: has unknown field(s) projectRole; expected role, projects and project_role"`,
    );
  });

  it('malformed options', () => {
    const { message, paths } = reject(
      { role: 'admin' },
      { roles: [{ id: 'x', name: 'X', scope: 'galaxy', permissions: 'vm.view' }], names: {} },
    );
    expect(paths).toEqual([
      ['options', 'roles', 0, 'slug'],
      ['options', 'roles', 0, 'scope'],
      ['options', 'roles', 0, 'permissions'],
      ['options'],
    ]);
    expect(message).toMatchInlineSnapshot(
      `"Invalid permission preview input: options.roles.0.slug: must be a role slug (missing); options.roles.0.scope: must be account or project; options.roles.0.permissions: must be an array of permission names (received string); options: has unknown field(s) names; expected roles and projectNames"`,
    );
  });

  it('every problem at once', () => {
    const { message, paths } = reject({ role: 'operator', projects: [DEFAULT_ID, DEFAULT_ID] });
    expect(paths).toEqual([['projects', 1], ['role'], ['project_role']]);
    expect(message).toMatchInlineSnapshot(
      `"Invalid permission preview input: projects.1: repeats projects.0; list each project once; role: takes an account-scope role, but operator is project-scoped and goes in project_role, with projects; choose one of: owner, admin, billing, member; project_role: is required with projects: one project-scope role applied to all of them, one of: project-admin, operator, project-member, viewer"`,
    );
  });
});
