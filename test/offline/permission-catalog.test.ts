import { describe, expect, expectTypeOf, it } from 'vitest';
import type { components } from '../../generated/openapi.js';
import {
  CATALOG_SNAPSHOT_DATE,
  PERMISSION_CATALOG,
  type PermissionName,
  type RoleDefinition,
  SYSTEM_ROLES,
  type SystemRole,
} from '../../src/offline/index.js';

const ACCOUNT = [
  'account.projects.view',
  'account.projects.create',
  'account.projects.manage',
  'account.projects.delete',
  'account.members.view',
  'account.members.invite',
  'account.members.manage',
  'account.members.remove',
  'account.roles.view',
  'account.roles.create',
  'account.roles.manage',
  'account.roles.delete',
  'account.apikeys.view',
  'account.apikeys.create',
  'account.apikeys.manage',
  'account.apikeys.revoke',
  'account.billing.view',
  'account.billing.manage',
  'account.settings.view',
  'account.settings.manage',
  'account.audit.view',
];

const PROJECT = [
  'project.settings.view',
  'project.settings.manage',
  'project.members.view',
  'project.members.invite',
  'project.members.manage',
  'project.members.remove',
  'vm.view',
  'vm.create',
  'vm.delete',
  'vm.power',
  'vm.manage',
  'vm.console',
  ...['vpc', 'volume', 'snapshot', 'backup', 'security_group', 'bucket'].flatMap((resource) =>
    ['view', 'create', 'manage', 'delete'].map((action) => `${resource}.${action}`),
  ),
  'ip.view',
  'ip.reserve',
  'ip.manage',
  'ip.release',
];

const VIEWER = [
  'project.settings.view',
  'project.members.view',
  'vm.view',
  'vpc.view',
  'volume.view',
  'snapshot.view',
  'backup.view',
  'security_group.view',
  'ip.view',
];

const sorted = (names: readonly string[]): string[] => [...names].sort();
const without = (names: readonly string[], removed: readonly string[]): string[] =>
  names.filter((name) => !removed.includes(name));

// Every documented role, its fixed id, and its exact permission set.
const ROLES: [slug: string, n: number, name: string, scope: string, permissions: string[]][] = [
  ['owner', 1, 'Owner', 'account', ACCOUNT],
  [
    'admin',
    2,
    'Admin',
    'account',
    without(ACCOUNT, [
      'account.projects.delete',
      'account.members.remove',
      'account.roles.delete',
      'account.apikeys.revoke',
      'account.billing.view',
      'account.billing.manage',
    ]),
  ],
  ['billing', 3, 'Billing', 'account', ['account.billing.view', 'account.billing.manage']],
  [
    'member',
    4,
    'Member',
    'account',
    ['account.settings.view', 'account.members.view', 'account.projects.view'],
  ],
  ['project-admin', 5, 'Project Admin', 'project', PROJECT],
  [
    'operator',
    6,
    'Operator',
    'project',
    without(PROJECT, [
      'project.members.remove',
      'vm.delete',
      'vpc.delete',
      'volume.delete',
      'snapshot.delete',
      'backup.delete',
      'security_group.delete',
      'bucket.delete',
      'ip.release',
      'project.members.invite',
      'project.members.manage',
    ]),
  ],
  ['project-member', 7, 'Project Member', 'project', [...VIEWER, 'vm.power', 'bucket.view']],
  ['viewer', 8, 'Viewer', 'project', VIEWER],
];

