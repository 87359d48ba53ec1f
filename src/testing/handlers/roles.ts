import { randomUUID } from 'node:crypto';
import { permissionScope } from '../../offline/permission-catalog.js';
import { badRequest, conflict, notFound } from '../errors.js';
import type { RoleRecord } from '../state.js';
import { roleView } from '../views.js';
import { done, fields, type Handler, type HandlerContext, one, page } from './context.js';

function findRole(context: HandlerContext): RoleRecord {
  const role = context.state.roles.get(context.params.id ?? '');
  if (role === undefined) throw notFound(`Role ${context.params.id} not found`);
  return role;
}

function customRole(context: HandlerContext, action: string): RoleRecord {
  const role = findRole(context);
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

function checkNameFree(context: HandlerContext, name: string, self?: RoleRecord): void {
  for (const role of context.state.roles.values()) {
    if (role !== self && role.name.toLowerCase() === name.toLowerCase()) {
      throw conflict(`A role named "${name}" already exists`);
    }
  }
}

const listRoles: Handler = (context) => {
  const scope = context.query.scope;
  const roles = [...context.state.roles.values()].filter(
    (r) => scope === undefined || r.scope === scope,
  );
  return page(
    context,
    roles.map((role) => roleView(context.state, role)),
  );
};

const createRole: Handler = (context) => {
  const body = fields(context);
  const scope = body.scope as RoleRecord['scope'];
  const slug = body.slug as string;
  const name = body.name as string;
  if ([...context.state.roles.values()].some((role) => role.slug === slug)) {
    throw conflict(`A role with slug "${slug}" already exists`);
  }
  checkNameFree(context, name);
  const role: RoleRecord = {
    id: randomUUID(),
    name,
    slug,
    description: body.description as string | undefined,
    scope,
    permissions: checkPermissions(body.permissions as string[], scope),
    isSystem: false,
    createdBy: context.key.createdBy,
    createdAt: context.now,
    updatedAt: context.now,
  };
  context.state.roles.set(role.id, role);
  return one(roleView(context.state, role));
};

const getRole: Handler = (context) => one(roleView(context.state, findRole(context)));

const updateRole: Handler = (context) => {
  const role = customRole(context, 'modified');
  const body = fields(context);
  const permissions = Array.isArray(body.permissions)
    ? checkPermissions(body.permissions as string[], role.scope)
    : undefined;
  if (typeof body.name === 'string') {
    checkNameFree(context, body.name, role);
    role.name = body.name;
  }
  if (typeof body.description === 'string') role.description = body.description;
  if (permissions !== undefined) role.permissions = permissions;
  role.updatedAt = context.now;
  return one(roleView(context.state, role));
};

const deleteRole: Handler = (context) => {
  const role = customRole(context, 'deleted');
  const { state } = context;
  const keys = [...state.keys.values()].filter((key) => key.roleId === role.id).length;
  const grants = [...state.grants.values()].filter((grant) => grant.roleId === role.id).length;
  const members = [...state.members.values()].filter((member) => member.roleId === role.id).length;
  if (keys + grants + members > 0) {
    throw conflict(
      `Role "${role.slug}" is in use (${keys} API key(s), ${grants} project grant(s), ${members} member(s)); reassign them first`,
    );
  }
  state.roles.delete(role.id);
  return done('Role deleted');
};

/**
 * The Roles operations.
 *
 * @internal
 */
export const ROLE_HANDLERS: Readonly<Record<string, Handler>> = {
  listRoles,
  createRole,
  getRole,
  updateRole,
  deleteRole,
};
