import * as z from 'zod/mini';
import type { APIKeyProjectAccess, APIKeyWithSecret } from '../../../generated/types.js';
import { callOperation } from '../../core/call.js';
import type { ClientContext } from '../../core/context.js';
import { type MethodDeadline, withDeadline } from '../../core/deadline.js';
import type { RequestOptions } from '../../core/options.js';
import { protectSecrets } from '../../core/secret-fields.js';
import { lazy, parseInput } from '../../internal/validate.js';
import { EXPIRATION_PRESETS, type ExpirationPreset, expiresAtFor } from '../../offline/expiry.js';
import { RaffApiKeyGrantError, RaffValidationError } from '../../shared/errors.js';
import { serverText } from '../../shared/server-text.js';
import { checkCreatorCanFinish } from './api-key-create-check.js';

/** Parameters of `apiKeys.create()`: the fields of the dashboard's Create API Key dialog. */
export interface CreateApiKeyParams {
  /** A label that says what uses the key, e.g. `Backups Lambda` (1–128 characters). */
  name: string;
  /** The account role, by id or slug (`owner`, `admin`, `billing`, `member`, or a custom slug). */
  role: string;
  /** Projects the key may reach. Not allowed with `owner`, which reaches every project. */
  projects?: readonly string[] | undefined;
  /** The one project role applied to every project in `projects`, by id or slug. */
  project_role?: string | undefined;
  /** An expiry preset: `never`, `30d`, `60d`, `90d`, `120d`, `180d` or `1y`. */
  expires_in?: ExpirationPreset | undefined;
  /** An exact expiry instead of a preset (a future date). */
  expires_at?: Date | string | undefined;
  /** The rate-limit tier; `high` needs Raff support's approval. @default 'standard' */
  rate_limit_tier?: 'standard' | 'high' | undefined;
}

const PROJECT_ID = /^[A-Za-z0-9_-]{1,128}$/;

const paramsSchema = lazy(() =>
  z
    .strictObject({
      name: z.string().check(
        z.refine((name) => name.trim().length >= 1 && name.length <= 128, {
          error: 'must be 1-128 characters and not blank',
        }),
      ),
      role: z.string().check(z.minLength(1, { error: 'must be a role id or slug' })),
      projects: z.optional(
        z.array(
          z
            .string()
            .check(z.refine((id) => PROJECT_ID.test(id), { error: 'must be a project id' })),
        ),
      ),
      project_role: z.optional(
        z.string().check(z.minLength(1, { error: 'must be a role id or slug' })),
      ),
      expires_in: z.optional(
        z.enum(EXPIRATION_PRESETS, { error: `must be one of ${EXPIRATION_PRESETS.join(', ')}` }),
      ),
      expires_at: z.optional(
        z.union([z.date(), z.string()], { error: 'must be a Date or an ISO 8601 string' }),
      ),
      rate_limit_tier: z.optional(
        z.enum(['standard', 'high'], { error: 'must be standard or high' }),
      ),
    })
    .check(
      z.refine((p) => !(p.expires_in !== undefined && p.expires_at !== undefined), {
        error: 'give expires_in or expires_at, not both',
        path: ['expires_at'],
      }),
      z.refine((p) => !(p.projects?.length && p.project_role === undefined), {
        error: 'projects need a project_role (one role applies to all of them)',
        path: ['project_role'],
      }),
      z.refine((p) => !(p.project_role !== undefined && !p.projects?.length), {
        error: 'project_role needs at least one project',
        path: ['projects'],
      }),
      z.refine((p) => new Set(p.projects ?? []).size === (p.projects ?? []).length, {
        error: 'lists a project more than once',
        path: ['projects'],
      }),
    ),
);

/**
 * The Create API Key dialog in one call: validate, check that the calling key could finish (or
 * undo) the grants, create the key, grant each project, and on a failed grant revoke the key
 * again so that nothing half-made is left. A per-call `totalTimeout`
 * and `signal` bound the whole method, the rollback included.
 */
export async function createApiKey(
  context: ClientContext,
  input: CreateApiKeyParams,
  options: RequestOptions | undefined,
): Promise<APIKeyWithSecret> {
  const params = parseInput(paramsSchema, input, 'apiKeys.create params');
  const expiresAt = resolveExpiry(params.expires_in, params.expires_at);
  return withDeadline('apiKeys.create', options, (deadline) =>
    createWithin(context, params, expiresAt, deadline),
  );
}

