import { randomUUID } from 'node:crypto';
import { PERMISSION_CATALOG, permissionScope } from '../../../offline/permission-catalog.js';
import type { EmulatorState, RoleRecord } from '../../server/account.js';
import { badRequest, conflict, notFound } from '../../server/errors.js';
import type { HandlerTable } from '../../server/handler.js';
import { all, done, one, page } from '../../server/replies.js';
import { roleView } from './views.js';

function findRole(state: EmulatorState, id: string): RoleRecord {
  const role = state.roles.get(id);
  if (role === undefined) throw notFound(`Role ${id} not found`);
  return role;
}

function customRole(state: EmulatorState, id: string, action: string): RoleRecord {
  const role = findRole(state, id);
  if (role.isSystem) {
    throw badRequest(
      `System role "${role.slug}" cannot be ${action}; duplicate it into a custom role instead`,
    );
  }
  return role;
}

/** Known, of the role's scope, without repeats; 400 otherwise. */
function checkPermissions(permissions: readonly string[], scope: RoleRecord['scope']): string[] {
  for (const name of permissions) {
    const actual = permissionScope(name);
    if (actual === undefined) throw badRequest(`Unknown permission "${name}"`);
    if (actual !== scope) {
      throw badRequest(
        `Permission "${name}" is a ${actual} permission; a ${scope} role cannot hold it`,
      );
    }
  }
  return [...new Set(permissions)];
}

function checkNameFree(state: EmulatorState, name: string, self?: RoleRecord): void {
  for (const role of state.roles.values()) {
    if (role !== self && role.name.toLowerCase() === name.toLowerCase()) {
      throw conflict(`A role named "${name}" already exists`);
    }
  }
}

/**
 * The Roles operations, and the permission catalog they draw from.
 *
 * @internal
 */
export const ROLE_HANDLERS = {
  listRoles: (context) => {
    const { scope } = context.query;
    const roles = [...context.state.roles.values()].filter(
      (r) => scope === undefined || r.scope === scope,
    );
    return page(
      context,
      roles.map((role) => roleView(context.state, role)),
    );
  },

  createRole: ({ state, body, key, now }) => {
    const { scope, slug, name } = body;
    if ([...state.roles.values()].some((role) => role.slug === slug)) {
      throw conflict(`A role with slug "${slug}" already exists`);
    }
    checkNameFree(state, name);
    const role: RoleRecord = {
      id: randomUUID(),
      name,
      slug,
      description: body.description,
      scope,
      permissions: checkPermissions(body.permissions, scope),
      isSystem: false,
      createdBy: key.createdBy,
      createdAt: now,
      updatedAt: now,
    };
    state.roles.set(role.id, role);
    return one(roleView(state, role));
  },

  getRole: ({ state, params }) => one(roleView(state, findRole(state, params.id))),

  updateRole: ({ state, params, body, now }) => {
    const role = customRole(state, params.id, 'modified');
    const permissions =
      body.permissions === undefined ? undefined : checkPermissions(body.permissions, role.scope);
    if (body.name !== undefined) {
      checkNameFree(state, body.name, role);
      role.name = body.name;
    }
    if (body.description !== undefined) role.description = body.description;
    if (permissions !== undefined) role.permissions = permissions;
    role.updatedAt = now;
    return one(roleView(state, role));
  },

  deleteRole: ({ state, params }) => {
    const role = customRole(state, params.id, 'deleted');
    const keys = [...state.keys.values()].filter((key) => key.roleId === role.id).length;
    const grants = [...state.grants.values()].filter((grant) => grant.roleId === role.id).length;
    const members = [...state.members.values()].filter((m) => m.roleId === role.id).length;
    if (keys + grants + members > 0) {
      throw conflict(
        `Role "${role.slug}" is in use (${keys} API key(s), ${grants} project grant(s), ${members} member(s)); reassign them first`,
      );
    }
    state.roles.delete(role.id);
    return done('Role deleted');
  },

  // The catalog snapshot, not paginated.
  listPermissions: ({ query }) =>
    all(
      PERMISSION_CATALOG.filter((p) => query.scope === undefined || p.scope === query.scope).map(
        (p) => ({ name: p.name, description: p.description, scope: p.scope, category: p.category }),
      ),
    ),
} satisfies HandlerTable;
