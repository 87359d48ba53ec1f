// Starts the Raff emulator for a test with the one contract check every emulator test goes
// through: each response it sends must validate against openapi.json. A violation fails the test
// during which the response was sent; responses outside any test fail the emulator's close().
import { afterAll, expect, onTestFinished, TestRunner } from 'vitest';
import { SYSTEM_ROLES } from '../../src/offline/permission-catalog.js';
import {
  createRaffEmulator,
  type EmulatorExchange,
  type RaffEmulator,
  type RaffEmulatorOptions,
} from '../../src/testing/index.js';
import { getOperation, validateResponse, validateSchema } from './openapi.js';

/** A running emulator plus what it saw, for assertions on what was sent. */
export interface TestEmulator extends RaffEmulator {
  /** Every exchange so far, oldest first. */
  readonly exchanges: EmulatorExchange[];
  /** Contract violations not yet reported to a test. */
  readonly violations: string[];
}

/** The contract problems of one exchange; injected faults are exempt (they break it on purpose). */
export function contractViolations(exchange: EmulatorExchange): string[] {
  if (exchange.injected) return [];
  const where = `${exchange.method} ${exchange.path} → ${exchange.status}`;
  // A 404 for an unknown path or a 405 for a wrong method has no operation: the error shape.
  const problems =
    exchange.template === undefined || !hasOperation(exchange.method, exchange.template)
      ? validateSchema('#/components/schemas/Error', exchange.responseBody)
      : validateResponse(
          exchange.method,
          exchange.template,
          exchange.status,
          exchange.responseBody,
          exchange.responseHeaders,
        );
  if (exchange.responseHeaders['x-request-id'] === undefined) {
    problems.push('missing X-Request-ID header');
  }
  return problems.map((problem) => `${where}: ${problem}`);
}

function hasOperation(method: string, template: string): boolean {
  try {
    return getOperation(method, template) !== undefined;
  } catch {
    return false;
  }
}

function inTest(hook: () => void | Promise<void>): boolean {
  try {
    onTestFinished(hook);
    return true;
  } catch {
    return false;
  }
}

// Registered when a test file imports this module: whatever was started outside a test (top
// level, beforeAll) is closed, and its remaining violations reported, after the file.
const running = new Set<TestEmulator>();
afterAll(async () => {
  await Promise.all([...running].map((emulator) => emulator.close()));
});

/**
 * Starts an emulator wired to the contract check. Inside a test it closes when the test finishes;
 * anywhere else (top level, `beforeAll`) after the test file, unless closed earlier.
 */
export async function startEmulator(options: RaffEmulatorOptions = {}): Promise<TestEmulator> {
  const exchanges: EmulatorExchange[] = [];
  const violations: string[] = [];
  const flush = () => {
    const found = violations.splice(0);
    expect(found, 'every emulator response validates against openapi.json').toEqual([]);
  };
  const hookedTests = new WeakSet<object>();
  const emulator = await createRaffEmulator({
    ...options,
    onExchange(exchange) {
      exchanges.push(exchange);
      options.onExchange?.(exchange);
      const problems = contractViolations(exchange);
      if (problems.length === 0) return;
      violations.push(...problems);
      // Fail the test that is running now, wherever the emulator was started.
      const test = TestRunner.getCurrentTest();
      if (test !== undefined && !hookedTests.has(test) && inTest(flush)) hookedTests.add(test);
    },
  });
  const wrapped: TestEmulator = {
    ...emulator,
    exchanges,
    violations,
    async close() {
      running.delete(wrapped);
      await emulator.close();
      flush();
    },
  };
  if (!inTest(() => wrapped.close())) running.add(wrapped);
  return wrapped;
}

/** Shorthand for a fetch to the emulator with a key (and optional JSON body and headers). */
export async function call(
  emulator: Pick<RaffEmulator, 'url'>,
  method: string,
  path: string,
  init: { key?: string | undefined; body?: unknown; headers?: Record<string, string> } = {},
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON fields.
): Promise<{ status: number; headers: Headers; body: any }> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.key !== undefined) headers['X-API-Key'] = init.key;
  const request: RequestInit = { method, headers };
  if (init.body !== undefined) {
    headers['Content-Type'] ??= 'application/json';
    request.body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
  }
  const response = await fetch(`${emulator.url}${path}`, request);
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    // Not JSON (an injected HTML page): keep the text.
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

/** The fixed id of a System role (from the offline snapshot the emulator seeds). */
export function systemRoleId(slug: string): string {
  const role = SYSTEM_ROLES.find((candidate) => candidate.slug === slug);
  if (role === undefined) throw new Error(`no System role ${slug}`);
  return role.id;
}

/**
 * Creates a key through the API with the Owner key: an account role, and a project role on the
 * given projects. Returns the key's id and secret.
 */
export async function createKey(
  emulator: Pick<RaffEmulator, 'url' | 'ownerKey'>,
  spec: {
    name?: string;
    role?: string;
    projects?: readonly string[];
    projectRole?: string;
    expires_at?: string;
    rate_limit_tier?: 'standard' | 'high';
  } = {},
): Promise<{ id: string; secret: string }> {
  const key = emulator.ownerKey;
  const created = await call(emulator, 'POST', '/api/v1/api-keys', {
    key,
    body: {
      name: spec.name ?? 'Test key',
      role_id: spec.role ?? systemRoleId('member'),
      ...(spec.expires_at === undefined ? {} : { expires_at: spec.expires_at }),
      ...(spec.rate_limit_tier === undefined ? {} : { rate_limit_tier: spec.rate_limit_tier }),
    },
  });
  expect(created.status).toBe(201);
  const { id, secret } = created.body.data as { id: string; secret: string };
  for (const projectId of spec.projects ?? []) {
    const granted = await call(emulator, 'POST', `/api/v1/projects/${projectId}/members`, {
      key,
      body: { api_key_id: id, role_id: spec.projectRole ?? systemRoleId('viewer') },
    });
    expect(granted.status).toBe(201);
  }
  return { id, secret };
}
