/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import { describe, expectTypeOf, it } from 'vitest';
import type { Result } from '../../../src/core/operation-types.js';
import type { RaffClient, AppTier, FunctionsPricing, IPPricing, ListDatabasePricingResult, ListKubernetesPricingResult, StoragePricing, VMPricingPlan } from '../../../src/index.js';

describe('pricing: what each method resolves with', () => {
  it('pricing.vms resolves with VMPricingPlan[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['pricing']['vms']>>>().toEqualTypeOf<VMPricingPlan[]>();
    expectTypeOf<VMPricingPlan[]>().toEqualTypeOf<Result<'pricing.vms'>>();
  });

  it('pricing.volumes resolves with StoragePricing', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['pricing']['volumes']>>>().toEqualTypeOf<StoragePricing>();
    expectTypeOf<StoragePricing>().toEqualTypeOf<Result<'pricing.volumes'>>();
  });

  it('pricing.snapshots resolves with StoragePricing', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['pricing']['snapshots']>>>().toEqualTypeOf<StoragePricing>();
    expectTypeOf<StoragePricing>().toEqualTypeOf<Result<'pricing.snapshots'>>();
  });

  it('pricing.backups resolves with StoragePricing', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['pricing']['backups']>>>().toEqualTypeOf<StoragePricing>();
    expectTypeOf<StoragePricing>().toEqualTypeOf<Result<'pricing.backups'>>();
  });

  it('pricing.ips resolves with IPPricing', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['pricing']['ips']>>>().toEqualTypeOf<IPPricing>();
    expectTypeOf<IPPricing>().toEqualTypeOf<Result<'pricing.ips'>>();
  });

  it('pricing.apps resolves with AppTier[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['pricing']['apps']>>>().toEqualTypeOf<AppTier[]>();
    expectTypeOf<AppTier[]>().toEqualTypeOf<Result<'pricing.apps'>>();
  });

  it('pricing.databases resolves with ListDatabasePricingResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['pricing']['databases']>>>().toEqualTypeOf<ListDatabasePricingResult>();
    expectTypeOf<ListDatabasePricingResult>().toEqualTypeOf<Result<'pricing.databases'>>();
  });

  it('pricing.functions resolves with FunctionsPricing[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['pricing']['functions']>>>().toEqualTypeOf<FunctionsPricing[]>();
    expectTypeOf<FunctionsPricing[]>().toEqualTypeOf<Result<'pricing.functions'>>();
  });

  it('pricing.kubernetes resolves with ListKubernetesPricingResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['pricing']['kubernetes']>>>().toEqualTypeOf<ListKubernetesPricingResult>();
    expectTypeOf<ListKubernetesPricingResult>().toEqualTypeOf<Result<'pricing.kubernetes'>>();
  });
});
