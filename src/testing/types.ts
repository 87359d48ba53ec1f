import type { IncomingHttpHeaders } from 'node:http';

/** A per-key request budget: a sliding one-second window plus a burst allowance. */
export interface RateLimitTier {
  /** Requests allowed in any sliding one-second window. */
  readonly perSecond: number;
  /** Extra requests allowed once the window is full; the allowance refills over 60 seconds. */
  readonly burst: number;
}

/** Rate limits per tier; a tier left out keeps Raff's documented numbers. */
export interface RateLimitOptions {
  /** The default tier of new keys. @default { perSecond: 30, burst: 60 } */
  readonly standard?: RateLimitTier | undefined;
  /** The tier Raff support grants on request. @default { perSecond: 100, burst: 200 } */
  readonly high?: RateLimitTier | undefined;
}

/** One request and the response the emulator sent for it, as passed to `onExchange`. */
export interface EmulatorExchange {
  /** The request method, upper case. */
  readonly method: string;
  /** The concrete path, without the query string, e.g. `/api/v1/vms/7fc3…`. */
  readonly path: string;
  /** The query string parameters (first value of each name). */
  readonly query: Readonly<Record<string, string>>;
  /** The openapi.json path template that matched, e.g. `/api/v1/vms/{id}`; `undefined` if none. */
  readonly template: string | undefined;
  /** The response status; `0` when an injected fault dropped the connection. */
  readonly status: number;
  /** The request headers as Node received them (lower-case names). */
  readonly requestHeaders: IncomingHttpHeaders;
  /** The parsed JSON request body, the raw text if it was not JSON, `undefined` if empty. */
  readonly requestBody: unknown;
  /** The response headers (lower-case names). */
  readonly responseHeaders: Readonly<Record<string, string>>;
  /** The parsed JSON response body, or the raw text an injected fault sent. */
  readonly responseBody: unknown;
  /** `true` when the response came from {@link EmulatorFaults.inject} (a status or a drop). */
  readonly injected: boolean;
}

/** Options of {@link createRaffEmulator}. */
export interface RaffEmulatorOptions {
  /** The port to listen on; `0` picks a free one. @default 0 */
  readonly port?: number | undefined;
  /**
   * The interface to listen on. Requests must name it, or a loopback name (`localhost`,
   * `127.0.0.1`, `[::1]`), in their `Host` header; any other `Host` gets `421`, so that a web
   * page cannot rebind its own DNS name to the emulator.
   * @default '127.0.0.1'
   */
  readonly host?: string | undefined;
  /**
   * More names a request's `Host` may carry (without the port), e.g. `['raff-emulator']` for an
   * emulator reached by its service name in a CI network.
   * @default []
   */
  readonly allowedHosts?: readonly string[] | undefined;
  /** Where the emulated clock starts; it then runs with real time. @default the real time */
  readonly now?: Date | number | undefined;
  /**
   * How fast the emulated clock runs: `60` makes a real second a minute of emulated time, so
   * VMs boot and backups finish 60 times sooner; `0` stops it (only `clock.advance()` moves it).
   * @default 1
   */
  readonly speed?: number | undefined;
  /** Per-tier rate limits, or `false` to switch rate limiting off. */
  readonly rateLimits?: RateLimitOptions | false | undefined;
  /**
   * Whether the seeded account has been topped up (at least $5) at some point. `false` starts an
   * account that never was: Functions stay locked (createFunction, createFunctionDeployment and
   * an AI rewrite answer 403) and none are seeded, until `billing.topUp(5)`.
   * @default true
   */
  readonly toppedUp?: boolean | undefined;
  /** Called after every response (or dropped connection), e.g. for contract checks. */
  readonly onExchange?: ((exchange: EmulatorExchange) => void) | undefined;
}

/** A project seeded into the emulator. */
export interface EmulatedProject {
  /** The project id, the value for `X-Project-ID`. */
  readonly id: string;
  /** The project name. */
  readonly name: string;
}

/** The emulator's clock: key expiry, timestamps and resource progress follow it. */
export interface EmulatorClock {
  /** The current emulated time. */
  now(): Date;
  /** Moves the clock forward by `ms` milliseconds. */
  advance(ms: number): void;
  /** Moves the clock to `date`; it keeps running from there. */
  set(date: Date | number): void;
}

/** A failure to inject into the next matching requests, before authentication. */
export interface FaultSpec {
  /** Only requests with this method (any case); all methods when left out. */
  readonly method?: string | undefined;
  /** A path template such as `/api/v1/api-keys/{id}` or a concrete path; all paths when left out. */
  readonly path?: string | undefined;
  /** Answer with this status instead of handling the request. */
  readonly status?: number | undefined;
  /** Wait this long before the (normal or injected) response. */
  readonly delayMs?: number | undefined;
  /** Destroy the connection without any response. */
  readonly drop?: boolean | undefined;
  /** Extra headers on the injected response. */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** The injected body: a string is sent as-is (e.g. an HTML 502 page), an object as JSON. */
  readonly body?: string | object | undefined;
  /** How many matching requests the fault applies to. @default 1 */
  readonly times?: number | undefined;
}

/** Fault injection controls. */
export interface EmulatorFaults {
  /** Queues a fault; faults are matched in the order they were injected. */
  inject(fault: FaultSpec): void;
  /** Removes every queued fault. */
  clear(): void;
}

/**
 * The account's billing standing as the emulator reports it to `createVM`, `createBackup` and
 * `createSnapshot`: `ok`, a 403 billing `reason`, or `insufficient_funds` (402).
 */
export type EmulatorBillingState =
  | 'ok'
  | 'banned'
  | 'failed'
  | 'no_billing_customer'
  | 'insufficient_funds';

/** Billing standing controls. */
export interface EmulatorBilling {
  /** The current standing. */
  get(): EmulatorBillingState;
  /** Changes the standing for the next billed request. */
  set(state: EmulatorBillingState): void;
  /**
   * Whether the account was ever topped up with at least $5; until then Functions are locked
   * (403). Seeded `true` unless the emulator started with `toppedUp: false`.
   */
  toppedUp(): boolean;
  /**
   * Adds `amountUsd` to the balance, as a top-up in the dashboard would: the first top-up of at
   * least $5 unlocks Functions for good. Throws a `RangeError` for an amount that is not positive.
   */
  topUp(amountUsd: number): void;
}

/** A running emulator; see {@link createRaffEmulator}. */
export interface RaffEmulator {
  /** The base URL to pass as `baseUrl`, e.g. `http://127.0.0.1:53211`. */
  readonly url: string;
  /** The secret of the seeded Owner key (`Owner bootstrap`). */
  readonly ownerKey: string;
  /** The seeded projects. */
  readonly projects: { readonly default: EmulatedProject; readonly customer1: EmulatedProject };
  /** The emulated clock. */
  readonly clock: EmulatorClock;
  /** Fault injection. */
  readonly faults: EmulatorFaults;
  /** The account's billing standing. */
  readonly billing: EmulatorBilling;
  /** Stops the server and closes every open connection, keep-alive ones included. */
  close(): Promise<void>;
}
