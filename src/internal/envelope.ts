/**
 * The body of a successful call. The API layer has already rejected 2xx answers without a JSON
 * envelope (`checkEnvelope`), so here it is always present; this is the one place that says so.
 */
export function envelope<T>(result: { data?: T }): NonNullable<T> {
  return result.data as NonNullable<T>;
}
