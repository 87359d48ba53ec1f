import { inspect } from 'node:util';
import { expect } from 'vitest';

/** Everything a secret must not appear in, for one failure. */
export interface LeakSurface {
  /** The thrown value. */
  readonly error?: unknown;
  /** Captured log lines. */
  readonly logs?: readonly string[];
  /** Anything else a user could print (e.g. the client). */
  readonly others?: readonly unknown[];
}

/** How many consecutive characters of the secret's hidden part count as a (partial) leak. */
const LEAK_WINDOW = 16;

/**
 * Asserts that `secret` is absent from an error (message, `String()`, `JSON.stringify`,
 * `util.inspect` at full depth with hidden properties, every `cause` in the chain), from
 * captured logs, and from any other value given. The one leak check all suites use.
 *
 * A partial leak fails too: any 16 consecutive characters of the part after the public
 * 13-character prefix (a key cut off mid-way is still most of a key), in any letter case.
 */
export function expectNoSecret(secret: string, surface: LeakSurface): void {
  // The part after the 13-character prefix is what must never show; the prefix may.
  const hidden = (secret.length > 13 ? secret.slice(13) : secret).toLowerCase();
  const windows = new Set<string>();
  for (let at = 0; at + LEAK_WINDOW <= hidden.length; at++) {
    windows.add(hidden.slice(at, at + LEAK_WINDOW));
  }
  if (windows.size === 0) windows.add(hidden);
  const seen: string[] = [];
  let cause: unknown = surface.error;
  for (let depth = 0; cause !== undefined && cause !== null && depth < 10; depth++) {
    seen.push(render(cause));
    cause = typeof cause === 'object' ? (cause as { cause?: unknown }).cause : undefined;
  }
  for (const line of surface.logs ?? []) seen.push(line);
  for (const other of surface.others ?? []) seen.push(render(other));
  for (const text of seen) {
    const lower = text.toLowerCase();
    const leaked = [...windows].find((window) => lower.includes(window));
    expect(leaked, `secret leaked into: ${text.slice(0, 300)}`).toBeUndefined();
  }
}

function render(value: unknown): string {
  const parts = [
    inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true, getters: true }),
    safeJson(value),
  ];
  if (value instanceof Error) parts.push(String(value), value.message, value.stack ?? '');
  return parts.join('\n');
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}
