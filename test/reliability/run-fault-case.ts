// Runs one row of the fault matrix against a fresh emulator and asserts everything the row
// promises: outcome, attempts (client and server side), no duplicated write, the waits the SDK
// asked for, wall time, and no key anywhere in the error, the client or the debug logs.
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { RaffClient, RaffError } from '../../src/index.js';
import type { EmulatorExchange } from '../../src/testing/index.js';
import { captureLogs } from '../support/client.js';
import {
  expectRetryAfterWait,
  expectWaitedOut,
  FAST_RETRY_AFTER,
  SUITE_SCALE,
  TestClock,
  withClock,
} from '../support/clock.js';
import { startEmulator } from '../support/emulator.js';
import { expectNoSecret } from '../support/secrets.js';
import { closedPort, faultProxy } from '../support/sockets.js';
import type { FaultCase } from './fault-matrix.js';
import { caseTitle } from './fault-matrix-render.js';

const BACKUPS = '/api/v1/backups';

/** Registers one `it` per row; rows with a `knownBug` are `it.fails` until the bug is fixed. */
export function faultMatrixTests(cases: readonly FaultCase[]): void {
  const rows = (known: boolean) =>
    cases
      .filter((c) => (c.knownBug !== undefined) === known)
      .map((c) => [caseTitle(c), c] as const);
  const passing = rows(false);
  const failing = rows(true);
  if (passing.length > 0) {
    it.each(passing)('%s', async (_title, c) => runFaultCase(c), 30_000);
  }
  if (failing.length > 0) {
    // Bug (see the row's knownBug): the SDK does not yet do what the retry policy documents.
    it.fails.each(failing)('%s', async (_title, c) => runFaultCase(c), 30_000);
  }
}

async function countBackups(owner: RaffClient): Promise<number> {
  return (await owner.backups.list({ limit: 100 })).total;
}

/** Runs one row and asserts it. */
export async function runFaultCase(c: FaultCase): Promise<void> {
  const emulator = await startEmulator();
  const key = emulator.ownerKey;
  const projectId = emulator.projects.default.id;
  const owner = new RaffClient({ apiKey: key, baseUrl: emulator.url, logLevel: 'off' });
  const [vm] = (await owner.vms.list({}, { projectId })).data;
  if (vm === undefined) throw new Error('the seeded Default project has a VM');
  // A walk of one backup a page needs a second page to ask for.
  if (c.walk) await owner.backups.create({ vm_id: vm.id, name: 'second page' }, { projectId });
  const before = await countBackups(owner);

  let baseUrl = emulator.url;
  let proxy: Awaited<ReturnType<typeof faultProxy>> | undefined;
  const { source } = c;
  if (source.kind === 'refused') baseUrl = `http://127.0.0.1:${await closedPort()}`;
  if (source.kind === 'emulator') {
    emulator.faults.inject({ ...source.spec(), method: c.method, path: BACKUPS });
  }
  if (source.kind === 'proxy') {
    proxy = await faultProxy(emulator.url, source.mangle);
    baseUrl = proxy.url;
  }
  let fetchCalls = 0;
  const counted: typeof globalThis.fetch = (input, init) => {
    fetchCalls++;
    return globalThis.fetch(input, init);
  };

  const logs = captureLogs();
  // A Retry-After row sits out the server's wait scaled down; backoff is scaled on every row.
  const clock = new TestClock(c.minIsRetryAfter ? FAST_RETRY_AFTER : SUITE_SCALE);
  const raff = new RaffClient(
    withClock(
      {
        apiKey: key,
        baseUrl,
        projectId,
        logLevel: 'debug',
        logger: logs.logger,
        ...(c.timeout === undefined ? {} : { timeout: c.timeout }),
        ...(c.maxResponseBytes === undefined ? {} : { maxResponseBytes: c.maxResponseBytes }),
        ...(source.kind === 'fetch' ? { fetch: source.wrap(counted) } : {}),
      },
      clock,
    ),
  );
  const firstExchange = emulator.exchanges.length;
  const sent = () =>
    emulator.exchanges
      .slice(firstExchange)
      .filter((e) => e.method === c.method && e.template === BACKUPS);
  const started = performance.now();
  const settled = await (c.walk
    ? walk(raff.backups.listAll({ limit: 1 }))
    : c.method === 'GET'
      ? raff.backups.list()
      : raff.backups.create({ vm_id: vm.id, name: 'fault-matrix' })
  ).then(
    (value) => ({ value, error: undefined }),
    (error: unknown) => ({ value: undefined, error }),
  );
  const elapsed = performance.now() - started;
  // A delayed handler keeps working after the client gave up; let it finish before counting:
  // until the emulator has answered every attempt the client made, for settleMs at most.
  if (c.settleMs !== undefined) {
    const made = (settled.error as { attempts?: number } | undefined)?.attempts ?? c.attempts;
    const giveUpAt = performance.now() + c.settleMs;
    while (sent().length < made && performance.now() < giveUpAt) await sleep(10);
  }
  emulator.faults.clear();
  await proxy?.close();
  const seen = sent();
  const created = (await countBackups(owner)) - before;

  expectOutcome(c, settled);
  expectAttempts(c, settled.error, seen, proxy?.requests());
  if (source.kind === 'fetch')
    expect(fetchCalls, 'attempts the fetch wrapper saw').toBe(c.attempts);
  expectSentRight(seen, key, projectId);
  if (c.method === 'POST') {
    // The emulator's own state: exactly as many backups as handled POSTs, never a second one.
    expect(created, 'backups created').toBe(c.created);
    expect(seen.filter((e) => !e.injected).length, 'POSTs that reached the handler').toBe(
      c.created,
    );
  } else {
    expect(created, 'a read creates nothing').toBe(0);
  }
  expect(elapsed, 'wall time (ms)').toBeLessThan(c.boundMs);
  // Every retry waited on the clock first (a walk's page requests are not retries).
  expect(clock.waits, 'waits before retries').toHaveLength(c.walk ? 0 : c.attempts - 1);
  if (c.minIsRetryAfter && c.minMs !== undefined) {
    expectRetryAfterWait(clock, elapsed, { atLeastMs: c.minMs, belowMs: c.boundMs });
  } else if (c.minIsBackoff && c.minMs !== undefined) {
    expect(clock.waits.map((wait) => wait.reason)).toEqual(['backoff']);
    expect(clock.waits[0]?.ms, 'the backoff the SDK asked for (ms)').toBeGreaterThanOrEqual(
      c.minMs,
    );
    expectWaitedOut(clock, elapsed);
  } else if (c.minMs !== undefined) {
    expect(elapsed, 'wall time (ms)').toBeGreaterThanOrEqual(c.minMs);
  }
  expectNoSecret(key, {
    error: settled.error,
    logs: logs.lines,
    others: [raff, raff.backups, settled.value],
  });
  expect(logs.lines.length, 'debug logs were captured').toBeGreaterThan(0);
}

