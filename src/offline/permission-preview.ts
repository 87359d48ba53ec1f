import * as z from 'zod/mini';
import { validationError, zodIssues } from '../internal/validate.js';
import type { RaffValidationIssue } from '../shared/errors.js';
import {
  CATALOG_SNAPSHOT_DATE,
  findRole,
  type PermissionName,
  type PermissionScope,
  permissionMisfits,
  permissionNames,
  permissionScope,
  type RoleDefinition,
  roleChoices,
  type SYSTEM_ROLES,
} from './permission-catalog.js';

/** What a key would be created with: the same fields `apiKeys.create` takes. */
export interface PermissionPreviewInput {
  /** The account role: a role id or slug (`owner`, `admin`, `billing`, `member`, or custom). */
  readonly role: string;
  /** The ids of the projects the key reaches; not allowed with `owner`. */
  readonly projects?: readonly string[] | undefined;
  /** The project role applied to every project in `projects`: an id or slug of project scope. */
  readonly project_role?: string | undefined;
}

/** Options of {@link previewPermissions}. */
export interface PermissionPreviewOptions {
  /**
   * Live role definitions, e.g. the `data` of `raff.roles.list()`. They are used in addition to
   * {@link SYSTEM_ROLES}, and replace a snapshot role with the same id or slug.
   */
  readonly roles?: readonly RoleDefinition[] | undefined;
  /** Display names by project id, used in the `Projects:` line instead of the ids. */
  readonly projectNames?: Readonly<Record<string, string>> | undefined;
}

/** The identity of the role a preview side comes from: its `id`, `name` and `slug`. */
export type RoleRef = Pick<RoleDefinition, 'id' | 'name' | 'slug'>;

/** One side of a {@link PermissionPreview}: a role and the permissions it grants. */
export interface PermissionPreviewSide {
  /** The role the permissions come from. */
  readonly role: RoleRef;
  /** The permission names, sorted. */
  readonly permissions: string[];
  /** How many permissions there are. */
  readonly count: number;
}

/** What a key with the given roles could do, as the dashboard's Permissions Preview shows it. */
export interface PermissionPreview {
  /** `true` for an Owner key: everything in the account and in every project. */
  readonly full_access: boolean;
  /** The account side: the account role and its permissions. */
  readonly account: PermissionPreviewSide;
  /**
   * The project side, or `null` when the key reaches no project. `projects` lists the project ids
   * the permissions apply to, in input order, or is `all` for the Owner.
   */
  readonly project:
    | null
    | (PermissionPreviewSide & { readonly projects: readonly string[] | 'all' });
  /** The preview as text, one line per row of the dashboard dialog. */
  readonly lines: string[];
}

/** What a key may do in one project it was granted, as one entry of {@link ApiKeyPermissionPreview}. */
export interface ApiKeyProjectPermissions extends PermissionPreviewSide {
  /** The project. */
  readonly project_id: string;
  /** The project's name, as the key's `project_accesses` gives it. */
  readonly project_name: string;
}

/** What an existing key may do: on the account, and in each project it was granted. */
export interface ApiKeyPermissionPreview {
  /** `true` for an Owner key: everything in the account and in every project. */
  readonly full_access: boolean;
  /** The account side: the key's account role and its permissions. */
  readonly account: PermissionPreviewSide;
  /**
   * One entry per project access of the key, in the key's order; empty for a key without
   * project grants (an Owner key needs none: see `full_access`).
   */
  readonly projects: readonly ApiKeyProjectPermissions[];
  /** The preview as text, one line per row, as {@link previewPermissions} writes it. */
  readonly lines: string[];
}

/**
 * What {@link hasPermission} and {@link missingPermissions} read: a preview of a key to create
 * ({@link previewPermissions}) or of a key that exists ({@link previewApiKeyPermissions}).
 */
export type AnyPermissionPreview = PermissionPreview | ApiKeyPermissionPreview;

type FoundRole = NonNullable<ReturnType<typeof findRole>>;
type Issues = RaffValidationIssue[];
type Path = RaffValidationIssue['path'];

