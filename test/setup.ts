import nock from 'nock';
import { afterEach, beforeAll, expect } from 'vitest';

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
