/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import { describe, expectTypeOf, it } from 'vitest';
import type { Result } from '../../../src/core/operation-types.js';
import type { Page } from '../../../src/core/pagination.js';
import type { RaffClient, Volume, VolumeResizeResult } from '../../../src/index.js';

describe('volumes: what each method resolves with', () => {
  it('volumes.list resolves with Page<Volume>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['volumes']['list']>>>().toEqualTypeOf<Page<Volume>>();
    expectTypeOf<Page<Volume>>().toEqualTypeOf<Result<'volumes.list'>>();
  });

  it('volumes.create resolves with Volume', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['volumes']['create']>>>().toEqualTypeOf<Volume>();
    expectTypeOf<Volume>().toEqualTypeOf<Result<'volumes.create'>>();
  });

  it('volumes.get resolves with Volume', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['volumes']['get']>>>().toEqualTypeOf<Volume>();
    expectTypeOf<Volume>().toEqualTypeOf<Result<'volumes.get'>>();
  });

  it('volumes.delete resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['volumes']['delete']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'volumes.delete'>>();
  });

  it('volumes.resize resolves with VolumeResizeResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['volumes']['resize']>>>().toEqualTypeOf<VolumeResizeResult>();
    expectTypeOf<VolumeResizeResult>().toEqualTypeOf<Result<'volumes.resize'>>();
  });

  it('volumes.attach resolves with Volume', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['volumes']['attach']>>>().toEqualTypeOf<Volume>();
    expectTypeOf<Volume>().toEqualTypeOf<Result<'volumes.attach'>>();
  });

  it('volumes.detach resolves with Volume', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['volumes']['detach']>>>().toEqualTypeOf<Volume>();
    expectTypeOf<Volume>().toEqualTypeOf<Result<'volumes.detach'>>();
  });
});
