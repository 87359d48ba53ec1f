/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import { describe, expectTypeOf, it } from 'vitest';
import type { Result } from '../../../src/core/operation-types.js';
import type { RaffClient, HealthStatus } from '../../../src/index.js';

describe('health: what each method resolves with', () => {
  it('health.check resolves with HealthStatus', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['health']['check']>>>().toEqualTypeOf<HealthStatus>();
    expectTypeOf<HealthStatus>().toEqualTypeOf<Result<'health.check'>>();
  });
});
