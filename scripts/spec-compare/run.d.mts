/** What one spec:compare run did: its exit status and what it printed. */
export interface SpecCompareRun {
  /** 0: no unlisted difference (or skipped outside CI); 1: a difference or a problem; 2: usage. */
  readonly status: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs spec:compare as `node scripts/spec-compare.mjs ...argv` would, in this process.
 *
 * @param argv - The arguments after the script's name.
 * @param options - `env` (read for `CI`) and `cwd` (paths are shown relative to it).
 */
export function run(
  argv: readonly string[],
  options?: { readonly env?: NodeJS.ProcessEnv; readonly cwd?: string },
): SpecCompareRun;
