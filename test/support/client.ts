import { type ClientOptions, RaffClient } from '../../src/index.js';

/** The documented example key (it is not a live secret). */
export const KEY = 'raff_17d70fcf7e7510968a4c19279b25707f088f1cc5ad8b74210341d8e470b5bb7a';
/** A second, different key for tenant tests. */
export const OTHER_KEY = `raff_${'ab'.repeat(32)}`;
/** The production base URL that nock intercepts. */
export const API = 'https://api.rafftechnologies.com';
/** Project ids used across tests. */
export const PROJECT = '5f0c3a9e-8d1b-4c2a-9f3e-7a6b5c4d3e2f';
export const OTHER_PROJECT = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

/** A client for nock tests: fast retries are the test's business, so logging stays off. */
export function testClient(options: ClientOptions = {}): RaffClient {
  return new RaffClient({ apiKey: KEY, logLevel: 'off', ...options });
}

/** Captures what a client logs, for assertions about log content. */
export function captureLogs(): { lines: string[]; logger: ClientOptions['logger'] } {
  const lines: string[] = [];
  const push = (message: string, ...rest: unknown[]) => {
    lines.push([message, ...rest.map(String)].join(' '));
  };
  return { lines, logger: { debug: push, info: push, warn: push, error: push } };
}
