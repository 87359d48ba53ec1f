import type { SdkMethod } from '../../core/operation-types.js';
import { APIResource } from '../../core/resource.js';
import {
  type PermissionPreview,
  type PermissionPreviewInput,
  type PermissionPreviewOptions,
  previewPermissions,
} from '../../offline/permission-preview.js';
import { forgetKeyAccess } from './key-access.js';

// The calls that change roles: after each, the client's cached role list is stale.
const CHANGES: ReadonlySet<SdkMethod> = new Set(['roles.create', 'roles.update', 'roles.delete']);

/**
 * The hand-written part of {@link Roles}: the offline permission preview, and keeping the client's
 * role cache (which resolves role slugs for `apiKeys.create` and `projects.members`) fresh after
 * every change. The generated class extends this one.
 */
export abstract class RolesCustom extends APIResource {
  /**
   * @internal Forgets the cached roles (and what `can()` read of them) after a role was created,
   * changed or deleted.
   */
  protected override _afterCall(id: SdkMethod): void {
    if (!CHANGES.has(id)) return;
    this._context.roles.invalidate();
    forgetKeyAccess(this._context);
  }

  /**
   * Offline: what a key with these roles could do, as the dashboard's Permissions Preview shows
   * it. Same as {@link previewPermissions}; pass live `roles` to preview custom roles.
   *
   * @throws {RaffValidationError} for a combination the dialog cannot express.
   * @example
   * ```ts
   * const preview = raff.roles.preview({ role: 'admin', projects: [a, b], project_role: 'operator' });
   * console.log(preview.lines.join('\n'));
   * ```
   */
  preview(input: PermissionPreviewInput, options?: PermissionPreviewOptions): PermissionPreview {
    return previewPermissions(input, options);
  }
}
