// How clients reach a managed database in the emulator: connection details and the admin
// password, its rotation, engine users and their passwords, the VPC and the public endpoint with
// its allowlist.
import { beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, databaseSession, runningDatabase, TAKES } from '../support/databases.js';

// One emulator for the requests that are refused (they change nothing).
let unchanged: Awaited<ReturnType<typeof databaseSession>>;
beforeAll(async () => {
  unchanged = await databaseSession();
});

describe('database connection and credentials', () => {
  it('gives the private endpoint only inside a VPC, and the password only when revealed', async () => {
    const { emulator, owner, seeded } = await databaseSession();
    const host = `${seeded.database_id}.db.raffusercloud.com`;
    const hidden = (await owner('GET', `/api/v1/databases/${seeded.id}/connection`)).body;
    expect(hidden).toMatchObject({
      host,
      port: 6432,
      username: 'raff_admin',
      password: '',
      database_name: 'app',
      connection_uri: `postgresql://raff_admin@${host}:6432/app?sslmode=require`,
      public_host: '',
      public_port: 0,
      public_connection_uri: '',
    });
    expect(hidden.ca_cert).toMatch(/^-----BEGIN CERTIFICATE-----\n/);
    const shown = (await owner('GET', `/api/v1/databases/${seeded.id}/connection?reveal=true`))
      .body;
    expect(shown.password).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(shown.connection_uri).toBe(
      `postgresql://raff_admin:${shown.password}@${host}:6432/app?sslmode=require`,
    );

    const outside = await runningDatabase(emulator, {
      name: 'cache',
      engine: 'valkey',
      plan_id: 31,
    });
    const bare = (await owner('GET', `/api/v1/databases/${outside.id}/connection?reveal=true`))
      .body;
    expect(bare).toMatchObject({ host: '', port: 0, connection_uri: '', database_name: '0' });
    expect(bare.password).toMatch(/^[A-Za-z0-9]{32}$/);
  });

  it('rotates the admin password: the old one is gone from every answer, the new one everywhere', async () => {
    const { owner, seeded } = await databaseSession();
    const path = `/api/v1/databases/${seeded.id}`;
    const before = (await owner('GET', `${path}/connection?reveal=true`)).body;
    const rotated = await owner('POST', `${path}/credentials/rotate`);
    expect(rotated.status).toBe(200);
    expect(JSON.stringify(rotated.body)).not.toContain(before.password);
    const after = (await owner('GET', `${path}/connection?reveal=true`)).body;
    expect(after.password).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(after.password).not.toBe(before.password);
    expect(after.connection_uri).toContain(`:${after.password}@`);
    expect(after.connection_uri).not.toContain(before.password);
    const logs = (await owner('GET', `${path}/logs`)).body.lines;
    expect(logs.at(-1)).toMatch(/LOG: {2}password of role "raff_admin" changed$/);
  });
});

describe('database users', () => {
  it('lists the admin, the engine’s own users and added ones', async () => {
    const { owner, seeded } = await databaseSession();
    const users = (await owner('GET', `/api/v1/databases/${seeded.id}/users`)).body.users;
    expect(users).toEqual([
      { name: 'raff_admin', role: 'owner', scope: 'app', kind: 'admin' },
      { name: 'raff_replication', role: 'replication', scope: 'app', kind: 'system' },
      { name: 'raff_monitor', role: 'pg_monitor', scope: 'app', kind: 'system' },
      { name: 'reporting', role: 'readonly', scope: 'app', kind: 'scoped' },
    ]);
  });

  it('creates a user with a password, rotates it, and hands out only the current one', async () => {
    const { owner, seeded } = await databaseSession();
    const users = `/api/v1/databases/${seeded.id}/users`;
    const created = await owner('POST', users, { name: 'analytics', role: 'readwrite' });
    expect(created.status).toBe(201);
    expect(created.body.user).toEqual({
      name: 'analytics',
      role: 'readwrite',
      scope: 'app',
      kind: 'scoped',
    });
    const first = created.body.password;
    expect(first).toMatch(/^[A-Za-z0-9]{32}$/);
    expect((await owner('GET', `${users}/analytics/credential`)).body).toEqual({
      success: true,
      username: 'analytics',
      password: first,
    });
    const rotated = await owner('POST', `${users}/analytics/rotate`);
    expect(rotated.body.password).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(rotated.body.password).not.toBe(first);
    const current = (await owner('GET', `${users}/analytics/credential`)).body.password;
    expect(current).toBe(rotated.body.password);

    expect((await owner('DELETE', `${users}/analytics`)).body).toEqual({
      success: true,
      message: 'User removed',
    });
    expect((await owner('GET', `${users}/analytics/credential`)).status).toBe(404);
  });

  it.each([
    [
      'POST',
      '',
      { name: 'reporting', role: 'readonly' },
      400,
      /^User reporting already exists in database /,
    ],
    ['POST', '', { name: 'postgres', role: 'readonly' }, 400, 'User name postgres is reserved'],
    ['POST', '', { name: 'raff_ops', role: 'readonly' }, 400, 'User name raff_ops is reserved'],
    ['POST', '', { name: 'app_checkout', role: 'readonly' }, 400, /name/],
    [
      'POST',
      '/raff_admin/rotate',
      undefined,
      400,
      'Cannot rotate the password of user raff_admin: it is the admin user (rotateDatabaseCredentials changes its password)',
    ],
    [
      'DELETE',
      '/raff_monitor',
      undefined,
      400,
      "Cannot delete user raff_monitor: it is the engine's own",
    ],
    [
      'GET',
      '/raff_admin/credential',
      undefined,
      404,
      'User raff_admin was not added with createDatabaseUser; it has no credential here',
    ],
    ['DELETE', '/nobody', undefined, 404, /^User nobody not found in database /],
  ])('refuses %s users%s %j with %i', async (method, suffix, body, status, message) => {
    const { owner, seeded } = unchanged;
    const refused = await owner(method, `/api/v1/databases/${seeded.id}/users${suffix}`, body);
    expect(refused.status).toBe(status);
    expect(refused.body.message).toMatch(message);
  });
});