function issue(path: Path, code: string, message: string): RaffValidationIssue {
  return { path, code, message };
}
let schemas: { readonly input: z.ZodMiniType; readonly options: z.ZodMiniType } | undefined;

// Built on first use so that importing the module costs nothing.
function getSchemas(): NonNullable<typeof schemas> {
  if (schemas !== undefined) return schemas;
  const id = (what: string) =>
    z.string({ error: `must be ${what}` }).check(z.minLength(1, { error: 'must not be empty' }));
  const objectError = (fields: string) => (iss: { code: string; keys?: string[] }) =>
    iss.code === 'unrecognized_keys'
      ? `has unknown field(s) ${iss.keys?.join(', ')}; expected ${fields}`
      : `must be an object with ${fields}`;
  const role = z.object({
    id: id('a role id'),
    name: z.string({ error: 'must be the role name' }),
    slug: id('a role slug'),
    scope: z.enum(['account', 'project'], { error: 'must be account or project' }),
    permissions: z.array(z.string(), { error: 'must be an array of permission names' }),
    is_system: z.optional(z.boolean({ error: 'must be true or false' })),
    description: z.optional(z.string({ error: 'must be a string' })),
  });
  schemas = {
    input: z.strictObject(
      {
        role: id('a role id or slug'),
        projects: z.optional(
          z.array(id('a project id'), { error: 'must be an array of project ids' }),
        ),
        project_role: z.optional(id('a role id or slug')),
      },
      { error: objectError('role, projects and project_role') },
    ),
    options: z.optional(
      z.strictObject(
        {
          roles: z.optional(z.array(role, { error: 'must be an array of role definitions' })),
          projectNames: z.optional(z.record(z.string(), z.string())),
        },
        { error: objectError('roles and projectNames') },
      ),
    ),
  };
  return schemas;
}

function check(schema: z.ZodMiniType, value: unknown, prefix: Path, issues: Issues): void {
  issues.push(...zodIssues(schema, value, prefix));
}

function fail(what: string, issues: Issues): never {
  throw validationError(what, issues);
}

function resolveRole(
  live: readonly RoleDefinition[],
  ref: string,
  field: 'role' | 'project_role',
  issues: Issues,
): FoundRole | undefined {
  const scope: PermissionScope = field === 'role' ? 'account' : 'project';
  const found = findRole(live, ref);
  const listed = `choose one of: ${roleChoices(live, scope)}`;
  const a = scope === 'account' ? 'an' : 'a';
  if (found === undefined) {
    const hint = live.length === 0 ? ' (pass live roles in options.roles to use custom ones)' : '';
    const message = `is not the id or slug of a known ${scope}-scope role${hint}; ${listed}`;
    issues.push(issue([field], 'unknown_role', message));
    return undefined;
  }
  if (found.role.scope !== scope) {
    const other = field === 'role' ? 'project_role, with projects' : 'role';
    const message = `takes ${a} ${scope}-scope role, but ${found.role.slug} is ${found.role.scope}-scoped and goes in ${other}; ${listed}`;
    issues.push(issue([field], 'wrong_scope', message));
    return undefined;
  }
  if (found.index < 0) return found;
  for (const { index, code, message } of permissionMisfits(found.role)) {
    issues.push(issue(['options', 'roles', found.index, 'permissions', index], code, message));
  }
  return found;
}

function checkProjects(projects: readonly string[], issues: Issues): void {
  const firstAt = new Map<string, number>();
  projects.forEach((id, index) => {
    const first = firstAt.get(id) ?? firstAt.set(id, index).get(id);
    const message = `repeats projects.${first}; list each project once`;
    if (first !== index) issues.push(issue(['projects', index], 'duplicate_project', message));
  });
}

const sortedUnique = <T extends string>(names: Iterable<T>): T[] => [...new Set(names)].toSorted();
function side({ id, name, slug }: RoleDefinition, names: Iterable<string>): PermissionPreviewSide {
  const permissions = sortedUnique(names);
  return { role: { id, name, slug }, permissions, count: permissions.length };
}
const rowLabel = (kind: string, name: string, count: number): string =>
  `${kind} Permissions (${name}) - ${count} permission${count === 1 ? '' : 's'}`;

