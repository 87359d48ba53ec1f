// The inside of a managed database in the emulator: the console and the browser on its in-memory
// data, saved queries, extensions, and the figures it reports (metrics, traffic, slow queries,
// logs, settings).
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createDatabase,
  databaseSession,
  MINUTE,
  runningDatabase,
  TAKES,
} from '../support/databases.js';
import type { caller } from '../support/storage.js';

type Caller = ReturnType<typeof caller>;

/** The cells of each row, with `null` where the value is NULL. */
function values(rows: { cells: string[]; nulls: boolean[] }[]): (string | null)[][] {
  return rows.map((row) => row.cells.map((cell, i) => (row.nulls[i] ? null : cell)));
}

// One emulator for the read-only statements: they change nothing.
let reader: Awaited<ReturnType<typeof databaseSession>>;
let query: (statement: string, extra?: Record<string, unknown>) => ReturnType<Caller>;
beforeAll(async () => {
  reader = await databaseSession();
  query = (statement, extra = {}) =>
    reader.owner('POST', `/api/v1/databases/${reader.seeded.id}/console`, { statement, ...extra });
});

describe('the SQL console', () => {
  it('answers a SELECT with WHERE, ORDER BY and LIMIT deterministically, values as text', async () => {
    const sql =
      "SELECT id, total FROM orders WHERE status = 'pending' AND total > 20 ORDER BY total DESC LIMIT 5";
    const answer = await query(sql);
    expect(answer.body).toEqual({
      success: true,
      columns: ['id', 'total'],
      rows: [
        { cells: ['107', '88.80'], nulls: [false, false] },
        { cells: ['105', '64.10'], nulls: [false, false] },
      ],
      command: 'SELECT 2',
      notices: [],
      truncated: false,
      duration_ms: 0.284,
    });
    expect((await query(sql)).body).toEqual(answer.body);
  });

  it('marks NULLs, counts, and runs functions without a table', async () => {
    const customers = await query('select name, email from public.customers where email is null');
    expect(values(customers.body.rows)).toEqual([['Edsger Dijkstra', null]]);
    expect(customers.body.rows[0].cells).toEqual(['Edsger Dijkstra', '']);
    const count = await query('SELECT count(*) AS n FROM orders;');
    expect(count.body).toMatchObject({
      columns: ['n'],
      rows: [{ cells: ['8'] }],
      command: 'SELECT 1',
    });
    const facts = await query('SELECT version(), current_database(), current_user, 1 AS one');
    expect(facts.body.columns).toEqual(['version', 'current_database', 'current_user', 'one']);
    expect(facts.body.rows[0].cells).toEqual([
      'PostgreSQL 17.4 on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit',
      'app',
      'raff_admin',
      '1',
    ]);
  });

  it('caps the rows at max_rows and says it truncated', async () => {
    const capped = await query('SELECT * FROM orders ORDER BY id', { max_rows: 3 });
    expect(capped.body).toMatchObject({ command: 'SELECT 8', truncated: true });
    expect(capped.body.columns).toEqual(['id', 'customer_id', 'total', 'status', 'created_at']);
    expect(values(capped.body.rows).map((row) => row[0])).toEqual(['101', '102', '103']);
  });

  it.each([
    ["UPDATE orders SET status = 'shipped'", 'cannot execute UPDATE in a read-only transaction'],
    ['DROP TABLE orders', 'cannot execute DROP in a read-only transaction'],
    ['SELECT * FROM invoices', 'relation "invoices" does not exist'],
    ['SELECT colour FROM orders', 'column "colour" does not exist'],
    [
      'SELEC 1',
      "the emulator's console runs SELECT, INSERT, UPDATE, DELETE, CREATE TABLE and DROP TABLE; not SELEC",
    ],
    ['SELECT 1; SELECT 2', 'the console runs one statement at a time'],
    [
      'SELECT id, count(*) FROM orders',
      'column "id" must appear in the GROUP BY clause or be used in an aggregate function',
    ],
    [
      "SELECT * FROM orders WHERE status = 'a' OR id = 1",
      'the emulator console joins conditions with AND only',
    ],
  ])('refuses %s with 400 and the engine’s message', async (statement, message) => {
    const refused = await query(statement);
    expect(refused.status).toBe(400);
    expect(refused.body.message).toBe(message);
  });

  it('writes only with read_only: false, and later reads see the change', async () => {
    const { owner, seeded } = await databaseSession();
    const run = (statement: string, readOnly = false) =>
      owner('POST', `/api/v1/databases/${seeded.id}/console`, { statement, read_only: readOnly });
    expect(
      (await run('CREATE TABLE notes (id int primary key, body text, kind varchar(20))')).body,
    ).toMatchObject({
      command: 'CREATE TABLE',
      columns: [],
      rows: [],
    });
    const inserted = await run(
      "INSERT INTO notes (id, body) VALUES (1, 'first'), (2, 'it''s second')",
    );
    expect(inserted.body).toMatchObject({ command: 'INSERT 0 2', rows_affected: 2 });
    const updated = await run("UPDATE notes SET kind = 'memo' WHERE id >= 2");
    expect(updated.body).toMatchObject({ command: 'UPDATE 1', rows_affected: 1 });
    const read = await run('SELECT * FROM notes ORDER BY id', true);
    expect(values(read.body.rows)).toEqual([
      ['1', 'first', null],
      ['2', "it's second", 'memo'],
    ]);
    expect((await run('DELETE FROM notes WHERE kind IS NULL')).body.rows_affected).toBe(1);
    expect((await run('DROP TABLE IF EXISTS ghosts')).body.notices).toEqual([
      'table "ghosts" does not exist, skipping',
    ]);
    expect((await run('DROP TABLE notes')).body.command).toBe('DROP TABLE');
    expect((await run('SELECT * FROM notes', true)).status).toBe(400);
  });
});

