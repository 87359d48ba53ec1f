import * as z from 'zod/mini';
import { lazy, parseInput } from '../internal/validate.js';

/** One page of a list, as list methods return it: the envelope without `success`. */
export interface Page<T> {
  /** The items on this page. */
  readonly data: T[];
  /** How many items match in all, when the endpoint reports it. */
  readonly total: number;
}

/** A page from an endpoint that may not report `total` (e.g. roles). */
export interface LoosePage<T> {
  /** The items on this page. */
  readonly data: T[];
  /** How many items match in all, if the endpoint reports it. */
  readonly total?: number | undefined;
}

/** Paging controls for `listAll()`. */
export interface PaginationParams {
  /** Items per request. @default 100 */
  limit?: number | undefined;
  /** Where to start. @default 0 */
  offset?: number | undefined;
}

/** The params of a `listAll()`: the list's filters, with `limit` as the page size. */
export type ListAllParams<P> = Omit<P, 'limit' | 'offset'> & PaginationParams;

/**
 * Walks `limit`/`offset` pages lazily: each page is requested once, only when the consumer
 * asks for more, and the walk stops at `total` (or at a short page when there is no `total`).
 * Breaking out of a `for await` stops it; an aborted `signal` rejects the next request.
 */
export async function* paginate<T>(
  fetchPage: (limit: number, offset: number) => Promise<LoosePage<T>>,
  { limit = 100, offset = 0 }: PaginationParams = {},
): AsyncGenerator<T, void, undefined> {
  let at = offset;
  for (;;) {
    const page = await fetchPage(limit, at);
    yield* page.data;
    at += page.data.length;
    const done =
      page.data.length === 0 ||
      (page.total !== undefined ? at >= page.total : page.data.length < limit);
    if (done) return;
  }
}

const pagingSchema = lazy(() =>
  z.looseObject({
    limit: z.optional(
      z.number().check(
        z.refine((n) => Number.isInteger(n) && n >= 1 && n <= 100, {
          error: 'must be a whole number from 1 to 100',
        }),
      ),
    ),
    offset: z.optional(
      z
        .number()
        .check(
          z.refine((n) => Number.isInteger(n) && n >= 0, { error: 'must be a whole number >= 0' }),
        ),
    ),
  }),
);

/**
 * Splits `listAll()` params into paging controls and the filters every page request repeats,
 * checking the paging controls first.
 *
 * @throws {RaffValidationError} when params are not an object or limit/offset are out of range.
 */
export function splitPaging<F extends object>(
  params: (F & PaginationParams) | undefined,
): { paging: PaginationParams; filters: Omit<F, 'limit' | 'offset'> } {
  const { limit, offset, ...filters } = parseInput(pagingSchema, params ?? {}, 'listAll params');
  return {
    paging: { limit, offset },
    filters: filters as Omit<F, 'limit' | 'offset'>,
  };
}
