// Helpers of the Functions emulator tests: the timings the emulator uses, a still emulator with
// an Owner caller in Default, and a function created and deployed through the HTTP API.
import { expect } from 'vitest';
import { LIFECYCLE_TIMINGS } from '../../src/testing/domains/timings.js';
import { totalMs } from '../../src/testing/server/lifecycle.js';
import type { RaffEmulatorOptions } from '../../src/testing/types.js';
import { startEmulator, type TestEmulator } from './emulator.js';
import { caller, START } from './storage.js';

function phaseMs(
  timing: { phases: readonly (readonly [string, number])[] },
  status: string,
): number {
  const phase = timing.phases.find(([name]) => name === status);
  if (phase === undefined) throw new Error(`no ${status} phase`);
  return phase[1];
}

/** How long each Functions transition takes, emulated ms, from the emulator's own table. */
export const FN_TAKES = {
  deploy: totalMs(LIFECYCLE_TIMINGS.functionDeployment.build),
  failedBuild: totalMs(LIFECYCLE_TIMINGS.functionDeployment.fail),
  queued: phaseMs(LIFECYCLE_TIMINGS.functionDeployment.build, 'queued'),
  building: phaseMs(LIFECYCLE_TIMINGS.functionDeployment.build, 'building'),
  rollout: totalMs(LIFECYCLE_TIMINGS.function.rollout),
  delete: totalMs(LIFECYCLE_TIMINGS.function.delete),
  bindingCreate: totalMs(LIFECYCLE_TIMINGS.functionBinding.create),
  bindingRotate: totalMs(LIFECYCLE_TIMINGS.functionBinding.rotate),
} as const;

/** Starter files that build on the Python runtime. */
export const PYTHON_FILES = [
  { name: 'main.py', content: 'async def app(scope, receive, send):\n    ...\n' },
  { name: 'requirements.txt', content: '' },
] as const;

/** A still emulator at {@link START} and an Owner caller sending X-Project-ID of Default. */
export async function functionsEmulator(options: RaffEmulatorOptions = {}) {
  const emulator: TestEmulator = await startEmulator({ now: START, speed: 0, ...options });
  const project = emulator.projects.default.id;
  const owner = caller(emulator, emulator.ownerKey, project);
  /** Creates a Python function (201) and returns its view. */
  const create = async (name: string, extra: Record<string, unknown> = {}) => {
    const created = await owner('POST', '/api/v1/functions', { name, runtime: 'python', ...extra });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.data.function;
  };
  /** Creates a Python function, deploys the starter files and lets the deployment finish. */
  const live = async (name: string) => {
    const fn = await create(name);
    const deployed = await owner('POST', `/api/v1/functions/${fn.id}/deployments`, {
      files: PYTHON_FILES,
    });
    expect(deployed.status).toBe(201);
    emulator.clock.advance(FN_TAKES.deploy);
    return fn;
  };
  return { emulator, project, owner, create, live };
}
