// The emulator for the bulk run, in its own process so that its request handling does not
// compete with the client for one event loop. Reports `{ url, ownerKey }` over IPC, answers
// `'stats'` with the statuses it has sent, and stops when the parent disconnects.
//
// Not run directly: bench/lib/bulk.mjs bundles it with esbuild (`@raff/sdk/testing` → src/).
import { createRaffEmulator } from '@raff/sdk/testing';

const task = JSON.parse(process.argv[2] ?? '{}');
const statuses = {};
const emulator = await createRaffEmulator({
  // `false` switches the emulator's limiter off: the capacity run.
  rateLimits: task.perSecond
    ? { standard: { perSecond: task.perSecond, burst: task.burst } }
    : false,
  onExchange: ({ status }) => {
    statuses[status] = (statuses[status] ?? 0) + 1;
  },
});
process.on('message', (message) => {
  if (message === 'stats') process.send({ statuses });
});
process.on('disconnect', () => emulator.close().then(() => process.exit(0)));
process.send({ url: emulator.url, ownerKey: emulator.ownerKey });
