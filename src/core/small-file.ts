import type * as NodeFs from 'node:fs';

/**
 * Node's `fs` where the runtime has one (Node 20.16+, Bun, Deno), `undefined` elsewhere. Taken
 * through `process.getBuiltinModule`: a static import of `node:fs` would stop the client bundling
 * for edge runtimes.
 *
 * @internal
 */
export function nodeFs(): typeof NodeFs | undefined {
  const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } })
    .process;
  return process?.getBuiltinModule?.('fs') as typeof NodeFs | undefined;
}

/**
 * What reading a small file gave: its text and permission bits, `missing`, or a `problem` in
 * words (`cannot be opened (EACCES)`, `is not a regular file`, …) that never quote the content.
 *
 * @internal
 */
export type SmallFile =
  | { readonly text: string; readonly mode: number }
  | { readonly missing: true }
  | { readonly problem: string };

/**
 * Reads a regular file of at most `maxBytes` as UTF-8, checking what it is on the open file
 * itself (no window between the check and the read). Opened non-blocking, so that a FIFO or a
 * device is refused instead of hanging construction.
 *
 * @internal
 */
export function readSmallFile(fs: typeof NodeFs, path: string, maxBytes: number): SmallFile {
  let fd: number;
  try {
    fd = fs.openSync(path, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { missing: true };
    return { problem: `cannot be opened (${typeof code === 'string' ? code : 'error'})` };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { problem: 'is not a regular file' };
    if (stat.size > maxBytes) return { problem: `is larger than ${maxBytes} bytes` };
    return { text: fs.readFileSync(fd, 'utf8'), mode: stat.mode };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return { problem: `cannot be read (${typeof code === 'string' ? code : 'error'})` };
  } finally {
    fs.closeSync(fd);
  }
}
