/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import { describe, expectTypeOf, it } from 'vitest';
import type { Result } from '../../../src/core/operation-types.js';
import type { Page } from '../../../src/core/pagination.js';
import type { RaffClient, SSHKey } from '../../../src/index.js';

describe('sshKeys: what each method resolves with', () => {
  it('sshKeys.list resolves with Page<SSHKey>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['sshKeys']['list']>>>().toEqualTypeOf<Page<SSHKey>>();
    expectTypeOf<Page<SSHKey>>().toEqualTypeOf<Result<'sshKeys.list'>>();
  });

  it('sshKeys.create resolves with SSHKey', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['sshKeys']['create']>>>().toEqualTypeOf<SSHKey>();
    expectTypeOf<SSHKey>().toEqualTypeOf<Result<'sshKeys.create'>>();
  });

  it('sshKeys.get resolves with SSHKey', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['sshKeys']['get']>>>().toEqualTypeOf<SSHKey>();
    expectTypeOf<SSHKey>().toEqualTypeOf<Result<'sshKeys.get'>>();
  });

  it('sshKeys.update resolves with SSHKey', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['sshKeys']['update']>>>().toEqualTypeOf<SSHKey>();
    expectTypeOf<SSHKey>().toEqualTypeOf<Result<'sshKeys.update'>>();
  });

  it('sshKeys.delete resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['sshKeys']['delete']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'sshKeys.delete'>>();
  });
});
