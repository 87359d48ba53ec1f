/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import { describe, expectTypeOf, it } from 'vitest';
import type { Result } from '../../../src/core/operation-types.js';
import type { Page } from '../../../src/core/pagination.js';
import type { RaffClient, IP, IPChange } from '../../../src/index.js';

describe('ips: what each method resolves with', () => {
  it('ips.list resolves with Page<IP>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['ips']['list']>>>().toEqualTypeOf<Page<IP>>();
    expectTypeOf<Page<IP>>().toEqualTypeOf<Result<'ips.list'>>();
  });

  it('ips.reserve resolves with IP', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['ips']['reserve']>>>().toEqualTypeOf<IP>();
    expectTypeOf<IP>().toEqualTypeOf<Result<'ips.reserve'>>();
  });

  it('ips.get resolves with IP', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['ips']['get']>>>().toEqualTypeOf<IP>();
    expectTypeOf<IP>().toEqualTypeOf<Result<'ips.get'>>();
  });

  it('ips.release resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['ips']['release']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'ips.release'>>();
  });

  it('ips.change resolves with IPChange', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['ips']['change']>>>().toEqualTypeOf<IPChange>();
    expectTypeOf<IPChange>().toEqualTypeOf<Result<'ips.change'>>();
  });
});
