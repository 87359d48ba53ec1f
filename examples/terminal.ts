/** Tiny terminal helpers for the examples: aligned tables, and color only on a TTY. */
const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
const paint = (code: string) => (text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);

/** Bold text (plain when stdout is not a terminal). */
export const bold = paint('1');
/** Dim text (plain when stdout is not a terminal). */
export const dim = paint('2');

/** Prints a section heading. */
export function heading(text: string): void {
  console.log(`\n${bold(text)}`);
}

/** Prints rows under headers, each column padded to its widest cell. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = headers.map((header, i) =>
    Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `  ${cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd()}`;
  console.log(bold(line(headers)));
  for (const row of rows) console.log(line(row));
}
