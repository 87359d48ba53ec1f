import { describe, expect, it } from 'vitest';
import {
  hasPermission,
  missingPermissions,
  PERMISSION_CATALOG,
  type PermissionName,
  previewApiKeyPermissions,
  previewPermissions,
  type RoleDefinition,
} from '../../src/offline/index.js';
import { RaffValidationError } from '../../src/shared/errors.js';

const DEFAULT_ID = '5f0c6a2e-8d1b-4c3a-9e7f-000000000001';
const CUSTOMER1_ID = '5f0c6a2e-8d1b-4c3a-9e7f-000000000002';
const STAGING_ID = '5f0c6a2e-8d1b-4c3a-9e7f-000000000003';

const PROJECT_IDS = {
  Default: DEFAULT_ID,
  customer1: CUSTOMER1_ID,
  staging: STAGING_ID,
  'any project': undefined,
};

const consoleRole: RoleDefinition = {
  id: '9b1d7c4e-2f3a-4b5c-8d6e-7f8091a2b3c4',
  name: 'Console Access',
  slug: 'console-access',
  scope: 'project',
  permissions: ['vm.view', 'vm.console'],
  is_system: false,
};

const ops = previewPermissions({
  role: 'admin',
  projects: [DEFAULT_ID, CUSTOMER1_ID],
  project_role: 'operator',
});
const owner = previewPermissions({ role: 'owner' });
const billing = previewPermissions({ role: 'billing' });
const basic = previewPermissions({
  role: 'member',
  projects: [CUSTOMER1_ID],
  project_role: 'project-member',
});
const withConsole = previewPermissions(
  { role: 'member', projects: [CUSTOMER1_ID], project_role: 'console-access' },
  { roles: [consoleRole] },
);

function catchValidationError(fn: () => unknown): RaffValidationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof RaffValidationError) return error;
    throw error;
  }
  throw new Error('expected a RaffValidationError');
}

describe('hasPermission', () => {
  it.each([
    ['Admin + Operator', 'account.members.invite', 'any project', true, ops],
    ['Admin + Operator', 'account.billing.view', 'any project', false, ops],
    ['Admin + Operator', 'account.apikeys.create', 'customer1', true, ops],
    ['Admin + Operator', 'vm.power', 'customer1', true, ops],
    ['Admin + Operator', 'vm.console', 'customer1', true, ops],
    ['Admin + Operator', 'vm.delete', 'customer1', false, ops],
    ['Admin + Operator', 'vm.power', 'staging', false, ops],
    ['Admin + Operator', 'vm.view', 'any project', true, ops],
    ['Admin + Operator', 'ip.release', 'any project', false, ops],
    ['Owner', 'account.billing.manage', 'any project', true, owner],
    ['Owner', 'vm.delete', 'staging', true, owner],
    ['Owner', 'ip.release', 'any project', true, owner],
    ['Billing', 'account.billing.view', 'any project', true, billing],
    ['Billing', 'vm.view', 'any project', false, billing],
    ['Billing', 'vm.view', 'Default', false, billing],
    ['Member + Project Member', 'vm.console', 'customer1', false, basic],
    ['Member + Console Access', 'vm.console', 'customer1', true, withConsole],
    ['Member + Console Access', 'vm.console', 'Default', false, withConsole],
    ['Member + Console Access', 'vm.power', 'customer1', false, withConsole],
  ] as const)('for %s, %s on %s is %s', (_label, permission, where, expected, preview) => {
    expect(hasPermission(preview, permission, PROJECT_IDS[where])).toBe(expected);
  });

  it('agrees with the preview for every catalog permission on a reached project', () => {
    for (const { name, scope } of PERMISSION_CATALOG) {
      const side = scope === 'account' ? ops.account : ops.project;
      expect(hasPermission(ops, name, DEFAULT_ID)).toBe(side?.permissions.includes(name));
    }
  });

  it('throws for a permission name that is not in the catalog', () => {
    // A name that is not a literal reaches the run-time check; a misspelt literal does not compile.
    const name = 'vm.consol' as PermissionName;
    const error = catchValidationError(() => hasPermission(ops, name, CUSTOMER1_ID));
    expect(error.issues.map((issue) => issue.path)).toEqual([['permission']]);
    expect(error.message).toMatchInlineSnapshot(
      `"Invalid hasPermission input: permission: is not a permission in the catalog snapshot of 2026-05-08; check the spelling (names look like vm.console or account.apikeys.create)"`,
    );
  });

  it('throws for a project id that is not a non-empty string', () => {
    const error = catchValidationError(() => hasPermission(ops, 'vm.view', ''));
    expect(error.issues.map((issue) => issue.path)).toEqual([['projectId']]);
  });
});

