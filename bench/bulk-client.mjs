// The bulk run's client, as a user would write it: `calls` × `apiKeys.list()` through a pool of
// `concurrency` lanes, with the client-side limiter on (`rateLimit` given) or off. Failures are
// counted by error name, not thrown: the run reports them.
//
// Not run directly: bench/lib/bulk.mjs bundles it with esbuild (`@raff/sdk` → src/index.ts).
import { RaffClient } from '@raff/sdk';

const { url, ownerKey, calls, concurrency, rateLimit } = JSON.parse(process.argv[2] ?? '{}');

// Without the limiter, 64 lanes keep the key over its limit the whole run: each call may meet
// several 429s in a row, so that run allows more retries (each one waits Retry-After).
const client = new RaffClient({
  apiKey: ownerKey,
  baseUrl: url,
  logLevel: 'off',
  ...(rateLimit ? { rateLimit } : { maxRetries: 10 }),
});
const failures = {};
let next = 0;
const lane = async () => {
  while (next < calls) {
    next++;
    try {
      await client.apiKeys.list();
    } catch (error) {
      const name = error?.name ?? 'Error';
      failures[name] = (failures[name] ?? 0) + 1;
    }
  }
};
const started = performance.now();
await Promise.all(Array.from({ length: Math.min(concurrency, calls) }, lane));
const ms = performance.now() - started;
const failed = Object.values(failures).reduce((a, b) => a + b, 0);
process.send({ ok: true, result: { ms, failed, failures } }, () => process.exit(0));
