/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json and regenerate.
 */

/** How an operation treats `X-Project-ID`: required, optional (a list filter) or not taken. */
export type ProjectIdRule = 'required' | 'optional' | null;

/** Every operation in openapi.json, keyed by `METHOD /path/template`. */
export const OPERATIONS: Readonly<Record<string, { readonly operationId: string; readonly projectId: ProjectIdRule }>> = {
  'GET /api/v1/api-keys': { operationId: 'listApiKeys', projectId: null },
  'POST /api/v1/api-keys': { operationId: 'createApiKey', projectId: null },
  'GET /api/v1/api-keys/{id}': { operationId: 'getApiKey', projectId: null },
  'DELETE /api/v1/api-keys/{id}': { operationId: 'revokeApiKey', projectId: null },
  'PATCH /api/v1/api-keys/{id}': { operationId: 'updateApiKey', projectId: null },
  'POST /api/v1/api-keys/{id}/regenerate': { operationId: 'regenerateApiKey', projectId: null },
  'GET /api/v1/roles': { operationId: 'listRoles', projectId: null },
  'POST /api/v1/roles': { operationId: 'createRole', projectId: null },
  'GET /api/v1/roles/{id}': { operationId: 'getRole', projectId: null },
  'DELETE /api/v1/roles/{id}': { operationId: 'deleteRole', projectId: null },
  'PATCH /api/v1/roles/{id}': { operationId: 'updateRole', projectId: null },
  'GET /api/v1/permissions': { operationId: 'listPermissions', projectId: null },
  'GET /api/v1/projects': { operationId: 'listProjects', projectId: null },
  'POST /api/v1/projects': { operationId: 'createProject', projectId: null },
  'GET /api/v1/projects/{id}': { operationId: 'getProject', projectId: null },
  'PUT /api/v1/projects/{id}': { operationId: 'updateProject', projectId: null },
  'DELETE /api/v1/projects/{id}': { operationId: 'deleteProject', projectId: null },
  'GET /api/v1/projects/{id}/members': { operationId: 'listProjectMembers', projectId: null },
  'POST /api/v1/projects/{id}/members': { operationId: 'addProjectMember', projectId: null },
  'GET /api/v1/projects/{id}/members/{member_id}': { operationId: 'getProjectMember', projectId: null },
  'DELETE /api/v1/projects/{id}/members/{member_id}': { operationId: 'removeProjectMember', projectId: null },
  'PATCH /api/v1/projects/{id}/members/{member_id}': { operationId: 'updateProjectMember', projectId: null },
  'GET /api/v1/members': { operationId: 'listMembers', projectId: null },
  'GET /api/v1/members/{id}': { operationId: 'getMember', projectId: null },
  'GET /api/v1/vms': { operationId: 'listVMs', projectId: 'optional' },
  'POST /api/v1/vms': { operationId: 'createVM', projectId: 'required' },
  'GET /api/v1/vms/{id}': { operationId: 'getVM', projectId: null },
  'DELETE /api/v1/vms/{id}': { operationId: 'deleteVM', projectId: 'required' },
  'GET /api/v1/backups': { operationId: 'listBackups', projectId: 'optional' },
  'POST /api/v1/backups': { operationId: 'createBackup', projectId: 'required' },
  'GET /api/v1/snapshots': { operationId: 'listSnapshots', projectId: 'optional' },
  'POST /api/v1/snapshots': { operationId: 'createSnapshot', projectId: 'required' },
};
