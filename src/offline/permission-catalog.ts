import { PERMISSION_DESCRIPTIONS } from './permission-descriptions.js';
import { PERMISSION_NAMES, type PermissionName } from './permission-names.js';

export type { PermissionName };

/**
 * The date of the permission catalog snapshot below. The live catalog is served by
 * `GET /api/v1/permissions` and grows as Raff adds resource types.
 */
export const CATALOG_SNAPSHOT_DATE = '2026-05-08';

/** The domain a permission or role belongs to: the whole account, or resources in a project. */
export type PermissionScope = 'account' | 'project';

/** One permission of the catalog snapshot, shaped like the API's `Permission`. */
export interface PermissionInfo {
  /** The permission name, e.g. `vm.console`. */
  readonly name: PermissionName;
  /** `account` for `account.*` permissions, `project` for everything granted per project. */
  readonly scope: PermissionScope;
  /** The group the dashboard shows it under, e.g. `apikeys`, `project_members`, `vm`. */
  readonly category: string;
  /** What holding the permission allows. */
  readonly description: string;
}

/**
 * A role as the API describes it: a named set of permissions of one scope. The API's `Role` is
 * assignable to it, so live and custom roles from `roles.list()` can be passed where one is taken.
 */
export interface RoleDefinition {
  /** The role id (a UUID for roles from the API). */
  readonly id: string;
  /** The display name, e.g. `Operator`. */
  readonly name: string;
  /** The stable slug, e.g. `operator`. */
  readonly slug: string;
  /** Which catalog its permissions come from. */
  readonly scope: PermissionScope;
  /** The permission names the role grants. */
  readonly permissions: readonly string[];
  /** `true` for the roles Raff ships; they cannot be edited. */
  readonly is_system?: boolean | undefined;
  /** What the role is for. */
  readonly description?: string | undefined;
}

/** One of the roles Raff ships with every account (the Owner and the 7 System roles). */
export interface SystemRole extends RoleDefinition {
  /** The display name, e.g. `Project Admin`. */
  readonly name: string;
  /** What the role is for. */
  readonly description: string;
  /** The permissions the role grants, sorted. */
  readonly permissions: readonly PermissionName[];
  /** Always `true`. */
  readonly is_system: true;
}

function categoryOf(name: string): string {
  const [first = '', second = ''] = name.split('.');
  if (first === 'account') return second;
  if (first === 'project') return `project_${second}`;
  return first;
}

function scopeOf(name: string): PermissionScope {
  return name.startsWith('account.') ? 'account' : 'project';
}

function buildCatalog(): readonly PermissionInfo[] {
  return Object.freeze(
    PERMISSION_NAMES.map((name) =>
      Object.freeze({
        name,
        scope: scopeOf(name),
        category: categoryOf(name),
        description: PERMISSION_DESCRIPTIONS[name],
      }),
    ),
  );
}

/**
 * The permission names of one scope, in catalog order. Needs no descriptions, so what uses only
 * names (the permission preview, the client) does not carry the catalog's text.
 *
 * @internal
 */
export function permissionNames(scope: PermissionScope): PermissionName[] {
  return PERMISSION_NAMES.filter((name) => scopeOf(name) === scope);
}

/**
 * Every permission Raff defined on {@link CATALOG_SNAPSHOT_DATE}: 21 account and 40 project
 * permissions, deeply frozen. Use `raff.permissions.list()` for the live catalog.
 *
 * @example
 * ```ts
 * import { PERMISSION_CATALOG } from '@raff/sdk';
 * const vmPermissions = PERMISSION_CATALOG.filter((p) => p.category === 'vm');
 * ```
 */
export const PERMISSION_CATALOG: readonly PermissionInfo[] = /* @__PURE__ */ buildCatalog();

let scopes: ReadonlyMap<string, PermissionScope> | undefined;

/**
 * The scope of a permission in the catalog snapshot, or `undefined` for a name it does not hold.
 *
 * @internal
 */
export function permissionScope(name: string): PermissionScope | undefined {
  scopes ??= new Map(PERMISSION_NAMES.map((name) => [name, scopeOf(name)]));
  return scopes.get(name);
}

/**
 * The permissions of a role definition that the snapshot does not know or that belong to the
 * other scope, with their index in `role.permissions`.
 *
 * @internal
 */
export function permissionMisfits(role: RoleDefinition) {
  return role.permissions.flatMap((name, index) => {
    const scope = permissionScope(name);
    if (scope === role.scope) return [];
    const message =
      scope === undefined
        ? `is not in the permission catalog snapshot of ${CATALOG_SNAPSHOT_DATE}`
        : `is a ${scope} permission, but the role is ${role.scope}-scoped`;
    return [{ index, code: scope === undefined ? 'unknown_permission' : 'wrong_scope', message }];
  });
}