/**
 * Works out, offline, what a key with the given account role, projects and project role could do,
 * the way the Create API Key dialog's Permissions Preview shows it.
 *
 * Roles are resolved by id or slug against {@link SYSTEM_ROLES} and `options.roles`, so custom
 * roles preview too when their live definitions are passed in.
 *
 * @throws {RaffValidationError} When the input is malformed; a role is unknown or of the wrong
 * scope; `owner` comes with projects or a project role; projects come without a project role or
 * the other way round; a project id is empty or repeated; or a live role used here grants a
 * permission that is unknown or of the other scope. Every problem found is listed in `issues`.
 * @example
 * ```ts
 * import { previewPermissions } from '@raff/sdk';
 * const preview = previewPermissions(
 *   { role: 'admin', projects: [defaultId, customer1Id], project_role: 'operator' },
 *   { projectNames: { [defaultId]: 'Default', [customer1Id]: 'customer1' } },
 * );
 * console.log(preview.lines.join('\n'));
 * // Account Permissions (Admin) - 15 permissions
 * // Project Permissions (Operator) - 29 permissions
 * // Projects: Default, customer1
 * ```
 */
export function previewPermissions(
  input: PermissionPreviewInput,
  options?: PermissionPreviewOptions,
): PermissionPreview {
  const issues: Issues = [];
  check(getSchemas().input, input, [], issues);
  check(getSchemas().options, options, ['options'], issues);
  if (issues.length > 0) fail('permission preview input', issues);

  const live = options?.roles ?? [];
  const projects = input.projects ?? [];
  const projectRole = input.project_role;
  checkProjects(projects, issues);
  const account = resolveRole(live, input.role, 'role', issues);
  const isOwner = account?.role.slug === 'owner';
  let project: FoundRole | undefined;
  if (isOwner) {
    const message = 'must be left out: owner already covers every project, current and future';
    if (projects.length > 0) issues.push(issue(['projects'], 'owner_scope', message));
    if (projectRole !== undefined) issues.push(issue(['project_role'], 'owner_scope', message));
  } else if (projectRole !== undefined) {
    project = resolveRole(live, projectRole, 'project_role', issues);
    const message = 'must list at least one project id for project_role to apply to';
    if (projects.length === 0) issues.push(issue(['projects'], 'missing_projects', message));
  } else if (projects.length > 0) {
    const message = `is required with projects: one project-scope role applied to all of them, one of: ${roleChoices(live, 'project')}`;
    issues.push(issue(['project_role'], 'missing_project_role', message));
  }
  if (issues.length > 0 || account === undefined) fail('permission preview input', issues);

  const accountSide = side(account.role, account.role.permissions);
  const lines = [rowLabel('Account', account.role.name, accountSide.count)];
  let projectSide: PermissionPreview['project'] = null;
  if (isOwner) {
    const all = permissionNames('project');
    projectSide = { ...side(account.role, all), projects: 'all' };
    lines.push(
      `Full access to every project, current and future (all ${projectSide.count} project permissions)`,
    );
  } else if (project !== undefined) {
    projectSide = { ...side(project.role, project.role.permissions), projects: [...projects] };
    lines.push(rowLabel('Project', project.role.name, projectSide.count));
    const names = options?.projectNames ?? {};
    const label = (id: string) => (Object.hasOwn(names, id) ? names[id] : id);
    lines.push(`Projects: ${projects.map(label).join(', ')}`);
  }
  return { full_access: isOwner, account: accountSide, project: projectSide, lines };
}

