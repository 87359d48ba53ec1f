import { readFileSync } from 'node:fs';
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

// nock intercepts every request while it is active, loopback ones included: a third of the CPU
// of an emulator test went to it. So it is on only for the files that use it (they import it),
// and there no request leaves loopback; every other file talks to an emulator on loopback, or
// sends nothing at all.
const nockUsers = new Map<string, boolean>();
function usesNock(file: string | undefined): boolean {
  if (file === undefined) return true;
  let uses = nockUsers.get(file);
  if (uses === undefined) {
    uses = /from 'nock'/.test(readFileSync(file, 'utf8'));
    nockUsers.set(file, uses);
  }
  return uses;
}

beforeAll(() => {
  if (!usesNock(expect.getState().testPath)) {
    nock.restore();
    return;
  }
  if (!nock.isActive()) nock.activate();
  nock.disableNetConnect();
  nock.enableNetConnect((host) => host.startsWith('127.0.0.1') || host.startsWith('localhost'));
});

afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending, 'every nock interceptor is used').toEqual([]);
});
