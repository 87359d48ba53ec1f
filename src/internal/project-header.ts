/** The `X-Project-ID` header param that openapi.json marks as required on project mutations. */
export type ProjectHeader = { 'X-Project-ID': string };

/**
 * An empty header param for a project-scoped call made by a namespace. The API layer fills
 * `X-Project-ID` from the call's `projectId` option or the client's (and rejects the call before
 * any I/O when there is none), so namespaces never pass it themselves.
 */
export function projectHeader(): ProjectHeader {
  return {} as ProjectHeader;
}
