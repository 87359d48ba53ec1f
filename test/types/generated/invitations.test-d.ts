/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import { describe, expectTypeOf, it } from 'vitest';
import type { Result } from '../../../src/core/operation-types.js';
import type { RaffClient, Invitation } from '../../../src/index.js';

describe('invitations: what each method resolves with', () => {
  it('invitations.create resolves with Invitation', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['invitations']['create']>>>().toEqualTypeOf<Invitation>();
    expectTypeOf<Invitation>().toEqualTypeOf<Result<'invitations.create'>>();
  });

  it('invitations.cancel resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['invitations']['cancel']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'invitations.cancel'>>();
  });

  it('invitations.createForProject resolves with Invitation', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['invitations']['createForProject']>>>().toEqualTypeOf<Invitation>();
    expectTypeOf<Invitation>().toEqualTypeOf<Result<'invitations.createForProject'>>();
  });
});
