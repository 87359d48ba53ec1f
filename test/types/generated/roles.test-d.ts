/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import { describe, expectTypeOf, it } from 'vitest';
import type { Result } from '../../../src/core/operation-types.js';
import type { LoosePage } from '../../../src/core/pagination.js';
import type { RaffClient, Role } from '../../../src/index.js';

describe('roles: what each method resolves with', () => {
  it('roles.list resolves with LoosePage<Role>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['roles']['list']>>>().toEqualTypeOf<LoosePage<Role>>();
    expectTypeOf<LoosePage<Role>>().toEqualTypeOf<Result<'roles.list'>>();
  });

  it('roles.create resolves with Role', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['roles']['create']>>>().toEqualTypeOf<Role>();
    expectTypeOf<Role>().toEqualTypeOf<Result<'roles.create'>>();
  });

  it('roles.get resolves with Role', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['roles']['get']>>>().toEqualTypeOf<Role>();
    expectTypeOf<Role>().toEqualTypeOf<Result<'roles.get'>>();
  });

  it('roles.delete resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['roles']['delete']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'roles.delete'>>();
  });

  it('roles.update resolves with Role', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['roles']['update']>>>().toEqualTypeOf<Role>();
    expectTypeOf<Role>().toEqualTypeOf<Result<'roles.update'>>();
  });
});
