import type { IncomingHttpHeaders } from 'node:http';
import type { Access } from './access.js';
import type { EmulatorState } from './account.js';
import { notFound } from './errors.js';
import type { Operation } from './operations.js';

/**
 * A header's value, trimmed; `undefined` when absent or blank.
 *
 * @internal
 */
export function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first.trim() === '' ? undefined : first.trim();
}

/**
 * Checks the operation's permission where its project is known before the handler runs, and
 * returns the projects it acts on (`HandlerContext.projectIds`):
 * - an `account.*` permission: the key's account role must hold it;
 * - a project permission from the `header`: on the `X-Project-ID` project, or (a list without
 *   the header) every project where the key holds it; from the `path`: on the path's `{id}`
 *   project; from the `resource`: on an optional `X-Project-ID` here, on the resource's own
 *   project in the handler;
 * - no permission (Raff documents none): the key must reach the `X-Project-ID` project with any
 *   role, a list without the header spans every project it reaches; an account-level operation
 *   needs only a valid key.
 *
 * @throws {HttpError} 403 or 404 (a path project that does not exist).
 * @internal
 */
export function authorize(
  state: EmulatorState,
  operation: Operation,
  access: Access,
  params: Readonly<Record<string, string>>,
  headers: IncomingHttpHeaders,
): string[] {
  const permission = operation.permission;
  const headerProject =
    operation.project === undefined ? undefined : headerValue(headers, 'x-project-id');
  if (permission === undefined) {
    if (operation.project === undefined) return [];
    if (headerProject === undefined) return access.projectsReached();
    access.requireReach(headerProject);
    return [headerProject];
  }
  if (permission.startsWith('account.')) {
    access.requireAccount(permission);
    return [];
  }
  switch (operation.permissionProject ?? 'header') {
    case 'resource': {
      // An optional X-Project-ID on a get-by-id (getVPC, …) must be a project the key reaches.
      if (headerProject === undefined) return [];
      access.requireProject(headerProject, permission);
      return [headerProject];
    }
    case 'path': {
      const projectId = params.id ?? '';
      if (!state.projects.has(projectId)) throw notFound(`Project ${projectId} not found`);
      access.requireProject(projectId, permission);
      return [projectId];
    }
    case 'header': {
      const projectId = headerValue(headers, 'x-project-id');
      if (projectId === undefined) return access.projectsWith(permission);
      access.requireProject(projectId, permission);
      return [projectId];
    }
  }
}
