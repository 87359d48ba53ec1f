import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createRaffEmulator } from '../../src/testing/index.js';
import { call, createKey, startEmulator } from '../support/emulator.js';

const BAD_GATEWAY = '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>';

describe('fault injection', () => {
  it('answers the next matching request with an injected status, before auth', async () => {
    const emulator = await startEmulator();
    emulator.faults.inject({ method: 'GET', path: '/api/v1/vms', status: 503 });
    const injected = await call(emulator, 'GET', '/api/v1/vms');
    expect(injected.status).toBe(503);
    expect(injected.body).toEqual({ error: 'Service Unavailable', message: 'Injected fault' });
    expect(injected.headers.get('x-request-id')).toBeTruthy();
    expect((await call(emulator, 'GET', '/api/v1/vms')).status).toBe(401);
  });

  it('sends a raw HTML 502 page as-is with custom headers', async () => {
    const emulator = await startEmulator();
    emulator.faults.inject({
      path: '/api/v1/projects',
      status: 502,
      body: BAD_GATEWAY,
      headers: { 'Retry-After': '2' },
    });
    const response = await fetch(`${emulator.url}/api/v1/projects`);
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(await response.text()).toBe(BAD_GATEWAY);
  });

  it('applies a fault the given number of times, then lets requests through', async () => {
    const emulator = await startEmulator();
    emulator.faults.inject({ path: '/api/v1/api-keys/{id}', status: 500, times: 2 });
    const { id } = await createKey(emulator);
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      statuses.push(
        (await call(emulator, 'GET', `/api/v1/api-keys/${id}`, { key: emulator.ownerKey })).status,
      );
    }
    expect(statuses).toEqual([500, 500, 200]);
  });

  it('matches by method and by concrete path, and clear() removes every fault', async () => {
    const emulator = await startEmulator();
    const key = emulator.ownerKey;
    emulator.faults.inject({ method: 'POST', path: '/api/v1/projects', status: 500 });
    expect((await call(emulator, 'GET', '/api/v1/projects', { key })).status).toBe(200);
    emulator.faults.inject({
      path: `/api/v1/projects/${emulator.projects.default.id}`,
      status: 504,
    });
    expect(
      (await call(emulator, 'GET', `/api/v1/projects/${emulator.projects.customer1.id}`, { key }))
        .status,
    ).toBe(200);
    expect(
      (await call(emulator, 'GET', `/api/v1/projects/${emulator.projects.default.id}`, { key }))
        .status,
    ).toBe(504);
    emulator.faults.clear();
    expect(
      (await call(emulator, 'POST', '/api/v1/projects', { key, body: { name: 'x' } })).status,
    ).toBe(201);
  });

  it('delays the normal response by delayMs', async () => {
    const emulator = await startEmulator();
    emulator.faults.inject({ path: '/api/v1/projects', delayMs: 200 });
    const started = performance.now();
    const response = await call(emulator, 'GET', '/api/v1/projects', { key: emulator.ownerKey });
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('drops the connection without a response, and reports it as status 0', async () => {
    const emulator = await startEmulator();
    emulator.faults.inject({ path: '/api/v1/projects', drop: true, delayMs: 20 });
    await expect(fetch(`${emulator.url}/api/v1/projects`)).rejects.toThrow(TypeError);
    expect(emulator.exchanges.at(-1)).toMatchObject({ status: 0, injected: true });
    expect(
      (await call(emulator, 'GET', '/api/v1/projects', { key: emulator.ownerKey })).status,
    ).toBe(200);
  });

  it('rejects a fault that could never apply', async () => {
    const emulator = await startEmulator();
    expect(() => emulator.faults.inject({ times: 0 })).toThrow(RangeError);
    expect(() => emulator.faults.inject({ status: 42 })).toThrow(RangeError);
    expect(() => emulator.faults.inject({ path: 'api/v1/vms' })).toThrow(RangeError);
  });
});

describe('closing', () => {
  it('closes promptly even with a keep-alive connection and a request stuck in a delay', async () => {
    const emulator = await createRaffEmulator();
    await fetch(`${emulator.url}/api/v1/permissions`, {
      headers: { 'X-API-Key': emulator.ownerKey },
    });
    emulator.faults.inject({ delayMs: 30_000 });
    const stuck = new Promise<string>((resolve) => {
      const req = request(`${emulator.url}/api/v1/projects`, (res) => {
        res.resume();
        res.on('end', () => resolve('answered'));
      });
      req.on('error', () => resolve('closed'));
      req.end();
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await emulator.close();
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(await stuck).toBe('closed');
    await emulator.close(); // idempotent
  });
});