/** Every item of a walk, as `backups.list()` returns a page. */
async function walk<T>(items: AsyncIterable<T>): Promise<{ data: T[] }> {
  const data: T[] = [];
  for await (const item of items) data.push(item);
  return { data };
}

// Errors that are not about one request: a stopped walk, a request fetch would not send.
const NOT_ONE_REQUEST = new Set(['RaffPaginationError', 'RaffValidationError']);

function expectOutcome(c: FaultCase, settled: { value: unknown; error: unknown }): void {
  if (c.outcome === 'result') {
    expect(settled.error).toBeUndefined();
    if (c.method === 'GET') expect(settled.value).toMatchObject({ data: expect.any(Array) });
    else expect(settled.value).toMatchObject({ name: 'fault-matrix', status: 'pending' });
    return;
  }
  const { error } = settled;
  expect(error).toBeInstanceOf(RaffError);
  const typed = error as RaffError & Record<string, unknown>;
  expect(typed.name).toBe(c.outcome);
  if (!NOT_ONE_REQUEST.has(c.outcome)) {
    expect(typed.method).toBe(c.method);
    expect(typed.path).toBe(BACKUPS);
  }
  if (c.status !== undefined) expect(typed.status).toBe(c.status);
  if (c.retryAfterMs !== undefined) expect(typed.retryAfterMs).toBe(c.retryAfterMs);
  if (c.messageHas !== undefined) expect(typed.message).toContain(c.messageHas);
}

function expectAttempts(
  c: FaultCase,
  error: unknown,
  seen: readonly EmulatorExchange[],
  proxied: number | undefined,
): void {
  if (error !== undefined) {
    // A stopped walk counts its pages; a request fetch would not send has no attempts to count.
    if (c.walk) expect((error as { pages?: number }).pages).toBe(c.attempts);
    else if (c.source.kind !== 'fetch') {
      expect((error as { attempts?: number }).attempts).toBe(c.attempts);
    }
  }
  // Server side: nothing listens on a closed port, nothing leaves a refusing fetch; otherwise
  // every attempt reached the emulator.
  const unseen = c.source.kind === 'refused' || c.source.kind === 'fetch';
  expect(seen.length, 'attempts the emulator saw').toBe(unseen ? 0 : c.attempts);
  if (proxied !== undefined) expect(proxied, 'attempts the proxy saw').toBe(c.attempts);
}

function expectSentRight(seen: readonly EmulatorExchange[], key: string, projectId: string): void {
  for (const exchange of seen) {
    expect(exchange.requestHeaders['x-api-key']).toBe(key);
    expect(exchange.requestHeaders['x-project-id']).toBe(projectId);
  }
}
