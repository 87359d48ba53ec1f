/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import type { RequestOptions } from '../../src/core/options.js';
import type { ListAllParams, Page } from '../../src/core/pagination.js';
import type { APIResource } from '../../src/core/resource.js';
import type { AddMemberBody, ListMembersParams, Member, UpdateMemberBody } from '../types.js';

/**
 * The account’s people and open invitations, with their account roles.
 *
 * `raff.members`: its methods are made from the operation table when the client is built.
 */
export interface Members extends APIResource {
  /**
   * List account members.
   *
   * Pages through the account’s members, pending invitations included.
   *
   * Needs `account.members.view` (an account permission).
   *
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: input that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const { data, total } = await raff.members.list();
   * ```
   */
  list(params?: ListMembersParams, options?: RequestOptions): Promise<Page<Member>>;

  /**
   * Every item of `members.list()`, page by page, requested lazily as the loop asks for more.
   *
   * Pages of up to 100 (`limit`), from `offset`; the other parameters are sent with every page. A
   * per-call `totalTimeout` or `signal` bounds the whole walk.
   *
   * @param params - The query parameters, with `limit` as the page size and `offset` where to
   * start.
   * @param options - Per-call options; `totalTimeout` and `signal` bound the whole walk.
   * @throws {RaffAPIError} from any page request, as the list method does.
   * @example
   * ```ts
   * for await (const member of raff.members.listAll()) {
   *   console.log(member);
   * }
   * ```
   */
  listAll(params?: ListAllParams<ListMembersParams>, options?: RequestOptions): AsyncIterable<Member>;

  /**
   * Add an account member.
   *
   * Adds a member to the account with an account role, by e-mail invitation, by existing user or
   * by API key (see the body). An address or user that is already a member, or already invited,
   * gives 409; a role that is not account-scoped gives 400.
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
   * const member = await raff.members.add({
   *   email: 'sam@example.com',
   *   role_id: '81a4d996-da97-4b56-a192-12c89175c632',
   * });
   * ```
   */
  add(body: AddMemberBody, options?: RequestOptions): Promise<Member>;

  /**
   * Get an account member.
   *
   * Returns one account membership.
   *
   * Needs `account.members.view` (an account permission).
   *
   * @param id - Account membership id (UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  get(id: string, options?: RequestOptions): Promise<Member>;

  /**
   * Remove an account member.
   *
   * Takes the member out of the account. The Owner cannot be removed this way (409); ownership has
   * to be transferred in the dashboard first.
   *
   * Needs `account.members.remove` (an account permission).
   *
   * @param id - Account membership id (UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffConflictError} 409.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  remove(id: string, options?: RequestOptions): Promise<void>;

  /**
   * Update an account member.
   *
   * Changes a member’s account role, or suspends (`suspended`) or reinstates (`active`) the
   * membership. The new role must be account-scoped (400 otherwise). The Owner’s membership cannot
   * be changed (409).
   *
   * Needs `account.members.manage` (an account permission). Not retried on 5xx or timeouts (a
   * PATCH may have reached Raff): check its effect before repeating it.
   *
   * @param id - Account membership id (UUID).
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
   * const member = await raff.members.update(memberId, { role_id:
   * '81a4d996-da97-4b56-a192-12c89175c632' });
   * ```
   */
  update(id: string, body: UpdateMemberBody, options?: RequestOptions): Promise<Member>;
}
