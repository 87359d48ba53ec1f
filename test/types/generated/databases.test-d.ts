/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import { describe, expectTypeOf, it } from 'vitest';
import type { Result } from '../../../src/core/operation-types.js';
import type { Page } from '../../../src/core/pagination.js';
import type { RaffClient, BrowseDatabaseResult, CreateDatabaseUserResult, Database, DatabaseBackup, DatabaseConsumer, DatabaseEngineInfo, DatabaseExtension, DatabaseParameter, DatabaseSavedQuery, DatabaseUser, GetDatabaseClientTrafficResult, GetDatabaseConnectionResult, GetDatabaseLogsItem, GetDatabaseMetricsHistoryResult, GetDatabaseMetricsResult, GetDatabaseSlowQueriesResult, GetDatabaseUserCredentialResult, ListDatabasePlansResult, RestoreDatabaseResult, RotateDatabaseUserResult, RunDatabaseQueryResult } from '../../../src/index.js';

describe('databases: what each method resolves with', () => {
  it('databases.engines resolves with DatabaseEngineInfo[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['engines']>>>().toEqualTypeOf<DatabaseEngineInfo[]>();
    expectTypeOf<DatabaseEngineInfo[]>().toEqualTypeOf<Result<'databases.engines'>>();
  });

  it('databases.plans resolves with ListDatabasePlansResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['plans']>>>().toEqualTypeOf<ListDatabasePlansResult>();
    expectTypeOf<ListDatabasePlansResult>().toEqualTypeOf<Result<'databases.plans'>>();
  });

  it('databases.list resolves with Page<Database>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['list']>>>().toEqualTypeOf<Page<Database>>();
    expectTypeOf<Page<Database>>().toEqualTypeOf<Result<'databases.list'>>();
  });

  it('databases.create resolves with Database', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['create']>>>().toEqualTypeOf<Database>();
    expectTypeOf<Database>().toEqualTypeOf<Result<'databases.create'>>();
  });

  it('databases.get resolves with Database', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['get']>>>().toEqualTypeOf<Database>();
    expectTypeOf<Database>().toEqualTypeOf<Result<'databases.get'>>();
  });

  it('databases.delete resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['delete']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'databases.delete'>>();
  });

  it('databases.update resolves with Database', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['update']>>>().toEqualTypeOf<Database>();
    expectTypeOf<Database>().toEqualTypeOf<Result<'databases.update'>>();
  });

  it('databases.scale resolves with Database', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['scale']>>>().toEqualTypeOf<Database>();
    expectTypeOf<Database>().toEqualTypeOf<Result<'databases.scale'>>();
  });

  it('databases.resume resolves with Database', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['resume']>>>().toEqualTypeOf<Database>();
    expectTypeOf<Database>().toEqualTypeOf<Result<'databases.resume'>>();
  });

  it('databases.restore resolves with RestoreDatabaseResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['restore']>>>().toEqualTypeOf<RestoreDatabaseResult>();
    expectTypeOf<RestoreDatabaseResult>().toEqualTypeOf<Result<'databases.restore'>>();
  });

  it('databases.connection resolves with GetDatabaseConnectionResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['connection']>>>().toEqualTypeOf<GetDatabaseConnectionResult>();
    expectTypeOf<GetDatabaseConnectionResult>().toEqualTypeOf<Result<'databases.connection'>>();
  });

  it('databases.rotateCredentials resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['rotateCredentials']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'databases.rotateCredentials'>>();
  });

  it('databases.connectVpc resolves with Database', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['connectVpc']>>>().toEqualTypeOf<Database>();
    expectTypeOf<Database>().toEqualTypeOf<Result<'databases.connectVpc'>>();
  });

  it('databases.disconnectVpc resolves with Database', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['disconnectVpc']>>>().toEqualTypeOf<Database>();
    expectTypeOf<Database>().toEqualTypeOf<Result<'databases.disconnectVpc'>>();
  });

  it('databases.metrics resolves with GetDatabaseMetricsResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['metrics']>>>().toEqualTypeOf<GetDatabaseMetricsResult>();
    expectTypeOf<GetDatabaseMetricsResult>().toEqualTypeOf<Result<'databases.metrics'>>();
  });

  it('databases.metricsHistory resolves with GetDatabaseMetricsHistoryResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['metricsHistory']>>>().toEqualTypeOf<GetDatabaseMetricsHistoryResult>();
    expectTypeOf<GetDatabaseMetricsHistoryResult>().toEqualTypeOf<Result<'databases.metricsHistory'>>();
  });

  it('databases.clientTraffic resolves with GetDatabaseClientTrafficResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['clientTraffic']>>>().toEqualTypeOf<GetDatabaseClientTrafficResult>();
    expectTypeOf<GetDatabaseClientTrafficResult>().toEqualTypeOf<Result<'databases.clientTraffic'>>();
  });

  it('databases.slowQueries resolves with GetDatabaseSlowQueriesResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['slowQueries']>>>().toEqualTypeOf<GetDatabaseSlowQueriesResult>();
    expectTypeOf<GetDatabaseSlowQueriesResult>().toEqualTypeOf<Result<'databases.slowQueries'>>();
  });

  it('databases.logs resolves with GetDatabaseLogsItem[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['logs']>>>().toEqualTypeOf<GetDatabaseLogsItem[]>();
    expectTypeOf<GetDatabaseLogsItem[]>().toEqualTypeOf<Result<'databases.logs'>>();
  });

  it('databases.extensions.list resolves with Page<DatabaseExtension>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['extensions']['list']>>>().toEqualTypeOf<Page<DatabaseExtension>>();
    expectTypeOf<Page<DatabaseExtension>>().toEqualTypeOf<Result<'databases.extensions.list'>>();
  });

  it('databases.extensions.set resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['extensions']['set']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'databases.extensions.set'>>();
  });

  it('databases.backups.list resolves with Page<DatabaseBackup>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['backups']['list']>>>().toEqualTypeOf<Page<DatabaseBackup>>();
    expectTypeOf<Page<DatabaseBackup>>().toEqualTypeOf<Result<'databases.backups.list'>>();
  });

  it('databases.backups.create resolves with DatabaseBackup', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['backups']['create']>>>().toEqualTypeOf<DatabaseBackup>();
    expectTypeOf<DatabaseBackup>().toEqualTypeOf<Result<'databases.backups.create'>>();
  });

  it('databases.users.list resolves with Page<DatabaseUser>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['users']['list']>>>().toEqualTypeOf<Page<DatabaseUser>>();
    expectTypeOf<Page<DatabaseUser>>().toEqualTypeOf<Result<'databases.users.list'>>();
  });

  it('databases.users.create resolves with CreateDatabaseUserResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['users']['create']>>>().toEqualTypeOf<CreateDatabaseUserResult>();
    expectTypeOf<CreateDatabaseUserResult>().toEqualTypeOf<Result<'databases.users.create'>>();
  });

  it('databases.users.delete resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['users']['delete']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'databases.users.delete'>>();
  });

  it('databases.users.rotate resolves with RotateDatabaseUserResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['users']['rotate']>>>().toEqualTypeOf<RotateDatabaseUserResult>();
    expectTypeOf<RotateDatabaseUserResult>().toEqualTypeOf<Result<'databases.users.rotate'>>();
  });

  it('databases.users.credential resolves with GetDatabaseUserCredentialResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['users']['credential']>>>().toEqualTypeOf<GetDatabaseUserCredentialResult>();
    expectTypeOf<GetDatabaseUserCredentialResult>().toEqualTypeOf<Result<'databases.users.credential'>>();
  });

  it('databases.parameters resolves with DatabaseParameter[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['parameters']>>>().toEqualTypeOf<DatabaseParameter[]>();
    expectTypeOf<DatabaseParameter[]>().toEqualTypeOf<Result<'databases.parameters'>>();
  });

  it('databases.query resolves with RunDatabaseQueryResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['query']>>>().toEqualTypeOf<RunDatabaseQueryResult>();
    expectTypeOf<RunDatabaseQueryResult>().toEqualTypeOf<Result<'databases.query'>>();
  });

  it('databases.browse resolves with BrowseDatabaseResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['browse']>>>().toEqualTypeOf<BrowseDatabaseResult>();
    expectTypeOf<BrowseDatabaseResult>().toEqualTypeOf<Result<'databases.browse'>>();
  });

  it('databases.savedQueries.list resolves with Page<DatabaseSavedQuery>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['savedQueries']['list']>>>().toEqualTypeOf<Page<DatabaseSavedQuery>>();
    expectTypeOf<Page<DatabaseSavedQuery>>().toEqualTypeOf<Result<'databases.savedQueries.list'>>();
  });

  it('databases.savedQueries.save resolves with DatabaseSavedQuery', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['savedQueries']['save']>>>().toEqualTypeOf<DatabaseSavedQuery>();
    expectTypeOf<DatabaseSavedQuery>().toEqualTypeOf<Result<'databases.savedQueries.save'>>();
  });

  it('databases.savedQueries.delete resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['savedQueries']['delete']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'databases.savedQueries.delete'>>();
  });

  it('databases.consumers resolves with DatabaseConsumer[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['databases']['consumers']>>>().toEqualTypeOf<DatabaseConsumer[]>();
    expectTypeOf<DatabaseConsumer[]>().toEqualTypeOf<Result<'databases.consumers'>>();
  });
});