describe('missingPermissions', () => {
  it('lists what a key lacks, sorted and without repeats', () => {
    const required: PermissionName[] = [
      'vm.view',
      'vm.delete',
      'account.billing.view',
      'vm.delete',
      'ip.release',
    ];
    expect(missingPermissions(ops, required, CUSTOMER1_ID)).toEqual([
      'account.billing.view',
      'ip.release',
      'vm.delete',
    ]);
  });

  it('returns nothing when the key holds everything', () => {
    expect(missingPermissions(owner, ['vm.delete', 'account.audit.view'], STAGING_ID)).toEqual([]);
  });

  it('lists every project permission for a project the key does not reach', () => {
    expect(missingPermissions(ops, ['vm.view', 'account.roles.view'], STAGING_ID)).toEqual([
      'vm.view',
    ]);
  });

  it('throws for every unknown name at once', () => {
    const names = ['vm.view', 'vm.teleport', 'account.apikey.create'] as PermissionName[];
    const error = catchValidationError(() => missingPermissions(ops, names));
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ['required', 1],
      ['required', 2],
    ]);
    expect(error.message).toMatchInlineSnapshot(
      `"Invalid missingPermissions input: required.1: is not a permission in the catalog snapshot of 2026-05-08; check the spelling (names look like vm.console or account.apikeys.create); required.2: is not a permission in the catalog snapshot of 2026-05-08; check the spelling (names look like vm.console or account.apikeys.create)"`,
    );
  });

  it('throws when required is not an array', () => {
    const error = catchValidationError(() =>
      missingPermissions(ops, 'vm.view' as unknown as PermissionName[]),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([['required']]);
  });
});

describe('hasPermission and missingPermissions on an existing key (previewApiKeyPermissions)', () => {
  // Member on the account; Operator on Default, Viewer on customer1; nothing on staging.
  const key = previewApiKeyPermissions({
    role_slug: 'member',
    project_accesses: [
      {
        project_id: DEFAULT_ID,
        project_name: 'Default',
        role_id: 'x',
        role_name: 'Operator',
        role_slug: 'operator',
      },
      {
        project_id: CUSTOMER1_ID,
        project_name: 'customer1',
        role_id: 'y',
        role_name: 'Viewer',
        role_slug: 'viewer',
      },
    ],
  });
  const ownerKey = previewApiKeyPermissions({ role_slug: 'owner' });

  it.each([
    ['account.projects.view', undefined, true],
    ['account.apikeys.create', undefined, false],
    ['vm.create', DEFAULT_ID, true],
    ['vm.create', CUSTOMER1_ID, false],
    ['vm.view', CUSTOMER1_ID, true],
    ['vm.view', STAGING_ID, false],
    ['vm.create', undefined, true],
    ['backup.delete', undefined, false],
  ] as const)(
    '%s on %s is %s, with the role the key holds in that project',
    (name, projectId, expected) => {
      expect(hasPermission(key, name, projectId)).toBe(expected);
    },
  );

  it('lists what the key lacks in one project', () => {
    expect(
      missingPermissions(
        key,
        ['vm.view', 'vm.power', 'vm.delete', 'account.members.view'],
        CUSTOMER1_ID,
      ),
    ).toEqual(['vm.delete', 'vm.power']);
    expect(missingPermissions(key, ['backup.create'], DEFAULT_ID)).toEqual([]);
  });

  it('gives an Owner key every permission on every project', () => {
    expect(hasPermission(ownerKey, 'ip.release', STAGING_ID)).toBe(true);
    expect(
      missingPermissions(ownerKey, ['account.billing.manage', 'vm.delete'], STAGING_ID),
    ).toEqual([]);
  });

  it('still refuses something that is neither kind of preview', () => {
    const error = catchValidationError(() =>
      hasPermission({ account: { permissions: [] }, projects: [{}] } as never, 'vm.view'),
    );
    expect(error.message).toContain(
      'must be a result of previewPermissions() or previewApiKeyPermissions()',
    );
  });
});
