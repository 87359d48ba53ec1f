/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import { describe, expectTypeOf, it } from 'vitest';
import type { Result } from '../../../src/core/operation-types.js';
import type { Page } from '../../../src/core/pagination.js';
import type { RaffClient, APIKey, APIKeyWithSecret } from '../../../src/index.js';

describe('apiKeys: what each method resolves with', () => {
  it('apiKeys.list resolves with Page<APIKey>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apiKeys']['list']>>>().toEqualTypeOf<Page<APIKey>>();
    expectTypeOf<Page<APIKey>>().toEqualTypeOf<Result<'apiKeys.list'>>();
  });

  it('apiKeys.get resolves with APIKey', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apiKeys']['get']>>>().toEqualTypeOf<APIKey>();
    expectTypeOf<APIKey>().toEqualTypeOf<Result<'apiKeys.get'>>();
  });

  it('apiKeys.delete resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apiKeys']['delete']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'apiKeys.delete'>>();
  });

  it('apiKeys.update resolves with APIKey', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apiKeys']['update']>>>().toEqualTypeOf<APIKey>();
    expectTypeOf<APIKey>().toEqualTypeOf<Result<'apiKeys.update'>>();
  });

  it('apiKeys.regenerate resolves with APIKeyWithSecret', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apiKeys']['regenerate']>>>().toEqualTypeOf<APIKeyWithSecret>();
    expectTypeOf<APIKeyWithSecret>().toEqualTypeOf<Result<'apiKeys.regenerate'>>();
  });
});
