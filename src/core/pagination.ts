import * as z from 'zod/mini';
import { lazy, parseInput } from '../internal/validate.js';
import { RaffPaginationError, type RaffPaginationStop } from '../shared/errors.js';

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
  /**
   * The most pages the walk requests; one more would fail it with a `RaffPaginationError`
   * (`reason: 'max_pages'`). Raise it to walk more than 100,000 items at the default `limit`.
   * @default 1000
   */
  maxPages?: number | undefined;
}

/**
 * What {@link paginate} takes besides the page fetcher: the paging controls, and what is walked
 * (e.g. `listRoles (listAll)`), which its errors name.
 *
 * @internal
 */
export interface WalkOptions extends PaginationParams {
  readonly what?: string | undefined;
}

/** The page cap of a walk that was given none: 100,000 items at the default `limit`. */
export const DEFAULT_MAX_PAGES = 1000;

/**
 * How many pages a walk may take beyond what the first page's `total` asks for: items can be
 * added while a walk runs, shifting later pages; more than this is a server that does not stop.
 */
function pagesAllowedBy(total: number, offset: number, pageSize: number): number {
  const expected = Math.ceil(Math.max(0, total - offset) / Math.max(1, pageSize));
  return expected + Math.max(2, Math.ceil(expected / 10));
}

/** What tells two items apart: their `id` when they have one, else their JSON. */
function itemKey(item: unknown): string {
  const id = (item as { id?: unknown } | null)?.id;
  return typeof id === 'string' || typeof id === 'number' ? `#${id}` : JSON.stringify(item);
}

/** Whether every item of `page` was already on the page before (`previous`). */
function noProgress(page: readonly unknown[], previous: ReadonlySet<string> | undefined): boolean {
  if (previous === undefined || page.length === 0) return false;
  return page.every((item) => previous.has(itemKey(item)));
}

/** The params of a `listAll()`: the list's filters, with `limit` as the page size. */
export type ListAllParams<P> = Omit<P, 'limit' | 'offset'> & PaginationParams;

/**
 * Walks `limit`/`offset` pages lazily: each page is requested once, only when the consumer
 * asks for more, and the walk stops at `total` (or at a short page when there is no `total`).
 * Breaking out of a `for await` stops it; an aborted `signal` rejects the next request.
 *
 * A walk also ends by itself when the server would keep it going for ever, with a
 * {@link RaffPaginationError} that says why: a page holding only items of the page before it
 * (`offset` ignored: `no_progress`, and its items are not handed out again), many more pages than
 * the first page's `total` allows (`past_total`), or `maxPages` pages (`max_pages`, default
 * {@link DEFAULT_MAX_PAGES}). So a method that collects a walk (role lookups, `listExpiring`) is
 * bounded without options of its own.
 *
 * @throws {RaffPaginationError} when the walk is stopped as above.
 */
export async function* paginate<T>(
  fetchPage: (limit: number, offset: number) => Promise<LoosePage<T>>,
  { limit = 100, offset = 0, maxPages = DEFAULT_MAX_PAGES, what }: WalkOptions = {},
): AsyncGenerator<T, void, undefined> {
  let at = offset;
  let pages = 0;
  let items = 0;
  // Set by the first page that reports a total: how many pages that total allows, with slack.
  let reported: { total: number; pages: number } | undefined;
  let previous: Set<string> | undefined;
  const stop = (reason: RaffPaginationStop, why: string) =>
    new RaffPaginationError(
      `${what ?? 'listAll'} stopped after ${plural(pages, 'page')} (${plural(items, 'item')}): ${why}`,
      { reason, pages, items, maxPages },
    );
  for (;;) {
    if (pages >= maxPages) {
      throw stop('max_pages', `it reached maxPages (${maxPages}); pass a larger one to go on`);
    }
    if (reported !== undefined && pages >= reported.pages) {
      throw stop('past_total', `pages keep coming past the ${reported.total} items of the first`);
    }
    const page = await fetchPage(limit, at);
    pages++;
    if (noProgress(page.data, previous)) {
      throw stop('no_progress', `page ${pages} repeated page ${pages - 1} (offset ignored)`);
    }
    previous = new Set(page.data.map(itemKey));
    if (reported === undefined && page.total !== undefined && page.data.length > 0) {
      // The first page's size, not `limit`: a server may send smaller pages than asked for.
      reported = {
        total: page.total,
        pages: pages - 1 + pagesAllowedBy(page.total, at, page.data.length),
      };
    }
    items += page.data.length;
    yield* page.data;
    at += page.data.length;
    const done =
      page.data.length === 0 ||
      (page.total !== undefined ? at >= page.total : page.data.length < limit);
    if (done) return;
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// Ten million items at the largest limit: far past any account, still an end.
const MAX_MAX_PAGES = 100_000;

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
    maxPages: z.optional(
      z.number().check(
        z.refine((n) => Number.isInteger(n) && n >= 1 && n <= MAX_MAX_PAGES, {
          error: `must be a whole number from 1 to ${MAX_MAX_PAGES.toLocaleString('en-US')}`,
        }),
      ),
    ),
  }),
);

/**
 * Splits `listAll()` params into paging controls and the filters every page request repeats,
 * checking the paging controls first.
 *
 * @throws {RaffValidationError} when params are not an object or limit, offset or maxPages are
 * out of range.
 */
export function splitPaging<F extends object>(
  params: (F & PaginationParams) | undefined,
): { paging: PaginationParams; filters: Omit<F, 'limit' | 'offset' | 'maxPages'> } {
  const { limit, offset, maxPages, ...filters } = parseInput(
    pagingSchema,
    params ?? {},
    'listAll params',
  );
  return {
    paging: { limit, offset, maxPages },
    filters: filters as Omit<F, 'limit' | 'offset' | 'maxPages'>,
  };
}
