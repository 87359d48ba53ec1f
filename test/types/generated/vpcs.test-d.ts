/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import { describe, expectTypeOf, it } from 'vitest';
import type { Result } from '../../../src/core/operation-types.js';
import type { Page } from '../../../src/core/pagination.js';
import type { RaffClient, CIDRSuggestions, VPC, VPCDetail } from '../../../src/index.js';

describe('vpcs: what each method resolves with', () => {
  it('vpcs.list resolves with Page<VPC>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vpcs']['list']>>>().toEqualTypeOf<Page<VPC>>();
    expectTypeOf<Page<VPC>>().toEqualTypeOf<Result<'vpcs.list'>>();
  });

  it('vpcs.create resolves with VPC', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vpcs']['create']>>>().toEqualTypeOf<VPC>();
    expectTypeOf<VPC>().toEqualTypeOf<Result<'vpcs.create'>>();
  });

  it('vpcs.cidrSuggestions resolves with CIDRSuggestions', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vpcs']['cidrSuggestions']>>>().toEqualTypeOf<CIDRSuggestions>();
    expectTypeOf<CIDRSuggestions>().toEqualTypeOf<Result<'vpcs.cidrSuggestions'>>();
  });

  it('vpcs.get resolves with VPCDetail', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vpcs']['get']>>>().toEqualTypeOf<VPCDetail>();
    expectTypeOf<VPCDetail>().toEqualTypeOf<Result<'vpcs.get'>>();
  });

  it('vpcs.update resolves with VPC', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vpcs']['update']>>>().toEqualTypeOf<VPC>();
    expectTypeOf<VPC>().toEqualTypeOf<Result<'vpcs.update'>>();
  });

  it('vpcs.delete resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vpcs']['delete']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'vpcs.delete'>>();
  });
});
