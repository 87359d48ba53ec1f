/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import { describe, expectTypeOf, it } from 'vitest';
import type { Result } from '../../../src/core/operation-types.js';
import type { Page } from '../../../src/core/pagination.js';
import type { RaffClient, Snapshot } from '../../../src/index.js';

describe('snapshots: what each method resolves with', () => {
  it('snapshots.list resolves with Page<Snapshot>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['snapshots']['list']>>>().toEqualTypeOf<Page<Snapshot>>();
    expectTypeOf<Page<Snapshot>>().toEqualTypeOf<Result<'snapshots.list'>>();
  });

  it('snapshots.create resolves with Snapshot', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['snapshots']['create']>>>().toEqualTypeOf<Snapshot>();
    expectTypeOf<Snapshot>().toEqualTypeOf<Result<'snapshots.create'>>();
  });

  it('snapshots.get resolves with Snapshot', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['snapshots']['get']>>>().toEqualTypeOf<Snapshot>();
    expectTypeOf<Snapshot>().toEqualTypeOf<Result<'snapshots.get'>>();
  });

  it('snapshots.delete resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['snapshots']['delete']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'snapshots.delete'>>();
  });

  it('snapshots.restore resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['snapshots']['restore']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'snapshots.restore'>>();
  });

  it('snapshots.rename resolves with Snapshot', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['snapshots']['rename']>>>().toEqualTypeOf<Snapshot>();
    expectTypeOf<Snapshot>().toEqualTypeOf<Result<'snapshots.rename'>>();
  });
});
