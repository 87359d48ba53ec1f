// Managed databases through the SDK against the emulator: every lifecycle under
// `databases.waitFor`, with polls counted (the clock moves on after each poll instead of
// sleeping), the waiter's failure and 'deleted' cases, its 2-second default pace, and the calls
// around a database (users, console, public access).
import { describe, expect, it } from 'vitest';
import { RaffValidationError, RaffWaitFailedError } from '../../src/index.js';
import { operationTable } from '../../src/internal/operation-table.js';
import { DAY, SECOND, TAKES } from '../support/databases.js';
import { sdkSession } from '../support/sdk-session.js';

const POLL = { interval: 5 } as const;

/** The statuses the GETs of `path` answered with, repeats collapsed, oldest first. */
function statusesOf(session: Awaited<ReturnType<typeof sdkSession>>, path: string): string[] {
  const seen: string[] = [];
  for (const exchange of session.polls(path)) {
    const body = exchange.responseBody as { database?: { status?: string } } | undefined;
    const status = exchange.status === 404 ? '(404)' : String(body?.database?.status);
    if (seen.at(-1) !== status) seen.push(status);
  }
  return seen;
}

describe('databases.waitFor', () => {
  it('follows a new PostgreSQL through pending and deploying to running, one poll per step', async () => {
    const session = await sdkSession();
    const { raff, advancePerPoll, polls } = session;
    const db = await raff.databases.create({ name: 'orders-2', plan_id: 11 });
    expect(db.status).toBe('pending');
    advancePerPoll(30 * SECOND);
    const running = await raff.databases.waitFor(db.database_id, 'running', POLL);
    expect(running).toMatchObject({ id: db.id, status: 'running', name: 'orders-2' });
    const path = `/api/v1/databases/${db.database_id}`;
    // 4 minutes at 30 s a poll: polls at 0, 30 s, …, 240 s.
    expect(polls(path)).toHaveLength(TAKES.create / (30 * SECOND) + 1);
    expect(statusesOf(session, path)).toEqual(['pending', 'deploying', 'running']);
  });

  it('polls every 2 seconds by default, as raff-go does', async () => {
    const { raff, advancePerPoll, pollTimes } = await sdkSession();
    expect(operationTable()['databases.get'].wait).toMatchObject({
      interval: 2000,
      failure: ['failed'],
    });
    const db = await raff.databases.create({ name: 'hobby', plan_id: 1 });
    advancePerPoll(TAKES.createFree);
    await raff.databases.waitFor(db.id, 'running');
    const times = pollTimes(`/api/v1/databases/${db.id}`);
    expect(times).toHaveLength(2);
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(1_995);
  });

  it('rejects with RaffWaitFailedError when the engine cannot start', async () => {
    const session = await sdkSession();
    const { raff, advancePerPoll, polls } = session;
    const db = await raff.databases.create({
      name: 'too-big',
      plan_id: 11,
      engine_config: { shared_buffers: '4GB' },
    });
    advancePerPoll(TAKES.createFailed / 2);
    const error = await raff.databases.waitFor(db.id, 'running', POLL).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RaffWaitFailedError);
    expect(error).toMatchObject({
      status: 'failed',
      message: `Database ${db.id} reached status failed while waiting for running`,
      resource: {
        status: 'failed',
        status_message:
          "The engine did not start: shared_buffers (4GB) is larger than the plan's memory (2048 MiB)",
      },
    });
    expect(polls(`/api/v1/databases/${db.id}`)).toHaveLength(3);
    expect(statusesOf(session, `/api/v1/databases/${db.id}`)).toEqual([
      'pending',
      'deploying',
      'failed',
    ]);
  });

  it("resolves 'deleted' once the database answers 404", async () => {
    const { raff, advancePerPoll, polls } = await sdkSession();
    const [db] = (await raff.databases.list()).data;
    if (db === undefined) throw new Error('the emulator seeds orders-pg');
    await raff.databases.delete(db.id);
    advancePerPoll(TAKES.delete / 2);
    await expect(raff.databases.waitFor(db.id, 'deleted', POLL)).resolves.toBeUndefined();
    expect(polls(`/api/v1/databases/${db.id}`).map((e) => e.status)).toEqual([200, 200, 404]);
  });
});

