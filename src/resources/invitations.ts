import type { components } from '../../generated/openapi.js';
import type { PathParams, RequestBody } from '../core/operation-types.js';
import type { RequestOptions } from '../core/options.js';
import { APIResource } from '../core/resource.js';

/** An invitation to the account or to one project. */
export type Invitation = components['schemas']['Invitation'];
/** The body of the invitation calls: who, and with which role. */
export type CreateInvitationBody = RequestBody<'createAccountInvitation'>;

/**
 * Invitations by e-mail, to the account or to one project. They stay pending until accepted.
 */
export class Invitations extends APIResource {
  /**
   * Invites an e-mail address to the account with an account role.
   *
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `account.members.invite`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @throws {RaffConflictError} when the resource is not in a state that allows it.
   * @example
   * ```ts
   * await raff.invitations.create({ email: 'dev@example.com', role_id: roleId });
   * ```
   */
  create(body: CreateInvitationBody, options?: RequestOptions): Promise<Invitation> {
    return this._call('createAccountInvitation', { body }, options);
  }

  /**
   * Invites an e-mail address to one project with a project role.
   *
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `project.members.invite`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @throws {RaffConflictError} when the resource is not in a state that allows it.
   * @example
   * ```ts
   * await raff.invitations.createForProject(projectId, { email: 'dev@example.com', role_id: roleId });
   * ```
   */
  createForProject(
    projectId: PathParams<'createProjectInvitation'>['id'],
    body: RequestBody<'createProjectInvitation'>,
    options?: RequestOptions,
  ): Promise<Invitation> {
    return this._call('createProjectInvitation', { path: { id: projectId }, body }, options);
  }

  /**
   * Cancels a pending invitation.
   *
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `account.members.invite`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * await raff.invitations.cancel(invitationId);
   * ```
   */
  cancel(id: PathParams<'cancelInvitation'>['id'], options?: RequestOptions): Promise<void> {
    return this._call('cancelInvitation', { path: { id } }, options);
  }
}
