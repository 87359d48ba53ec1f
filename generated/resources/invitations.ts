/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import type { RequestOptions } from '../../src/core/options.js';
import type { APIResource } from '../../src/core/resource.js';
import type { CreateInvitationBody, Invitation } from '../types.js';

/**
 * E-mailed invitations to join the account or one project, and their cancellation.
 *
 * `raff.invitations`: its methods are made from the operation table when the client is built.
 */
export interface Invitations extends APIResource {
  /**
   * Invite to the account.
   *
   * E-mails an invitation to join the account with an account-scoped role. Until accepted it
   * appears in listMembers as a `pending` member. A role of project scope gives 400; an address
   * already a member or already invited gives 409.
   *
   * Needs `account.members.invite` (an account permission). Not retried on 5xx or timeouts (a POST
   * may have reached Raff): check its effect before repeating it.
   *
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: input that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffConflictError} 409.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const invitation = await raff.invitations.create({
   *   email: 'sam@example.com',
   *   role_id: '81a4d996-da97-4b56-a192-12c89175c632',
   * });
   * ```
   */
  create(body: CreateInvitationBody, options?: RequestOptions): Promise<Invitation>;

  /**
   * Cancel an invitation.
   *
   * Withdraws an open invitation: its link stops working at once and the `pending` member
   * disappears from listMembers. There is no resend; cancel and invite again instead.
   *
   * Needs `account.members.invite` (an account permission).
   *
   * @param id - Invitation id (UUID); for a pending member it is the member’s `invitation_id`.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  cancel(id: string, options?: RequestOptions): Promise<void>;

  /**
   * Invite to a project.
   *
   * E-mails an invitation to join the project in the path with a project-scoped role. A role of
   * account scope gives 400; an address already on the project or already invited to it gives 409.
   *
   * Needs `project.members.invite` on the project in its path. Not retried on 5xx or timeouts (a
   * POST may have reached Raff): check its effect before repeating it.
   *
   * @param projectId - Project id (UUID).
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffConflictError} 409.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const invitation = await raff.invitations.createForProject(projectId, {
   *   email: 'lee@example.com',
   *   role_id: '2e1f6dfa-189e-4186-82fc-2879dea0085b',
   * });
   * ```
   */
  createForProject(projectId: string, body: CreateInvitationBody, options?: RequestOptions): Promise<Invitation>;
}
