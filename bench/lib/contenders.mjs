import { pathToFileURL } from 'node:url';
import { distFile } from './dist.mjs';

// The five ways to make the same call: `GET /api/v1/api-keys`, JSON body parsed. Each factory
// imports its library lazily, so a child process measuring one contender loads only that one.

/** The key every contender sends; the SDK checks its format, the fixture server does not. */
export const API_KEY = `raff_${'0'.repeat(64)}`;
/** The headers raw fetch, openapi-fetch and ky send: the key, and a JSON `accept`. */
export const HEADERS = Object.freeze({ 'X-API-Key': API_KEY, accept: 'application/json' });
export const PATH = '/api/v1/api-keys';

/** Contender ids in table order; raw fetch first, it is the floor every ratio divides by. */
export const CONTENDERS = ['fetch', 'openapi-fetch', 'ky', 'openai', 'sdk'];

export const LABELS = {
  fetch: 'raw fetch',
  'openapi-fetch': 'openapi-fetch',
  ky: 'ky',
  openai: 'openai-node',
  sdk: '@raff/sdk',
};

const factories = {
  fetch: async (baseUrl) => {
    const url = baseUrl + PATH;
    return async () => {
      const response = await fetch(url, { headers: HEADERS });
      if (!response.ok) throw new Error(`status ${response.status}`);
      return response.json();
    };
  },
  'openapi-fetch': async (baseUrl) => {
    const { default: createClient } = await import('openapi-fetch');
    const client = createClient({ baseUrl, headers: HEADERS });
    return async () => {
      const { data, error } = await client.GET(PATH);
      if (error !== undefined) throw new Error('openapi-fetch returned an error');
      return data;
    };
  },
  ky: async (baseUrl) => {
    const { default: ky } = await import('ky');
    const url = baseUrl + PATH;
    return () => ky.get(url, { headers: HEADERS }).json();
  },
  // openai-node as the hand-written SDK to compare with: its generic request method goes through
  // the same path as every method it generates (auth header, retries, timeouts, JSON parsing).
  // maxRetries 2 is its default and ours. It sends its own `Authorization: Bearer` instead of
  // X-API-Key; the fixture server answers every request alike.
  openai: async (baseUrl) => {
    const { default: OpenAI } = await import('openai');
    const client = new OpenAI({ apiKey: API_KEY, baseURL: baseUrl, maxRetries: 2 });
    return () => client.get(PATH);
  },
  sdk: async (baseUrl) => {
    const { RaffClient } = await import(pathToFileURL(distFile('index.js')).href);
    const client = new RaffClient({ apiKey: API_KEY, baseUrl, logLevel: 'off' });
    return () => client.apiKeys.list();
  },
};

/** A function that makes one call with contender `id` and resolves with the parsed body. */
export function createContender(id, baseUrl) {
  const factory = factories[id];
  if (factory === undefined) throw new Error(`unknown contender ${id}`);
  return factory(baseUrl);
}

/** Runs `count` calls of `call` with `concurrency` in flight; resolves with the elapsed ms. */
export async function runConcurrent(call, count, concurrency) {
  let next = 0;
  const lane = async () => {
    while (next < count) {
      next++;
      const body = await call();
      if (body?.data?.length !== 3) throw new Error('unexpected body');
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
  return performance.now() - started;
}
