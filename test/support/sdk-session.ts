// An SDK client against an emulator whose clock stands still, for tests of code that waits: the
// clock moves when a test advances it, or, after `advancePerPoll(ms)`, by `ms` after every GET
// the emulator answers, so each poll of a waiter sees the state one step later.
import { RaffClient, type VM } from '../../src/index.js';
import { LIFECYCLE_TIMINGS } from '../../src/testing/domains/timings.js';
import type { EmulatorExchange } from '../../src/testing/index.js';
import { totalMs } from '../../src/testing/server/lifecycle.js';
import { PASSWORD, UBUNTU } from './compute.js';
import { startEmulator, type TestEmulator } from './emulator.js';

/** How long each timed transition takes (emulated ms), from the table the emulator uses. */
export const TAKES = {
  vmCreate: totalMs(LIFECYCLE_TIMINGS.vm.create),
  vmStop: totalMs(LIFECYCLE_TIMINGS.vm.stop),
  volumeDelete: totalMs(LIFECYCLE_TIMINGS.volume.delete),
} as const;

/** A frozen-clock emulator and an Owner client bound to its Default project. */
export interface SdkSession {
  readonly emulator: TestEmulator;
  readonly raff: RaffClient;
  readonly projectId: string;
  /** From now on, each GET the emulator answers moves its clock `ms` on (0 stops it). */
  advancePerPoll(ms: number): void;
  /** The statuses GETs of `path` answered with, repeats collapsed, oldest first. */
  statusesSeen(path: string): string[];
  /** The GETs of `path` the emulator answered so far. */
  polls(path: string): EmulatorExchange[];
  /** When (`performance.now()`) the emulator answered each GET of `path`. */
  pollTimes(path: string): number[];
  /** Creates a VM in Default and, unless `build` is false, lets it finish building. */
  createVm(name?: string, build?: boolean): Promise<VM>;
}

/**
 * Starts a {@link SdkSession}; `now` sets where the clock stands, `toppedUp: false` starts an
 * account whose Functions are still locked.
 */
export async function sdkSession(
  options: { now?: number; toppedUp?: boolean } = {},
): Promise<SdkSession> {
  let step = 0;
  let emulator: TestEmulator | undefined;
  const answeredAt = new WeakMap<EmulatorExchange, number>();
  emulator = await startEmulator({
    speed: 0,
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.toppedUp === undefined ? {} : { toppedUp: options.toppedUp }),
    onExchange(exchange) {
      answeredAt.set(exchange, performance.now());
      if (exchange.method === 'GET' && step > 0) emulator?.clock.advance(step);
    },
  });
  const started = emulator;
  const projectId = started.projects.default.id;
  const raff = new RaffClient({
    apiKey: started.ownerKey,
    baseUrl: started.url,
    projectId,
    logLevel: 'off',
  });
  const polls = (path: string) =>
    started.exchanges.filter((e) => e.method === 'GET' && e.path === path);
  return {
    emulator: started,
    raff,
    projectId,
    advancePerPoll(ms) {
      step = ms;
    },
    polls,
    pollTimes: (path) => polls(path).map((exchange) => answeredAt.get(exchange) ?? Number.NaN),
    statusesSeen(path) {
      const seen: string[] = [];
      for (const exchange of polls(path)) {
        const body = exchange.responseBody as { data?: { status?: unknown } } | undefined;
        const status = exchange.status === 404 ? '(404)' : String(body?.data?.status);
        if (seen.at(-1) !== status) seen.push(status);
      }
      return seen;
    },
    async createVm(name = 'web-test', build = true) {
      const vm = await raff.vms.create({
        name,
        template_id: UBUNTU,
        pricing_id: 3,
        region: 'us-east',
        password: PASSWORD,
      });
      if (build) started.clock.advance(TAKES.vmCreate);
      return vm;
    },
  };
}
