// Helpers of the managed-database emulator tests: a still emulator, the Owner as a caller bound
// to Default, the durations of the database transitions, and a database made and brought up.
import { expect } from 'vitest';
import { LIFECYCLE_TIMINGS } from '../../src/testing/domains/timings.js';
import { totalMs } from '../../src/testing/server/lifecycle.js';
import type { TestEmulator } from './emulator.js';
import { call } from './emulator.js';
import { caller, stillEmulator } from './storage.js';

export { DAY, HOUR, MINUTE, SECOND, START } from './storage.js';

/** How long each database transition takes (emulated ms), from the emulator's own table. */
export const TAKES = {
  create: totalMs(LIFECYCLE_TIMINGS.database.create),
  createFree: totalMs(LIFECYCLE_TIMINGS.database.createFree),
  createFailed: totalMs(LIFECYCLE_TIMINGS.database.createFailed),
  scale: totalMs(LIFECYCLE_TIMINGS.database.scale),
  restoreInPlace: totalMs(LIFECYCLE_TIMINGS.database.restoreInPlace),
  resume: totalMs(LIFECYCLE_TIMINGS.database.resume),
  delete: totalMs(LIFECYCLE_TIMINGS.database.delete),
  backup: totalMs(LIFECYCLE_TIMINGS.databaseBackup.create),
} as const;

/** A still emulator, the Owner bound to Default, the seeded `orders-pg` and Default's VPC. */
export async function databaseSession() {
  const emulator = await stillEmulator();
  const project = emulator.projects.default.id;
  const owner = caller(emulator, emulator.ownerKey, project);
  const listed = await owner('GET', '/api/v1/databases');
  const seeded: { id: string; database_id: string; vpc_id: string } = listed.body.databases.find(
    (db: { name: string }) => db.name === 'orders-pg',
  );
  // The seeded database lives in Default's VPC.
  return { emulator, project, owner, vpcId: seeded.vpc_id, seeded };
}

/** Creates a database through the API (201 expected) and returns it as answered. */
export async function createDatabase(
  emulator: TestEmulator,
  body: Record<string, unknown>,
  projectId = emulator.projects.default.id,
) {
  const created = await call(emulator, 'POST', '/api/v1/databases', {
    key: emulator.ownerKey,
    headers: { 'X-Project-ID': projectId },
    body,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.database as { id: string; database_id: string; status: string };
}

/** Creates a database and lets the clock run until it is up. */
export async function runningDatabase(emulator: TestEmulator, body: Record<string, unknown>) {
  const db = await createDatabase(emulator, body);
  emulator.clock.advance(TAKES.create);
  return db;
}
