import nock from 'nock';
import { afterEach, beforeAll, expect } from 'vitest';
import { backoffTiming } from '../src/core/retry-policy.js';

// The suite does not sit out real backoff (1 s, 2 s, …): 1/50 of it keeps the order and the
// jitter of every wait. Server-dictated waits (Retry-After) are never scaled; one test in
// test/core/retries.test.ts checks the real first backoff of about a second.
backoffTiming.baseMs = 20;

// Unit tests never reach the network; emulator tests talk to loopback only.
beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect((host) => host.startsWith('127.0.0.1') || host.startsWith('localhost'));
});

afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending, 'every nock interceptor is used').toEqual([]);
});
