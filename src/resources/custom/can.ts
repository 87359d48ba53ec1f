import * as z from 'zod/mini';
import type { SdkMethod } from '../../../generated/operations.js';
import type { ClientContext } from '../../core/context.js';
import { withDeadline } from '../../core/deadline.js';
import { projectIdSchema } from '../../core/option-schemas.js';
import type { RequestOptions } from '../../core/options.js';
import { operationOf } from '../../internal/operation-table.js';
import { lazy, parseInput } from '../../internal/validate.js';
import type { PermissionName, PermissionScope } from '../../offline/permission-catalog.js';
import { permissionOf } from '../../offline/required-permission.js';
import { RaffValidationError } from '../../shared/errors.js';
import { serverText } from '../../shared/server-text.js';
import { type HeldRole, readCurrentKey, readRole } from './key-access.js';

/** Where {@link RaffClient.can} should answer for. */
export interface CanParams {
  /**
   * The project the call would act in. Needed for a project permission (`vms.create`,
   * `projects.members.add`, …); ignored for an account one.
   * @default the client's `projectId`
   */
  readonly projectId?: string | undefined;
}

/** What {@link RaffClient.can} found out. */
export interface CanResult {
  /** Whether the key may make the call (for a project permission: in that project). */
  readonly allowed: boolean;
  /**
   * The permission the call needs (see `requiredPermission`); `null` where Raff documents none:
   * then `allowed` follows project access (any role on the project), or is `true` for a call any
   * valid key, or no key, may make.
   */
  readonly permission: PermissionName | null;
  /** `account` or `project`; `null` for a call that needs no permission. */
  readonly scope: PermissionScope | null;
  /**
   * The slug of the role that decided: the key's account role for an account permission (or
   * `owner`), its role on the project for a project one; `null` when no role decided (no role
   * on the project, or no permission needed).
   */
  readonly role: string | null;
  /** Why, in a sentence that names the role, the permission and the project. */
  readonly reason: string;
}

const paramsSchema = lazy(() => z.strictObject({ projectId: z.optional(projectIdSchema()) }));

/**
 * Whether the client's key may call SDK method `method` (in `params.projectId`), from the
 * operation table, the key's own record (`apiKeys.current()`) and the roles it holds: System
 * roles from the offline catalog, custom ones with `roles.get`. Only GETs are sent; what was
 * read is reused for 60 s.
 *
 * @internal
 */
export async function canCall(
  context: ClientContext,
  method: SdkMethod,
  params: CanParams | undefined,
  options: RequestOptions | undefined,
): Promise<CanResult> {
  const required = permissionOf(method, 'can');
  const parsed = parseInput(paramsSchema, params ?? {}, 'can params');
  if (required === null) {
    const reason = operationOf(method).public
      ? `${method} is public: it needs no key at all`
      : `${method} needs no permission: any valid key may call it`;
    return { allowed: true, permission: null, scope: null, role: null, reason };
  }
  const { permission, scope } = required;
  const projectId =
    scope === 'project' ? (parsed.projectId ?? context.config.projectId ?? undefined) : undefined;
  if (scope === 'project' && projectId === undefined) {
    throw new RaffValidationError(
      `can: ${method} acts inside a project; pass { projectId } (or give the client one) to ask about it. Nothing was sent.`,
      [{ path: ['projectId'], code: 'missing', message: 'this method acts inside a project' }],
    );
  }
  return withDeadline('can', options, async (deadline) => {
    const key = await readCurrentKey(context, deadline.options());
    const account = await readRole(context, key, deadline.options());
    const decided = (allowed: boolean, role: string | null, reason: string): CanResult => ({
      allowed,
      permission,
      scope,
      role,
      reason,
    });
    if (account.slug === 'owner') {
      return decided(
        true,
        'owner',
        'an Owner key holds every permission, on the account and in every project',
      );
    }
    const text = (value: string) => serverText(value, context.config.secrets.scrub, 128);
    const named = (role: HeldRole) => `${text(role.name)} (${text(role.slug)})`;
    if (scope === 'account') {
      const allowed = permission !== null && account.permissions.includes(permission);
      const verb = allowed ? 'grants' : 'does not grant';
      return decided(
        allowed,
        account.slug || null,
        `the account role ${named(account)} ${verb} ${permission}`,
      );
    }
    const project = `project ${text(projectId ?? '')}`;
    const access = key.project_accesses?.find((entry) => entry.project_id === projectId);
    const undocumented = `Raff documents no permission for ${method}, so the answer follows project access`;
    if (access === undefined) {
      return decided(
        false,
        null,
        permission === null
          ? `${undocumented}, and the key has no role on ${project}`
          : `the key has no role on ${project}, so it holds no project permission there (${permission} among them)`,
      );
    }
    const role = await readRole(context, access, deadline.options());
    if (permission === null) {
      return decided(
        true,
        role.slug || null,
        `${undocumented}: the key holds ${named(role)} on ${project}`,
      );
    }
    const allowed = role.permissions.includes(permission);
    const verb = allowed ? 'grants' : 'does not grant';
    return decided(
      allowed,
      role.slug || null,
      `the project role ${named(role)} on ${project} ${verb} ${permission}`,
    );
  });
}