function checkArguments(
  fn: string,
  preview: unknown,
  names: unknown,
  path: (i: number) => Path,
  projectId: unknown,
) {
  const issues: Issues = [];
  if (!isPreview(preview)) {
    const message = 'must be a result of previewPermissions() or previewApiKeyPermissions()';
    issues.push(issue(['preview'], 'invalid_type', message));
  }
  if (projectId !== undefined && (typeof projectId !== 'string' || projectId === '')) {
    issues.push(issue(['projectId'], 'invalid_type', 'must be a non-empty string when given'));
  }
  if (!Array.isArray(names)) {
    issues.push(issue(['required'], 'invalid_type', 'must be an array of permission names'));
    fail(`${fn} input`, issues);
  }
  names.forEach((name, index) => {
    if (typeof name === 'string' && permissionScope(name) !== undefined) return;
    const message = `is not a permission in the catalog snapshot of ${CATALOG_SNAPSHOT_DATE}; check the spelling (names look like vm.console or account.apikeys.create)`;
    issues.push(issue(path(index), 'unknown_permission', message));
  });
  if (issues.length > 0) fail(`${fn} input`, issues);
}

function isPreview(value: unknown): value is AnyPermissionPreview {
  const permissionsOf = (side: unknown) =>
    side !== null &&
    typeof side === 'object' &&
    Array.isArray((side as PermissionPreviewSide).permissions);
  if (value === null || typeof value !== 'object') return false;
  const { account, project, projects } = value as Record<string, unknown>;
  if (!permissionsOf(account)) return false;
  // previewApiKeyPermissions: one entry per project the key was granted.
  if (Array.isArray(projects)) {
    return projects.every(
      (entry) =>
        permissionsOf(entry) && typeof (entry as { project_id?: unknown }).project_id === 'string',
    );
  }
  if (project === null) return true;
  const reached = (project as { projects?: unknown } | undefined)?.projects;
  return permissionsOf(project) && (reached === 'all' || Array.isArray(reached));
}

function holds(
  preview: AnyPermissionPreview,
  name: string,
  projectId: string | undefined,
): boolean {
  if (permissionScope(name) === 'account') return preview.account.permissions.includes(name);
  if ('projects' in preview) {
    // An existing key: Owner everywhere, else the role it holds in each project it was granted.
    if (preview.full_access) return true;
    return preview.projects.some(
      (entry) =>
        (projectId === undefined || entry.project_id === projectId) &&
        entry.permissions.includes(name),
    );
  }
  const project = preview.project;
  if (project === null) return false;
  const reaches =
    projectId === undefined || project.projects === 'all' || project.projects.includes(projectId);
  return reaches && project.permissions.includes(name);
}

/**
 * Whether a previewed key holds `permission`: a key to create (`previewPermissions`) or one that
 * exists (`previewApiKeyPermissions`). Account permissions are checked on the account side. A
 * project permission is checked on `projectId` when given (an Owner key reaches every project; an
 * existing key, with the role it holds there), otherwise on any project the key reaches.
 *
 * @throws {RaffValidationError} When `permission` is not in the catalog snapshot (a typo guard for
 * names that are not literals; a misspelt literal does not compile).
 * @example
 * ```ts
 * hasPermission(preview, 'vm.delete', customer1Id); // false for Operator (it never deletes)
 * ```
 */
export function hasPermission(
  preview: AnyPermissionPreview,
  permission: PermissionName,
  projectId?: string,
): boolean {
  checkArguments('hasPermission', preview, [permission], () => ['permission'], projectId);
  return holds(preview, permission, projectId);
}

/**
 * The permissions in `required` that a previewed key (to create, or existing) does not hold (on
 * `projectId` when given), sorted and without repeats; empty when it holds them all.
 *
 * @throws {RaffValidationError} When a name in `required` is not in the catalog snapshot.
 * @example
 * ```ts
 * missingPermissions(preview, ['vm.view', 'vm.console'], customer1Id); // ['vm.console']
 * ```
 */
export function missingPermissions(
  preview: AnyPermissionPreview,
  required: readonly PermissionName[],
  projectId?: string,
): PermissionName[] {
  checkArguments(
    'missingPermissions',
    preview,
    required,
    (index) => ['required', index],
    projectId,
  );
  return sortedUnique(required.filter((name) => !holds(preview, name, projectId)));
}
