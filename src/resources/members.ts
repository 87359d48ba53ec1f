import type { components } from '../../generated/openapi.js';
import type { PathParams, QueryParams, RequestBody } from '../core/operation-types.js';
import type { RequestOptions } from '../core/options.js';
import type { Page, PaginationParams } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';

/** A member of the account: a user, an invited e-mail (pending) or an API key. */
export type Member = components['schemas']['Member'];
/** Filters and paging for `members.list()`. */
export type ListMembersParams = QueryParams<'listMembers'>;
/** The body of `members.add()`: an e-mail to invite, a user, or an API key, with an account role. */
export type AddMemberBody = RequestBody<'addMember'>;
/** The body of `members.update()`. */
export type UpdateMemberBody = RequestBody<'updateMember'>;

/**
 * The account's members and their account roles. Account-level: no `X-Project-ID`.
 */
export class Members extends APIResource {
  /**
   * One page of the account's members.
   *
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `account.members.view`.
   * @example
   * ```ts
   * const { data } = await raff.members.list({ status: 'pending' });
   * ```
   */
  list(params: ListMembersParams = {}, options?: RequestOptions): Promise<Page<Member>> {
    return this._call('listMembers', { query: params }, options);
  }

  /**
   * Every member, page by page, requested lazily.
   * A per-call `totalTimeout` or `signal` bounds the whole walk.
   *
   * @throws {RaffAPIError} from any page request.
   * @example
   * ```ts
   * for await (const member of raff.members.listAll()) console.log(member.email);
   * ```
   */
  listAll(
    params: Omit<ListMembersParams, 'limit' | 'offset'> & PaginationParams = {},
    options?: RequestOptions,
  ): AsyncIterable<Member> {
    return this._listAll('listMembers', params, options);
  }

  /**
   * One member by id.
   *
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `account.members.view`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @example
   * ```ts
   * const member = await raff.members.get(memberId);
   * ```
   */
  get(id: PathParams<'getMember'>['id'], options?: RequestOptions): Promise<Member> {
    return this._call('getMember', { path: { id } }, options);
  }

  /**
   * Adds a member: invites an e-mail (pending until accepted), adds a user, or adds an API key.
   *
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `account.members.invite`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @throws {RaffConflictError} when the resource is not in a state that allows it.
   * @example
   * ```ts
   * await raff.members.add({ email: 'dev@example.com', role_id: roleId });
   * ```
   */
  add(body: AddMemberBody, options?: RequestOptions): Promise<Member> {
    return this._call('addMember', { body }, options);
  }

  /**
   * Changes a member's account role or status.
   *
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `account.members.manage`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @throws {RaffConflictError} when the resource is not in a state that allows it.
   * @example
   * ```ts
   * await raff.members.update(memberId, { status: 'suspended' });
   * ```
   */
  update(
    id: PathParams<'updateMember'>['id'],
    body: UpdateMemberBody,
    options?: RequestOptions,
  ): Promise<Member> {
    return this._call('updateMember', { path: { id }, body }, options);
  }

  /**
   * Removes a member from the account (never the Owner).
   *
   * @throws {RaffBadRequestError} when Raff rejects the input.
   * @throws {RaffPermissionDeniedError} without `account.members.remove`.
   * @throws {RaffNotFoundError} when there is no such resource.
   * @throws {RaffConflictError} when the resource is not in a state that allows it.
   * @example
   * ```ts
   * await raff.members.remove(memberId);
   * ```
   */
  remove(id: PathParams<'removeMember'>['id'], options?: RequestOptions): Promise<void> {
    return this._call('removeMember', { path: { id } }, options);
  }
}