describe('database networking', () => {
  it('opens the public endpoint on a reserved port pair that it keeps across off and on', async () => {
    const { owner, seeded } = await databaseSession();
    const path = `/api/v1/databases/${seeded.id}`;
    const publicHost = `${seeded.database_id}.public.db.raffusercloud.com`;
    const opened = await owner('POST', `${path}/public-access`, {
      enabled: true,
      allowlist: ['198.51.100.0/24'],
    });
    expect(opened.body.database).toMatchObject({
      public_access: true,
      public_port: 25060,
      public_dns_hostname: publicHost,
      public_allowlist: ['198.51.100.0/24'],
    });
    const connection = (await owner('GET', `${path}/connection`)).body;
    expect(connection).toMatchObject({
      public_host: publicHost,
      public_port: 5432,
      public_connection_uri: `postgresql://raff_admin@${publicHost}:5432/app?sslmode=require`,
    });

    // Off: the endpoint's fields are empty, the list stays stored.
    const closed = await owner('POST', `${path}/public-access`, { enabled: false });
    expect(closed.body.database).toMatchObject({
      public_access: false,
      public_port: 0,
      public_dns_hostname: '',
      public_allowlist: ['198.51.100.0/24'],
    });
    expect((await owner('GET', `${path}/connection`)).body).toMatchObject({
      public_host: '',
      public_port: 0,
      public_connection_uri: '',
    });
    // On again without a list: the same port and the stored list.
    const reopened = await owner('POST', `${path}/public-access`, { enabled: true });
    expect(reopened.body.database).toMatchObject({
      public_port: 25060,
      public_allowlist: ['198.51.100.0/24'],
    });
    // [] admits every source.
    const everyone = await owner('POST', `${path}/public-access`, { enabled: true, allowlist: [] });
    expect(everyone.body.database).toMatchObject({ public_access: true, public_allowlist: [] });
  });

  it('gives each database its own port pair, freed when the database is deleted', async () => {
    const { emulator, owner, seeded } = await databaseSession();
    const open = (id: string) =>
      owner('POST', `/api/v1/databases/${id}/public-access`, { enabled: true });
    expect((await open(seeded.id)).body.database.public_port).toBe(25060);
    const second = await runningDatabase(emulator, {
      name: 'cache',
      engine: 'valkey',
      plan_id: 31,
    });
    expect((await open(second.id)).body.database.public_port).toBe(25062);
    const valkey = (await owner('GET', `/api/v1/databases/${second.id}/connection`)).body;
    expect(valkey.public_port).toBe(25062);
    expect(valkey.public_connection_uri).toMatch(
      /^rediss:\/\/raff_admin@[a-z0-9]{8}\.public\.db\.raffusercloud\.com:25062\/0$/,
    );
    await owner('DELETE', `/api/v1/databases/${seeded.id}`);
    emulator.clock.advance(TAKES.delete);
    const third = await createDatabase(emulator, {
      name: 'open',
      plan_id: 11,
      public_access: true,
    });
    expect(third).toMatchObject({ public_access: true, public_port: 25060, public_allowlist: [] });
  });

  it.each([['10.0.0.1'], ['10.0.0.0/33'], ['not-a-network/8'], ['2001:db8::/129']])(
    'refuses allowlist entry %s with 400',
    async (entry) => {
      const { owner, seeded } = unchanged;
      const refused = await owner('POST', `/api/v1/databases/${seeded.id}/public-access`, {
        enabled: true,
        allowlist: ['2001:db8::/32', entry],
      });
      expect(refused.status).toBe(400);
      expect(refused.body.message).toBe(
        `allowlist[1] must be a network in CIDR notation such as 198.51.100.0/24; got "${entry}"`,
      );
      expect(
        (await owner('GET', `/api/v1/databases/${seeded.id}`)).body.database.public_allowlist,
      ).toEqual([]);
    },
  );

  it('connects and disconnects a VPC: the private endpoint exists only with one', async () => {
    const { emulator, owner, vpcId } = await databaseSession();
    const db = await runningDatabase(emulator, { name: 'solo', plan_id: 11 });
    const path = `/api/v1/databases/${db.id}`;
    expect((await owner('DELETE', `${path}/vpc`)).body.message).toBe(
      `Database ${db.database_id} is in no VPC`,
    );
    const joined = await owner('POST', `${path}/vpc`, { vpc_id: vpcId });
    expect(joined.body.database.vpc_id).toBe(vpcId);
    expect((await owner('GET', `${path}/connection`)).body.host).toBe(
      `${db.database_id}.db.raffusercloud.com`,
    );
    const twice = await owner('POST', `${path}/vpc`, { vpc_id: vpcId });
    expect(twice.body.message).toBe(
      `Database ${db.database_id} is already in VPC ${vpcId}; disconnect it first`,
    );
    const left = await owner('DELETE', `${path}/vpc`);
    expect(left.body.database.vpc_id).toBe('');
    expect((await owner('GET', `${path}/connection`)).body).toMatchObject({
      host: '',
      connection_uri: '',
    });
    const stranger = '3f7b2c1e-9a4d-4e8f-b6a5-2d1c0e9f8a7b';
    const refused = await owner('POST', `${path}/vpc`, { vpc_id: stranger });
    expect(refused.body.message).toBe(
      `VPC ${stranger} not found in project ${emulator.projects.default.id}`,
    );
  });
});
