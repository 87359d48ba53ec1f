// Issue 24, defect 1: list walks that never end. A server that ignores `offset`, sends no
// `total`, inflates it, or repeats a page must not keep a walk (or a method that collects one)
// going: the walker stops by itself with a RaffPaginationError that says why.
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_PAGES, paginate } from '../../src/core/pagination.js';
import type { APIKey, Role } from '../../src/index.js';
import { RaffValidationError } from '../../src/index.js';
import { RaffPaginationError } from '../../src/shared/errors.js';
import { API, KEY, PROJECT, testClient } from '../support/client.js';
import { apiKey, ROLES } from '../support/fixtures.js';

/** A full page of roles (100 of them, the default limit): the System roles and custom ones. */
const FULL_PAGE_OF_ROLES: Role[] = [
  ...ROLES,
  ...Array.from({ length: 100 - ROLES.length }, (_, i) => ({
    id: `custom-${i}`,
    name: `Custom ${i}`,
    slug: `custom-${i}`,
    scope: 'project' as const,
    permissions: ['vm.view'],
    is_system: false,
  })),
];

const expiring = (id: string): APIKey =>
  apiKey({ id, name: id, expires_at: '2000-01-01T00:00:00Z' });

// A walk that does not stop by itself ends on an empty page after this many requests, so that a
// regression fails the test rather than hanging it (nock answers without a timer ever running).
const GUARD = 50;
const EMPTY_PAGE = { success: true, data: [] };

/** Answers every `GET path` the same way, counting the requests and the offsets asked for. */
function sameAnswerEveryTime(path: string, body: object) {
  const offsets: number[] = [];
  nock(API)
    .persist()
    .get(path)
    .query(true)
    .reply(200, (uri) => {
      offsets.push(Number(new URL(uri, API).searchParams.get('offset')));
      return offsets.length > GUARD ? EMPTY_PAGE : body;
    });
  return offsets;
}

async function drain<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function settle(promise: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = performance.now();
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return { error, ms: performance.now() - started };
}

