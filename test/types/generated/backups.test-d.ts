/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import { describe, expectTypeOf, it } from 'vitest';
import type { Result } from '../../../src/core/operation-types.js';
import type { Page } from '../../../src/core/pagination.js';
import type { RaffClient, Backup } from '../../../src/index.js';

describe('backups: what each method resolves with', () => {
  it('backups.list resolves with Page<Backup>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['backups']['list']>>>().toEqualTypeOf<Page<Backup>>();
    expectTypeOf<Page<Backup>>().toEqualTypeOf<Result<'backups.list'>>();
  });

  it('backups.create resolves with Backup', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['backups']['create']>>>().toEqualTypeOf<Backup>();
    expectTypeOf<Backup>().toEqualTypeOf<Result<'backups.create'>>();
  });

  it('backups.get resolves with Backup', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['backups']['get']>>>().toEqualTypeOf<Backup>();
    expectTypeOf<Backup>().toEqualTypeOf<Result<'backups.get'>>();
  });

  it('backups.delete resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['backups']['delete']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'backups.delete'>>();
  });

  it('backups.restore resolves with Backup', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['backups']['restore']>>>().toEqualTypeOf<Backup>();
    expectTypeOf<Backup>().toEqualTypeOf<Result<'backups.restore'>>();
  });

  it('backups.deleteChain resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['backups']['deleteChain']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'backups.deleteChain'>>();
  });

  it('backups.resetChain resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['backups']['resetChain']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'backups.resetChain'>>();
  });
});
