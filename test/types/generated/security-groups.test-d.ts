/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import { describe, expectTypeOf, it } from 'vitest';
import type { Result } from '../../../src/core/operation-types.js';
import type { Page } from '../../../src/core/pagination.js';
import type { RaffClient, SecurityGroup, SecurityGroupTemplate } from '../../../src/index.js';

describe('securityGroups: what each method resolves with', () => {
  it('securityGroups.list resolves with Page<SecurityGroup>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['securityGroups']['list']>>>().toEqualTypeOf<Page<SecurityGroup>>();
    expectTypeOf<Page<SecurityGroup>>().toEqualTypeOf<Result<'securityGroups.list'>>();
  });

  it('securityGroups.create resolves with SecurityGroup', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['securityGroups']['create']>>>().toEqualTypeOf<SecurityGroup>();
    expectTypeOf<SecurityGroup>().toEqualTypeOf<Result<'securityGroups.create'>>();
  });

  it('securityGroups.templates resolves with SecurityGroupTemplate[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['securityGroups']['templates']>>>().toEqualTypeOf<SecurityGroupTemplate[]>();
    expectTypeOf<SecurityGroupTemplate[]>().toEqualTypeOf<Result<'securityGroups.templates'>>();
  });

  it('securityGroups.get resolves with SecurityGroup', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['securityGroups']['get']>>>().toEqualTypeOf<SecurityGroup>();
    expectTypeOf<SecurityGroup>().toEqualTypeOf<Result<'securityGroups.get'>>();
  });

  it('securityGroups.update resolves with SecurityGroup', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['securityGroups']['update']>>>().toEqualTypeOf<SecurityGroup>();
    expectTypeOf<SecurityGroup>().toEqualTypeOf<Result<'securityGroups.update'>>();
  });

  it('securityGroups.delete resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['securityGroups']['delete']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'securityGroups.delete'>>();
  });
});
