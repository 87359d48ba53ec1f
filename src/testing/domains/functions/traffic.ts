// The synthetic traffic a live function serves: requests drawn per minute from a hash of the
// function's id and the minute, so that invocations, logs and metrics agree with each other and
// stay the same on every read, and appear only while the function is live (its `liveSpans`).
import type { FunctionRecord } from './records.js';

const MINUTE = 60_000;

/**
 * One request the function served.
 *
 * @internal
 */
export interface SyntheticRequest {
  readonly at: number;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly durationMs: number;
}

/** A 32-bit hash of a string and a number (FNV-1a, then a final mix). */
function hash(text: string, n: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ n, 0x01000193) ^ (n >>> 16);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return (h ^ (h >>> 15)) >>> 0;
}

/** A number in [0, 1) from the hash. */
const unit = (text: string, n: number): number => hash(text, n) / 2 ** 32;

const ROUTES: Readonly<Record<FunctionRecord['runtime'], readonly [string, string][]>> = {
  python: [
    ['POST', '/'],
    ['GET', '/health'],
    ['POST', '/resize'],
  ],
  node: [
    ['POST', '/'],
    ['POST', '/webhook'],
    ['GET', '/'],
  ],
  go: [
    ['GET', '/'],
    ['GET', '/report'],
    ['POST', '/render'],
  ],
  docker: [
    ['GET', '/'],
    ['POST', '/jobs'],
    ['GET', '/status'],
  ],
};

/**
 * Whether the function was serving at `at`.
 *
 * @internal
 */
export function liveAt(fn: FunctionRecord, at: number): boolean {
  return fn.liveSpans.some(([from, to]) => at >= from && (to === undefined || at < to));
}

/**
 * The milliseconds the function served between `from` and `to`.
 *
 * @internal
 */
export function liveMs(fn: FunctionRecord, from: number, to: number): number {
  let total = 0;
  for (const [start, end] of fn.liveSpans) {
    const overlap = Math.min(end ?? to, to) - Math.max(start, from);
    if (overlap > 0) total += overlap;
  }
  return total;
}

/**
 * The requests of one whole minute (index = epoch ms / 60 000), in time order; none when the
 * function was not live at its start.
 *
 * @internal
 */
export function requestsInMinute(fn: FunctionRecord, minute: number): SyntheticRequest[] {
  const start = minute * MINUTE;
  if (!liveAt(fn, start)) return [];
  const count = Math.floor(fn.requestsPerMinute * 2 * unit(fn.id, minute));
  const routes = ROUTES[fn.runtime];
  const found: SyntheticRequest[] = [];
  for (let i = 0; i < count; i++) {
    const n = minute * 64 + i;
    const roll = unit(`${fn.id}:status`, n);
    const [method, path] = routes[hash(`${fn.id}:route`, n) % routes.length] ?? ['GET', '/'];
    const status = roll < 0.015 ? 500 : roll < 0.04 ? 404 : method === 'POST' ? 201 : 200;
    // Mostly quick, with a slow tail: p50 near 40 ms, p95 near 200 ms.
    const spread = unit(`${fn.id}:duration`, n);
    const durationMs =
      Math.round((12 + 30 * spread + (spread > 0.9 ? 900 * (spread - 0.9) * 2.5 : 0)) * 10) / 10;
    found.push({
      at: start + Math.floor(unit(`${fn.id}:at`, n) * MINUTE),
      method,
      path,
      status,
      durationMs,
    });
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * Every request served in `[from, to]`, oldest first.
 *
 * @internal
 */
export function requestsBetween(fn: FunctionRecord, from: number, to: number): SyntheticRequest[] {
  const found: SyntheticRequest[] = [];
  for (let minute = Math.floor(from / MINUTE); minute * MINUTE <= to; minute++) {
    for (const request of requestsInMinute(fn, minute)) {
      if (request.at >= from && request.at <= to) found.push(request);
    }
  }
  return found;
}

/**
 * The newest `limit` requests served up to `now` (looking back at most a week), newest first.
 *
 * @internal
 */
export function latestRequests(fn: FunctionRecord, now: number, limit: number): SyntheticRequest[] {
  const found: SyntheticRequest[] = [];
  const oldest = Math.floor((now - 7 * 86_400_000) / MINUTE);
  for (let minute = Math.floor(now / MINUTE); minute >= oldest && found.length < limit; minute--) {
    const inMinute = requestsInMinute(fn, minute).filter((r) => r.at <= now);
    found.push(...inMinute.reverse());
  }
  return found.slice(0, limit);
}
