import * as z from 'zod/mini';
import type { components } from '../../generated/openapi.js';
import { lazy, validationError, zodIssues } from '../internal/validate.js';
import { RaffValidationError, type RaffValidationIssue } from '../shared/errors.js';
import {
  findRole,
  type PermissionScope,
  type RoleDefinition,
  roleChoices,
} from './permission-catalog.js';
import {
  type ApiKeyPermissionPreview,
  type ApiKeyProjectPermissions,
  type PermissionPreview,
  type PermissionPreviewInput,
  type PermissionPreviewOptions,
  previewPermissions,
} from './permission-preview.js';

/** The fields of an API key that {@link previewApiKeyPermissions} reads; an `APIKey` has them. */
export type ApiKeyPermissionSource = Pick<
  components['schemas']['APIKey'],
  'role_id' | 'role_slug' | 'role_name' | 'project_accesses'
>;

/** Options of {@link previewApiKeyPermissions}. */
export type ApiKeyPermissionPreviewOptions = Pick<PermissionPreviewOptions, 'roles'>;

// The result types live beside previewPermissions' (hasPermission reads both kinds of preview).
export type { ApiKeyPermissionPreview, ApiKeyProjectPermissions } from './permission-preview.js';

const WHAT = 'API key for permission preview';

const keySchema = lazy(() =>
  z.object(
    {
      role_id: z.optional(z.string()),
      role_slug: z.optional(z.string()),
      role_name: z.optional(z.string()),
      project_accesses: z.optional(
        z.array(
          z.object({
            project_id: z.string(),
            project_name: z.string(),
            role_id: z.string(),
            role_slug: z.optional(z.string()),
          }),
        ),
      ),
    },
    { error: 'must be an API key object, as raff.apiKeys.get() returns it' },
  ),
);

type Path = RaffValidationIssue['path'];

interface RoleOf {
  readonly role_id?: string | undefined;
  readonly role_slug?: string | undefined;
}

interface Resolved {
  readonly role: RoleDefinition;
  /** Which field of the key found it. */
  readonly field: 'role_id' | 'role_slug';
}

// The live id first (from roles.list()); the slug when only the snapshot knows the role, since
// the snapshot's ids are our own and never match live ones.
function resolve(live: readonly RoleDefinition[], of: RoleOf): Resolved | undefined {
  for (const field of ['role_id', 'role_slug'] as const) {
    const ref = of[field];
    const found = ref === undefined ? undefined : findRole(live, ref);
    if (found !== undefined) return { role: found.role, field };
  }
  return undefined;
}

const describeRole = (of: RoleOf) =>
  `role ${of.role_id === undefined ? 'with no id' : JSON.stringify(of.role_id)}` +
  (of.role_slug === undefined ? '' : ` (slug ${JSON.stringify(of.role_slug)})`);

/** The problem with the role a key holds, or nothing when it is known and of `scope`. */
function roleProblem(
  live: readonly RoleDefinition[],
  of: RoleOf,
  resolved: Resolved | undefined,
  scope: PermissionScope,
  path: Path,
): RaffValidationIssue | undefined {
  const known = `known ${scope}-scope roles: ${roleChoices(live, scope)}`;
  if (resolved === undefined) {
    const hint =
      live.length === 0
        ? 'pass the live roles from raff.roles.list() in options.roles'
        : 'options.roles does not include it';
    const message = `${describeRole(of)} is not a known ${scope}-scope role; ${hint} (${known})`;
    return { path, code: 'unknown_role', message };
  }
  if (resolved.role.scope === scope) return undefined;
  const message = `${describeRole(of)} is ${resolved.role.scope}-scoped, but the key holds it as its ${scope} role; check that options.roles are this account's roles (${known})`;
  return { path: [...path.slice(0, -1), resolved.field], code: 'wrong_scope', message };
}

// Just enough shape for findRole to run on; previewPermissions checks the rest.
function looksLikeRoles(options: unknown): boolean {
  if (options === undefined) return true;
  if (options === null || typeof options !== 'object') return false;
  const roles = (options as { roles?: unknown }).roles;
  if (roles === undefined) return true;
  return (
    Array.isArray(roles) &&
    roles.every(
      (role) =>
        role !== null &&
        typeof role === 'object' &&
        typeof role.id === 'string' &&
        typeof role.slug === 'string',
    )
  );
}

/** Runs {@link previewPermissions}, with its issues moved onto the key's own paths. */
function preview(
  input: PermissionPreviewInput,
  options: PermissionPreviewOptions,
  movePath: (path: Path) => Path[],
  issues: RaffValidationIssue[],
): PermissionPreview | undefined {
  try {
    return previewPermissions(input, options);
  } catch (error) {
    if (!(error instanceof RaffValidationError)) throw error;
    for (const issue of error.issues) {
      for (const path of movePath(issue.path)) issues.push({ ...issue, path });
    }
    return undefined;
  }
}