/**
 * Finds a role by id or slug among live definitions and {@link SYSTEM_ROLES}. The first live role
 * with that id or slug wins, and a live role replaces the snapshot role it shares an id or slug
 * with; `index` is the live role's position, or -1 for a snapshot role.
 *
 * @internal
 */
export function findRole(
  live: readonly RoleDefinition[],
  ref: string,
): { readonly role: RoleDefinition; readonly index: number } | undefined {
  let index = live.findIndex((role) => role.id === ref);
  if (index < 0) index = live.findIndex((role) => role.slug === ref);
  const snapshot = SYSTEM_ROLES.find((role) => role.id === ref || role.slug === ref);
  if (index < 0 && snapshot !== undefined) {
    index = live.findIndex((role) => role.id === snapshot.id || role.slug === snapshot.slug);
  }
  const role = live[index];
  if (role !== undefined) return { role, index };
  return snapshot && { role: snapshot, index: -1 };
}

/**
 * The slugs of the known roles of one scope, snapshot roles first, as a list for error messages
 * that stops after `max` names.
 *
 * @internal
 */
export function roleChoices(live: readonly RoleDefinition[], scope: PermissionScope, max = 12) {
  const all = [...SYSTEM_ROLES, ...live].filter((role) => role.scope === scope);
  const slugs = [...new Set(all.map((role) => role.slug))];
  const shown = slugs.slice(0, max).join(', ');
  return slugs.length > max ? `${shown} and ${slugs.length - max} more` : shown;
}

// Admin is the account set without the first list; Operator is the project set without the second.
const NOT_ADMIN =
  'projects.delete members.remove roles.delete apikeys.revoke billing.view billing.manage';
const NOT_OPERATOR =
  'project.members.invite project.members.manage project.members.remove ip.release vm.delete ' +
  'vpc.delete volume.delete snapshot.delete backup.delete security_group.delete bucket.delete';
const MEMBER = 'account.settings.view account.members.view account.projects.view';

const SEEDS = [
  ['owner', 'Owner', 'account', 'Everything in the account and in every project'],
  ['admin', 'Admin', 'account', 'Runs the account, without billing or destructive actions'],
  ['billing', 'Billing', 'account', 'Invoices and payment methods, nothing else'],
  ['member', 'Member', 'account', 'Sees the account, its members and its projects'],
  ['project-admin', 'Project Admin', 'project', 'Every permission inside the project'],
  ['operator', 'Operator', 'project', 'Creates and runs resources, but never deletes'],
  ['project-member', 'Project Member', 'project', 'Sees the project and can power machines'],
  ['viewer', 'Viewer', 'project', 'Read-only access to the project'],
] as const;

function grants(slug: string, name: string): boolean {
  const account = name.startsWith('account.');
  const viewer = !account && name.endsWith('.view') && name !== 'bucket.view';
  switch (slug) {
    case 'owner':
      return account;
    case 'admin':
      return account && !NOT_ADMIN.split(' ').includes(name.slice('account.'.length));
    case 'billing':
      return name.startsWith('account.billing.');
    case 'member':
      return MEMBER.split(' ').includes(name);
    case 'project-admin':
      return !account;
    case 'operator':
      return !account && !NOT_OPERATOR.split(' ').includes(name);
    case 'project-member':
      return viewer || name === 'vm.power' || name === 'bucket.view';
    default:
      return viewer;
  }
}

function buildSystemRoles(): readonly SystemRole[] {
  return Object.freeze(
    SEEDS.map(([slug, name, scope, description], index) =>
      Object.freeze({
        id: `00000000-0000-4000-8000-00000000000${index + 1}`,
        name,
        slug,
        scope,
        description,
        permissions: Object.freeze(
          PERMISSION_NAMES.filter((permission) => grants(slug, permission)).toSorted(),
        ),
        is_system: true as const,
      }),
    ),
  );
}

/**
 * The Owner and the 7 System roles as of {@link CATALOG_SNAPSHOT_DATE}, deeply frozen, with fixed
 * ids of our own (`00000000-0000-4000-8000-000000000001` … `…008`); live ids differ, so refer to
 * them by slug. The Owner is account-scoped and also holds every project permission on every
 * project.
 *
 * @example
 * ```ts
 * import { SYSTEM_ROLES } from '@raff/sdk';
 * const operator = SYSTEM_ROLES.find((role) => role.slug === 'operator');
 * console.log(operator?.permissions.length); // 29
 * ```
 */
export const SYSTEM_ROLES: readonly SystemRole[] = /* @__PURE__ */ buildSystemRoles();
