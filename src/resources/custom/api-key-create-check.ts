import type { APIKey } from '../../../generated/types.js';
import type { ClientContext } from '../../core/context.js';
import type { RequestOptions } from '../../core/options.js';
import type { PermissionName } from '../../offline/permission-catalog.js';
import { RaffNotFoundError, RaffPermissionDeniedError } from '../../shared/errors.js';
import { redactApiKey } from '../../shared/key-format.js';
import { serverText } from '../../shared/server-text.js';
import { type HeldRole, readCurrentKey, readRole } from './key-access.js';

const REVOKE: PermissionName = 'account.apikeys.revoke';
const INVITE: PermissionName = 'project.members.invite';

/** The roles the calling key holds where `apiKeys.create` would act, as far as it can read them. */
interface CreatorRoles {
  readonly account: HeldRole;
  /** The role on each requested project; `undefined` where the key has none. */
  readonly projects: ReadonlyMap<string, HeldRole | undefined>;
}

/**
 * Before `apiKeys.create` sends anything that grants projects: whether the calling key could
 * finish the job or undo it. A key that could not revoke the new key (no `account.apikeys.revoke`)
 * could not roll back a failed grant, and one without `project.members.invite` on a requested
 * project would fail that grant; either is refused here, before the key exists. Only GETs are sent
 * (the key's own record and the custom roles it holds, reused for 60 s). A key that may not read
 * them (a 403), or whose record cannot be found, is not checked: the call goes ahead as it would
 * without the check. A create without projects has no grant and nothing to roll back: not checked.
 *
 * @throws {RaffPermissionDeniedError} naming the missing permission (`permission`), with
 * `attempts: 0`: nothing was sent.
 * @internal
 */
export async function checkCreatorCanFinish(
  context: ClientContext,
  projects: readonly string[],
  options: RequestOptions | undefined,
): Promise<void> {
  // A keyless client gets the call's own refusal.
  if (projects.length === 0 || context.config.apiKey === null) return;
  const roles = await readCreatorRoles(context, projects, options);
  if (roles === undefined || roles.account.slug === 'owner') return;
  const text = (value: string) => serverText(value, context.config.secrets.scrub, 128);
  const key = `this key (${redactApiKey(context.config.apiKey)}, account role ${text(roles.account.name)})`;
  const fix =
    'Use an Owner key, or a key whose account role has account.apikeys.* and whose project role has project.members.invite on each project.';
  if (!roles.account.permissions.includes(REVOKE)) {
    throw refusal(
      `apiKeys.create: ${key} lacks ${REVOKE}, so it could not revoke the new key if granting a project failed, and would leave it half-made. Nothing was sent. ${fix}`,
      REVOKE,
      '/api/v1/api-keys',
    );
  }
  for (const [projectId, role] of roles.projects) {
    if (role?.permissions.includes(INVITE)) continue;
    const holds = role === undefined ? 'has no role there' : `holds ${text(role.name)} there`;
    throw refusal(
      `apiKeys.create: ${key} lacks ${INVITE} on project ${text(projectId)} (it ${holds}), so it cannot grant the new key that project. Nothing was sent. ${fix}`,
      INVITE,
      '/api/v1/projects/{id}/members',
    );
  }
}

/** The key's roles; `undefined` when the key may not read them or its record is not found. */
async function readCreatorRoles(
  context: ClientContext,
  projects: readonly string[],
  options: RequestOptions | undefined,
): Promise<CreatorRoles | undefined> {
  try {
    const key: APIKey = await readCurrentKey(context, options);
    const account = await readRole(context, key, options);
    const held = new Map<string, HeldRole | undefined>();
    if (account.slug === 'owner') return { account, projects: held };
    for (const projectId of projects) {
      const access = key.project_accesses?.find((entry) => entry.project_id === projectId);
      held.set(projectId, access && (await readRole(context, access, options)));
    }
    return { account, projects: held };
  } catch (error) {
    // A key the SDK cannot read about is not checked; anything else (401, 5xx, a time limit) ends
    // the call here, before anything was created.
    if (error instanceof RaffPermissionDeniedError || error instanceof RaffNotFoundError) {
      return undefined;
    }
    throw error;
  }
}

/** The refusal: a 403 the SDK gives itself, for a request it did not send. */
function refusal(
  message: string,
  permission: PermissionName,
  path: string,
): RaffPermissionDeniedError {
  return new RaffPermissionDeniedError(`${message} [apiKeys.create needs ${permission}]`, {
    status: 403,
    method: 'POST',
    path,
    attempts: 0,
    operation: 'apiKeys.create',
    permission,
    body: null,
  });
}