/**
 * Works out, offline, what an existing key may do and where: its account role's permissions,
 * and for each project it was granted, the permissions of the project role it holds there (a key
 * can hold a different project role in each project). Pass the key as `raff.apiKeys.get()` or
 * `list()` returns it.
 *
 * Roles are found by the key's `role_id` among `options.roles` (the live roles, e.g. the `data`
 * of `raff.roles.list()`) and {@link SYSTEM_ROLES}, or by `role_slug` when only the snapshot
 * knows the role; custom roles need their live definitions. The work is done by
 * {@link previewPermissions}, one call per project role.
 *
 * @throws {RaffValidationError} When `key` is not an API key object; a role of the key (account
 * or project) is not known, naming each such role id and slug; a role is of the wrong scope; or
 * `options.roles` is malformed or a live role used here grants a permission that is unknown or of
 * the other scope. Every problem found is listed in `issues`.
 * @example
 * ```ts
 * import { previewApiKeyPermissions } from '@raff/sdk';
 * const key = await raff.apiKeys.get(keyId);
 * const { data: roles } = await raff.roles.list();
 * const preview = previewApiKeyPermissions(key, { roles });
 * console.log(preview.lines.join('\n'));
 * // Account Permissions (Member) - 3 permissions
 * // Project Permissions (Operator) - 29 permissions
 * // Projects: Default
 * // Project Permissions (Viewer) - 9 permissions
 * // Projects: customer1
 * for (const project of preview.projects) console.log(project.project_name, project.count);
 * ```
 */
export function previewApiKeyPermissions(
  key: ApiKeyPermissionSource,
  options?: ApiKeyPermissionPreviewOptions,
): ApiKeyPermissionPreview {
  const issues = zodIssues(keySchema(), key, [], WHAT);
  // Malformed options: previewPermissions says exactly what is wrong with them.
  if (issues.length === 0 && !looksLikeRoles(options)) {
    preview({ role: 'owner' }, options as PermissionPreviewOptions, (path) => [path], issues);
  }
  if (issues.length > 0) throw validationError(WHAT, issues);
  const live = options?.roles ?? [];
  const accesses = key.project_accesses ?? [];

  const account = resolve(live, key);
  const accountProblem = roleProblem(live, key, account, 'account', ['role_id']);
  if (accountProblem !== undefined) issues.push(accountProblem);
  // Accesses with the same project role are previewed together, in the key's order.
  const groups = new Map<RoleDefinition, number[]>();
  accesses.forEach((access, index) => {
    const resolved = resolve(live, access);
    const path = ['project_accesses', index, 'role_id'];
    const problem = roleProblem(live, access, resolved, 'project', path);
    if (problem !== undefined) issues.push(problem);
    else if (resolved !== undefined)
      groups.set(resolved.role, [...(groups.get(resolved.role) ?? []), index]);
  });
  if (issues.length > 0 || account === undefined) throw validationError(WHAT, issues);

  const accountRef = account.role.id;
  const accountPreview = preview({ role: accountRef }, { roles: live }, (path) => [path], issues);
  if (accountPreview === undefined) throw validationError(WHAT, issues);
  if (accountPreview.full_access) {
    const { account: side, lines } = accountPreview;
    return { full_access: true, account: side, projects: [], lines };
  }

  const lines = accountPreview.lines.slice(0, 1);
  const entries: ApiKeyProjectPermissions[] = [];
  for (const [role, indices] of groups) {
    const of = indices.flatMap((index) => accesses[index] ?? []);
    const input = {
      role: accountRef,
      projects: of.map((a) => a.project_id),
      project_role: role.id,
    };
    const projectNames = Object.fromEntries(of.map((a) => [a.project_id, a.project_name]));
    // A repeated or empty project id is reported on the access it came from.
    const movePath = (path: Path): Path[] =>
      path[0] === 'projects' && typeof path[1] === 'number'
        ? [['project_accesses', indices[path[1]] ?? path[1], 'project_id']]
        : [path];
    const result = preview(input, { roles: live, projectNames }, movePath, issues);
    if (result === undefined || result.project === null) continue;
    const { permissions, count } = result.project;
    lines.push(...result.lines.slice(1));
    indices.forEach((index, at) => {
      const access = of[at];
      if (access === undefined) return;
      const { project_id, project_name } = access;
      const side = { role: result.project?.role ?? role, permissions: [...permissions], count };
      entries[index] = { project_id, project_name, ...side };
    });
  }
  if (issues.length > 0) throw validationError(WHAT, issues);
  return { full_access: false, account: accountPreview.account, projects: entries, lines };
}