describe('the browser', () => {
  it('walks schemas, tables and pages of rows with a cursor', async () => {
    const browse = (body: unknown) =>
      reader.owner('POST', `/api/v1/databases/${reader.seeded.id}/browse`, body);
    expect((await browse({})).body).toEqual({
      success: true,
      kind: 'nodes',
      nodes: [{ name: 'public', kind: 'schema', detail: '2 tables' }],
      next_cursor: '',
    });
    expect((await browse({ path: ['public'] })).body.nodes).toEqual([
      { name: 'customers', kind: 'table', detail: '5 rows' },
      { name: 'orders', kind: 'table', detail: '8 rows' },
    ]);
    const first = (await browse({ path: ['public', 'orders'], limit: 5 })).body;
    expect(first).toMatchObject({ kind: 'rows', next_cursor: '5' });
    expect(first.rows).toHaveLength(5);
    const rest = (await browse({ path: ['public', 'orders'], limit: 5, cursor: first.next_cursor }))
      .body;
    expect(values(rest.rows).map((row) => row[0])).toEqual(['106', '107', '108']);
    expect(rest.next_cursor).toBe('');
    expect((await browse({ path: ['sales'] })).body.message).toBe('schema "sales" does not exist');
    expect((await browse({ path: ['public', 'orders'], cursor: 'abc' })).status).toBe(400);
    expect((await browse({ match: 'x*' })).body.message).toBe('match is for Valkey keys only');
  });
});

describe('the Valkey console', () => {
  it('refuses writes while read-only, then sets, reads, lists and browses keys with their TTL', async () => {
    const { emulator, owner } = await databaseSession();
    const db = await runningDatabase(emulator, { name: 'cache', engine: 'valkey', plan_id: 31 });
    const run = (statement: string, readOnly = true) =>
      owner('POST', `/api/v1/databases/${db.id}/console`, { statement, read_only: readOnly });
    expect((await run('SET session:1 alice')).body.message).toBe(
      "READONLY You can't write against a read only replica.",
    );
    expect((await run('SET session:1 alice EX 60', false)).body).toMatchObject({
      columns: ['result'],
      rows: [{ cells: ['OK'], nulls: [false] }],
      command: 'SET',
      rows_affected: 1,
    });
    await run('HSET user:7 name "Ada Byron" plan pro', false);
    expect((await run('GET session:1')).body.rows[0].cells).toEqual(['alice']);
    expect((await run('GET missing')).body.rows).toEqual([{ cells: [''], nulls: [true] }]);
    expect((await run('KEYS *')).body.rows).toEqual([
      { cells: ['session:1'], nulls: [false] },
      { cells: ['user:7'], nulls: [false] },
    ]);
    expect((await run('GET user:7')).body.message).toBe(
      'WRONGTYPE Operation against a key holding the wrong kind of value',
    );
    const browse = (body: unknown) => owner('POST', `/api/v1/databases/${db.id}/browse`, body);
    expect((await browse({ match: 'session:*' })).body.nodes).toEqual([
      { name: 'session:1', kind: 'string', detail: 'expires in 60s' },
    ]);
    expect((await browse({ path: ['user:7'] })).body).toMatchObject({
      kind: 'rows',
      columns: ['field', 'value'],
      rows: [
        { cells: ['name', 'Ada Byron'], nulls: [false, false] },
        { cells: ['plan', 'pro'], nulls: [false, false] },
      ],
      meta: { type: 'hash', ttl: '-1' },
    });
    emulator.clock.advance(MINUTE);
    expect((await run('TTL session:1')).body.rows[0].cells).toEqual(['-2']);
    expect((await run('FLUSHALL', false)).body.message).toBe(
      "ERR unknown command 'FLUSHALL', with args beginning with: ",
    );
  });

  it('has no console for Kafka, and none before a database runs', async () => {
    const { emulator, owner } = await databaseSession();
    const kafka = await runningDatabase(emulator, { name: 'events', engine: 'kafka', plan_id: 51 });
    const refused = await owner('POST', `/api/v1/databases/${kafka.id}/console`, {
      statement: 'x',
    });
    expect(refused.body.message).toBe(
      'Apache Kafka has no console; connect with a client using getDatabaseConnection',
    );
    const fresh = await createDatabase(emulator, { name: 'fresh', plan_id: 11 });
    const early = await owner('POST', `/api/v1/databases/${fresh.id}/browse`, {});
    expect(early.body.message).toBe(
      `Cannot browse: database ${fresh.database_id} is pending; wait until it is running`,
    );
  });
});