describe('database lifecycles through the SDK', () => {
  it('scales through resizing back to running, with the new plan', async () => {
    const session = await sdkSession();
    const { raff, advancePerPoll } = session;
    const [db] = (await raff.databases.list()).data;
    if (db === undefined) throw new Error('the emulator seeds orders-pg');
    const resizing = await raff.databases.scale(db.id, { plan_id: 13, replica_count: 1 });
    expect(resizing).toMatchObject({
      status: 'resizing',
      plan_id: 13,
      storage_gb: 120,
      replica_count: 1,
    });
    advancePerPoll(TAKES.scale / 3);
    const scaled = await raff.databases.waitFor(db.id, 'running', POLL);
    expect(scaled).toMatchObject({ plan_id: 13, monthly_price: 120 });
    expect(statusesOf(session, `/api/v1/databases/${db.id}`)).toEqual(['resizing', 'running']);
  });

  it('a free database sleeps after 7 idle days and resume wakes it within a minute', async () => {
    const session = await sdkSession();
    const { raff, emulator, advancePerPoll, polls } = session;
    const db = await raff.databases.create({ name: 'hobby', engine: 'mysql', plan_id: 2 });
    emulator.clock.advance(TAKES.createFree + 7 * DAY);
    const asleep = await raff.databases.get(db.database_id);
    expect(asleep).toMatchObject({ status: 'suspended', is_free: true });
    expect(asleep.suspended_at).not.toBe('');
    const waking = await raff.databases.resume(db.database_id);
    expect(waking.status).toBe('deploying');
    advancePerPoll(TAKES.resume / 2);
    await expect(raff.databases.waitFor(db.database_id, 'running', POLL)).resolves.toMatchObject({
      status: 'running',
      suspended_at: '',
    });
    expect(polls(`/api/v1/databases/${db.database_id}`).length).toBe(1 + 3);
  });

  it('restores into a new database that waitFor sees running, and in place through restoring', async () => {
    const session = await sdkSession();
    const { raff, advancePerPoll } = session;
    const [db] = (await raff.databases.list()).data;
    if (db === undefined) throw new Error('the emulator seeds orders-pg');
    const { data: backups } = await raff.databases.backups.list(db.id);
    const latest = backups.at(-1);
    if (latest === undefined) throw new Error('the emulator seeds a week of backups');
    expect(latest).toMatchObject({ backup_type: 'base', status: 'completed', restorable: true });

    const clone = await raff.databases.restore(db.id, {
      clone_to_new: true,
      backup_id: latest.id,
    });
    advancePerPoll(TAKES.create / 4);
    const copy = await raff.databases.waitFor(clone.new_database_id, 'running', POLL);
    expect(copy).toMatchObject({ name: 'orders-pg-restored', database_id: clone.new_database_id });

    expect(await raff.databases.restore(db.id, { in_place: true })).toMatchObject({
      new_database_id: '',
    });
    await raff.databases.waitFor(db.id, 'running', POLL);
    expect(statusesOf(session, `/api/v1/databases/${db.id}`)).toEqual(['restoring', 'running']);
  });
});

describe('around a database through the SDK', () => {
  it('refuses an empty allowlist before sending it, unless allowAllSources says so', async () => {
    const { raff, emulator } = await sdkSession();
    const [db] = (await raff.databases.list()).data;
    if (db === undefined) throw new Error('the emulator seeds orders-pg');
    const sent = emulator.exchanges.length;
    await expect(
      raff.databases.setPublicAccess(db.id, { enabled: true, allowlist: [] }),
    ).rejects.toBeInstanceOf(RaffValidationError);
    expect(emulator.exchanges.length).toBe(sent);

    const open = await raff.databases.setPublicAccess(db.id, {
      enabled: true,
      allowlist: [],
      allowAllSources: true,
    });
    expect(open).toMatchObject({ public_access: true, public_allowlist: [], public_port: 25060 });
    expect(emulator.exchanges.at(-1)?.requestBody).toEqual({ enabled: true, allowlist: [] });
    const narrowed = await raff.databases.setPublicAccess(db.id, {
      enabled: true,
      allowlist: ['203.0.113.0/24'],
    });
    expect(narrowed.public_allowlist).toEqual(['203.0.113.0/24']);
  });

  it('lists users as a page, and runs a query and a browse', async () => {
    const { raff } = await sdkSession();
    const [db] = (await raff.databases.list()).data;
    if (db === undefined) throw new Error('the emulator seeds orders-pg');
    const users = await raff.databases.users.list(db.id);
    expect(users.total).toBe(4);
    expect(users.data.map((u) => u.kind)).toEqual(['admin', 'system', 'system', 'scoped']);
    const result = await raff.databases.query(db.id, {
      statement: 'SELECT count(*) FROM customers',
    });
    expect(result).toMatchObject({ columns: ['count'], rows: [{ cells: ['5'], nulls: [false] }] });
    const tables = await raff.databases.browse(db.id, { path: ['public'] });
    expect(tables.nodes?.map((n) => n.name)).toEqual(['customers', 'orders']);
    const history = await raff.databases.metricsHistory(db.id, { window_hours: 2 });
    expect(history.bucket_seconds).toBe(60);
    expect(await raff.databases.engines()).toHaveLength(5);
  });
});
