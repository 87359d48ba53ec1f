import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { HANDLERS } from './domains/index.js';
import { openApiDocument } from './openapi-document.js';
import { seedState } from './seed.js';
import { ManualClock } from './server/clock.js';
import { FaultQueue } from './server/faults.js';
import {
  allowedHostNames,
  badRequestTarget,
  isAllowedHost,
  misdirected,
  type OutgoingResponse,
  parseJson,
  parseRequestTarget,
  readBody,
  writeResponse,
} from './server/http-io.js';
import { matchRoute } from './server/operations.js';
import { type PipelineDeps, type RoutedRequest, respond } from './server/pipeline.js';
import { KeyRateLimiter } from './server/rate-limit.js';
import type {
  EmulatorBillingState,
  EmulatorExchange,
  FaultSpec,
  RaffEmulator,
  RaffEmulatorOptions,
} from './types.js';

const BILLING_STATES: readonly EmulatorBillingState[] = [
  'ok',
  'banned',
  'failed',
  'no_billing_customer',
  'insufficient_funds',
];

function injectedResponse(
  fault: FaultSpec & { status: number },
  requestId: string,
): OutgoingResponse {
  const body = fault.body ?? {
    error: STATUS_CODES[fault.status] ?? 'Error',
    message: 'Injected fault',
  };
  return { status: fault.status, headers: { 'X-Request-ID': requestId, ...fault.headers }, body };
}

function reportBody(raw: string | undefined): unknown {
  const parsed = parseJson(raw);
  return parsed.ok ? parsed.value : raw;
}

interface Server {
  readonly deps: PipelineDeps;
  readonly faults: FaultQueue;
  readonly closing: AbortSignal;
  readonly onExchange: RaffEmulatorOptions['onExchange'];
  /** The names a request's `Host` may carry (see `isAllowedHost`). */
  readonly hosts: ReadonlySet<string>;
}

async function handle(server: Server, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const requestId = randomUUID();
  const method = (req.method ?? 'GET').toUpperCase();
  const url = parseRequestTarget(req.url);
  const raw = await readBody(req);
  if (url === undefined) {
    writeResponse(res, badRequestTarget(requestId));
    return;
  }
  // Before any route: a page that rebound its DNS name to loopback gets no answer it can use.
  const misaddressed = !isAllowedHost(req.headers.host, server.hosts);
  const match = misaddressed ? undefined : matchRoute(url.pathname);
  const template = match?.route.template;
  const report = (
    status: number,
    headers: Record<string, string>,
    body: unknown,
    injected: boolean,
  ) => {
    const exchange: EmulatorExchange = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      template,
      status,
      requestHeaders: req.headers,
      requestBody: reportBody(raw),
      responseHeaders: headers,
      responseBody: body,
      injected,
    };
    try {
      server.onExchange?.(exchange);
    } catch (error) {
      console.error('raff emulator: onExchange threw', error);
    }
  };

  if (misaddressed) {
    const response = misdirected(requestId);
    report(response.status, writeResponse(res, response), response.body, false);
    return;
  }

  const fault = server.faults.take(method, url.pathname, template);
  if (fault?.delayMs !== undefined && fault.delayMs > 0) {
    try {
      await sleep(fault.delayMs, undefined, { signal: server.closing });
    } catch {
      req.socket.destroy();
      return;
    }
  }
  if (fault?.drop === true) {
    req.socket.destroy();
    report(0, {}, undefined, true);
    return;
  }
  if (fault?.status !== undefined) {
    const response = injectedResponse({ ...fault, status: fault.status }, requestId);
    report(response.status, writeResponse(res, response), response.body, true);
    return;
  }

  const parsed = parseJson(raw);
  const routed: RoutedRequest = {
    method,
    pathname: url.pathname,
    searchParams: url.searchParams,
    headers: req.headers,
    match,
    body: raw === undefined ? 'tooLarge' : parsed.ok ? { value: parsed.value } : 'invalid',
  };
  // Everything from here to the handler is synchronous: a revoke cannot land in between.
  const response = respond(server.deps, routed, requestId);
  report(response.status, writeResponse(res, response), response.body, false);
}

/**
 * Starts a local Raff API emulator: a real HTTP server on loopback that speaks openapi.json, with
 * a seeded account (System roles, projects Default and customer1, VMs, backups, an Owner key),
 * Raff's key, role, scoping and rate-limit rules, an adjustable clock and fault injection.
 *
 * @example
 * ```ts
 * import { RaffClient } from '@raff/sdk';
 * import { createRaffEmulator } from '@raff/sdk/testing';
 *
 * const emulator = await createRaffEmulator();
 * const raff = new RaffClient({ apiKey: emulator.ownerKey, baseUrl: emulator.url });
 * const { data: vms } = await raff.vms.list({}, { projectId: emulator.projects.default.id });
 * await emulator.close();
 * ```
 */
export async function createRaffEmulator(options: RaffEmulatorOptions = {}): Promise<RaffEmulator> {
  // Read now, so that a package without its openapi.json fails here rather than on a request.
  openApiDocument();
  const clock = new ManualClock(options.now, options.speed ?? 1);
  const seed = seedState(clock.ms(), { toppedUp: options.toppedUp ?? true });
  const limiter = options.rateLimits === false ? undefined : new KeyRateLimiter(options.rateLimits);
  const faults = new FaultQueue();
  const closing = new AbortController();
  const server: Server = {
    deps: { state: seed.state, clock, limiter, handlers: HANDLERS },
    faults,
    closing: closing.signal,
    onExchange: options.onExchange,
    hosts: allowedHostNames(options.host ?? '127.0.0.1', options.allowedHosts),
  };

  const http = createServer((req, res) => {
    handle(server, req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        const message = error instanceof Error ? error.message : String(error);
        writeResponse(res, {
          status: 500,
          headers: {},
          body: { error: 'Internal Server Error', message: `Emulator error: ${message}` },
        });
      } else {
        res.destroy();
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      http.off('error', reject);
      resolve();
    });
  });
  const address = http.address();
  if (address === null || typeof address === 'string') {
    http.close();
    throw new Error('raff emulator: the server listens on no TCP port');
  }
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  let closed: Promise<void> | undefined;
  const state = seed.state;
  return {
    url: `http://${host}:${address.port}`,
    ownerKey: seed.ownerKey,
    projects: {
      default: { id: seed.defaultProjectId, name: 'Default' },
      customer1: { id: seed.customer1ProjectId, name: 'customer1' },
    },
    clock,
    faults,
    billing: {
      get: () => state.billing,
      set: (value: EmulatorBillingState) => {
        if (!BILLING_STATES.includes(value)) {
          throw new RangeError(`billing.set() takes one of ${BILLING_STATES.join(', ')}`);
        }
        state.billing = value;
      },
      toppedUp: () => state.toppedUp,
      topUp: (amountUsd: number) => {
        if (!Number.isFinite(amountUsd) || amountUsd <= 0) {
          throw new RangeError('billing.topUp() takes an amount in USD above 0');
        }
        // Raff unlocks Functions with the first top-up of $5 or more; smaller ones do not.
        if (amountUsd >= 5) state.toppedUp = true;
      },
    },
    close() {
      closed ??= new Promise<void>((resolve) => {
        closing.abort();
        http.close(() => resolve());
        http.closeAllConnections();
      });
      return closed;
    },
  };
}
