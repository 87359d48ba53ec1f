import { redactText } from '../shared/redact.js';

/** How much the client logs, from nothing to every request. */
export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/** Where the client's logs go; `console` fits, and so do pino or winston loggers. */
export interface Logger {
  /** Takes `debug` lines (method, path, attempt, status, duration); only at `logLevel: 'debug'`. */
  debug(message: string, ...rest: unknown[]): void;
  /** Takes `info` lines; called only when `logLevel` is `info` or `debug`. */
  info(message: string, ...rest: unknown[]): void;
  /** Takes `warn` lines; called unless `logLevel` is `error` or `off`. */
  warn(message: string, ...rest: unknown[]): void;
  /** Takes `error` lines; called unless `logLevel` is `off`. */
  error(message: string, ...rest: unknown[]): void;
}

const RANK: Readonly<Record<LogLevel, number>> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

/** A logger that drops what is below its level and redacts every line it passes on. */
export interface LevelLogger {
  readonly level: LogLevel;
  enabled(level: Exclude<LogLevel, 'off'>): boolean;
  log(level: Exclude<LogLevel, 'off'>, message: string): void;
}

/**
 * Builds the client's logger; every message is scrubbed of `raff_…` strings, and of the client's
 * own secrets in any form `secrets` knows, before it leaves.
 */
export function createLevelLogger(
  level: LogLevel,
  sink: Logger = console,
  secrets?: { scrub(text: string): string },
): LevelLogger {
  const threshold = RANK[level];
  return {
    level,
    enabled: (at) => RANK[at] <= threshold,
    log(at, message) {
      if (RANK[at] > threshold) return;
      const clean = redactText(message);
      sink[at](`[raff] ${secrets ? secrets.scrub(clean) : clean}`);
    },
  };
}