async function createWithin(
  context: ClientContext,
  params: ParsedParams,
  expiresAt: string | undefined,
  deadline: MethodDeadline,
): Promise<APIKeyWithSecret> {
  const { config } = context;
  const projects = params.projects ?? [];
  const role = await context.roles.resolve(params.role, 'account', 'role', deadline.options());
  if (role.slug === 'owner' && (projects.length > 0 || params.project_role !== undefined)) {
    throw new RaffValidationError(
      'An owner key already reaches every project, current and future: drop projects and project_role.',
      [{ path: ['projects'], code: 'owner_with_projects', message: 'owner takes no projects' }],
    );
  }
  const projectRole =
    params.project_role === undefined
      ? undefined
      : await context.roles.resolve(
          params.project_role,
          'project',
          'project_role',
          deadline.options(),
        );
  // Before anything is created: a key that could not finish or undo the grants is refused.
  await checkCreatorCanFinish(context, projects, deadline.options());

  const body = {
    name: params.name,
    role_id: role.id,
    ...(expiresAt === undefined ? {} : { expires_at: expiresAt }),
    ...(params.rate_limit_tier === undefined ? {} : { rate_limit_tier: params.rate_limit_tier }),
  };
  const key = await callOperation(config, 'apiKeys.create', { body }, deadline.options());
  if (projectRole === undefined) return key;

  const granted: string[] = [];
  for (const projectId of projects) {
    try {
      await callOperation(
        config,
        'projects.members.add',
        { path: { id: projectId }, body: { api_key_id: key.id, role_id: projectRole.id } },
        deadline.options(),
      );
      granted.push(projectId);
    } catch (grantError) {
      throw await rollBack(context, key, projectId, granted, grantError, deadline);
    }
  }

  const accesses: APIKeyProjectAccess[] = projects.map((projectId) => ({
    project_id: projectId,
    project_name: projectId,
    role_id: projectRole.id,
    role_name: projectRole.name,
    role_slug: projectRole.slug,
  }));
  try {
    // The server's view has the project names; the key is complete either way.
    const fresh = await callOperation(
      config,
      'apiKeys.get',
      { path: { id: key.id } },
      deadline.options(),
    );
    return protectSecrets({ ...fresh, secret: key.secret }, ['secret'], config.secrets);
  } catch {
    // A spread leaves the (non-enumerable) secret behind: it is put back by name.
    const whole = { ...key, secret: key.secret, project_accesses: accesses };
    return protectSecrets(whole, ['secret'], config.secrets);
  }
}

async function rollBack(
  context: ClientContext,
  key: APIKeyWithSecret,
  projectId: string,
  granted: readonly string[],
  grantError: unknown,
  deadline: MethodDeadline,
): Promise<RaffApiKeyGrantError> {
  // Server text (the key's name and id can carry the client's key and the new secret) goes
  // through the client's scrubber, which knows both by now.
  const text = (value: unknown) => serverText(value, context.config.secrets.scrub, 1_000);
  const why = text(grantError instanceof Error ? grantError.message : String(grantError));
  try {
    // Within the caller's limits: past them, the error below still hands over the key.
    await callOperation(
      context.config,
      'apiKeys.delete',
      { path: { id: key.id } },
      deadline.options(),
    );
    return new RaffApiKeyGrantError(
      `Creating API key "${text(key.name)}" failed: granting project ${projectId} failed (${why}). ` +
        'The key was revoked again; nothing was left behind.',
      { apiKeyId: key.id, projectId, grantedProjects: granted, rolledBack: true },
      { cause: grantError },
    );
  } catch (rollbackError) {
    const revokeWhy = text(
      rollbackError instanceof Error ? rollbackError.message : String(rollbackError),
    );
    return new RaffApiKeyGrantError(
      `Creating API key "${text(key.name)}" failed: granting project ${projectId} failed (${why}), and ` +
        `revoking the half-made key failed too (${revokeWhy}). Key ${text(key.id)} still exists with ` +
        `access to ${granted.length} project(s); its secret is available from err.revealSecret(). ` +
        'Store it or revoke the key.',
      {
        apiKeyId: key.id,
        projectId,
        grantedProjects: granted,
        rolledBack: false,
        secret: key.secret,
        rollbackError,
      },
      { cause: grantError },
    );
  }
}

type ParsedParams = Omit<CreateApiKeyParams, 'expires_at' | 'expires_in'>;

function resolveExpiry(
  preset: ExpirationPreset | undefined,
  at: Date | string | undefined,
): string | undefined {
  if (preset !== undefined) return expiresAtFor(preset, new Date())?.toISOString();
  if (at === undefined) return undefined;
  const date = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(date.getTime()) || date.getTime() <= Date.now()) {
    throw new RaffValidationError('Invalid expires_at: must be a valid date in the future.', [
      { path: ['expires_at'], code: 'invalid_date', message: 'must be a valid future date' },
    ]);
  }
  return date.toISOString();
}
