// Helpers of the Apps emulator tests: an emulator at the start of a month whose clock stands still
// unless advanced, a caller bound to a key (and project), how long each Apps transition takes,
// and the seeded services.
import { expect } from 'vitest';
import { LIFECYCLE_TIMINGS } from '../../src/testing/domains/timings.js';
import { totalMs } from '../../src/testing/server/lifecycle.js';
import { call, startEmulator, type TestEmulator } from './emulator.js';

/** 1 November 2026, 00:00 UTC: this month's Apps spending starts from zero. */
export const MONTH_START = Date.UTC(2026, 10, 1);

export const SECOND = 1_000;
export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

const T = LIFECYCLE_TIMINGS;

/** How long each Apps transition takes (emulated ms), from the table the emulator uses. */
export const APPS_TAKES = {
  build: totalMs(T.appDeployment.build),
  pull: totalMs(T.appDeployment.pull),
  release: totalMs(T.appDeployment.release),
  resume: totalMs(T.appService.resume),
  delete: totalMs(T.appService.delete),
  domain: totalMs(T.appDomain.verify),
  run: totalMs(T.appJobRun.success),
} as const;

/** An emulator at {@link MONTH_START} (or `now`) whose clock moves only when advanced. */
export function appsEmulator(now: number = MONTH_START): Promise<TestEmulator> {
  return startEmulator({ now, speed: 0 });
}

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON fields.
export type Reply = { status: number; body: any };

/** A caller with one key, sending `X-Project-ID: projectId` on every request when given. */
export function appsCaller(emulator: TestEmulator, key = emulator.ownerKey, projectId?: string) {
  const headers = projectId === undefined ? undefined : { 'X-Project-ID': projectId };
  return (method: string, path: string, body?: unknown): Promise<Reply> =>
    call(emulator, method, path, {
      key,
      ...(headers === undefined ? {} : { headers }),
      ...(body === undefined ? {} : { body }),
    });
}

/** The seeded services by name (`storefront` in Default, `nightly-report` in customer1). */
export async function seededServices(
  emulator: TestEmulator,
): Promise<Record<'storefront' | 'nightly-report', { id: string; service_id: string }>> {
  const listed = await call(emulator, 'GET', '/api/v1/apps/services', { key: emulator.ownerKey });
  expect(listed.status).toBe(200);
  const byName = Object.fromEntries(
    listed.body.services.map((s: { name: string }) => [s.name, s]),
  ) as Record<string, { id: string; service_id: string }>;
  const storefront = byName.storefront;
  const report = byName['nightly-report'];
  if (storefront === undefined || report === undefined) throw new Error('seeded services missing');
  return { storefront, 'nightly-report': report };
}

/** A worker from a prebuilt image, deployed at once: the smallest body that gets a service live. */
export const WORKER = {
  name: 'queue-worker',
  service_type: 'worker',
  source_type: 'image',
  image_ref: 'ghcr.io/northwind/queue-worker:2.0.0',
  tier_id: 2,
  replicas: 1,
  deploy_now: true,
} as const;

/** A web service built from GitHub at once. */
export const WEB = {
  name: 'shop-api',
  service_type: 'web',
  source_type: 'git',
  builder: 'dockerfile',
  repo_full_name: 'northwind/shop-api',
  repo_branch: 'main',
  tier_id: 2,
  replicas: 2,
  http_port: 8080,
  health_check_path: '/healthz',
} as const;
