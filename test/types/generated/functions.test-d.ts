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
    expectTypeOf<Page<ServerlessFunction>>().toEqualTypeOf<Result<'listFunctions'>>();
  });

  it('functions.create resolves with ServerlessFunction', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['create']>>>().toEqualTypeOf<ServerlessFunction>();
    expectTypeOf<ServerlessFunction>().toEqualTypeOf<Result<'createFunction'>>();
  });

  it('functions.usage resolves with FunctionsUsage', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['usage']>>>().toEqualTypeOf<FunctionsUsage>();
    expectTypeOf<FunctionsUsage>().toEqualTypeOf<Result<'getFunctionsUsage'>>();
  });

  it('functions.spendSettings resolves with FunctionsSpendSettings', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['spendSettings']>>>().toEqualTypeOf<FunctionsSpendSettings>();
    expectTypeOf<FunctionsSpendSettings>().toEqualTypeOf<Result<'getFunctionsSpendSettings'>>();
  });

  it('functions.updateSpendSettings resolves with FunctionsSpendSettings', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['updateSpendSettings']>>>().toEqualTypeOf<FunctionsSpendSettings>();
    expectTypeOf<FunctionsSpendSettings>().toEqualTypeOf<Result<'updateFunctionsSpendSettings'>>();
  });

  it('functions.importLambda resolves with ConvertLambdaResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['importLambda']>>>().toEqualTypeOf<ConvertLambdaResult>();
    expectTypeOf<ConvertLambdaResult>().toEqualTypeOf<Result<'convertLambda'>>();
  });

  it('functions.get resolves with ServerlessFunction', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['get']>>>().toEqualTypeOf<ServerlessFunction>();
    expectTypeOf<ServerlessFunction>().toEqualTypeOf<Result<'getFunction'>>();
  });

  it('functions.delete resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['delete']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'deleteFunction'>>();
  });

  it('functions.update resolves with ServerlessFunction', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['update']>>>().toEqualTypeOf<ServerlessFunction>();
    expectTypeOf<ServerlessFunction>().toEqualTypeOf<Result<'updateFunction'>>();
  });

  it('functions.pause resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['pause']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'pauseFunction'>>();
  });

  it('functions.resume resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['resume']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'resumeFunction'>>();
  });

  it('functions.requestSourceUpload resolves with FunctionSourceUpload', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['requestSourceUpload']>>>().toEqualTypeOf<FunctionSourceUpload>();
    expectTypeOf<FunctionSourceUpload>().toEqualTypeOf<Result<'requestFunctionSourceUpload'>>();
  });

  it('functions.deployments.list resolves with Page<FunctionDeployment>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['deployments']['list']>>>().toEqualTypeOf<Page<FunctionDeployment>>();
    expectTypeOf<Page<FunctionDeployment>>().toEqualTypeOf<Result<'listFunctionDeployments'>>();
  });

  it('functions.deployments.create resolves with FunctionDeployment', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['deployments']['create']>>>().toEqualTypeOf<FunctionDeployment>();
    expectTypeOf<FunctionDeployment>().toEqualTypeOf<Result<'createFunctionDeployment'>>();
  });

  it('functions.deployments.get resolves with FunctionDeployment', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['deployments']['get']>>>().toEqualTypeOf<FunctionDeployment>();
    expectTypeOf<FunctionDeployment>().toEqualTypeOf<Result<'getFunctionDeployment'>>();
  });

  it('functions.deployments.logs resolves with GetFunctionDeploymentLogsResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['deployments']['logs']>>>().toEqualTypeOf<GetFunctionDeploymentLogsResult>();
    expectTypeOf<GetFunctionDeploymentLogsResult>().toEqualTypeOf<Result<'getFunctionDeploymentLogs'>>();
  });

  it('functions.revisions resolves with FunctionRevision[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['revisions']>>>().toEqualTypeOf<FunctionRevision[]>();
    expectTypeOf<FunctionRevision[]>().toEqualTypeOf<Result<'listFunctionRevisions'>>();
  });

  it('functions.rollback resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['rollback']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'rollbackFunction'>>();
  });

  it('functions.source resolves with GetFunctionSourceResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['source']>>>().toEqualTypeOf<GetFunctionSourceResult>();
    expectTypeOf<GetFunctionSourceResult>().toEqualTypeOf<Result<'getFunctionSource'>>();
  });

  it('functions.logs resolves with FunctionLogLine[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['logs']>>>().toEqualTypeOf<FunctionLogLine[]>();
    expectTypeOf<FunctionLogLine[]>().toEqualTypeOf<Result<'listFunctionLogs'>>();
  });

  it('functions.metrics resolves with FunctionMetrics', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['metrics']>>>().toEqualTypeOf<FunctionMetrics>();
    expectTypeOf<FunctionMetrics>().toEqualTypeOf<Result<'getFunctionMetrics'>>();
  });

  it('functions.invocations resolves with FunctionInvocation[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['invocations']>>>().toEqualTypeOf<FunctionInvocation[]>();
    expectTypeOf<FunctionInvocation[]>().toEqualTypeOf<Result<'listFunctionInvocations'>>();
  });

  it('functions.env.list resolves with Page<FunctionEnvVar>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['env']['list']>>>().toEqualTypeOf<Page<FunctionEnvVar>>();
    expectTypeOf<Page<FunctionEnvVar>>().toEqualTypeOf<Result<'listFunctionEnvVars'>>();
  });

  it('functions.env.set resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['env']['set']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'setFunctionEnvVar'>>();
  });

  it('functions.env.reveal resolves with FunctionRevealedEnvVar[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['env']['reveal']>>>().toEqualTypeOf<FunctionRevealedEnvVar[]>();
    expectTypeOf<FunctionRevealedEnvVar[]>().toEqualTypeOf<Result<'revealFunctionEnvVars'>>();
  });

  it('functions.env.delete resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['env']['delete']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'deleteFunctionEnvVar'>>();
  });

  it('functions.triggers.list resolves with Page<FunctionTrigger>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['triggers']['list']>>>().toEqualTypeOf<Page<FunctionTrigger>>();
    expectTypeOf<Page<FunctionTrigger>>().toEqualTypeOf<Result<'listFunctionTriggers'>>();
  });

  it('functions.triggers.create resolves with FunctionTrigger', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['triggers']['create']>>>().toEqualTypeOf<FunctionTrigger>();
    expectTypeOf<FunctionTrigger>().toEqualTypeOf<Result<'createFunctionTrigger'>>();
  });

  it('functions.triggers.delete resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['triggers']['delete']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'deleteFunctionTrigger'>>();
  });

  it('functions.triggers.update resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['triggers']['update']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'updateFunctionTrigger'>>();
  });

  it('functions.bindings.list resolves with Page<FunctionBinding>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['bindings']['list']>>>().toEqualTypeOf<Page<FunctionBinding>>();
    expectTypeOf<Page<FunctionBinding>>().toEqualTypeOf<Result<'listFunctionBindings'>>();
  });

  it('functions.bindings.create resolves with FunctionBinding', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['bindings']['create']>>>().toEqualTypeOf<FunctionBinding>();
    expectTypeOf<FunctionBinding>().toEqualTypeOf<Result<'createFunctionBinding'>>();
  });

  it('functions.bindings.delete resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['bindings']['delete']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'deleteFunctionBinding'>>();
  });

  it('functions.bindings.rotate resolves with FunctionBinding', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['bindings']['rotate']>>>().toEqualTypeOf<FunctionBinding>();
    expectTypeOf<FunctionBinding>().toEqualTypeOf<Result<'rotateFunctionBinding'>>();
  });

  it('functions.triggerRuns resolves with FunctionTriggerRun[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['triggerRuns']>>>().toEqualTypeOf<FunctionTriggerRun[]>();
    expectTypeOf<FunctionTriggerRun[]>().toEqualTypeOf<Result<'listFunctionTriggerRuns'>>();
  });

  it('functions.runtimes resolves with FunctionRuntimeInfo[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['functions']['runtimes']>>>().toEqualTypeOf<FunctionRuntimeInfo[]>();
    expectTypeOf<FunctionRuntimeInfo[]>().toEqualTypeOf<Result<'listFunctionRuntimes'>>();
  });
});
