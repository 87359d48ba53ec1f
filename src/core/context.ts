import { operationOf } from '../internal/operation-table.js';
import { callOperation } from './call.js';
import type { ClientConfig, RequestOptions } from './options.js';
import { paginate } from './pagination.js';
import { RoleResolver } from './role-resolver.js';

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

/** @internal The context of a client built from `config`. */
export function clientContext(config: ClientConfig): ClientContext {
  const listRoles = operationOf('roles.list');
  return {
    config,
    roles: new RoleResolver<ContextRole>(async (options: RequestOptions | undefined) => {
      const all: ContextRole[] = [];
      const pages = paginate(
        async (limit, offset) =>
          (await callOperation(config, 'roles.list', { query: { limit, offset } }, options)) as {
            data: ContextRole[];
            total?: number;
          },
        { limit: Math.min(listRoles.paged ?? 100, 100), what: 'the role lookup (roles.listAll)' },
      );
      for await (const role of pages) all.push(role);
      return all;
    }, config.secrets.scrub),
  };
}
