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
    expectTypeOf<Page<BackupSchedule>>().toEqualTypeOf<Result<'listBackupSchedules'>>();
  });

  it('backupSchedules.create resolves with BackupSchedule', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['backupSchedules']['create']>>>().toEqualTypeOf<BackupSchedule>();
    expectTypeOf<BackupSchedule>().toEqualTypeOf<Result<'createBackupSchedule'>>();
  });

  it('backupSchedules.get resolves with BackupSchedule', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['backupSchedules']['get']>>>().toEqualTypeOf<BackupSchedule>();
    expectTypeOf<BackupSchedule>().toEqualTypeOf<Result<'getBackupSchedule'>>();
  });

  it('backupSchedules.delete resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['backupSchedules']['delete']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'deleteBackupSchedule'>>();
  });

  it('backupSchedules.update resolves with BackupSchedule', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['backupSchedules']['update']>>>().toEqualTypeOf<BackupSchedule>();
    expectTypeOf<BackupSchedule>().toEqualTypeOf<Result<'updateBackupSchedule'>>();
  });
});
