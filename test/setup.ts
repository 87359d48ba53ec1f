import nock from 'nock';
import { afterEach, beforeAll, expect } from 'vitest';
import { backoffTiming } from '../src/core/retry-policy.js';

// The suite does not sit out real backoff (1 s, 2 s, …): 1/50 of it keeps the order and the
// jitter of every wait; one test in test/core/retries.test.ts checks the real first backoff of
// about a second. Server-dictated waits (Retry-After) are real unless a test scales them for
// itself (test/support/retry-after.ts); retries.test.ts and the load test wait out real ones.
backoffTiming.baseMs = 20;

// A client built without every setting reads the raff-cli profile of ~/.raff/config.yaml: point it
// at a file that does not exist, so a developer's own profile never leaks into a test (tests of
// profiles stub RAFF_CONFIG themselves). Same for the key file and the profile name.
process.env.RAFF_CONFIG = '/nonexistent/raff-sdk-tests/config.yaml';
delete process.env.RAFF_API_KEY_FILE;
delete process.env.RAFF_PROFILE;

// Unit tests never reach the network; emulator tests talk to loopback only.
beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect((host) => host.startsWith('127.0.0.1') || host.startsWith('localhost'));
});

afterEach(() => {
  // A test that scaled Retry-After and timed out mid-call must not leave it scaled for the next.
  backoffTiming.retryAfterScale = 1;
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending, 'every nock interceptor is used').toEqual([]);
});
