import type { components } from '../../../../generated/openapi.js';
import type { EmulatorState, ProjectRecord } from '../../server/account.js';
import { iso } from '../../server/iso-time.js';

/**
 * A project.
 *
 * @internal
 */
export function projectView(
  state: EmulatorState,
  project: ProjectRecord,
): components['schemas']['Project'] {
  return {
    id: project.id,
    account_id: state.accountId,
    name: project.name,
    slug: project.slug,
    ...(project.description === undefined ? {} : { description: project.description }),
    default_region: project.defaultRegion,
    is_default: project.isDefault,
    is_active: true,
    created_by: project.createdBy,
    created_at: iso(project.createdAt),
    updated_at: iso(project.updatedAt),
  };
}
