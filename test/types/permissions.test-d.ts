// Permission names are checked by the compiler: a misspelt literal does not compile.
import { describe, expectTypeOf, it } from 'vitest';
import {
  type APIKey,
  type ApiKeyPermissionPreview,
  type CanResult,
  hasPermission,
  missingPermissions,
  type PermissionName,
  type PermissionPreview,
  type RaffClient,
} from '../../src/index.js';

declare const preview: PermissionPreview;
declare const keyPreview: ApiKeyPermissionPreview;
declare const raff: RaffClient;

describe('permission names are typed', () => {
  it('rejects a misspelt permission in hasPermission and missingPermissions', () => {
    // @ts-expect-error 'vm.veiw' is not a PermissionName
    hasPermission(preview, 'vm.veiw');
    // @ts-expect-error 'account.apikey.create' is not a PermissionName (apikeys)
    missingPermissions(keyPreview, ['vm.view', 'account.apikey.create']);
    // @ts-expect-error a string that is not known to be a permission name
    hasPermission(preview, String('vm.view'));
  });

  it('takes both kinds of preview and answers with permission names', () => {
    expectTypeOf(hasPermission(keyPreview, 'vm.view', 'p1')).toEqualTypeOf<boolean>();
    expectTypeOf(missingPermissions(preview, ['vm.view'])).toEqualTypeOf<PermissionName[]>();
  });

  it('types can() by SDK method and its answer', () => {
    expectTypeOf(raff.can('vms.create', { projectId: 'p1' })).resolves.toEqualTypeOf<CanResult>();
    expectTypeOf<CanResult['permission']>().toEqualTypeOf<PermissionName | null>();
    // @ts-expect-error not an SDK method
    raff.can('vms.nope');
    expectTypeOf(raff.apiKeys.current()).resolves.toEqualTypeOf<APIKey>();
  });
});
