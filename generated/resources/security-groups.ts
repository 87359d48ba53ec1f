/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import type { RequestOptions } from '../../src/core/options.js';
import type { Page } from '../../src/core/pagination.js';
import type { APIResource } from '../../src/core/resource.js';
import type { CreateSecurityGroupBody, ListSecurityGroupsParams, SecurityGroup, SecurityGroupTemplate, UpdateSecurityGroupBody } from '../types.js';

/**
 * Firewall rule sets, each inside a project, applied per VM network interface.
 *
 * `raff.securityGroups`: its methods are made from the operation table when the client is built.
 */
export interface SecurityGroups extends APIResource {
  /**
   * List security groups.
   *
   * Returns the security groups of one project (with `X-Project-ID`) or of every project the key
   * can reach (without it), rules included, in one unpaged list.
   *
   * Needs `security_group.view` on the project named by `X-Project-ID`. Sends `X-Project-ID` when
   * a project is known.
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
   * const { data, total } = await raff.securityGroups.list();
   * ```
   */
  list(params?: ListSecurityGroupsParams, options?: RequestOptions): Promise<Page<SecurityGroup>>;

  /**
   * Create a security group.
   *
   * Creates a rule set in the project named by `X-Project-ID`. With `template_id` the template’s
   * rules are copied first and `rules` are added after them. The new group is on no interface yet
   * (`vm_count` 0).
   *
   * Needs `security_group.create` on the project named by `X-Project-ID`. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a
   * POST may have reached Raff): check its effect before repeating it.
   *
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: no project, input that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const securityGroup = await raff.securityGroups.create({
   *   name: 'postgres-private',
   *   description: 'Postgres and ping from prod-net only',
   *   rules: [
   *     {
   *       protocol: 'TCP',
   *       rule_type: 'INBOUND',
   *       range: '5432',
   *       ip: '10.10.0.0',
   *       size: 24,
   *     },
   *     {
   *       protocol: 'ICMP',
   *       rule_type: 'INBOUND',
   *       range: '',
   *       ip: '10.10.0.0',
   *       size: 24,
   *       icmp_type: 8,
   *     },
   *     {
   *       protocol: 'ALL',
   *       rule_type: 'OUTBOUND',
   *       range: '',
   *       ip: '0.0.0.0',
   *       size: 0,
   *     },
   *   ],
   * });
   * ```
   */
  create(body: CreateSecurityGroupBody, options?: RequestOptions): Promise<SecurityGroup>;

  /**
   * List security group templates.
   *
   * Returns the ready-made rule sets Raff offers; pass a template’s `id` as `template_id` to
   * createSecurityGroup. Templates are the same for everyone and belong to no project, so any
   * valid key may call this and no `X-Project-ID` is taken.
   *
   * Any valid key.
   *
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  templates(options?: RequestOptions): Promise<SecurityGroupTemplate[]>;

  /**
   * Get a security group.
   *
   * Returns one security group with its rules, found by id. `X-Project-ID` may be sent but is not
   * needed. The key needs `security_group.view` on the group’s project.
   *
   * Needs `security_group.view` on the project that holds the resource. Sends `X-Project-ID` when
   * a project is known.
   *
   * @param id - Security group id (UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  get(id: string, options?: RequestOptions): Promise<SecurityGroup>;

  /**
   * Update a security group.
   *
   * Changes a group’s name, description or rules. `rules` replaces the whole set, so to add or
   * drop one rule read the group, edit the array and send all of it. The change applies to every
   * interface the group is on.
   *
   * Needs `security_group.manage` on the project named by `X-Project-ID`. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires.
   *
   * @param id - Security group id (UUID).
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project, input
   * that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const securityGroup = await raff.securityGroups.update(securityGroupId, {
   *   description: 'HTTP and HTTPS only',
   *   rules: [
   *     {
   *       protocol: 'TCP',
   *       rule_type: 'INBOUND',
   *       range: '80',
   *       ip: '0.0.0.0',
   *       size: 0,
   *     },
   *     {
   *       protocol: 'TCP',
   *       rule_type: 'INBOUND',
   *       range: '443',
   *       ip: '0.0.0.0',
   *       size: 0,
   *     },
   *     {
   *       protocol: 'ALL',
   *       rule_type: 'OUTBOUND',
   *       range: '',
   *       ip: '0.0.0.0',
   *       size: 0,
   *     },
   *   ],
   * });
   * ```
   */
  update(id: string, body: UpdateSecurityGroupBody, options?: RequestOptions): Promise<SecurityGroup>;

  /**
   * Delete a security group.
   *
   * Deletes a group that is on no interface. While `vm_count` is above 0 the call is refused with
   * 400; take it off first with detachVMSecurityGroup.
   *
   * Needs `security_group.delete` on the project named by `X-Project-ID`. Sends the call’s (or the
   * client’s) `projectId` as `X-Project-ID`, which it requires.
   *
   * @param id - Security group id (UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  delete(id: string, options?: RequestOptions): Promise<void>;
}
