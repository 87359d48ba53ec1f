/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import { describe, expectTypeOf, it } from 'vitest';
import type { Result } from '../../../src/core/operation-types.js';
import type { Page } from '../../../src/core/pagination.js';
import type { RaffClient, Member } from '../../../src/index.js';

describe('members: what each method resolves with', () => {
  it('members.list resolves with Page<Member>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['members']['list']>>>().toEqualTypeOf<Page<Member>>();
    expectTypeOf<Page<Member>>().toEqualTypeOf<Result<'members.list'>>();
  });

  it('members.add resolves with Member', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['members']['add']>>>().toEqualTypeOf<Member>();
    expectTypeOf<Member>().toEqualTypeOf<Result<'members.add'>>();
  });

  it('members.get resolves with Member', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['members']['get']>>>().toEqualTypeOf<Member>();
    expectTypeOf<Member>().toEqualTypeOf<Result<'members.get'>>();
  });

  it('members.remove resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['members']['remove']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'members.remove'>>();
  });

  it('members.update resolves with Member', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['members']['update']>>>().toEqualTypeOf<Member>();
    expectTypeOf<Member>().toEqualTypeOf<Result<'members.update'>>();
  });
});