describe('a walk over a server that ignores offset', () => {
  it('roles.listAll() stops after the repeated page with RaffPaginationError (no total sent)', async () => {
    const offsets = sameAnswerEveryTime('/api/v1/roles', {
      success: true,
      data: FULL_PAGE_OF_ROLES,
    });
    const seen: Role[] = [];
    const { error, ms } = await settle(
      (async () => {
        for await (const role of testClient().roles.listAll()) seen.push(role);
      })(),
    );
    expect(error).toBeInstanceOf(RaffPaginationError);
    expect(error).toMatchObject({ reason: 'no_progress', pages: 2, items: 100 });
    expect((error as Error).message).toMatch(/page 2 repeated page 1 \(offset ignored\)/);
    // The second page was asked for at offset 100 and answered with the first one again.
    expect(offsets).toEqual([0, 100]);
    // Its duplicates were not handed out.
    expect(seen).toHaveLength(100);
    expect(ms).toBeLessThan(1_000);
  });

  it('apiKeys.listExpiring() stops with RaffPaginationError when total is 1e15', async () => {
    const page = Array.from({ length: 100 }, (_, i) => expiring(`k${i}`));
    const offsets = sameAnswerEveryTime('/api/v1/api-keys', {
      success: true,
      data: page,
      total: 1e15,
    });
    const { error, ms } = await settle(testClient().apiKeys.listExpiring());
    expect(error).toBeInstanceOf(RaffPaginationError);
    expect(error).toMatchObject({ reason: 'no_progress', pages: 2 });
    expect(offsets).toEqual([0, 100]);
    expect(ms).toBeLessThan(1_000);
  });

  it('apiKeys.create({ role: "custom-slug" }) ends with RaffPaginationError and creates nothing', async () => {
    const offsets = sameAnswerEveryTime('/api/v1/roles', {
      success: true,
      data: FULL_PAGE_OF_ROLES,
    });
    // No POST interceptor: a create would fail the test as an unmatched request.
    const { error, ms } = await settle(
      testClient().apiKeys.create({ name: 'ci', role: 'custom-slug' }),
    );
    expect(error).toBeInstanceOf(RaffPaginationError);
    expect(offsets).toEqual([0, 100]);
    expect(ms).toBeLessThan(1_000);
  });

  it.each([
    [
      'projects.members.add',
      (raff: ReturnType<typeof testClient>) =>
        raff.projects.members.add(PROJECT, { api_key_id: 'k1', role: 'custom-slug' }),
    ],
    [
      'projects.members.update',
      (raff: ReturnType<typeof testClient>) =>
        raff.projects.members.update(PROJECT, 'm1', { role: 'custom-slug' }),
    ],
  ])('%s ends with RaffPaginationError while resolving the role', async (_name, call) => {
    const offsets = sameAnswerEveryTime('/api/v1/roles', {
      success: true,
      data: FULL_PAGE_OF_ROLES,
    });
    const { error, ms } = await settle(call(testClient()));
    expect(error).toBeInstanceOf(RaffPaginationError);
    expect(offsets).toEqual([0, 100]);
    expect(ms).toBeLessThan(1_000);
  });

  it('also stops when the repeated page comes back in another order', async () => {
    let calls = 0;
    nock(API)
      .persist()
      .get('/api/v1/roles')
      .query(true)
      .reply(200, () => {
        calls++;
        if (calls > GUARD) return EMPTY_PAGE;
        const data = calls % 2 === 0 ? FULL_PAGE_OF_ROLES.toReversed() : FULL_PAGE_OF_ROLES;
        return { success: true, data };
      });
    const { error } = await settle(drain(testClient().roles.listAll()));
    expect(error).toMatchObject({ name: 'RaffPaginationError', reason: 'no_progress' });
    expect(calls).toBe(2);
  });
});

describe('a walk over a server that honours offset but never runs out', () => {
  /** Fresh ids on every page, and the total the test asks for (by offset). */
  function endless(total: (offset: number) => number | undefined) {
    const offsets: number[] = [];
    nock(API)
      .persist()
      .get('/api/v1/api-keys')
      .query(true)
      .reply(200, (uri) => {
        const params = new URL(uri, API).searchParams;
        const offset = Number(params.get('offset'));
        const limit = Number(params.get('limit'));
        offsets.push(offset);
        if (offsets.length > GUARD) return EMPTY_PAGE;
        const data = Array.from({ length: limit }, (_, i) => apiKey({ id: `k${offset + i}` }));
        const reported = total(offset);
        return reported === undefined
          ? { success: true, data }
          : { success: true, data, total: reported };
      });
    return offsets;
  }

  it('stops at maxPages with RaffPaginationError, having requested exactly that many pages', async () => {
    const offsets = endless(() => 1e15);
    const seen: APIKey[] = [];
    const { error } = await settle(
      (async () => {
        for await (const key of testClient().apiKeys.listAll({ limit: 10, maxPages: 5 })) {
          seen.push(key);
        }
      })(),
    );
    expect(error).toBeInstanceOf(RaffPaginationError);
    expect(error).toMatchObject({ reason: 'max_pages', pages: 5, items: 50 });
    expect((error as Error).message).toContain('maxPages');
    expect(offsets).toEqual([0, 10, 20, 30, 40]);
    expect(seen).toHaveLength(50);
  });

  it('stops a walk that goes on well past the total the first page reported', async () => {
    // 25 items of 10 a page is 3 pages; the walker allows a little more (items added meanwhile),
    // not a total that runs away once the walk has started.
    const offsets = endless((offset) => (offset === 0 ? 25 : 1e15));
    const { error } = await settle(drain(testClient().apiKeys.listAll({ limit: 10 })));
    expect(error).toMatchObject({ name: 'RaffPaginationError', reason: 'past_total' });
    expect((error as Error).message).toContain('past the 25 items');
    expect(offsets.length).toBeGreaterThan(3);
    expect(offsets.length).toBeLessThanOrEqual(6);
  });

  it('stops apiKeys.listExpiring() (no paging options of its own) past the first total', async () => {
    // Pages of 100 fresh keys each; the first says 250 in all (3 pages), later ones 1e15.
    const offsets = endless((offset) => (offset === 0 ? 250 : 1e15));
    const { error, ms } = await settle(testClient().apiKeys.listExpiring());
    expect(error).toMatchObject({ name: 'RaffPaginationError', reason: 'past_total' });
    expect(offsets).toEqual([0, 100, 200, 300, 400]);
    expect(ms).toBeLessThan(2_000);
  });

  it('stops at DEFAULT_MAX_PAGES when no maxPages is given', async () => {
    // The walker itself, with pages from memory: a thousand pages through the whole client would
    // only measure the client.
    let pages = 0;
    const walk = paginate(async (_limit, offset) => {
      pages++;
      return pages > DEFAULT_MAX_PAGES + GUARD
        ? { data: [] }
        : { data: [{ id: `k${offset}` }], total: 1e15 };
    });
    const { error } = await settle(drain(walk));
    expect(error).toMatchObject({
      name: 'RaffPaginationError',
      reason: 'max_pages',
      pages: DEFAULT_MAX_PAGES,
      maxPages: DEFAULT_MAX_PAGES,
    });
    expect(pages).toBe(DEFAULT_MAX_PAGES);
  });
});

