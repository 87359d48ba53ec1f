/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import { describe, expectTypeOf, it } from 'vitest';
import type { Result } from '../../../src/core/operation-types.js';
import type { Page } from '../../../src/core/pagination.js';
import type { RaffClient, Project, ProjectMember } from '../../../src/index.js';

describe('projects: what each method resolves with', () => {
  it('projects.list resolves with Page<Project>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['projects']['list']>>>().toEqualTypeOf<Page<Project>>();
    expectTypeOf<Page<Project>>().toEqualTypeOf<Result<'projects.list'>>();
  });

  it('projects.create resolves with Project', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['projects']['create']>>>().toEqualTypeOf<Project>();
    expectTypeOf<Project>().toEqualTypeOf<Result<'projects.create'>>();
  });

  it('projects.get resolves with Project', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['projects']['get']>>>().toEqualTypeOf<Project>();
    expectTypeOf<Project>().toEqualTypeOf<Result<'projects.get'>>();
  });

  it('projects.update resolves with Project', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['projects']['update']>>>().toEqualTypeOf<Project>();
    expectTypeOf<Project>().toEqualTypeOf<Result<'projects.update'>>();
  });

  it('projects.delete resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['projects']['delete']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'projects.delete'>>();
  });

  it('projects.members.list resolves with Page<ProjectMember>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['projects']['members']['list']>>>().toEqualTypeOf<Page<ProjectMember>>();
    expectTypeOf<Page<ProjectMember>>().toEqualTypeOf<Result<'projects.members.list'>>();
  });

  it('projects.members.get resolves with ProjectMember', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['projects']['members']['get']>>>().toEqualTypeOf<ProjectMember>();
    expectTypeOf<ProjectMember>().toEqualTypeOf<Result<'projects.members.get'>>();
  });

  it('projects.members.remove resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['projects']['members']['remove']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'projects.members.remove'>>();
  });
});
