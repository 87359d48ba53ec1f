import nock from 'nock';
import { afterEach, beforeAll, expect } from 'vitest';
import { setDefaultClock } from '../src/core/clock.js';
import { SUITE_SCALE, TestClock } from './support/clock.js';

// The suite does not sit out real backoff (1 s, 2 s, …): every client built without a clock of
// its own gets a test clock that sleeps 1/50 of it, while the SDK still decides (and the clock's
// time counts) the whole wait. Server-dictated waits (Retry-After) are real unless a test gives its
// client a faster clock (test/support/clock.ts); the load test's rate-limit run waits out real ones.
setDefaultClock(() => new TestClock(SUITE_SCALE));

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
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending, 'every nock interceptor is used').toEqual([]);
});
