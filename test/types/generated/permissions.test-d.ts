/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import { describe, expectTypeOf, it } from 'vitest';
import type { Result } from '../../../src/core/operation-types.js';
import type { Page } from '../../../src/core/pagination.js';
import type { RaffClient, Permission } from '../../../src/index.js';

describe('permissions: what each method resolves with', () => {
  it('permissions.list resolves with Page<Permission>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['permissions']['list']>>>().toEqualTypeOf<Page<Permission>>();
    expectTypeOf<Page<Permission>>().toEqualTypeOf<Result<'permissions.list'>>();
  });
});
