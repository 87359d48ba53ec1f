// Helpers of the storage-family emulator tests (volumes, snapshots, backups, schedules, members):
// an emulator whose clock stands still unless advanced, and a caller bound to a key and project.
import { expect } from 'vitest';
import { call, startEmulator, type TestEmulator } from './emulator.js';

/** A Monday, 00:00 UTC: schedule tests count runs from here. */
export const START = Date.UTC(2026, 4, 4, 0, 0, 0);

export const SECOND = 1_000;
export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** An emulator at {@link START} whose clock moves only when advanced. */
export function stillEmulator(): Promise<TestEmulator> {
  return startEmulator({ now: START, speed: 0 });
}

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON fields.
type Reply = { status: number; body: any };

/** A caller with one key, sending `X-Project-ID: projectId` on every request when given. */
export function caller(emulator: TestEmulator, key: string, projectId?: string) {
  const headers = projectId === undefined ? undefined : { 'X-Project-ID': projectId };
  return (method: string, path: string, body?: unknown): Promise<Reply> =>
    call(emulator, method, path, {
      key,
      ...(headers === undefined ? {} : { headers }),
      ...(body === undefined ? {} : { body }),
    });
}

/** The id of each VM of a project, by name (throws for a name the project does not hold). */
export async function vmIds(
  emulator: TestEmulator,
  projectId: string,
): Promise<(name: string) => string> {
  const listed = await call(emulator, 'GET', '/api/v1/vms', {
    key: emulator.ownerKey,
    headers: { 'X-Project-ID': projectId },
  });
  expect(listed.status).toBe(200);
  const ids = new Map<string, string>(
    listed.body.data.map((vm: { name: string; id: string }) => [vm.name, vm.id]),
  );
  return (name) => {
    const id = ids.get(name);
    if (id === undefined) throw new Error(`no VM ${name} in project ${projectId}`);
    return id;
  };
}