describe('PERMISSION_CATALOG', () => {
  it('is the snapshot of 8 May 2026', () => {
    expect(CATALOG_SNAPSHOT_DATE).toBe('2026-05-08');
  });

  it('holds exactly the 21 account and 40 project permissions, once each', () => {
    expect(ACCOUNT).toHaveLength(21);
    expect(PROJECT).toHaveLength(40);
    expect(PERMISSION_CATALOG).toHaveLength(61);
    expect(sorted(PERMISSION_CATALOG.map((info) => info.name))).toEqual(
      sorted([...ACCOUNT, ...PROJECT]),
    );
  });

  it.each([
    ['account', ACCOUNT],
    ['project', PROJECT],
  ])('gives every %s permission that scope', (scope, names) => {
    const inScope = PERMISSION_CATALOG.filter((info) => info.scope === scope).map((i) => i.name);
    expect(sorted(inScope)).toEqual(sorted(names));
  });

  it.each([
    ['account.projects.delete', 'projects'],
    ['account.members.invite', 'members'],
    ['account.roles.manage', 'roles'],
    ['account.apikeys.revoke', 'apikeys'],
    ['account.billing.view', 'billing'],
    ['account.settings.manage', 'settings'],
    ['account.audit.view', 'audit'],
    ['project.settings.view', 'project_settings'],
    ['project.members.remove', 'project_members'],
    ['vm.console', 'vm'],
    ['vpc.create', 'vpc'],
    ['volume.manage', 'volume'],
    ['snapshot.delete', 'snapshot'],
    ['backup.view', 'backup'],
    ['security_group.manage', 'security_group'],
    ['bucket.create', 'bucket'],
    ['ip.reserve', 'ip'],
  ])('files %s under the %s category', (name, category) => {
    expect(PERMISSION_CATALOG.find((info) => info.name === name)?.category).toBe(category);
  });

  it('describes every permission in a short sentence of its own', () => {
    const descriptions = PERMISSION_CATALOG.map((info) => info.description);
    expect(new Set(descriptions).size).toBe(61);
    for (const description of descriptions) expect(description).toMatch(/^[A-Z][^\n]{8,80}$/);
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(PERMISSION_CATALOG)).toBe(true);
    for (const info of PERMISSION_CATALOG) expect(Object.isFrozen(info)).toBe(true);
    const mutable = PERMISSION_CATALOG as unknown as unknown[];
    expect(() => mutable.push({ name: 'vm.sneak' })).toThrow(TypeError);
  });

  it('types names as a union of the 61 literals', () => {
    expectTypeOf<'vm.console'>().toExtend<PermissionName>();
    expectTypeOf<'vm.consol'>().not.toExtend<PermissionName>();
  });
});

describe('SYSTEM_ROLES', () => {
  it('lists the Owner and the 7 System roles in a fixed order', () => {
    expect(SYSTEM_ROLES.map((role) => role.slug)).toEqual(ROLES.map(([slug]) => slug));
  });

  it.each(ROLES)(
    'defines %s with id …%i, its name, scope and exact permissions',
    (slug, n, name, scope, permissions) => {
      const role = SYSTEM_ROLES.find((candidate) => candidate.slug === slug);
      expect(role).toEqual({
        id: `00000000-0000-4000-8000-00000000000${n}`,
        name,
        slug,
        scope,
        description: expect.stringMatching(/^[A-Z]/),
        permissions: sorted(permissions),
        is_system: true,
      });
    },
  );

  it.each([
    ['owner', 21],
    ['admin', 15],
    ['billing', 2],
    ['member', 3],
    ['project-admin', 40],
    ['operator', 29],
    ['project-member', 11],
    ['viewer', 9],
  ])('gives %s the documented %i permissions', (slug, count) => {
    expect(SYSTEM_ROLES.find((role) => role.slug === slug)?.permissions).toHaveLength(count);
  });

  it('only grants permissions of the role’s own scope', () => {
    const scopeOf = new Map(PERMISSION_CATALOG.map((info) => [info.name, info.scope]));
    for (const role of SYSTEM_ROLES) {
      for (const name of role.permissions) expect(scopeOf.get(name)).toBe(role.scope);
    }
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(SYSTEM_ROLES)).toBe(true);
    for (const role of SYSTEM_ROLES) {
      expect(Object.isFrozen(role)).toBe(true);
      expect(Object.isFrozen(role.permissions)).toBe(true);
    }
  });

  it('accepts the API’s Role and the system roles as role definitions', () => {
    expectTypeOf<components['schemas']['Role']>().toExtend<RoleDefinition>();
    expectTypeOf<SystemRole>().toExtend<RoleDefinition>();
  });
});
