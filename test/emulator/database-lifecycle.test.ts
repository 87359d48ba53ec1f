// Managed databases in the emulator, through its HTTP API: provisioning, failures, scaling, the
// free tier's sleep and resume, restores, deletes and backups, on a clock that only moves when
// the test moves it.
import { beforeAll, describe, expect, it } from 'vitest';
import { LIFECYCLE_TIMINGS } from '../../src/testing/domains/timings.js';
import {
  createDatabase,
  DAY,
  databaseSession,
  HOUR,
  runningDatabase,
  SECOND,
  START,
  TAKES,
} from '../support/databases.js';
import { call, createKey, systemRoleId } from '../support/emulator.js';
import { caller } from '../support/storage.js';

const [[, PENDING_MS]] = LIFECYCLE_TIMINGS.database.create.phases as unknown as [[string, number]];

// One emulator for the tests that only read or are refused (nothing they send changes its state).
let unchanged: Awaited<ReturnType<typeof databaseSession>>;
beforeAll(async () => {
  unchanged = await databaseSession();
});

describe('database provisioning', () => {
  it('creates a paid PostgreSQL in pending that deploys and runs four minutes later', async () => {
    const { emulator, owner, project, vpcId } = await databaseSession();
    const created = await owner('POST', '/api/v1/databases', {
      name: 'billing-pg',
      plan_id: 11,
      vpc_id: vpcId,
    });
    expect(created.status).toBe(201);
    const db = created.body.database;
    expect(db).toMatchObject({
      name: 'billing-pg',
      project_id: project,
      engine: 'postgres',
      engine_version: '17',
      status: 'pending',
      plan_id: 11,
      storage_gb: 30,
      vpc_id: vpcId,
      public_access: false,
      public_port: 0,
      public_dns_hostname: '',
      connection_host: `${db.database_id}.db.raffusercloud.com`,
      connection_port: 6432,
      monthly_price: 15,
      price_per_hour: 0.020548,
      is_free: false,
      suspended_at: '',
      created_at: new Date(START).toISOString().replace('.000', ''),
    });
    expect(db.database_id).toMatch(/^[a-z][a-z0-9]{7}$/);
    const path = `/api/v1/databases/${db.database_id}`;

    emulator.clock.advance(PENDING_MS - 1);
    expect((await owner('GET', path)).body.database.status).toBe('pending');
    emulator.clock.advance(1);
    expect((await owner('GET', path)).body.database.status).toBe('deploying');
    emulator.clock.advance(TAKES.create - PENDING_MS - 1);
    expect((await owner('GET', path)).body.database.status).toBe('deploying');
    emulator.clock.advance(1);
    expect((await owner('GET', `/api/v1/databases/${db.id}`)).body.database.status).toBe('running');
    const listed = await owner('GET', '/api/v1/databases');
    expect(listed.body.databases.map((d: { name: string }) => d.name)).toEqual([
      'orders-pg',
      'billing-pg',
    ]);
  });

  it('runs a free database within 8 seconds, and refuses a second one for the account', async () => {
    const { emulator, owner } = await databaseSession();
    const free = await createDatabase(emulator, { name: 'hobby', plan_id: 1 });
    emulator.clock.advance(TAKES.createFree);
    expect(TAKES.createFree).toBeLessThanOrEqual(10 * SECOND);
    const got = await owner('GET', `/api/v1/databases/${free.id}`);
    expect(got.body.database).toMatchObject({ status: 'running', is_free: true, monthly_price: 0 });

    const second = await call(emulator, 'POST', '/api/v1/databases', {
      key: emulator.ownerKey,
      headers: { 'X-Project-ID': emulator.projects.customer1.id },
      body: { name: 'hobby-2', engine: 'mysql', plan_id: 2 },
    });
    expect(second.status).toBe(400);
    expect(second.body.message).toBe(
      `The account already has its one free database, hobby (${free.database_id})`,
    );
  });

  it.each([
    [
      { name: 'x', plan_id: 21 },
      'plan_id 21 is not a postgres plan; see listDatabasePlans?engine=postgres',
    ],
    [
      { name: 'x', plan_id: 11, engine_version: '12' },
      'engine_version 12 is not offered for postgres; one of 17, 16, 15',
    ],
    [
      { name: 'x', plan_id: 11, storage_gb: 20 },
      "storage_gb must be from the plan's 30 GB up to 4000 GB",
    ],
    [
      { name: 'x', plan_id: 1, ha_enabled: true },
      'A free database has no high availability and no read replicas',
    ],
    [{ name: 'x', plan_id: 1, storage_gb: 10 }, 'A free database has fixed storage of 1 GB'],
    [
      { name: 'x', engine: 'valkey', plan_id: 31, replica_count: 1 },
      'Valkey takes no read replicas; replica_count must be 0',
    ],
    [{ name: 'x', plan_id: 11, replica_count: 4 }, 'replica_count must be at most 3'],
    [{ name: 'orders-pg', plan_id: 11 }, /^A database named "orders-pg" already exists/],
    [
      { name: 'x', plan_id: 11, engine_config: { fsync: 'off' } },
      /^engine_config.fsync cannot be set on postgres; allowed: max_connections/,
    ],
    [
      { name: 'x', plan_id: 11, engine_config: { work_mem: 'lots' } },
      'engine_config.work_mem must be a size such as 8MB or 1GB for postgres; got "lots"',
    ],
    [{ name: 'x', plan_id: 11, region: 'eu-west' }, /region/],
  ])('refuses a create it cannot accept with 400: %j', async (body, message) => {
    const { owner } = unchanged;
    const refused = await owner('POST', '/api/v1/databases', body);
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(message);
  });

  it('refuses a VPC of another project, and a create without X-Project-ID', async () => {
    const { emulator, owner } = unchanged;
    const other = await caller(
      emulator,
      emulator.ownerKey,
      emulator.projects.customer1.id,
    )('GET', '/api/v1/vpcs');
    const vpcId = other.body.data[0].id;
    const refused = await owner('POST', '/api/v1/databases', {
      name: 'x',
      plan_id: 11,
      vpc_id: vpcId,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toBe(
      `VPC ${vpcId} not found in project ${emulator.projects.default.id}`,
    );
    const headerless = caller(emulator, emulator.ownerKey);
    const missing = await headerless('POST', '/api/v1/databases', { name: 'x', plan_id: 11 });
    expect(missing).toMatchObject({ status: 400, body: { message: 'X-Project-ID required' } });
  });

  it('checks billing for a paid plan (403 with reason, 402) but not for the free one', async () => {
    const { emulator, owner } = await databaseSession();
    emulator.billing.set('failed');
    const refused = await owner('POST', '/api/v1/databases', { name: 'x', plan_id: 11 });
    expect(refused).toMatchObject({ status: 403, body: { reason: 'failed' } });
    emulator.billing.set('insufficient_funds');
    expect((await owner('POST', '/api/v1/databases', { name: 'x', plan_id: 11 })).status).toBe(402);
    expect((await owner('POST', '/api/v1/databases', { name: 'x', plan_id: 1 })).status).toBe(201);
  });

  it('fails a database whose engine cannot start, saying why in status_message', async () => {
    const { emulator, owner } = await databaseSession();
    const db = await createDatabase(emulator, {
      name: 'too-big',
      plan_id: 11,
      engine_config: { shared_buffers: '8GB' },
    });
    emulator.clock.advance(TAKES.createFailed);
    const got = await owner('GET', `/api/v1/databases/${db.id}`);
    expect(got.body.database).toMatchObject({
      status: 'failed',
      status_message:
        "The engine did not start: shared_buffers (8GB) is larger than the plan's memory (2048 MiB)",
    });
    const scale = await owner('POST', `/api/v1/databases/${db.id}/scale`, { plan_id: 12 });
    expect(scale.body.message).toBe(`Cannot scale: database ${db.database_id} is failed`);
  });
});

describe('database changes', () => {
  it('scales through resizing: storage grows to the new floor, replicas follow replica_count', async () => {
    const { emulator, owner, seeded } = await databaseSession();
    const path = `/api/v1/databases/${seeded.id}`;
    expect(
      (await owner('POST', `${path}/scale`, { replica_count: 2 })).body.database,
    ).toMatchObject({
      status: 'resizing',
      replica_count: 2,
      monthly_price: 90,
    });
    const busy = await owner('POST', `${path}/scale`, { plan_id: 13, replica_count: 2 });
    expect(busy.body.message).toBe(
      `Cannot scale: database ${seeded.database_id} is resizing; wait until it is running`,
    );
    emulator.clock.advance(TAKES.scale);
    expect((await owner('GET', path)).body.database.status).toBe('running');

    // replica_count left out means none; the new plan's 120 GB becomes the floor.
    const scaled = await owner('POST', `${path}/scale`, {
      plan_id: 13,
      set_ha: true,
      has_ha: true,
    });
    expect(scaled.body.database).toMatchObject({
      status: 'resizing',
      plan_id: 13,
      storage_gb: 120,
      ha_enabled: true,
      replica_count: 0,
      monthly_price: 102,
    });
    emulator.clock.advance(TAKES.scale);
    for (const [body, message] of [
      [{ storage_gb: 100, replica_count: 0 }, 'storage_gb can only grow: the database has 120 GB'],
      [{ plan_id: 31 }, 'plan_id 31 is not a paid postgres plan'],
      [{ plan_id: 13, set_ha: true, has_ha: true }, /^Nothing to change/],
    ] as const) {
      const refused = await owner('POST', `${path}/scale`, body);
      expect(refused.status).toBe(400);
      expect(refused.body.message).toMatch(message);
    }
  });

  it('suspends a free database after 7 days without a client, and resumes it in a minute', async () => {
    const { emulator, owner } = await databaseSession();
    const db = await createDatabase(emulator, { name: 'hobby', plan_id: 1 });
    const path = `/api/v1/databases/${db.id}`;
    emulator.clock.advance(TAKES.createFree + 6 * DAY);
    // A client (the console) on day 6 restarts the idle clock.
    expect((await owner('POST', `${path}/console`, { statement: 'SELECT 1' })).status).toBe(200);
    emulator.clock.advance(DAY);
    expect((await owner('GET', path)).body.database.status).toBe('running');
    expect((await owner('POST', `${path}/resume`)).body.message).toBe(
      `Only a suspended free database can be resumed; ${db.database_id} is running`,
    );
    emulator.clock.advance(6 * DAY);
    const asleep = (await owner('GET', path)).body.database;
    const suspendedAt = START + TAKES.createFree + 13 * DAY;
    expect(asleep).toMatchObject({
      status: 'suspended',
      suspended_at: new Date(suspendedAt).toISOString().replace('.000', ''),
    });
    const query = await owner('POST', `${path}/console`, { statement: 'SELECT 1' });
    expect(query.body.message).toBe(
      `Cannot run a query: database ${db.database_id} is suspended; resume it first`,
    );

    const resumed = await owner('POST', `${path}/resume`);
    expect(resumed.body.database).toMatchObject({ status: 'deploying', suspended_at: '' });
    emulator.clock.advance(TAKES.resume);
    expect((await owner('GET', path)).body.database.status).toBe('running');
    expect(TAKES.resume).toBe(60 * SECOND);
  });

  it('renames without touching the hostnames, and finds a database by UUID or short id', async () => {
    const { owner, seeded } = await databaseSession();
    const renamed = await owner('PATCH', `/api/v1/databases/${seeded.database_id}`, {
      name: 'shop-pg',
    });
    expect(renamed.body.database).toMatchObject({
      name: 'shop-pg',
      connection_host: `${seeded.database_id}.db.raffusercloud.com`,
    });
    expect((await owner('GET', `/api/v1/databases/${seeded.id}`)).body.database.name).toBe(
      'shop-pg',
    );
    const missing = await owner('GET', '/api/v1/databases/nosuchdb');
    expect(missing).toMatchObject({
      status: 404,
      body: { message: 'Database nosuchdb not found' },
    });
  });

  it('deletes through deleting to 404; a second delete meanwhile changes nothing', async () => {
    const { emulator, owner, seeded } = await databaseSession();
    const path = `/api/v1/databases/${seeded.id}`;
    expect((await owner('DELETE', path)).body).toEqual({
      success: true,
      message: 'Database is being deleted',
    });
    emulator.clock.advance(TAKES.delete - SECOND);
    expect((await owner('DELETE', path)).status).toBe(200);
    expect((await owner('GET', path)).body.database.status).toBe('deleting');
    emulator.clock.advance(SECOND);
    expect((await owner('GET', path)).status).toBe(404);
    expect((await owner('GET', `${path}/backups`)).status).toBe(404);
    expect((await owner('GET', '/api/v1/databases')).body.databases).toEqual([]);
  });

  it('keeps a project that holds a database from being deleted', async () => {
    const { emulator } = await databaseSession();
    const created = await call(emulator, 'POST', '/api/v1/projects', {
      key: emulator.ownerKey,
      body: { name: 'staging' },
    });
    const staging = created.body.data.id;
    const db = await createDatabase(emulator, { name: 'staging-pg', plan_id: 11 }, staging);
    const owner = caller(emulator, emulator.ownerKey, staging);
    const refused = await owner('DELETE', `/api/v1/projects/${staging}`);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('databases');
    await owner('DELETE', `/api/v1/databases/${db.id}`);
    emulator.clock.advance(TAKES.delete);
    expect((await owner('DELETE', `/api/v1/projects/${staging}`)).status).toBe(200);
  });
});

describe('database backups and restores', () => {
  it('takes a backup at first start and every night at 02:00 UTC, and retention removes old ones', async () => {
    const { emulator, owner } = await databaseSession();
    const db = await runningDatabase(emulator, { name: 'nightly-pg', plan_id: 11 });
    const path = `/api/v1/databases/${db.id}/backups`;
    const first = (await owner('GET', path)).body.backups;
    expect(first).toEqual([
      expect.objectContaining({
        backup_type: 'base',
        status: 'running',
        size_bytes: 0,
        completed_at: '',
        restorable: false,
      }),
    ]);
    emulator.clock.advance(TAKES.backup);
    const done = (await owner('GET', path)).body.backups[0];
    expect(done).toMatchObject({ status: 'completed', restorable: true, database_id: db.id });
    expect(done.size_bytes).toBeGreaterThan(0);
    expect(done.restore_window_start).toBe(done.completed_at);

    emulator.clock.set(START + 2 * HOUR + TAKES.backup);
    const nightly = (await owner('GET', path)).body.backups;
    expect(nightly).toHaveLength(2);
    expect(nightly[1]).toMatchObject({
      created_at: new Date(START + 2 * HOUR).toISOString().replace('.000', ''),
      expires_at: new Date(START + 2 * HOUR + 7 * DAY).toISOString().replace('.000', ''),
      status: 'completed',
    });
    emulator.clock.advance(10 * DAY);
    const kept = (await owner('GET', path)).body.backups;
    expect(kept).toHaveLength(7);
  });

  it('backs up on demand (201 running, completed 30 s later, no expiry) only while up', async () => {
    const { emulator, owner, seeded } = await databaseSession();
    const path = `/api/v1/databases/${seeded.id}/backups`;
    const created = await owner('POST', path);
    expect(created.status).toBe(201);
    expect(created.body.backup).toMatchObject({
      backup_type: 'on_demand',
      status: 'running',
      expires_at: '',
    });
    emulator.clock.advance(TAKES.backup);
    const listed = (await owner('GET', path)).body.backups;
    expect(listed.at(-1)).toMatchObject({
      id: created.body.backup.id,
      status: 'completed',
      restorable: true,
    });
    await owner('POST', `/api/v1/databases/${seeded.id}/scale`, { plan_id: 13 });
    expect((await owner('POST', path)).status).toBe(400);
  });

  it('restores in place: restoring for 2 minutes, the data as it was, older backups no longer restorable', async () => {
    const { emulator, owner, seeded } = await databaseSession();
    const path = `/api/v1/databases/${seeded.id}`;
    const [backup] = (await owner('GET', `${path}/backups`)).body.backups;
    const write = { statement: 'DELETE FROM orders', read_only: false };
    expect((await owner('POST', `${path}/console`, write)).body.rows_affected).toBe(8);

    const restored = await owner('POST', `${path}/restore`, {
      in_place: true,
      backup_id: backup.id,
    });
    expect(restored.body).toEqual({ success: true, new_database_id: '' });
    expect((await owner('GET', path)).body.database.status).toBe('restoring');
    const listed = (await owner('GET', `${path}/backups`)).body.backups;
    expect(listed.every((b: { restorable: boolean }) => !b.restorable)).toBe(true);
    expect(listed[0].restore_window_start).toBe('');
    const again = await owner('POST', `${path}/restore`, { in_place: true, backup_id: backup.id });
    expect(again.body.message).toMatch(/is restoring; wait until it is running$/);

    emulator.clock.advance(TAKES.restoreInPlace);
    expect((await owner('GET', path)).body.database.status).toBe('running');
    const count = await owner('POST', `${path}/console`, {
      statement: 'SELECT count(*) FROM orders',
    });
    expect(count.body.rows).toEqual([{ cells: ['8'], nulls: [false] }]);
    const refused = await owner('POST', `${path}/restore`, {
      in_place: true,
      backup_id: backup.id,
    });
    expect(refused.body.message).toBe(
      `Backup ${backup.id} is not restorable (see listDatabaseBackups)`,
    );
  });

  it('restores a point in time into a new database that copies plan, VPC and users', async () => {
    const { emulator, owner, seeded } = await databaseSession();
    const path = `/api/v1/databases/${seeded.id}`;
    const before = new Date(emulator.clock.now()).toISOString();
    emulator.clock.advance(SECOND);
    await owner('POST', `${path}/console`, {
      statement: "DELETE FROM orders WHERE status = 'pending'",
      read_only: false,
    });
    const restored = await owner('POST', `${path}/restore`, {
      clone_to_new: true,
      pitr_timestamp: before,
    });
    expect(restored.status).toBe(200);
    const copyId = restored.body.new_database_id;
    expect(copyId).toMatch(/^[a-z][a-z0-9]{7}$/);
    const copy = (await owner('GET', `/api/v1/databases/${copyId}`)).body.database;
    const source = (await owner('GET', path)).body.database;
    expect(copy).toMatchObject({
      name: 'orders-pg-restored',
      status: 'pending',
      plan_id: source.plan_id,
      storage_gb: source.storage_gb,
      vpc_id: source.vpc_id,
      project_id: source.project_id,
      replica_count: 0,
      ha_enabled: false,
    });
    emulator.clock.advance(TAKES.create);
    const count = await owner('POST', `/api/v1/databases/${copyId}/console`, {
      statement: "SELECT count(*) FROM orders WHERE status = 'pending'",
    });
    expect(count.body.rows[0].cells).toEqual(['3']);
    const users = (await owner('GET', `/api/v1/databases/${copyId}/users`)).body.users;
    expect(users.map((u: { name: string }) => u.name)).toContain('reporting');
    const second = await owner('POST', `${path}/restore`, { clone_to_new: true });
    const named = (await owner('GET', `/api/v1/databases/${second.body.new_database_id}`)).body
      .database;
    expect(named.name).toBe('orders-pg-restored-2');
  });

  it.each([
    [{}, 'Set exactly one of clone_to_new and in_place to true'],
    [
      { in_place: true, clone_to_new: true },
      'Set exactly one of clone_to_new and in_place to true',
    ],
    [
      { in_place: true, pitr_timestamp: '2020-01-01T00:00:00Z' },
      /^pitr_timestamp 2020-01-01T00:00:00Z is outside the restore window \(from /,
    ],
    [
      { in_place: true, backup_id: '00000000-0000-4000-8000-000000000000' },
      /^Backup 00000000-0000-4000-8000-000000000000 is not a backup of database /,
    ],
  ])('refuses a restore it cannot do with 400: %j', async (body, message) => {
    const { owner, seeded } = unchanged;
    const refused = await owner('POST', `/api/v1/databases/${seeded.id}/restore`, body);
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(message);
  });
});

describe('database scoping and catalog', () => {
  it('hides databases of projects the key cannot reach: 404 by id, absent from lists', async () => {
    const { emulator, seeded } = await databaseSession();
    const { secret } = await createKey(emulator, {
      role: systemRoleId('member'),
      projects: [emulator.projects.customer1.id],
    });
    const member = caller(emulator, secret);
    expect((await member('GET', `/api/v1/databases/${seeded.id}`)).status).toBe(404);
    expect((await member('GET', `/api/v1/databases/${seeded.id}/connection`)).status).toBe(404);
    expect((await member('GET', '/api/v1/databases')).body.databases).toEqual([]);
    const scoped = caller(emulator, secret, emulator.projects.default.id);
    expect((await scoped('GET', '/api/v1/databases')).status).toBe(403);
  });

  it('serves engines, plans by engine, and the same catalog keyless as public prices', async () => {
    const { emulator, owner } = unchanged;
    const engines = (await owner('GET', '/api/v1/databases/engines')).body.engines;
    expect(engines.map((e: { engine: string }) => e.engine)).toEqual([
      'postgres',
      'mysql',
      'valkey',
      'clickhouse',
      'kafka',
    ]);
    const plans = (await owner('GET', '/api/v1/databases/plans?engine=valkey')).body;
    expect(plans.plans.map((p: { id: number }) => p.id)).toEqual([31, 32]);
    expect(plans.replica_pricing).toEqual([]);
    expect(plans.storage_pricing).toEqual([
      { engine: 'valkey', price_per_gb_month: 0.15, min_gb: 1, max_gb: 500 },
    ]);
    const keyless = await call(emulator, 'GET', '/api/v1/public/pricing/database?engine=valkey');
    expect(keyless).toMatchObject({ status: 200, body: plans });
    const free = (await call(emulator, 'GET', '/api/v1/public/pricing/database')).body.plans.filter(
      (p: { is_free_tier: boolean }) => p.is_free_tier,
    );
    expect(free).toEqual([
      expect.objectContaining({
        id: 1,
        engine: 'postgres',
        memory_gib: 0,
        memory_mib: 512,
        price_per_month: 0,
      }),
      expect.objectContaining({ id: 2, engine: 'mysql', memory_mib: 512 }),
    ]);
  });
});