describe('saved queries and extensions', () => {
  it('saves under a name (replacing a taken one), lists and deletes', async () => {
    const { owner, seeded } = await databaseSession();
    const path = `/api/v1/databases/${seeded.id}/saved-queries`;
    expect((await owner('GET', path)).body.queries.map((q: { name: string }) => q.name)).toEqual([
      'pending-orders',
    ]);
    const saved = await owner('PUT', path, {
      name: 'big-orders',
      statement: 'SELECT * FROM orders WHERE total > 50',
    });
    expect(saved.body.query).toMatchObject({
      name: 'big-orders',
      statement: 'SELECT * FROM orders WHERE total > 50',
    });
    await owner('PUT', path, {
      name: 'big-orders',
      statement: 'SELECT * FROM orders WHERE total > 100',
    });
    const listed = (await owner('GET', path)).body.queries;
    expect(listed.map((q: { name: string; statement: string }) => [q.name, q.statement])).toEqual([
      [
        'pending-orders',
        "SELECT id, customer_id, total FROM orders WHERE status = 'pending' ORDER BY id",
      ],
      ['big-orders', 'SELECT * FROM orders WHERE total > 100'],
    ]);
    expect((await owner('DELETE', `${path}/big-orders`)).status).toBe(200);
    expect((await owner('DELETE', `${path}/big-orders`)).status).toBe(404);
  });

  it('installs and removes PostgreSQL extensions; other engines have none', async () => {
    const { emulator, owner, seeded } = await databaseSession();
    const path = `/api/v1/databases/${seeded.id}/extensions`;
    const installed = async () =>
      (await owner('GET', path)).body.extensions
        .filter((e: { installed: boolean }) => e.installed)
        .map((e: { name: string; version: string }) => `${e.name} ${e.version}`);
    expect(await installed()).toEqual(['pg_stat_statements 1.11']);
    expect((await owner('POST', path, { name: 'vector', enabled: true })).status).toBe(200);
    expect(await installed()).toEqual(['pg_stat_statements 1.11', 'vector 0.8.0']);
    expect((await owner('POST', path, { name: 'timescaledb', enabled: true })).body.message).toBe(
      'extension "timescaledb" is not available; see listDatabaseExtensions',
    );
    const mysql = await createDatabase(emulator, { name: 'shop', engine: 'mysql', plan_id: 21 });
    expect(
      (await owner('GET', `/api/v1/databases/${mysql.id}/extensions`)).body.extensions,
    ).toEqual([]);
    const refused = await owner('POST', `/api/v1/databases/${mysql.id}/extensions`, {
      name: 'vector',
      enabled: true,
    });
    expect(refused.body.message).toBe(
      `Extensions are for PostgreSQL only; ${mysql.database_id} runs mysql`,
    );
  });
});

