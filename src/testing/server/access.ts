import { PERMISSION_CATALOG, SYSTEM_ROLES } from '../../offline/permission-catalog.js';
import type { EmulatorState, KeyRecord, RoleRecord } from './account.js';
import { forbidden } from './errors.js';

const OWNER_ROLE_ID = SYSTEM_ROLES.find((role) => role.slug === 'owner')?.id;
const ALL_PROJECT_PERMISSIONS: ReadonlySet<string> = new Set(
  PERMISSION_CATALOG.filter((p) => p.scope === 'project').map((p) => p.name),
);
const NONE: ReadonlySet<string> = new Set();

/**
 * What one key may do right now. Roles are looked up on every call, never copied, so an edited
 * role counts on the next request, and a role that no longer exists grants nothing.
 *
 * @internal
 */
export class Access {
  readonly #state: EmulatorState;
  readonly #key: KeyRecord;

  constructor(state: EmulatorState, key: KeyRecord) {
    this.#state = state;
    this.#key = key;
  }

  #role(id: string | undefined, scope: RoleRecord['scope']): RoleRecord | undefined {
    const role = id === undefined ? undefined : this.#state.roles.get(id);
    return role?.scope === scope ? role : undefined;
  }

  /** Whether the key holds the Owner role: every permission on every project. */
  isOwner(): boolean {
    return this.#key.roleId !== undefined && this.#key.roleId === OWNER_ROLE_ID;
  }

  /** The `account.*` permissions of the key's account role. */
  accountPermissions(): ReadonlySet<string> {
    return new Set(this.#role(this.#key.roleId, 'account')?.permissions ?? []);
  }

  /** The key's permissions on a project, or `undefined` when it cannot reach the project. */
  projectPermissions(projectId: string): ReadonlySet<string> | undefined {
    if (!this.#state.projects.has(projectId)) return undefined;
    if (this.isOwner()) return ALL_PROJECT_PERMISSIONS;
    for (const grant of this.#state.grants.values()) {
      if (grant.apiKeyId !== this.#key.id || grant.projectId !== projectId) continue;
      if (grant.status !== 'active') return undefined;
      const role = this.#role(grant.roleId, 'project');
      return role === undefined ? NONE : new Set(role.permissions);
    }
    return undefined;
  }

  /** Throws 403 unless the account role grants `permission`. */
  requireAccount(permission: string): void {
    if (!this.accountPermissions().has(permission)) {
      throw forbidden(`Missing permission ${permission}`);
    }
  }

  /** Throws 403 unless the key reaches the project and holds `permission` there. */
  requireProject(projectId: string, permission: string): void {
    const permissions = this.projectPermissions(projectId);
    if (permissions === undefined) {
      throw forbidden(`This API key has no access to project ${projectId}`);
    }
    if (!permissions.has(permission)) {
      throw forbidden(`Missing permission ${permission}`);
    }
  }

  /**
   * Throws 403 unless the key reaches the project with any role (an operation Raff documents no
   * permission for; Owner reaches every project).
   */
  requireReach(projectId: string): void {
    if (this.projectPermissions(projectId) === undefined) {
      throw forbidden(`This API key has no access to project ${projectId}`);
    }
  }

  /** The ids of every project where the key holds `permission`. */
  projectsWith(permission: string): string[] {
    return [...this.#state.projects.keys()].filter((id) =>
      this.projectPermissions(id)?.has(permission),
    );
  }

  /** The ids of every project the key reaches, with any role. */
  projectsReached(): string[] {
    return [...this.#state.projects.keys()].filter(
      (id) => this.projectPermissions(id) !== undefined,
    );
  }
}
