/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import { describe, expectTypeOf, it } from 'vitest';
import type { Result } from '../../../src/core/operation-types.js';
import type { Page } from '../../../src/core/pagination.js';
import type { RaffClient, Template } from '../../../src/index.js';

describe('templates: what each method resolves with', () => {
  it('templates.list resolves with Page<Template>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['templates']['list']>>>().toEqualTypeOf<Page<Template>>();
    expectTypeOf<Page<Template>>().toEqualTypeOf<Result<'templates.list'>>();
  });
});
