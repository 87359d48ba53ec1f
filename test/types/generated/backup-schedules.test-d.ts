/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import { describe, expectTypeOf, it } from 'vitest';
import type { Result } from '../../../src/core/operation-types.js';
import type { Page } from '../../../src/core/pagination.js';
import type { RaffClient, BackupSchedule } from '../../../src/index.js';

describe('backupSchedules: what each method resolves with', () => {
  it('backupSchedules.list resolves with Page<BackupSchedule>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['backupSchedules']['list']>>>().toEqualTypeOf<Page<BackupSchedule>>();
    expectTypeOf<Page<BackupSchedule>>().toEqualTypeOf<Result<'backupSchedules.list'>>();
  });

  it('backupSchedules.create resolves with BackupSchedule', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['backupSchedules']['create']>>>().toEqualTypeOf<BackupSchedule>();
    expectTypeOf<BackupSchedule>().toEqualTypeOf<Result<'backupSchedules.create'>>();
  });

  it('backupSchedules.get resolves with BackupSchedule', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['backupSchedules']['get']>>>().toEqualTypeOf<BackupSchedule>();
    expectTypeOf<BackupSchedule>().toEqualTypeOf<Result<'backupSchedules.get'>>();
  });

  it('backupSchedules.delete resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['backupSchedules']['delete']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'backupSchedules.delete'>>();
  });

  it('backupSchedules.update resolves with BackupSchedule', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['backupSchedules']['update']>>>().toEqualTypeOf<BackupSchedule>();
    expectTypeOf<BackupSchedule>().toEqualTypeOf<Result<'backupSchedules.update'>>();
  });
});
