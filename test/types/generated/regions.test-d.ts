/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import { describe, expectTypeOf, it } from 'vitest';
import type { Result } from '../../../src/core/operation-types.js';
import type { Page } from '../../../src/core/pagination.js';
import type { RaffClient, Region } from '../../../src/index.js';

describe('regions: what each method resolves with', () => {
  it('regions.list resolves with Page<Region>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['regions']['list']>>>().toEqualTypeOf<Page<Region>>();
    expectTypeOf<Page<Region>>().toEqualTypeOf<Result<'regions.list'>>();
  });
});