describe('walks that do end', () => {
  it('keep going over a page that overlaps the one before (an item added meanwhile)', async () => {
    const page = (ids: string[]) => ({
      success: true,
      data: ids.map((id) => apiKey({ id })),
      total: 5,
    });
    nock(API)
      .get('/api/v1/api-keys')
      .query({ limit: 2, offset: 0 })
      .reply(200, page(['a', 'b']));
    nock(API)
      .get('/api/v1/api-keys')
      .query({ limit: 2, offset: 2 })
      .reply(200, page(['b', 'c']));
    nock(API)
      .get('/api/v1/api-keys')
      .query({ limit: 2, offset: 4 })
      .reply(200, page(['d']));
    const keys = await drain(testClient().apiKeys.listAll({ limit: 2 }));
    expect(keys.map((key) => key.id)).toEqual(['a', 'b', 'b', 'c', 'd']);
  });

  it('take maxPages as a paging control, never as a query parameter', async () => {
    nock(API)
      .get('/api/v1/api-keys')
      .query({ limit: 2, offset: 0 })
      .reply(200, { success: true, data: [apiKey({ id: 'a' })], total: 1 });
    const keys = await drain(testClient().apiKeys.listAll({ limit: 2, maxPages: 1 }));
    expect(keys.map((key) => key.id)).toEqual(['a']);
  });

  it.each([0, -1, 1.5, Number.NaN, '10'])(
    'refuse maxPages %s before any request',
    async (maxPages) => {
      const error = await (async () =>
        drain(
          testClient().apiKeys.listAll({ maxPages } as unknown as { maxPages: number }),
        ))().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RaffValidationError);
      expect((error as RaffValidationError).issues[0]?.path).toEqual(['maxPages']);
    },
  );
});

describe('RaffPaginationError', () => {
  it('carries no secret a page held', async () => {
    const page = [apiKey({ id: KEY, name: KEY })];
    sameAnswerEveryTime('/api/v1/api-keys', { success: true, data: page });
    const error = await drain(testClient().apiKeys.listAll({ limit: 1 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffPaginationError);
    expect(JSON.stringify(error)).not.toContain(KEY.slice(13));
    expect(String((error as Error).stack)).not.toContain(KEY.slice(13));
  });
});
