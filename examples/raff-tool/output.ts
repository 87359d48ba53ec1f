/**
 * How raff-tool prints: JSON for scripts, aligned tables for people. Both go through one last
 * scrub of anything shaped like a Raff key: the SDK keeps secrets out of what it returns and
 * throws, but a tool also prints what users typed and what the API echoed, and a key in a
 * terminal scrollback or a CI log is a leaked key.
 */
import { redactRaffApiKeys } from '@raff/sdk';

/** Where raff-tool writes: `process.stdout`/`stderr`, or buffers in a test. */
export interface Streams {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

/** `json` (stable, for scripts) or `table` (for people). */
export type OutputFormat = 'json' | 'table';

/** A table's columns: header and how to read the cell from a record. */
export type Columns<T> = ReadonlyArray<readonly [header: string, cell: (record: T) => unknown]>;

/** Writes `text` with every `raff_…` token replaced by its prefix. */
function write(stream: Streams['stdout'], text: string): void {
  stream.write(redactRaffApiKeys(text));
}

/** Prints one record or a list: as JSON, or as a table of `columns`. */
export function print<T>(
  io: Streams,
  format: OutputFormat,
  value: T | readonly T[],
  columns: Columns<T>,
): void {
  if (format === 'json') {
    // JSON.stringify skips non-enumerable fields: that is how the SDK keeps `secret` out of it.
    write(io.stdout, `${JSON.stringify(value, null, 2)}\n`);
    return;
  }
  const rows = (Array.isArray(value) ? value : [value]) as readonly T[];
  const cells = rows.map((row) => columns.map(([, cell]) => String(cell(row) ?? '')));
  const headers = columns.map(([header]) => header);
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]?.length ?? 0)));
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  write(io.stdout, `${[line(headers), ...cells.map(line)].join('\n')}\n`);
}

/** Prints a message for people on stderr (never on stdout, which scripts parse). */
export function note(io: Streams, text: string): void {
  write(io.stderr, `${text}\n`);
}
