// requiredPermission: what each SDK method needs, offline, from the operation table.
import { describe, expect, it } from 'vitest';
import { PERMISSION_CATALOG, RaffValidationError, requiredPermission } from '../../src/index.js';
import { MODEL } from '../support/operation-calls.js';

describe('requiredPermission', () => {
  it.each([
    ['vms.create', { permission: 'vm.create', scope: 'project', project: 'header' }],
    ['vms.get', { permission: 'vm.view', scope: 'project', project: 'resource' }],
    [
      'projects.members.add',
      { permission: 'project.members.invite', scope: 'project', project: 'path' },
    ],
    ['apiKeys.delete', { permission: 'account.apikeys.revoke', scope: 'account', project: null }],
    ['backups.deleteChain', { permission: 'backup.delete', scope: 'project', project: 'header' }],
    // Raff documents no permission for the new areas: the project is still checked.
    ['databases.create', { permission: null, scope: 'project', project: 'header' }],
    ['databases.users.rotate', { permission: null, scope: 'project', project: 'resource' }],
    ['kubernetes.clusters.get', { permission: null, scope: 'project', project: 'header' }],
  ] as const)('%s needs %o', (method, expected) => {
    expect(requiredPermission(method)).toEqual(expected);
  });

  it.each([
    'permissions.list',
    'sshKeys.create',
    'apps.spendSettings',
    'regions.list',
    'pricing.databases',
    'health.check',
  ] as const)('%s needs no permission (any valid key, or none at all)', (method) => {
    expect(requiredPermission(method)).toBeNull();
  });

  it('names a catalog permission for every operation that has one, and the model’s', () => {
    const catalog = new Set(PERMISSION_CATALOG.map((p) => p.name));
    for (const op of MODEL.operations as unknown as { sdk: string; permission: string | null }[]) {
      const needs = requiredPermission(op.sdk as never);
      expect(needs?.permission ?? null, op.sdk).toBe(op.permission);
      if (needs?.permission) expect(catalog.has(needs.permission), op.sdk).toBe(true);
    }
  });

  it('refuses a name that is not an SDK method, suggesting the closest', () => {
    // @ts-expect-error 'vms.craete' is not an SDK method
    expect(() => requiredPermission('vms.craete')).toThrow(RaffValidationError);
    // @ts-expect-error as above
    expect(() => requiredPermission('vms.craete')).toThrow('did you mean "vms.create"?');
    // @ts-expect-error nor is an inherited property name
    expect(() => requiredPermission('constructor')).toThrow(RaffValidationError);
  });
});
