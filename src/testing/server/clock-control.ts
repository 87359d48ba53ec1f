// The clock control endpoint, for a standalone emulator driven from a script or another language
// (`raff-emulator --speed 0`): `GET /_emulator/clock` reads the emulated time, `POST` with
// `{ "advanceMs": n }` or `{ "set": date }` moves it. It is not part of Raff's API (openapi.json
// has no such route), it answers only callers on the loopback interface, and only with a key that
// holds the Owner role.
import { Access } from './access.js';
import type { EmulatorState } from './account.js';
import { authenticate } from './auth.js';
import type { ManualClock } from './clock.js';
import { CLOCK_CONTROL_PATH } from './clock-path.js';
import { badRequest, forbidden, HttpError } from './errors.js';
import type { OutgoingResponse } from './http-io.js';

export { CLOCK_CONTROL_PATH };

/**
 * Whether a socket's peer address is on the loopback interface (127.0.0.0/8 or ::1, also as an
 * IPv4-mapped IPv6 address).
 *
 * @internal
 */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/**
 * A request to the control endpoint, as the server read it.
 *
 * @internal
 */
export interface ClockControlRequest {
  readonly method: string;
  readonly remoteAddress: string | undefined;
  readonly apiKey: string | string[] | undefined;
  /** The parsed JSON body; `invalid` when it was not JSON. */
  readonly body: { readonly value: unknown } | 'invalid';
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The time `set` names: an ISO 8601 date-time or epoch milliseconds. */
function parseSet(value: unknown): number {
  const ms =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)
        ? Date.parse(value)
        : Number.NaN;
  if (!Number.isFinite(ms)) {
    throw badRequest(
      'set must be an ISO 8601 date-time (2027-01-01T00:00:00Z) or epoch milliseconds',
    );
  }
  return ms;
}

/** Moves the clock as the body asks. */
function move(clock: ManualClock, body: ClockControlRequest['body']): void {
  if (body === 'invalid' || !isRecord(body.value)) {
    throw badRequest(
      'Send a JSON object: { "advanceMs": 60000 } or { "set": "2027-01-01T00:00:00Z" }',
    );
  }
  const { advanceMs, set, ...rest } = body.value;
  const unknown = Object.keys(rest);
  if (unknown.length > 0) throw badRequest(`Unknown field ${unknown[0]}; use advanceMs or set`);
  if ((advanceMs === undefined) === (set === undefined)) {
    throw badRequest('Send exactly one of advanceMs and set');
  }
  if (advanceMs !== undefined) {
    if (typeof advanceMs !== 'number' || !Number.isFinite(advanceMs) || advanceMs < 0) {
      throw badRequest('advanceMs must be a number of milliseconds, 0 or more');
    }
    clock.advance(advanceMs);
    return;
  }
  clock.set(parseSet(set));
}

/**
 * Answers a request to {@link CLOCK_CONTROL_PATH}: 403 unless it comes from loopback, 401/403
 * unless it carries an Owner key, 405 for a method other than GET or POST, 400 for a body that
 * does not say how to move the clock; otherwise `{ success, now, epochMs, speed }` after the move.
 *
 * @internal
 */
export function answerClockControl(
  state: EmulatorState,
  clock: ManualClock,
  request: ClockControlRequest,
  requestId: string,
): OutgoingResponse {
  const headers: Record<string, string> = { 'X-Request-ID': requestId };
  try {
    if (!isLoopbackAddress(request.remoteAddress)) {
      throw forbidden('The clock control endpoint answers callers on this machine only');
    }
    const key = authenticate(state, request.apiKey, clock.ms());
    if (!new Access(state, key).isOwner()) {
      throw forbidden('Only a key with the Owner role may read or move the clock');
    }
    if (request.method === 'POST') move(clock, request.body);
    else if (request.method !== 'GET') {
      headers.Allow = 'GET, POST';
      throw new HttpError(
        405,
        `${request.method} is not allowed on ${CLOCK_CONTROL_PATH}; use GET or POST`,
      );
    }
    return {
      status: 200,
      headers,
      body: {
        success: true,
        now: new Date(clock.ms()).toISOString(),
        epochMs: clock.ms(),
        speed: clock.speed,
      },
    };
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    return { status: error.status, headers, body: error.toBody() };
  }
}