describe('what a database reports', () => {
  it('shows zero metrics until it first runs, then plausible figures from its plan, the same within a minute', async () => {
    const { emulator, owner } = await databaseSession();
    const db = await createDatabase(emulator, { name: 'watched', plan_id: 12, storage_gb: 100 });
    const metrics = () => owner('GET', `/api/v1/databases/${db.id}/metrics`);
    expect((await metrics()).body).toMatchObject({
      cpu_capacity_millicores: 0,
      metrics_updated_at: '',
    });
    emulator.clock.advance(TAKES.create);
    const sample = (await metrics()).body;
    expect(sample).toMatchObject({
      cpu_capacity_millicores: 2000,
      mem_capacity_bytes: 4 * 2 ** 30,
      storage_capacity_bytes: 100 * 2 ** 30,
      connections_max: 200,
      replication_lag_bytes: 0,
    });
    expect(sample.cpu_used_millicores).toBeGreaterThan(0);
    expect(sample.cpu_used_millicores).toBeLessThan(2000);
    expect(sample.mem_used_bytes).toBeLessThan(sample.mem_capacity_bytes);
    expect(sample.archive_lag_bytes).toBeGreaterThanOrEqual(0);
    emulator.clock.advance(1_000);
    expect((await metrics()).body).toEqual(sample);
  });

  it('draws history in buckets since it first ran, and counts the console’s statements per user', async () => {
    const { owner, seeded } = await databaseSession();
    const path = `/api/v1/databases/${seeded.id}`;
    const day = (await owner('GET', `${path}/metrics/history`)).body;
    expect(day.bucket_seconds).toBe(300);
    expect(day.points.length).toBeGreaterThanOrEqual(288);
    expect(day.points.length).toBeLessThanOrEqual(289);
    const hour = (await owner('GET', `${path}/metrics/history?window_hours=1`)).body;
    expect(hour.bucket_seconds).toBe(60);

    await owner('POST', `${path}/console`, { statement: 'SELECT 1' });
    await owner('POST', `${path}/console`, { statement: 'SELECT nothing FROM nowhere' });
    const traffic = (await owner('GET', `${path}/metrics/clients?window_hours=1`)).body;
    expect(traffic.clients.map((c: { user: string }) => c.user)).toEqual([
      'raff_admin',
      'reporting',
    ]);
    expect(traffic.clients[0]).toMatchObject({ total_ops: 2, total_errors: 1, total_warnings: -1 });
    expect(traffic.clients[1]).toMatchObject({ total_ops: 0, total_errors: 0 });
  });

  it('lists slow queries from pg_stat_statements while it is installed', async () => {
    const { owner, seeded } = await databaseSession();
    const path = `/api/v1/databases/${seeded.id}`;
    for (const id of ['101', '102', '103']) {
      await owner('POST', `${path}/console`, {
        statement: `SELECT * FROM orders WHERE id = ${id}`,
      });
    }
    await owner('POST', `${path}/console`, { statement: 'SELECT 1' });
    const slow = (await owner('GET', `${path}/slow-queries?limit=1`)).body;
    expect(slow).toEqual({
      success: true,
      collecting: true,
      queries: [
        {
          query: 'SELECT * FROM orders WHERE id = $1',
          calls: 3,
          mean_ms: 0.282,
          total_ms: 0.846,
          rows: 3,
        },
      ],
    });
    await owner('POST', `${path}/extensions`, { name: 'pg_stat_statements', enabled: false });
    expect((await owner('GET', `${path}/slow-queries`)).body).toEqual({
      success: true,
      collecting: false,
      queries: [],
    });
  });

  it('tails the engine log, and lists the settings in effect with where each comes from', async () => {
    const { emulator, owner } = await databaseSession();
    const db = await runningDatabase(emulator, {
      name: 'tuned',
      plan_id: 12,
      engine_config: { work_mem: '8MB' },
    });
    const path = `/api/v1/databases/${db.id}`;
    await owner('POST', `${path}/console`, { statement: 'SELECT * FROM ghosts' });
    const lines = (await owner('GET', `${path}/logs?tail=2`)).body.lines;
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} UTC \[1\] LOG: {2}database system is ready to accept connections$/,
    );
    expect(lines[1]).toMatch(
      /ERROR: {2}relation "ghosts" does not exist; statement: SELECT \* FROM ghosts$/,
    );
    const parameters = (await owner('GET', `${path}/parameters`)).body.parameters;
    const byName = Object.fromEntries(parameters.map((p: { name: string }) => [p.name, p]));
    expect(byName.max_connections).toMatchObject({
      value: '200',
      source: 'plan',
      default_value: '100',
    });
    expect(byName.shared_buffers).toMatchObject({ value: '131072', unit: '8kB', source: 'plan' });
    expect(byName.work_mem).toMatchObject({
      value: '8MB',
      source: 'override',
      default_value: '4096',
    });
    expect(byName.timezone).toMatchObject({ value: 'UTC', source: 'engine' });
    expect((await owner('GET', `${path}/consumers`)).body).toEqual({
      success: true,
      consumers: [],
    });
  });
});
