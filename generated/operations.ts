/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json and regenerate.
 */

/** How a project-scoped operation takes `X-Project-ID`: required (mutations) or optional (list filters). */
export type ProjectIdRule = 'required' | 'optional';

/**
 * The operations in openapi.json that take `X-Project-ID`, keyed by `METHOD /path/template`.
 * Every operation not listed is account-level and never sends it.
 */
export const PROJECT_SCOPED: Readonly<Record<string, ProjectIdRule>> = {
  'GET /api/v1/vms': 'optional',
  'POST /api/v1/vms': 'required',
  'DELETE /api/v1/vms/{id}': 'required',
  'GET /api/v1/backups': 'optional',
  'POST /api/v1/backups': 'required',
  'GET /api/v1/snapshots': 'optional',
  'POST /api/v1/snapshots': 'required',
};
