/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import { describe, expectTypeOf, it } from 'vitest';
import type { Result } from '../../../src/core/operation-types.js';
import type { Page } from '../../../src/core/pagination.js';
import type { RaffClient, ConvertLambdaResult, FunctionBinding, FunctionDeployment, FunctionEnvVar, FunctionInvocation, FunctionLogLine, FunctionMetrics, FunctionRevealedEnvVar, FunctionRevision, FunctionRuntimeInfo, FunctionSourceUpload, FunctionTrigger, FunctionTriggerRun, FunctionsSpendSettings, FunctionsUsage, GetFunctionDeploymentLogsResult, GetFunctionSourceResult, ServerlessFunction } from '../../../src/index.js';

describe('functions: what each method resolves with', () => {
  it('functions.list resolves with Page<ServerlessFunction>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['list']>>>().toEqualTypeOf<Page<ServerlessFunction>>();
    expectTypeOf<Page<ServerlessFunction>>().toEqualTypeOf<Result<'functions.list'>>();
  });

  it('functions.create resolves with ServerlessFunction', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['create']>>>().toEqualTypeOf<ServerlessFunction>();
    expectTypeOf<ServerlessFunction>().toEqualTypeOf<Result<'functions.create'>>();
  });

  it('functions.usage resolves with FunctionsUsage', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['usage']>>>().toEqualTypeOf<FunctionsUsage>();
    expectTypeOf<FunctionsUsage>().toEqualTypeOf<Result<'functions.usage'>>();
  });

  it('functions.spendSettings resolves with FunctionsSpendSettings', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['spendSettings']>>>().toEqualTypeOf<FunctionsSpendSettings>();
    expectTypeOf<FunctionsSpendSettings>().toEqualTypeOf<Result<'functions.spendSettings'>>();
  });

  it('functions.updateSpendSettings resolves with FunctionsSpendSettings', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['updateSpendSettings']>>>().toEqualTypeOf<FunctionsSpendSettings>();
    expectTypeOf<FunctionsSpendSettings>().toEqualTypeOf<Result<'functions.updateSpendSettings'>>();
  });

  it('functions.importLambda resolves with ConvertLambdaResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['importLambda']>>>().toEqualTypeOf<ConvertLambdaResult>();
    expectTypeOf<ConvertLambdaResult>().toEqualTypeOf<Result<'functions.importLambda'>>();
  });

  it('functions.get resolves with ServerlessFunction', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['get']>>>().toEqualTypeOf<ServerlessFunction>();
    expectTypeOf<ServerlessFunction>().toEqualTypeOf<Result<'functions.get'>>();
  });

  it('functions.delete resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['delete']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'functions.delete'>>();
  });

  it('functions.update resolves with ServerlessFunction', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['update']>>>().toEqualTypeOf<ServerlessFunction>();
    expectTypeOf<ServerlessFunction>().toEqualTypeOf<Result<'functions.update'>>();
  });

  it('functions.pause resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['pause']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'functions.pause'>>();
  });

  it('functions.resume resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['resume']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'functions.resume'>>();
  });

  it('functions.requestSourceUpload resolves with FunctionSourceUpload', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['requestSourceUpload']>>>().toEqualTypeOf<FunctionSourceUpload>();
    expectTypeOf<FunctionSourceUpload>().toEqualTypeOf<Result<'functions.requestSourceUpload'>>();
  });

  it('functions.deployments.list resolves with Page<FunctionDeployment>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['deployments']['list']>>>().toEqualTypeOf<Page<FunctionDeployment>>();
    expectTypeOf<Page<FunctionDeployment>>().toEqualTypeOf<Result<'functions.deployments.list'>>();
  });

  it('functions.deployments.create resolves with FunctionDeployment', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['deployments']['create']>>>().toEqualTypeOf<FunctionDeployment>();
    expectTypeOf<FunctionDeployment>().toEqualTypeOf<Result<'functions.deployments.create'>>();
  });

  it('functions.deployments.get resolves with FunctionDeployment', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['deployments']['get']>>>().toEqualTypeOf<FunctionDeployment>();
    expectTypeOf<FunctionDeployment>().toEqualTypeOf<Result<'functions.deployments.get'>>();
  });

  it('functions.deployments.logs resolves with GetFunctionDeploymentLogsResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['deployments']['logs']>>>().toEqualTypeOf<GetFunctionDeploymentLogsResult>();
    expectTypeOf<GetFunctionDeploymentLogsResult>().toEqualTypeOf<Result<'functions.deployments.logs'>>();
  });

  it('functions.revisions resolves with FunctionRevision[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['revisions']>>>().toEqualTypeOf<FunctionRevision[]>();
    expectTypeOf<FunctionRevision[]>().toEqualTypeOf<Result<'functions.revisions'>>();
  });

  it('functions.rollback resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['rollback']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'functions.rollback'>>();
  });

  it('functions.source resolves with GetFunctionSourceResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['source']>>>().toEqualTypeOf<GetFunctionSourceResult>();
    expectTypeOf<GetFunctionSourceResult>().toEqualTypeOf<Result<'functions.source'>>();
  });

  it('functions.logs resolves with FunctionLogLine[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['logs']>>>().toEqualTypeOf<FunctionLogLine[]>();
    expectTypeOf<FunctionLogLine[]>().toEqualTypeOf<Result<'functions.logs'>>();
  });

  it('functions.metrics resolves with FunctionMetrics', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['metrics']>>>().toEqualTypeOf<FunctionMetrics>();
    expectTypeOf<FunctionMetrics>().toEqualTypeOf<Result<'functions.metrics'>>();
  });

  it('functions.invocations resolves with FunctionInvocation[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['invocations']>>>().toEqualTypeOf<FunctionInvocation[]>();
    expectTypeOf<FunctionInvocation[]>().toEqualTypeOf<Result<'functions.invocations'>>();
  });

  it('functions.env.list resolves with Page<FunctionEnvVar>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['env']['list']>>>().toEqualTypeOf<Page<FunctionEnvVar>>();
    expectTypeOf<Page<FunctionEnvVar>>().toEqualTypeOf<Result<'functions.env.list'>>();
  });

  it('functions.env.set resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['env']['set']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'functions.env.set'>>();
  });

  it('functions.env.reveal resolves with FunctionRevealedEnvVar[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['env']['reveal']>>>().toEqualTypeOf<FunctionRevealedEnvVar[]>();
    expectTypeOf<FunctionRevealedEnvVar[]>().toEqualTypeOf<Result<'functions.env.reveal'>>();
  });

  it('functions.env.delete resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['env']['delete']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'functions.env.delete'>>();
  });

  it('functions.triggers.list resolves with Page<FunctionTrigger>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['triggers']['list']>>>().toEqualTypeOf<Page<FunctionTrigger>>();
    expectTypeOf<Page<FunctionTrigger>>().toEqualTypeOf<Result<'functions.triggers.list'>>();
  });

  it('functions.triggers.create resolves with FunctionTrigger', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['triggers']['create']>>>().toEqualTypeOf<FunctionTrigger>();
    expectTypeOf<FunctionTrigger>().toEqualTypeOf<Result<'functions.triggers.create'>>();
  });

  it('functions.triggers.delete resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['triggers']['delete']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'functions.triggers.delete'>>();
  });

  it('functions.triggers.update resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['triggers']['update']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'functions.triggers.update'>>();
  });

  it('functions.bindings.list resolves with Page<FunctionBinding>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['bindings']['list']>>>().toEqualTypeOf<Page<FunctionBinding>>();
    expectTypeOf<Page<FunctionBinding>>().toEqualTypeOf<Result<'functions.bindings.list'>>();
  });

  it('functions.bindings.create resolves with FunctionBinding', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['bindings']['create']>>>().toEqualTypeOf<FunctionBinding>();
    expectTypeOf<FunctionBinding>().toEqualTypeOf<Result<'functions.bindings.create'>>();
  });

  it('functions.bindings.delete resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['bindings']['delete']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'functions.bindings.delete'>>();
  });

  it('functions.bindings.rotate resolves with FunctionBinding', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['bindings']['rotate']>>>().toEqualTypeOf<FunctionBinding>();
    expectTypeOf<FunctionBinding>().toEqualTypeOf<Result<'functions.bindings.rotate'>>();
  });

  it('functions.triggerRuns resolves with FunctionTriggerRun[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['triggerRuns']>>>().toEqualTypeOf<FunctionTriggerRun[]>();
    expectTypeOf<FunctionTriggerRun[]>().toEqualTypeOf<Result<'functions.triggerRuns'>>();
  });

  it('functions.runtimes resolves with FunctionRuntimeInfo[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['runtimes']>>>().toEqualTypeOf<FunctionRuntimeInfo[]>();
    expectTypeOf<FunctionRuntimeInfo[]>().toEqualTypeOf<Result<'functions.runtimes'>>();
  });
});
