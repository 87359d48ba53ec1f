// Raff's published spec, the reference some tests check against. It lives outside this
// repository (`../shared/reference/raff-docs/` beside the clone), so a test may find it missing:
// on a developer's machine that test is skipped and says why; under CI, where the reference is
// always present, a missing file is a failure, never a quiet skip.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Raff's OpenAPI spec as of its 5 October 2026 changelog: 253 operations. */
export const REFERENCE_SPEC = fileURLToPath(
  new URL('../../../shared/reference/raff-docs/openapi-2026-10.yaml', import.meta.url),
);

/** CI runs set `CI` (GitHub Actions: `true`); `false`, `0` or empty mean a local run. */
export const UNDER_CI = !['', '0', 'false'].includes(process.env.CI ?? '');

/** Whether tests against the reference run at all: always under CI, else when it is there. */
export const REFERENCE_EXPECTED = UNDER_CI || existsSync(REFERENCE_SPEC);

/**
 * The reference spec's path. When the file is missing, a test under CI fails here with the path
 * it looked for; a local test is skipped with that note. (`where` is for this helper's own test.)
 *
 * @throws Error under CI when the file is missing.
 */
export function referenceSpec(
  skip: (note: string) => never,
  where: { readonly path: string; readonly ci: boolean } = { path: REFERENCE_SPEC, ci: UNDER_CI },
): string {
  if (existsSync(where.path)) return where.path;
  const note = `Raff's published spec is not at ${where.path}`;
  if (where.ci) throw new Error(`${note}; CI must have it (run outside CI to skip)`);
  return skip(note);
}
