import { PERMISSION_CATALOG } from '../../offline/permission-catalog.js';
import type { Handler } from './context.js';

const listPermissions: Handler = (context) => {
  const scope = context.query.scope;
  const data = PERMISSION_CATALOG.filter((p) => scope === undefined || p.scope === scope).map(
    (p) => ({ name: p.name, description: p.description, scope: p.scope, category: p.category }),
  );
  return { body: { success: true, data } };
};

/**
 * The Permissions operation: the catalog snapshot, not paginated.
 *
 * @internal
 */
export const PERMISSION_HANDLERS: Readonly<Record<string, Handler>> = { listPermissions };
