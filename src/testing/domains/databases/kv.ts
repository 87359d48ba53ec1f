// The Valkey side of the console: a handful of commands (PING, GET, SET [EX], DEL, EXISTS, KEYS,
// TTL, TYPE, DBSIZE, HGET, HGETALL, HSET) on the database's in-memory keys, with Valkey's own
// replies and error texts. Keys past their expiry are gone to every command.
import type { EngineData, KeyValue } from './contents.js';
import type { ConsoleOutcome } from './sql-rows.js';
import { ConsoleError } from './sql-syntax.js';

/**
 * The data of a Valkey database.
 *
 * @internal
 */
export type KvData = Extract<EngineData, { kind: 'kv' }>;

/**
 * The commands that write: refused while the console is read-only.
 *
 * @internal
 */
export const KV_WRITES: ReadonlySet<string> = new Set(['SET', 'DEL', 'HSET']);

/**
 * A command's words, honouring double and single quotes.
 *
 * @throws {ConsoleError} For an unbalanced quote.
 * @internal
 */
export function commandWords(command: string): string[] {
  const words: string[] = [];
  const pattern = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (const match of command.matchAll(pattern)) {
    words.push(match[1]?.replace(/\\(.)/g, '$1') ?? match[2] ?? match[3] ?? '');
  }
  if ((command.match(/"/g)?.length ?? 0) % 2 === 1) {
    throw new ConsoleError('ERR Protocol error: unbalanced quotes in request');
  }
  return words;
}

/**
 * A glob (`session:*`, `user:?`, `[ab]*`) as a regular expression.
 *
 * @internal
 */
export function globRegex(glob: string): RegExp {
  let body = '';
  for (const char of glob) {
    if (char === '*') body += '.*';
    else if (char === '?') body += '.';
    else if (char === '[' || char === ']') body += char;
    else body += char.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${body}$`, 's');
}

/**
 * The keys that are alive at `now`, sorted by name.
 *
 * @internal
 */
export function liveKeys(data: KvData, now: number): [string, KeyValue][] {
  return Object.entries(data.keys)
    .filter(([, entry]) => entry.expiresAt === null || entry.expiresAt > now)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Seconds to live of a key: -1 without expiry.
 *
 * @internal
 */
export function ttlSeconds(entry: KeyValue, now: number): number {
  return entry.expiresAt === null ? -1 : Math.ceil((entry.expiresAt - now) / 1000);
}

function arity(name: string, args: readonly string[], min: number, even = false): void {
  if (args.length < min || (even && (args.length - min) % 2 !== 0)) {
    throw new ConsoleError(`ERR wrong number of arguments for '${name.toLowerCase()}' command`);
  }
}

const WRONG_TYPE = 'WRONGTYPE Operation against a key holding the wrong kind of value';

function scalar(name: string, value: string | null, scanned = 1): ConsoleOutcome {
  return { columns: ['result'], rows: [[value]], command: name, notices: [], scanned };
}

/** A write: `change` edits a copy of the keys and returns the reply and how many keys it changed. */
function write(
  data: KvData,
  name: string,
  change: (keys: KvData['keys']) => readonly [reply: string, changed: number],
): ConsoleOutcome {
  const copy = structuredClone(data);
  const [reply, changed] = change(copy.keys);
  return { ...scalar(name, reply), rowsAffected: changed, data: copy };
}

/**
 * Runs one command at emulated time `now`.
 *
 * @throws {ConsoleError} With Valkey's error text.
 * @internal
 */
export function runKv(data: KvData, command: string, now: number): ConsoleOutcome {
  const [head = '', ...args] = commandWords(command);
  const name = head.toUpperCase();
  const alive = new Map(liveKeys(data, now));
  const get = (key: string) => alive.get(key);
  switch (name) {
    case 'PING':
      return scalar(name, args[0] ?? 'PONG', 0);
    case 'GET': {
      arity(name, args, 1);
      const entry = get(args[0] ?? '');
      if (entry !== undefined && entry.type !== 'string') throw new ConsoleError(WRONG_TYPE);
      return scalar(name, entry?.value ?? null);
    }
    case 'SET': {
      arity(name, args, 2);
      const [key = '', value = '', option, seconds] = args;
      if (option !== undefined && (option.toUpperCase() !== 'EX' || !/^\d+$/.test(seconds ?? ''))) {
        throw new ConsoleError('ERR syntax error');
      }
      const expiresAt = option === undefined ? null : now + Number(seconds) * 1000;
      return write(data, name, (keys) => {
        keys[key] = { type: 'string', value, expiresAt };
        return ['OK', 1];
      });
    }
    case 'DEL':
      arity(name, args, 1);
      return write(data, name, (keys) => {
        const gone = args.filter((key) => alive.has(key));
        for (const key of args) delete keys[key];
        return [String(gone.length), gone.length];
      });
    case 'EXISTS':
      arity(name, args, 1);
      return scalar(name, String(args.filter((key) => alive.has(key)).length));
    case 'KEYS': {
      arity(name, args, 1);
      const pattern = globRegex(args[0] ?? '*');
      const keys = [...alive.keys()].filter((key) => pattern.test(key));
      return {
        columns: ['key'],
        rows: keys.map((key) => [key]),
        command: name,
        notices: [],
        scanned: alive.size,
      };
    }
    case 'TTL': {
      arity(name, args, 1);
      const entry = get(args[0] ?? '');
      return scalar(name, String(entry === undefined ? -2 : ttlSeconds(entry, now)));
    }
    case 'TYPE':
      arity(name, args, 1);
      return scalar(name, get(args[0] ?? '')?.type ?? 'none');
    case 'DBSIZE':
      return scalar(name, String(alive.size), 0);
    case 'HGET': {
      arity(name, args, 2);
      const entry = get(args[0] ?? '');
      if (entry !== undefined && entry.type !== 'hash') throw new ConsoleError(WRONG_TYPE);
      return scalar(name, entry?.value[args[1] ?? ''] ?? null);
    }
    case 'HGETALL': {
      arity(name, args, 1);
      const entry = get(args[0] ?? '');
      if (entry !== undefined && entry.type !== 'hash') throw new ConsoleError(WRONG_TYPE);
      const fields = Object.entries(entry?.value ?? {});
      return { columns: ['field', 'value'], rows: fields, command: name, notices: [], scanned: 1 };
    }
    case 'HSET': {
      arity(name, args, 3, true);
      const [key = '', ...pairs] = args;
      const entry = get(key);
      if (entry !== undefined && entry.type !== 'hash') throw new ConsoleError(WRONG_TYPE);
      return write(data, name, (keys) => {
        const fields = entry?.type === 'hash' ? { ...entry.value } : {};
        let added = 0;
        for (let i = 0; i < pairs.length; i += 2) {
          const field = pairs[i] ?? '';
          if (!(field in fields)) added++;
          fields[field] = pairs[i + 1] ?? '';
        }
        keys[key] = { type: 'hash', value: fields, expiresAt: entry?.expiresAt ?? null };
        return [String(added), 1];
      });
    }
    default: {
      const start = args
        .slice(0, 3)
        .map((arg) => `'${arg}'`)
        .join(' ');
      throw new ConsoleError(`ERR unknown command '${head}', with args beginning with: ${start}`);
    }
  }
}
