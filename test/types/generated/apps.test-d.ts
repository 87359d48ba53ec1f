/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import { describe, expectTypeOf, it } from 'vitest';
import type { Result } from '../../../src/core/operation-types.js';
import type { Page } from '../../../src/core/pagination.js';
import type { RaffClient, AppCustomDomain, AppDeployment, AppEnvVar, AppEnvVarRevealed, AppJobRun, AppLogLine, AppMetricSeries, AppService, AppSpendSettings, AppTier, BulkSetAppEnvVarsResult, CreateAppServiceResult, GetAppDeploymentLogsResult, GetAppsUsageResult, RequestAppSourceUploadResult, SetAppEnvVarResult } from '../../../src/index.js';

describe('apps: what each method resolves with', () => {
  it('apps.tiers resolves with AppTier[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apps']['tiers']>>>().toEqualTypeOf<AppTier[]>();
    expectTypeOf<AppTier[]>().toEqualTypeOf<Result<'apps.tiers'>>();
  });

  it('apps.services.list resolves with Page<AppService>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apps']['services']['list']>>>().toEqualTypeOf<Page<AppService>>();
    expectTypeOf<Page<AppService>>().toEqualTypeOf<Result<'apps.services.list'>>();
  });

  it('apps.services.create resolves with CreateAppServiceResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apps']['services']['create']>>>().toEqualTypeOf<CreateAppServiceResult>();
    expectTypeOf<CreateAppServiceResult>().toEqualTypeOf<Result<'apps.services.create'>>();
  });

  it('apps.services.get resolves with AppService', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apps']['services']['get']>>>().toEqualTypeOf<AppService>();
    expectTypeOf<AppService>().toEqualTypeOf<Result<'apps.services.get'>>();
  });

  it('apps.services.delete resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apps']['services']['delete']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'apps.services.delete'>>();
  });

  it('apps.services.pause resolves with AppService', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apps']['services']['pause']>>>().toEqualTypeOf<AppService>();
    expectTypeOf<AppService>().toEqualTypeOf<Result<'apps.services.pause'>>();
  });

  it('apps.services.resume resolves with AppService', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apps']['services']['resume']>>>().toEqualTypeOf<AppService>();
    expectTypeOf<AppService>().toEqualTypeOf<Result<'apps.services.resume'>>();
  });

  it('apps.services.scale resolves with AppService', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apps']['services']['scale']>>>().toEqualTypeOf<AppService>();
    expectTypeOf<AppService>().toEqualTypeOf<Result<'apps.services.scale'>>();
  });

  it('apps.services.requestSourceUpload resolves with RequestAppSourceUploadResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apps']['services']['requestSourceUpload']>>>().toEqualTypeOf<RequestAppSourceUploadResult>();
    expectTypeOf<RequestAppSourceUploadResult>().toEqualTypeOf<Result<'apps.services.requestSourceUpload'>>();
  });

  it('apps.deployments.list resolves with Page<AppDeployment>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apps']['deployments']['list']>>>().toEqualTypeOf<Page<AppDeployment>>();
    expectTypeOf<Page<AppDeployment>>().toEqualTypeOf<Result<'apps.deployments.list'>>();
  });

  it('apps.deployments.create resolves with AppDeployment', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apps']['deployments']['create']>>>().toEqualTypeOf<AppDeployment>();
    expectTypeOf<AppDeployment>().toEqualTypeOf<Result<'apps.deployments.create'>>();
  });

  it('apps.deployments.get resolves with AppDeployment', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apps']['deployments']['get']>>>().toEqualTypeOf<AppDeployment>();
    expectTypeOf<AppDeployment>().toEqualTypeOf<Result<'apps.deployments.get'>>();
  });

  it('apps.deployments.logs resolves with GetAppDeploymentLogsResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apps']['deployments']['logs']>>>().toEqualTypeOf<GetAppDeploymentLogsResult>();
    expectTypeOf<GetAppDeploymentLogsResult>().toEqualTypeOf<Result<'apps.deployments.logs'>>();
  });

  it('apps.services.rollback resolves with AppDeployment', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apps']['services']['rollback']>>>().toEqualTypeOf<AppDeployment>();
    expectTypeOf<AppDeployment>().toEqualTypeOf<Result<'apps.services.rollback'>>();
  });

  it('apps.services.logs resolves with AppLogLine[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apps']['services']['logs']>>>().toEqualTypeOf<AppLogLine[]>();
    expectTypeOf<AppLogLine[]>().toEqualTypeOf<Result<'apps.services.logs'>>();
  });

  it('apps.services.metrics resolves with AppMetricSeries[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apps']['services']['metrics']>>>().toEqualTypeOf<AppMetricSeries[]>();
    expectTypeOf<AppMetricSeries[]>().toEqualTypeOf<Result<'apps.services.metrics'>>();
  });

  it('apps.env.list resolves with Page<AppEnvVar>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apps']['env']['list']>>>().toEqualTypeOf<Page<AppEnvVar>>();
    expectTypeOf<Page<AppEnvVar>>().toEqualTypeOf<Result<'apps.env.list'>>();
  });

  it('apps.env.set resolves with SetAppEnvVarResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apps']['env']['set']>>>().toEqualTypeOf<SetAppEnvVarResult>();
    expectTypeOf<SetAppEnvVarResult>().toEqualTypeOf<Result<'apps.env.set'>>();
  });

  it('apps.env.setMany resolves with BulkSetAppEnvVarsResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apps']['env']['setMany']>>>().toEqualTypeOf<BulkSetAppEnvVarsResult>();
    expectTypeOf<BulkSetAppEnvVarsResult>().toEqualTypeOf<Result<'apps.env.setMany'>>();
  });

  it('apps.env.reveal resolves with AppEnvVarRevealed[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apps']['env']['reveal']>>>().toEqualTypeOf<AppEnvVarRevealed[]>();
    expectTypeOf<AppEnvVarRevealed[]>().toEqualTypeOf<Result<'apps.env.reveal'>>();
  });

  it('apps.env.delete resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apps']['env']['delete']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'apps.env.delete'>>();
  });

  it('apps.domains.list resolves with Page<AppCustomDomain>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apps']['domains']['list']>>>().toEqualTypeOf<Page<AppCustomDomain>>();
    expectTypeOf<Page<AppCustomDomain>>().toEqualTypeOf<Result<'apps.domains.list'>>();
  });

  it('apps.domains.add resolves with AppCustomDomain', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apps']['domains']['add']>>>().toEqualTypeOf<AppCustomDomain>();
    expectTypeOf<AppCustomDomain>().toEqualTypeOf<Result<'apps.domains.add'>>();
  });

  it('apps.domains.delete resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apps']['domains']['delete']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'apps.domains.delete'>>();
  });

  it('apps.domains.retry resolves with AppCustomDomain', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apps']['domains']['retry']>>>().toEqualTypeOf<AppCustomDomain>();
    expectTypeOf<AppCustomDomain>().toEqualTypeOf<Result<'apps.domains.retry'>>();
  });

  it('apps.jobs.run resolves with AppJobRun', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apps']['jobs']['run']>>>().toEqualTypeOf<AppJobRun>();
    expectTypeOf<AppJobRun>().toEqualTypeOf<Result<'apps.jobs.run'>>();
  });

  it('apps.jobs.runs resolves with AppJobRun[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apps']['jobs']['runs']>>>().toEqualTypeOf<AppJobRun[]>();
    expectTypeOf<AppJobRun[]>().toEqualTypeOf<Result<'apps.jobs.runs'>>();
  });

  it('apps.jobs.cancel resolves with AppJobRun', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apps']['jobs']['cancel']>>>().toEqualTypeOf<AppJobRun>();
    expectTypeOf<AppJobRun>().toEqualTypeOf<Result<'apps.jobs.cancel'>>();
  });

  it('apps.usage resolves with GetAppsUsageResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apps']['usage']>>>().toEqualTypeOf<GetAppsUsageResult>();
    expectTypeOf<GetAppsUsageResult>().toEqualTypeOf<Result<'apps.usage'>>();
  });

  it('apps.spendSettings resolves with AppSpendSettings', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apps']['spendSettings']>>>().toEqualTypeOf<AppSpendSettings>();
    expectTypeOf<AppSpendSettings>().toEqualTypeOf<Result<'apps.spendSettings'>>();
  });

  it('apps.updateSpendSettings resolves with AppSpendSettings', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['apps']['updateSpendSettings']>>>().toEqualTypeOf<AppSpendSettings>();
    expectTypeOf<AppSpendSettings>().toEqualTypeOf<Result<'apps.updateSpendSettings'>>();
  });
});
