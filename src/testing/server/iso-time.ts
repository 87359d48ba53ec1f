/**
 * Epoch milliseconds as the API writes times, e.g. `2026-05-05T09:30:00Z`.
 *
 * @internal
 */
export function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * {@link iso}, or `null` for `null`.
 *
 * @internal
 */
export function isoOrNull(ms: number | null): string | null {
  return ms === null ? null : iso(ms);
}
