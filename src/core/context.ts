import type { ClientConfig } from './options.js';
import type { RoleResolver } from './role-resolver.js';

/** The fields of a role that namespaces resolve ids and slugs against. */
export interface ContextRole {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly scope: 'account' | 'project';
}

/**
 * What a namespace needs from its client: the resolved config every call runs with, and the
 * cached role lookup. Namespaces depend on this, never on the client module.
 *
 * @internal
 */
export interface ClientContext {
  readonly config: ClientConfig;
  /** Resolves role ids and slugs with one cached `GET /api/v1/roles` walk per client. */
  readonly roles: RoleResolver<ContextRole>;
}
