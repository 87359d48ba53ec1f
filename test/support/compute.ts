// Shorthands for the compute and network emulator tests: a frozen-clock emulator, calls as the
// Owner in one project, and a VM that is built (or stopped) and ready for actions.
import { LIFECYCLE_TIMINGS } from '../../src/testing/domains/timings.js';
import { totalMs } from '../../src/testing/server/lifecycle.js';
import { call, startEmulator, type TestEmulator } from './emulator.js';

/** The Ubuntu 24.04 template of the emulator's catalog. */
export const UBUNTU = '68a508e9-586d-437b-a703-903e6fbfd0f2';
/** The Windows Server template (premium plans only). */
export const WINDOWS = '5a0d3e8f-6b1c-4d7a-9f2e-8c4b1a3d6e57';
/** A password createVM accepts. */
export const PASSWORD = 'Correct-Horse-42';
/** A UUID no seeded resource has. */
export const NOBODY = '6d0c1e4c-7f55-4f36-a1a4-3c7fbb0c2a11';

/** How long each VM transition takes, from the one table the emulator uses. */
export const VM_MS = Object.fromEntries(
  Object.entries(LIFECYCLE_TIMINGS.vm).map(([name, timing]) => [name, totalMs(timing)]),
) as Record<keyof typeof LIFECYCLE_TIMINGS.vm, number>;

/** A started emulator whose clock only moves with `clock.advance()`, plus Owner shorthands. */
export async function ownerSession(options: { rateLimits?: false } = {}) {
  const emulator: TestEmulator = await startEmulator({ speed: 0, ...options });
  const projectId = emulator.projects.default.id;
  const headers = { 'X-Project-ID': projectId };
  const owner = (method: string, path: string, body?: unknown) =>
    call(emulator, method, path, { key: emulator.ownerKey, headers, body });
  /** Creates a VM in Default and lets it finish building unless `build` is false. */
  const createVm = async (extra: Record<string, unknown> = {}, build = true): Promise<string> => {
    const created = await owner('POST', '/api/v1/vms', {
      name: 'test-vm',
      template_id: UBUNTU,
      pricing_id: 3,
      region: 'us-east',
      password: PASSWORD,
      ...extra,
    });
    if (created.status !== 201) throw new Error(`createVM: ${JSON.stringify(created.body)}`);
    if (build) emulator.clock.advance(VM_MS.create);
    return created.body.data.id as string;
  };
  const vmStatus = async (id: string): Promise<string> =>
    (await owner('GET', `/api/v1/vms/${id}`)).body.data.status;
  return { emulator, projectId, headers, owner, createVm, vmStatus };
}
